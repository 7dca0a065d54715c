// Reads one entity's current row and turns it into the pulled `data` object with the wire
// field names of DESIGN.md section 5, as the given viewer may see it (a member's directory
// entry vs a full profile; a restricted document without body and attachments).
#pragma once

#include "auth/authenticateduser.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

class EntitySerializer
{
public:
    EntitySerializer(const QSqlDatabase &db, const AuthenticatedUser &viewer);

    // The entity's data with its version, or nothing when it no longer exists.
    struct Entity
    {
        QJsonObject data;
        qint64 version = 1;
    };
    [[nodiscard]] std::optional<Entity> read(const QString &type, const QString &id);
    // The same for many entities of one type at once (a pull page: a few queries instead of
    // one or two per row): id -> entity; ids that no longer exist are left out.
    [[nodiscard]] QHash<QString, Entity> readMany(const QString &type, const QStringList &ids);
    // A document with body and attachments even when restricted (fetched on demand, shown,
    // never stored by the client).
    [[nodiscard]] std::optional<Entity> fullDocument(const QString &id)
    {
        return document(id, true);
    }

    // The profile fields of DESIGN.md section 1, in wire (snake_case) names.
    [[nodiscard]] static const QStringList &profileFields();

private:
    [[nodiscard]] std::optional<Entity> member(const QString &id);
    [[nodiscard]] std::optional<Entity> document(const QString &id, bool evenRestricted = false);
    [[nodiscard]] QHash<QString, Entity> members(const QStringList &ids);
    [[nodiscard]] QHash<QString, Entity> documents(const QStringList &ids, bool evenRestricted);
    [[nodiscard]] QHash<QString, Entity> signers(const QStringList &ids);
    [[nodiscard]] QHash<QString, Entity> simple(const QString &type, const QStringList &ids);
    [[nodiscard]] bool seesFullProfileOf(const QString &memberId, const QString &memberOrg);

    QSqlDatabase m_db;
    AuthenticatedUser m_viewer;
    QHash<QString, bool> m_inSubtree; // organisation -> below a committee viewer
};
