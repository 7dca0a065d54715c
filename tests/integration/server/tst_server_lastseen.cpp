// When a device was last seen (issue 19): `serve` notes devices.last_seen_at in memory and
// writes it in one statement at most every few seconds (auth/lastseenbatch.h), and at shutdown;
// a write never moves it back; the first sighting of a device on a day still logs the day at
// once (device_days and the device's change row). Against the real handbook-server.
#include "authfixture.h"
#include "mutationnames.h"
#include "protocol.h"
#include "timestamps.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"mat-khau-an-1"_s;
// LastSeenBatch::kFlushSeconds, and time to spare on a loaded machine.
constexpr int kFlushWaitMs = 5000 + 10000;

QString isoFromNow(qint64 seconds)
{
    return Timestamps::toIso(QDateTime::currentDateTimeUtc().addSecs(seconds));
}

} // namespace

class TestServerLastSeen : public QObject
{
    Q_OBJECT

    AuthFixture m_fx;

    QString lastSeen(const QString &device)
    {
        return m_fx.scalar(u"SELECT last_seen_at FROM devices WHERE id = ?"_s, { device })
            .toString();
    }
    // Signs in on `device` through `base`; the access token.
    QString signIn(const QUrl &base, const QString &device)
    {
        const auto answer = AuthFixture::send(base, "POST", QString(Protocol::Path::AuthLogin),
            QJsonDocument(QJsonObject { { u"login"_s, u"an"_s }, { u"password"_s, kPassword },
                              { u"device"_s,
                                  QJsonObject { { u"id"_s, device }, { u"name"_s, u"Phone"_s },
                                      { u"platform"_s, u"android"_s } } } })
                .toJson());
        if (answer.status != 200)
            qFatal("sign-in failed: %d", answer.status);
        return answer.body.value(u"access_token"_s).toString();
    }
    int me(const QUrl &base, const QString &token)
    {
        return AuthFixture::send(base, "GET", QString(Protocol::Path::AuthMe), {}, token).status;
    }
    qint64 deviceChange(const QString &device)
    {
        return m_fx
            .scalar(u"SELECT MAX(seq) FROM changes WHERE type = ? AND entity_id = ?"_s,
                { QString(Protocol::RowType::Device), device })
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        QVERIFY(
            !m_fx.createUser(u"an"_s, kPassword, u"member"_s, u"cell-a"_s, u"m-an"_s).isEmpty());
    }

    void writtenInABatchNeverBack()
    {
        const QString token = signIn(m_fx.baseUrl(), u"dev-stale"_s);
        const QString futureToken = signIn(m_fx.baseUrl(), u"dev-future"_s);
        // Seen minutes ago (the day is logged: the sign-in did it), and in the future (a later
        // time another process wrote).
        const QString stale = isoFromNow(-5 * 60);
        const QString future = isoFromNow(3600);
        QVERIFY(m_fx.exec(
            u"UPDATE devices SET last_seen_at = ? WHERE id = ?"_s, { stale, u"dev-stale"_s }));
        QVERIFY(m_fx.exec(
            u"UPDATE devices SET last_seen_at = ? WHERE id = ?"_s, { future, u"dev-future"_s }));
        const qint64 changeBefore = deviceChange(u"dev-stale"_s);
        QCOMPARE(me(m_fx.baseUrl(), token), 200);
        QCOMPARE(me(m_fx.baseUrl(), futureToken), 200);
        // Not a write per request: noted, and written with the next flush.
        QCOMPARE(lastSeen(u"dev-stale"_s), stale);
        QTRY_VERIFY_WITH_TIMEOUT(lastSeen(u"dev-stale"_s) > stale, kFlushWaitMs);
        QVERIFY(lastSeen(u"dev-stale"_s) <= isoFromNow(1));
        QCOMPARE(lastSeen(u"dev-future"_s), future);
        // The same day: no change of the device row.
        QCOMPARE(deviceChange(u"dev-stale"_s), changeBefore);
    }

    void newDayIsLoggedAtOnce()
    {
        const QString token = signIn(m_fx.baseUrl(), u"dev-day"_s);
        QVERIFY(m_fx.exec(u"DELETE FROM device_days WHERE device_id = ?"_s, { u"dev-day"_s }));
        const qint64 changeBefore = deviceChange(u"dev-day"_s);
        QCOMPARE(me(m_fx.baseUrl(), token), 200);
        // Before the answer: the day, the device's change and last_seen_at.
        QCOMPARE(
            m_fx.scalar(u"SELECT COUNT(*) FROM device_days WHERE device_id = ?"_s, { u"dev-day"_s })
                .toInt(),
            1);
        QVERIFY(deviceChange(u"dev-day"_s) > changeBefore);
    }

    void shutdownWritesWhatIsNoted()
    {
        // A second serving process on the same database, stopped as an operator does.
        QProcess second;
        second.setProgram(ServerProcess::executable());
        second.setArguments({ u"serve"_s, u"--db"_s, m_fx.db(), u"--listen"_s, u"127.0.0.1:0"_s,
            u"--workers"_s, u"1"_s });
        second.start();
        QDeadlineTimer deadline(30000);
        while (!second.canReadLine() && !deadline.hasExpired())
            second.waitForReadyRead(500);
        const QByteArray line = second.readLine().trimmed();
        QVERIFY2(line.startsWith("listening on "), line.constData());
        const QUrl base(QString::fromLatin1(line.mid(13)));
        const QString token = signIn(base, u"dev-quit"_s);
        const QString stale = isoFromNow(-5 * 60);
        QVERIFY(m_fx.exec(
            u"UPDATE devices SET last_seen_at = ? WHERE id = ?"_s, { stale, u"dev-quit"_s }));
        QCOMPARE(me(base, token), 200);
        QCOMPARE(lastSeen(u"dev-quit"_s), stale);
        second.terminate();
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(lastSeen(u"dev-quit"_s) > stale);
    }
};

QTEST_GUILESS_MAIN(TestServerLastSeen)
#include "tst_server_lastseen.moc"
