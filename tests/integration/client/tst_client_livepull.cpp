// The app's live pull (DESIGN.md 8.7) against the real handbook-server holding the demo
// province: a device in live mode receives a document published with the server's CLI with no
// timer-triggered sync; leaving the foreground gives the held pull up; a proxy that cuts live
// pulls twice turns live mode off (the device polls); a push while a pull is held completes
// without waiting for it.
#include "clientdevice.h"
#include "demoserver.h"
#include "faultyproxy.h"
#include "pullquery.h"
#include "serverprocess.h"
#include "syncscheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
const auto kMember = u"dangvien.a1"_s;
// Generous: a publication wakes the held pull within seconds; CI machines are slow.
constexpr int kDeadlineMs = 30000;
} // namespace

class TestClientLivePull : public QObject
{
    Q_OBJECT

    DemoServer m_server;

    std::unique_ptr<ClientDevice> synced(const QUrl &url)
    {
        auto device = ClientDevice::signedIn(
            m_server.baseUrl(), kMember, m_server.account(kMember).password);
        QString error;
        if (!device->sync(&error))
            qFatal("the first sync failed: %s", qPrintable(error));
        if (url != m_server.baseUrl())
            device->setServer(url);
        return device;
    }

    // The app's scheduler on a device: live mode on, no periodic sync within the test.
    static std::unique_ptr<SyncScheduler> liveScheduler(ClientDevice &device)
    {
        auto scheduler = std::make_unique<SyncScheduler>(&device.engine());
        scheduler->setInterval(1h);
        scheduler->setLiveEnabled(true);
        return scheduler;
    }

    static bool openLive(SyncScheduler &scheduler)
    {
        scheduler.trigger();
        return QTest::qWaitFor(
            [&scheduler] { return scheduler.liveState() == SyncScheduler::LiveState::Open; },
            kDeadlineMs);
    }

    QString publish(const QString &title)
    {
        const QString province = m_server
                                     .scalar(u"SELECT ancestor_id FROM org_closure c JOIN "
                                             u"organizations o ON o.id = c.ancestor_id "
                                             u"WHERE c.descendant_id = ? AND o.parent_id IS NULL"_s,
                                         { m_server.account(kMember).orgId })
                                     .toString();
        const auto result = ServerProcess::run({ u"publish"_s, u"--db"_s,
            m_server.databaseArgument(), u"--org"_s, province, u"--audience"_s, province,
            u"--kind"_s, u"notice"_s, u"--number"_s, u"7-TB/TU"_s, u"--title"_s, title });
        if (!result.finished || result.exitCode != 0)
            qFatal("publish failed: %s", result.standardError.constData());
        return QString::fromUtf8(result.standardOutput).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void aPublicationReachesALiveDeviceWithoutATimer()
    {
        auto device = synced(m_server.baseUrl());
        auto scheduler = liveScheduler(*device);
        QVERIFY(openLive(*scheduler));
        const QString id = publish(u"Thông báo trực tuyến"_s);
        QTRY_VERIFY_WITH_TIMEOUT(device->rows()[u"document"_s].contains(id), kDeadlineMs);
        // It came through the held pull (no timer fired: the next one is an hour away), and a
        // live pull holds again afterwards.
        QCOMPARE(
            device->rows()[u"document"_s][id][u"title"_s].toString(), u"Thông báo trực tuyến"_s);
        QVERIFY(scheduler->nextAttempt() > QDateTime::currentDateTimeUtc().addSecs(3000));
        QTRY_COMPARE_WITH_TIMEOUT(
            scheduler->liveState(), SyncScheduler::LiveState::Open, kDeadlineMs);
        QVERIFY(scheduler->livePullsOpened() >= 2);
        QVERIFY(device->engine().lastError().isNull());
    }

    void theBackgroundGivesUpTheHeldPull()
    {
        auto device = synced(m_server.baseUrl());
        auto scheduler = liveScheduler(*device);
        QVERIFY(openLive(*scheduler));
        scheduler->setForeground(false);
        QVERIFY(!device->engine().isLivePullOpen());
        QCOMPARE(scheduler->liveState(), SyncScheduler::LiveState::Off);
        // What is published meanwhile waits for the next sync; back in front, it comes.
        const QString id = publish(u"Thông báo khi vắng mặt"_s);
        QVERIFY(!device->rows()[u"document"_s].contains(id));
        scheduler->setForeground(true);
        QTRY_VERIFY_WITH_TIMEOUT(device->rows()[u"document"_s].contains(id), kDeadlineMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            scheduler->liveState(), SyncScheduler::LiveState::Open, kDeadlineMs);
        QVERIFY(device->engine().lastError().isNull());
    }

    void aProxyThatCutsLivePullsTurnsLiveModeOff()
    {
        FaultyProxy proxy(m_server.baseUrl(), FaultyProxy::Options { 3, 0.0, 10, 0 });
        QString error;
        QVERIFY2(proxy.listen(&error), qPrintable(error));
        proxy.setFaultsEnabled(false);
        // Every live pull is dropped (the connection closes without an answer; the network
        // stack may retry one once, so there are a few to spare).
        for (int i = 0; i < 8; ++i)
            proxy.forceFault(
                "GET /v1/sync/pull?" + Protocol::PullQuery::Wait.toString().toLatin1() + '=',
                FaultyProxy::Fault::DropRequest);
        auto device = synced(proxy.url());
        auto scheduler = liveScheduler(*device);
        scheduler->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            scheduler->liveState(), SyncScheduler::LiveState::FallenBack, kDeadlineMs);
        QVERIFY(proxy.faultCount(FaultyProxy::Fault::DropRequest) >= 2);
        QVERIFY(!device->engine().isLivePullOpen());
        QVERIFY(scheduler->liveResumesAt() > QDateTime::currentDateTimeUtc().addSecs(600));
        // The device polls: its syncs still work and open no live pull.
        QVERIFY(device->engine().lastError().isNull());
        QVERIFY(scheduler->nextAttempt().isValid());
        QVERIFY(device->sync(&error));
        QVERIFY(!device->engine().isLivePullOpen());
    }

    void aPushDoesNotWaitForTheHeldPull()
    {
        auto device = synced(m_server.baseUrl());
        auto scheduler = liveScheduler(*device);
        QVERIFY(openLive(*scheduler));
        const QString documentId = device->rows()[u"document"_s].keys().first();
        const auto read = device->actions().markRead(documentId);
        QVERIFY(read.ok());
        QVERIFY(read.mutationId > 0);
        QSignalSpy runs(&device->engine(), &SyncEngine::finished);
        scheduler->trigger(); // what the app does after a local action
        // Done while the live pull is still held (its wait is 50 s): it never waited for it.
        QVERIFY(runs.wait(kDeadlineMs));
        QVERIFY(runs.first().first().toBool());
        QVERIFY(device->engine().isLivePullOpen());
        QCOMPARE(device->engine().pendingCount(), 0);
        QCOMPARE(m_server
                     .scalar(u"SELECT count(*) FROM read_receipts WHERE document_id = ? AND "
                             u"member_id = ?"_s,
                         { documentId, m_server.account(kMember).memberId })
                     .toInt(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestClientLivePull)
#include "tst_client_livepull.moc"
