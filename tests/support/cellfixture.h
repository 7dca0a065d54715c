// Shared set-up for the secretary tests: the real server with the demo province, the demo
// accounts picked by role (plus a secretary of another cell), signed-in devices, full pulls
// and one-mutation pushes.
#pragma once

#include "db/serverdatabase.h"
#include "serverprocess.h"
#include "testhttp.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <memory>

// One demo account.
using CellAccount = ServerProcess::DemoAccount;

// What a run of pulls delivered: type -> id -> data (the last put wins; deletes remove).
struct PulledRows
{
    QHash<QString, QHash<QString, QJsonObject>> rows;
    // type -> ids whose last change in the run was a delete.
    QHash<QString, QSet<QString>> deleted;

    [[nodiscard]] QJsonObject row(const QString &type, const QString &id) const
    {
        return rows.value(type).value(id);
    }
    [[nodiscard]] bool has(const QString &type, const QString &id) const
    {
        return rows.value(type).contains(id);
    }
    [[nodiscard]] bool wasDeleted(const QString &type, const QString &id) const
    {
        return deleted.value(type).contains(id);
    }
    // The notifications pointing at `refId`, optionally of one kind.
    [[nodiscard]] QList<QJsonObject> notifications(
        const QString &refId, const QString &kind = {}) const;
};

// One signed-in device: its HTTP client, device id, next mutation id and pull cursor.
struct DeviceSession
{
    explicit DeviceSession(const QUrl &url)
        : http(url)
    { }
    TestHttp http;
    QString device;
    qint64 nextMutation = 1;
    QString cursor;
};

class CellFixture
{
public:
    // Starts the server, loads the demo province and picks the accounts; false with *error.
    [[nodiscard]] bool start(QString *error);

    [[nodiscard]] QSqlDatabase db() const { return m_db->connection(); }
    [[nodiscard]] QUrl baseUrl() const { return m_server.baseUrl(); }
    // The server's scratch directory: the demo's accounts file and signing keys are there.
    [[nodiscard]] QString directory() const { return m_server.directory(); }
    // The first column of the first row as an int (0 when there is none).
    [[nodiscard]] int count(const QString &sql, const QVariantList &binds) const;
    // How many members the cell has.
    [[nodiscard]] int cellSize(const QString &cellId) const;

    // Logs in on a fresh device (aborts the test run if that fails).
    [[nodiscard]] std::unique_ptr<DeviceSession> signIn(const CellAccount &account) const;
    // Pulls until has_more is false, from the session's cursor on (the cursor advances).
    static PulledRows pull(DeviceSession &session);
    // Pushes one mutation with the session's next id; returns its result object.
    static QJsonObject push(DeviceSession &session, const QString &name, const QJsonObject &args);
    // Pushes one mutation with the given id.
    static QJsonObject pushAs(
        DeviceSession &session, qint64 id, const QString &name, const QJsonObject &args);
    // "applied", or the rejection's error code.
    [[nodiscard]] static QString outcome(const QJsonObject &result);

    [[nodiscard]] static QString newId();
    // An ISO timestamp `seconds` from now (negative: in the past).
    [[nodiscard]] static QString inFuture(qint64 seconds);

    // Runs `handbook-server <arguments>` with this server's database after "--db".
    [[nodiscard]] ServerProcess::Result cli(QStringList arguments) const;

    // A demo account by login (aborts the test run if there is none).
    [[nodiscard]] CellAccount account(const QString &login) const;

    CellAccount secretary; // the secretary of cell A
    CellAccount member; // a member of cell A
    CellAccount stranger; // a member of another cell B
    CellAccount committee; // a committee user
    CellAccount otherSecretary; // the secretary of cell B

private:
    [[nodiscard]] bool pickAccounts(const QList<CellAccount> &accounts, QString *error);

    QList<CellAccount> m_accounts;
    ServerProcess m_server;
    std::unique_ptr<ServerDatabase> m_db;
};
