// Writes and reads the organisation tree: organizations plus its closure table org_closure
// (every ancestor/descendant pair, each organisation its own ancestor at depth 0).
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

class WriteTransaction;

// One organisation: kind is "province", "district", "grassroots" or "cell".
struct Organization
{
    QString id;
    QString parentId; // empty for the root
    QString name;
    QString kind;
};

class OrgTree
{
public:
    // Adds an organisation under an existing parent (or a root without one), fills its
    // closure rows and records the change; throws DbError.
    static void add(WriteTransaction &transaction, const Organization &organization);
    // The organisation, or nullopt when there is none with this id; throws DbError.
    [[nodiscard]] static std::optional<Organization> find(
        const QSqlDatabase &db, const QString &id);
    // Whether `descendantId` is `ancestorId` or below it; throws DbError.
    [[nodiscard]] static bool contains(
        const QSqlDatabase &db, const QString &ancestorId, const QString &descendantId);
    // The number of organisations; throws DbError.
    [[nodiscard]] static qint64 count(const QSqlDatabase &db);
};
