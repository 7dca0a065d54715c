// Sync through a faulty network (FaultyProxy: cut, truncated, delayed, dropped, 503, 502 after
// the server did the work, seeded): a member making changes and a secretary sharing a file
// keep syncing through the faults; once the faults stop, one more sync converges: the
// replica equals a clean device's, every mutation reached the server exactly once, the
// upload completed and the downloads verified.
#include "blobstore.h"
#include "clientdevice.h"
#include "demoserver.h"
#include "faultyproxy.h"
#include "outbox.h"
#include "testbytes.h"
#include "vaultsyncstore.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestClientSyncFaults : public QObject
{
    Q_OBJECT

    DemoServer m_server;

    std::unique_ptr<ClientDevice> signedIn(const QString &login)
    {
        return ClientDevice::signedIn(m_server.baseUrl(), login, m_server.password(login));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void convergesOnceTheFaultsStop()
    {
        FaultyProxy proxy(m_server.baseUrl(), { 20261122, 0.4, 400, 150 });
        QString error;
        QVERIFY2(proxy.listen(&error), qPrintable(error));

        // Signed in on a good network, then the network turns bad.
        auto member = signedIn(u"dangvien.a1"_s);
        auto secretary = signedIn(u"bithu.a"_s);
        member->setServer(proxy.url());
        secretary->setServer(proxy.url());
        member->engine().setPageSize(20); // many small pages: more places to break
        member->engine().setChunkSize(64 * 1024);
        secretary->engine().setChunkSize(64 * 1024);

        QList<qint64> memberMutations;
        QStringList noteIds;
        const QByteArray file = randomBytes(500000, 77);
        const QString fileSha = sha256Of(file);
        QString sharedId;
        int failures = 0;
        for (int round = 0; round < 12; ++round) {
            failures += member->sync() ? 0 : 1;
            failures += secretary->sync() ? 0 : 1;
            const QStringList documents = member->rows()[u"document"_s].keys();
            if (documents.isEmpty())
                continue;
            LocalActions actions = member->actions();
            const QString documentId = documents.at(round % documents.size());
            const auto note = actions.putNote(documentId, u"Ghi chú vòng %1"_s.arg(round));
            noteIds << note.rowId;
            memberMutations << note.mutationId;
            const auto read = actions.markRead(documentId);
            if (read.mutationId > 0)
                memberMutations << read.mutationId;
            const auto feedback = actions.postFeedback(u"Góp ý vòng %1"_s.arg(round));
            memberMutations << feedback.mutationId;
            if (round == 3) {
                const auto shared = secretary->actions().shareDocument(u"Tài liệu qua mạng yếu"_s,
                    u"other"_s, {}, {}, { { file, u"mang-yeu.pdf"_s, u"application/pdf"_s } });
                QVERIFY2(shared.ok(), qPrintable(shared.error));
                sharedId = shared.rowId;
            }
        }
        QVERIFY2(proxy.faults() >= 10, qPrintable(QString::number(proxy.faults())));
        QVERIFY(failures > 0);
        for (const auto fault : { FaultyProxy::Fault::Delay, FaultyProxy::Fault::CutResponse,
                 FaultyProxy::Fault::TruncateBody, FaultyProxy::Fault::ServiceUnavailable,
                 FaultyProxy::Fault::BadGatewayAfterWork })
            QVERIFY2(proxy.faultCount(fault) > 0,
                QMetaEnum::fromType<FaultyProxy::Fault>().valueToKey(int(fault)));
        qInfo(
            "%d requests, %d faults, %d failed syncs", proxy.requests(), proxy.faults(), failures);

        // The faults stop: one more sync each converges.
        proxy.setFaultsEnabled(false);
        QVERIFY2(secretary->sync(&error), qPrintable(error));
        QVERIFY2(member->sync(&error), qPrintable(error));
        QCOMPARE(member->store().pendingCount(), 0);
        QCOMPARE(secretary->store().pendingCount(), 0);
        QCOMPARE(Outbox(member->db()).rejected().size(), 0);
        QCOMPARE(Outbox(secretary->db()).rejected().size(), 0);

        // No mutation lost, none applied twice: the server holds each one once, applied.
        QSqlQuery results(m_server.db());
        results.prepare(
            u"SELECT mutation_id, status FROM mutation_results WHERE device_id = ? ORDER BY mutation_id"_s);
        results.addBindValue(member->deviceId());
        QVERIFY(results.exec());
        QList<qint64> applied;
        while (results.next()) {
            QCOMPARE(results.value(1).toString(), u"applied"_s);
            applied << results.value(0).toLongLong();
        }
        QCOMPARE(applied, memberMutations);
        const QString memberId
            = m_server
                  .scalar(u"SELECT member_id FROM users WHERE login = ?"_s, { u"dangvien.a1"_s })
                  .toString();
        QCOMPARE(m_server.scalar(u"SELECT count(*) FROM notes WHERE member_id = ?"_s, { memberId })
                     .toInt(),
            int(noteIds.size()));
        QCOMPARE(
            m_server
                .scalar(
                    u"SELECT count(*) FROM feedback WHERE member_id = ? AND text LIKE 'Góp ý vòng %'"_s,
                    { memberId })
                .toInt(),
            12);
        QCOMPARE(
            m_server.scalar(u"SELECT count(*) FROM documents WHERE id = ?"_s, { sharedId }).toInt(),
            1);
        QCOMPARE(
            m_server.scalar(u"SELECT complete FROM blobs WHERE sha256 = ?"_s, { fileSha }).toInt(),
            1);

        // The replica equals what a clean device gets on a good network.
        auto clean = signedIn(u"dangvien.a1"_s);
        QVERIFY2(clean->sync(&error), qPrintable(error));
        QVERIFY2(member->sync(&error), qPrintable(error)); // the clean sign-in changed nothing
        const ClientDevice::Rows expected = clean->rows();
        const ClientDevice::Rows got = member->rows();
        QCOMPARE(got.keys(), expected.keys());
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const auto mine = got.value(it.key());
            QCOMPARE(mine.size(), it.value().size());
            for (auto row = it.value().begin(); row != it.value().end(); ++row)
                QVERIFY2(
                    mine.value(row.key()) == row.value(), qPrintable(it.key() + u' ' + row.key()));
        }
        BlobStore blobs(member->db());
        QCOMPARE(blobs.count(), BlobStore(clean->db()).count());
        QVERIFY(blobs.isComplete(fileSha));
        QCOMPARE(blobs.open(fileSha)->readAll(), file);
    }
};

QTEST_GUILESS_MAIN(TestClientSyncFaults)
#include "tst_client_sync_faults.moc"
