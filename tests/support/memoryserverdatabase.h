// The server's database in memory (SQLite ":memory:") at the latest schema, with a small tree,
// for in-process unit tests of the server's parts: no server process, no file, milliseconds.
//
//   p (province)
//   └── d (district; committee user "u-committee")
//       ├── cell-a: m-an (member), m-binh (secretary)
//       └── cell-b: m-cuong (member), m-dung (secretary)
// Each member has a user "u-<member>" (login = member id) with a device "dev-<member>".
#pragma once

#include "auth/authenticateduser.h"
#include "db/serverdatabase.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class MemoryServerDatabase
{
public:
    MemoryServerDatabase();

    // Opens the database, applies every schema step and writes the tree above; false with
    // *error when any of it fails.
    [[nodiscard]] bool open(QString *error);

    [[nodiscard]] ServerDatabase &database() { return m_database; }
    [[nodiscard]] QSqlDatabase db() const { return m_database.connection(); }

    // The user of a member of the tree ("m-an"...) or "committee", on its device.
    [[nodiscard]] AuthenticatedUser user(const QString &who) const;

    // Rows written directly (test set-up); each throws DbError when the SQL fails.
    void addMeeting(const QString &id, const QString &orgId);
    void addDocument(const QString &id, const QString &audienceOrgId,
        const QString &classification = QStringLiteral("internal"));
    void withdrawDocument(const QString &id);
    void attach(const QString &documentId, const QString &sha256);
    // A complete blob that `userId` uploaded all of.
    void addHeldBlob(const QString &sha256, const QString &userId);

private:
    void writeTree();
    void addMember(const QString &id, const QString &orgId, const QString &role);

    ServerDatabase m_database;
};
