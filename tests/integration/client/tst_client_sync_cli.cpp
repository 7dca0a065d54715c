// `handbook sync` and `handbook status` end to end (DESIGN.md section 6) against the real
// server: sign-in creates the vault and current-account, one JSON summary line, counts that
// match the server, a second run on the stored session, one-line failures, nothing secret in
// the output or in clear on disk; and a crash test: `handbook sync` killed with SIGKILL at
// random moments during pulls and pushes, 50 times, never loses or repeats a change.
#include "demoserver.h"
#include "filechecks.h"
#include "localactions.h"
#include "outbox.h"
#include "serveraddress.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "vault.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kPin = u"97531864"_s;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the client with `input` on its standard input (then closed) and `environment` added.
Run handbook(const QStringList &arguments, int timeoutMs = 120000, const QByteArray &input = {},
    const QMap<QString, QString> &environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HANDBOOK_CLIENT_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return { -2, process.readAllStandardOutput(), "timed out" };
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

QJsonObject oneJsonLine(const QByteArray &out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    if (lines.size() != 1)
        return {};
    return QJsonDocument::fromJson(lines.first()).object();
}

// Whether any file under `dir` contains `needle`.
bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestClientSyncCli : public QObject
{
    Q_OBJECT

    DemoServer m_server;
    QTemporaryDir m_dataDir;

    QStringList syncArguments(const QString &dataDir, const QString &login = {})
    {
        QStringList args { u"sync"_s, u"--data-dir"_s, dataDir, u"--server"_s,
            m_server.baseUrl().toString(), u"--pin"_s, kPin };
        if (!login.isEmpty())
            args << u"--login"_s << login << u"--password"_s << m_server.password(login)
                 << u"--root-key"_s << m_server.rootPublicKey();
        return args;
    }

    // The account's vault in `dataDir`, unlocked with the PIN (as the app would).
    std::unique_ptr<Vault> openVault(const QString &dataDir)
    {
        QFile current(dataDir + u"/current-account"_s);
        if (!current.open(QIODevice::ReadOnly))
            return nullptr;
        Vault::Options options;
        options.accountDir
            = dataDir + u"/accounts/"_s + QString::fromUtf8(current.readAll()).trimmed();
        auto vault = std::make_unique<Vault>(options);
        const VaultError error = vault->unlock(kPin);
        if (!error.ok())
            qWarning("vault: %s %s", qPrintable(error.codeName()), qPrintable(error.detail()));
        return error.ok() ? std::move(vault) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void syncSignsInAndStatusAgrees()
    {
        const QString login = u"dangvien.a1"_s;
        const Run run = handbook(syncArguments(m_dataDir.path(), login));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject summary = oneJsonLine(run.out);
        QVERIFY2(summary.value(u"ok"_s).toBool(), run.out.constData());
        const QString userId
            = m_server.scalar(u"SELECT id FROM users WHERE login = ?"_s, { login }).toString();
        const QString orgId
            = m_server.scalar(u"SELECT org_id FROM users WHERE login = ?"_s, { login }).toString();
        QCOMPARE(summary.value(u"account"_s).toString(), userId);
        QCOMPARE(summary.value(u"documents"_s).toInt(),
            m_server
                .scalar(u"SELECT count(*) FROM documents WHERE withdrawn_at IS NULL AND "
                        u"audience_org_id IN "
                        "(SELECT ancestor_id FROM org_closure WHERE descendant_id = ?)"_s,
                    { orgId })
                .toInt());
        QCOMPARE(summary.value(u"meetings"_s).toInt(),
            m_server.scalar(u"SELECT count(*) FROM meetings WHERE org_id = ?"_s, { orgId })
                .toInt());
        QCOMPARE(summary.value(u"members"_s).toInt(),
            m_server.scalar(u"SELECT count(*) FROM members WHERE org_id = ?"_s, { orgId }).toInt());
        QVERIFY(summary.value(u"blobs"_s).toInt() > 0);
        QCOMPARE(summary.value(u"pending_mutations"_s).toInt(), 0);
        QFile current(m_dataDir.filePath(u"current-account"_s));
        QVERIFY(current.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(current.readAll()).trimmed(), userId);
        QVERIFY(QFile::exists(m_dataDir.filePath(u"accounts/%1/vault.db"_s.arg(userId))));

        const Run status
            = handbook({ u"status"_s, u"--data-dir"_s, m_dataDir.path(), u"--pin"_s, kPin });
        QVERIFY2(status.exitCode == 0, status.err.constData());
        const QJsonObject counts = oneJsonLine(status.out);
        for (const QString &key : { u"documents"_s, u"meetings"_s, u"members"_s, u"organizations"_s,
                 u"pending_mutations"_s, u"blobs"_s, u"blob_bytes"_s })
            QCOMPARE(counts.value(key), summary.value(key));
        QCOMPARE(counts.value(u"signed_in"_s).toBool(), true);
        // The server's address is stored with the account (the app opened on this data syncs
        // with it) and `status` names it.
        const QString serverUrl = ServerAddress::parse(m_server.baseUrl().toString()).toString();
        QCOMPARE(counts.value(u"server"_s).toString(), serverUrl);
        {
            const auto vault = openVault(m_dataDir.path());
            QVERIFY(vault);
            QCOMPARE(SyncState(vault->database()).value(u"server_url"_s), serverUrl);
        }

        // Nothing secret in what was printed.
        const QByteArray printed = run.out + run.err + status.out + status.err;
        QVERIFY(!printed.contains(m_server.password(login).toUtf8()));
        QVERIFY(!printed.contains(kPin.toUtf8()));
        const QString title
            = m_server
                  .scalar(
                      u"SELECT title FROM documents WHERE audience_org_id IN (SELECT ancestor_id "
                      u"FROM org_closure "
                      "WHERE descendant_id = ?) ORDER BY published_at DESC LIMIT 1"_s,
                      { orgId })
                  .toString();
        QVERIFY(!printed.contains(title.toUtf8()));
    }

    void nothingSecretIsOnDiskInClear()
    {
        auto vault = openVault(m_dataDir.path());
        QVERIFY(vault);
        const QString refreshToken = SyncState(vault->database()).value(u"refresh_token"_s);
        QVERIFY(refreshToken.size() > 20);
        vault->lock();
        QVERIFY(!anyFileContains(m_dataDir.path(), refreshToken.toUtf8()));
        QVERIFY(!anyFileContains(m_dataDir.path(), m_server.password(u"dangvien.a1"_s).toUtf8()));
        const QString body
            = m_server
                  .scalar(
                      u"SELECT body FROM documents WHERE body IS NOT NULL AND length(body) > 40 "
                      "AND classification <> 'restricted' LIMIT 1"_s)
                  .toString();
        QVERIFY(!anyFileContains(m_dataDir.path(), body.left(40).toUtf8()));
    }

    void secondSyncUsesTheSessionStoredInTheVault()
    {
        auto vault = openVault(m_dataDir.path());
        QVERIFY(vault);
        const QString before = SyncState(vault->database()).value(u"refresh_token"_s);
        vault->lock();
        const Run run = handbook(syncArguments(m_dataDir.path()));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject summary = oneJsonLine(run.out);
        QCOMPARE(summary.value(u"pulled_changes"_s).toInt(), 0);
        QCOMPARE(summary.value(u"blobs_downloaded"_s).toInt(), 0);
        vault = openVault(m_dataDir.path());
        QVERIFY(vault);
        QVERIFY(SyncState(vault->database()).value(u"refresh_token"_s) != before); // rotated
    }

    void signingInAgainKeepsTheVaultAndItsDevice()
    {
        auto vault = openVault(m_dataDir.path());
        QVERIFY(vault);
        const QString device = SyncState(vault->database()).value(u"device_id"_s);
        vault->lock();
        const Run run = handbook(syncArguments(m_dataDir.path(), u"dangvien.a1"_s));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // Same replica, same cursor: only the account's own device rows come (the sign-in
        // logs its device, DESIGN 8.4), not the replica again.
        const int pulled = oneJsonLine(run.out).value(u"pulled_changes"_s).toInt();
        vault = openVault(m_dataDir.path());
        QVERIFY(vault);
        const int devices
            = int(vault->database().scalar("SELECT count(*) FROM devices").toLongLong());
        QVERIFY(devices >= 1);
        QVERIFY2(pulled <= devices, qPrintable(u"pulled %1 changes"_s.arg(pulled)));
        QCOMPARE(SyncState(vault->database()).value(u"device_id"_s), device);
        // The provisional device of the second login holds no session on the server.
        QCOMPARE(
            m_server
                .scalar(u"SELECT count(*) FROM refresh_tokens r JOIN users u ON u.id = r.user_id "
                        "WHERE u.login = ? AND r.used_at IS NULL AND r.device_id <> ?"_s,
                    { u"dangvien.a1"_s, device })
                .toInt(),
            0);
    }

    // The PIN and the password need not be on the command line (where the
    // process list shows them): `--pin -` / `--pin-stdin` / `--password -` read standard input
    // (the PIN's line first), HANDBOOK_PIN / HANDBOOK_PASSWORD the environment. Everything the
    // client writes in its data directory is the user's alone (0700 / 0600).
    void secretsFromStandardInputAndEnvironment()
    {
        const QString login = u"dangvien.a1"_s;
        const QByteArray password = m_server.password(login).toUtf8();
        QTemporaryDir parent;
        const QString dataDir = parent.filePath(u"data"_s); // made by the client
        const QString server = m_server.baseUrl().toString();
        Run run = handbook({ u"sync"_s, u"--data-dir"_s, dataDir, u"--server"_s, server, u"--pin"_s,
                               u"-"_s, u"--login"_s, login, u"--password"_s, u"-"_s },
            120000, kPin.toUtf8() + '\n' + password + '\n');
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(oneJsonLine(run.out).value(u"ok"_s).toBool(), run.out.constData());
        QVERIFY(QFile::exists(dataDir + u"/current-account"_s));
        const QStringList open = notOwnerOnly(dataDir);
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u", "_s)));

        run = handbook({ u"status"_s, u"--data-dir"_s, dataDir, u"--pin-stdin"_s }, 60000,
            kPin.toUtf8() + "\r\n");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(oneJsonLine(run.out).value(u"signed_in"_s).toBool(), true);
        run = handbook(
            { u"status"_s, u"--data-dir"_s, dataDir }, 60000, {}, { { u"HANDBOOK_PIN"_s, kPin } });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = handbook({ u"sync"_s, u"--data-dir"_s, dataDir, u"--server"_s, server }, 120000, {},
            { { u"HANDBOOK_PIN"_s, kPin } });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // Signing in again: the PIN from standard input, the password from the environment.
        run = handbook({ u"sync"_s, u"--data-dir"_s, dataDir, u"--server"_s, server,
                           u"--pin-stdin"_s, u"--login"_s, login },
            120000, kPin.toUtf8() + '\n',
            { { u"HANDBOOK_PASSWORD"_s, QString::fromUtf8(password) } });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // An option given wins over the environment (the old form still works).
        run = handbook({ u"status"_s, u"--data-dir"_s, dataDir, u"--pin"_s, kPin }, 60000, {},
            { { u"HANDBOOK_PIN"_s, u"11112222"_s } });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(notOwnerOnly(dataDir).isEmpty());

        // Asked for, but not there: a one-line reason, nothing done.
        run = handbook({ u"status"_s, u"--data-dir"_s, dataDir, u"--pin"_s, u"-"_s }, 60000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("standard input"), run.err.constData());
        run = handbook({ u"sync"_s, u"--data-dir"_s, dataDir, u"--server"_s, server,
                           u"--pin-stdin"_s, u"--login"_s, login, u"--password-stdin"_s },
            60000, kPin.toUtf8() + '\n');
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--password"), run.err.constData());
        run = handbook({ u"status"_s, u"--data-dir"_s, dataDir }, 60000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("HANDBOOK_PIN"), run.err.constData());
        const QByteArray printed = run.out + run.err;
        QVERIFY(!printed.contains(kPin.toUtf8()) && !printed.contains(password));
    }

    void failuresSayWhyOnOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("no server") << QStringList { u"sync"_s, u"--data-dir"_s, u"/tmp/x"_s,
            u"--pin"_s, kPin } << 2 << "--server"_ba;
        QTest::newRow("short pin") << QStringList { u"sync"_s, u"--data-dir"_s, u"/tmp/x"_s,
            u"--server"_s, u"http://127.0.0.1:1"_s, u"--pin"_s, u"12"_s }
                                   << 2 << "PIN"_ba;
        QTest::newRow("plain http to a remote host") << QStringList { u"sync"_s, u"--data-dir"_s,
            u"/tmp/x"_s, u"--server"_s, u"http://example.vn"_s, u"--pin"_s, kPin }
                                                     << 2 << "https"_ba;
        QTest::newRow("server down") << QStringList { u"sync"_s, u"--data-dir"_s, u"%DATA%"_s,
            u"--server"_s, u"http://127.0.0.1:1"_s, u"--pin"_s, kPin }
                                     << 1 << "network_unreachable"_ba;
        QTest::newRow("wrong pin") << QStringList { u"sync"_s, u"--data-dir"_s, u"%DATA%"_s,
            u"--server"_s, u"%SERVER%"_s, u"--pin"_s, u"11112222"_s }
                                   << 1 << "wrong_pin"_ba;
        QTest::newRow("wrong password") << QStringList { u"sync"_s, u"--data-dir"_s, u"%FRESH%"_s,
            u"--server"_s, u"%SERVER%"_s, u"--pin"_s, kPin, u"--login"_s, u"dangvien.a1"_s,
            u"--password"_s, u"sai-mat-khau"_s }
                                        << 1 << "invalid_credentials"_ba;
        QTest::newRow("password without login") << QStringList { u"sync"_s, u"--data-dir"_s,
            u"%FRESH%"_s, u"--server"_s, u"%SERVER%"_s, u"--pin"_s, kPin, u"--password-stdin"_s }
                                                << 2 << "--login"_ba;
        QTest::newRow("status without account")
            << QStringList { u"status"_s, u"--data-dir"_s, u"%FRESH%"_s, u"--pin"_s, kPin } << 1
            << "no_vault"_ba;
    }

    void failuresSayWhyOnOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, code);
        QTemporaryDir fresh;
        arguments.replaceInStrings(u"%DATA%"_s, m_dataDir.path());
        arguments.replaceInStrings(u"%FRESH%"_s, fresh.path());
        arguments.replaceInStrings(u"%SERVER%"_s, m_server.baseUrl().toString());
        const Run run = handbook(arguments, 60000);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.trimmed().count('\n'), 0);
        QVERIFY2(run.err.contains(code), run.err.constData());
        QVERIFY(!run.err.contains("sai-mat-khau"));
    }

    // SIGKILL at random moments during pulls and pushes; after each restart the
    // vault opens, every acknowledged and every queued change is there exactly once, and
    // the final state equals the server's.
    void survivesBeingKilledDuringSync()
    {
        QTemporaryDir dir;
        const QString login = u"dangvien.a2"_s;
        const Run first = handbook(syncArguments(dir.path(), login) << u"--no-blobs"_s);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QString memberId
            = m_server.scalar(u"SELECT member_id FROM users WHERE login = ?"_s, { login })
                  .toString();
        QRandomGenerator random(4242);
        QStringList feedbackIds;
        int killed = 0;
        int round = 0;
        // Rounds whose sync finishes before its kill moment do not count: run until 30 kills
        // (each costs a process start and a vault unlock: CI time).
        for (; killed < 30 && round < 240; ++round) {
            {
                auto vault = openVault(dir.path());
                QVERIFY2(vault, "the vault must open after every kill");
                // Everything queued is either still queued or on the server, never both lost.
                Outbox outbox(vault->database());
                QSet<QString> queued;
                for (const PendingMutation &pending : outbox.pending(1000))
                    queued.insert(pending.args.value(u"id"_s).toString());
                for (const QString &id : std::as_const(feedbackIds)) {
                    const bool onServer
                        = m_server.scalar(u"SELECT count(*) FROM feedback WHERE id = ?"_s, { id })
                              .toInt()
                        == 1;
                    QVERIFY2(onServer || queued.contains(id), qPrintable(u"lost feedback "_s + id));
                }
                QCOMPARE(outbox.rejected().size(), 0);
                if (round % 2 == 0) {
                    // Start over from the first page now and then, so kills also hit long
                    // pulls (a snapshot over the rows already there).
                    vault->database().exec("UPDATE sync_state SET value = '' WHERE key = 'cursor'");
                }
                const auto posted
                    = LocalActions(vault->database()).postFeedback(u"Góp ý lần %1"_s.arg(round));
                QVERIFY(posted.ok());
                feedbackIds << posted.rowId;
            }
            QProcess process;
            process.start(QStringLiteral(HANDBOOK_CLIENT_PATH),
                syncArguments(dir.path()) << u"--page-size"_s << u"1"_s << u"--verbose"_s);
            // Wait for the sync proper (after unlock and the session refresh), then kill at a
            // random moment. A kill between the server rotating the refresh token and the
            // vault storing the new one would look like token theft to the server, which
            // revokes the device: see docs/decisions.md (sync, refresh rotation).
            QByteArray log;
            QDeadlineTimer started(30000);
            while (!log.contains("session refreshed") && process.state() != QProcess::NotRunning
                && !started.hasExpired()) {
                process.waitForReadyRead(100);
                log += process.readAllStandardError();
            }
            if (!process.waitForFinished(int(random.bounded(60)))) {
                process.kill();
                ++killed;
            }
            QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(10000));
            log += process.readAllStandardError();
            QVERIFY2(!log.contains("device_revoked"), log.constData());
        }
        QVERIFY2(killed >= 30, qPrintable(u"only %1 of %2 runs killed"_s.arg(killed).arg(round)));

        const Run last = handbook(syncArguments(dir.path()) << u"--no-blobs"_s);
        QVERIFY2(last.exitCode == 0, last.err.constData());
        const QJsonObject summary = oneJsonLine(last.out);
        QCOMPARE(summary.value(u"pending_mutations"_s).toInt(), 0);
        QCOMPARE(summary.value(u"rejected_mutations"_s).toInt(), 0);
        for (const QString &id : std::as_const(feedbackIds))
            QCOMPARE(m_server
                         .scalar(u"SELECT count(*) FROM feedback WHERE id = ? AND member_id = ?"_s,
                             { id, memberId })
                         .toInt(),
                1);
        // The final state equals a clean device's.
        QTemporaryDir cleanDir;
        const Run clean = handbook(syncArguments(cleanDir.path(), login) << u"--no-blobs"_s);
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        const QJsonObject expected = oneJsonLine(clean.out);
        for (const QString &key : { u"documents"_s, u"meetings"_s, u"members"_s, u"organizations"_s,
                 u"feedback"_s, u"attendance"_s, u"read_receipts"_s, u"notes"_s, u"bookmarks"_s,
                 u"notifications"_s })
            QVERIFY2(summary.value(key) == expected.value(key), qPrintable(key));
        qInfo("%d of %d runs killed", killed, round);
    }
};

QTEST_GUILESS_MAIN(TestClientSyncCli)
#include "tst_client_sync_cli.moc"
