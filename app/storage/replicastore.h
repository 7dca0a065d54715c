// The replicated rows of every pulled type (DESIGN.md section 5), each kept as the
// server's JSON plus the columns the app filters on. Documents are also indexed for search.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class SearchIndex;
class SqliteDatabase;
class Statement;

class ReplicaStore
{
public:
    explicit ReplicaStore(SqliteDatabase &db);
    ~ReplicaStore();
    ReplicaStore(const ReplicaStore &) = delete;
    ReplicaStore &operator=(const ReplicaStore &) = delete;

    // The pulled types: organization, member, document, meeting, attendance, read_receipt,
    // note, bookmark, notification, profile_request, feedback, … meeting_comment, vote,
    // vote_cast (DESIGN.md 8.5).
    [[nodiscard]] static QStringList types();
    [[nodiscard]] static bool isKnownType(const QString &type);

    // Inserts or replaces a row (the caller owns the transaction). Throws on unknown type.
    // A restricted document is stored (and indexed) without its body and attachments.
    void put(const QString &type, const QString &id, qint64 version, const QJsonObject &data);
    // Removes a row and its search entry; false if it was not there.
    bool remove(const QString &type, const QString &id);
    [[nodiscard]] std::optional<QJsonObject> get(const QString &type, const QString &id);
    [[nodiscard]] std::optional<qint64> version(const QString &type, const QString &id);
    [[nodiscard]] int count(const QString &type);
    // No row of any type (a vault before its first sync).
    [[nodiscard]] bool isEmpty();
    // Every row of a type as JSON, in the table's natural order (for small types).
    [[nodiscard]] QList<QJsonObject> all(const QString &type);
    // Every id of a type (used to drop rows a reset snapshot no longer contains).
    [[nodiscard]] QStringList ids(const QString &type);

private:
    // The upsert of a type, prepared once per ReplicaStore: a pull page writes hundreds of
    // rows through one.
    [[nodiscard]] Statement &upsert(const QString &type);

    SqliteDatabase &m_db;
    QHash<QString, std::shared_ptr<Statement>> m_upserts;
    std::unique_ptr<SearchIndex> m_search;
};
