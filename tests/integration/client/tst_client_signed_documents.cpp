// Signed documents end to end (DESIGN.md 8.1) against the real server: the demo's documents,
// signed by its certified signers, are shown verified on a member's device that pins the
// demo's root key; then one's title, another's body and another's audience are
// altered in the server's database: the device refuses each (listed apart with the reason,
// never shown as the altered text) and keeps syncing everything else. `handbook sync
// --root-key` pins the key with the account and refuses a different one later.
#include "clientdevice.h"
#include "databaseprobe.h"
#include "demoserver.h"
#include "publicationsignature.h"
#include "replicastore.h"
#include "replicasummary.h"
#include "sqlitedatabase.h"
#include "tlsprofilestore.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString kLogin = u"dangvien.a1"_s;

PublicationSignature::KeyPair keysOf(char seed)
{
    return *PublicationSignature::keyPairFromSeed(QByteArray(32, seed));
}

} // namespace

class TestClientSignedDocuments : public QObject
{
    Q_OBJECT

    DemoServer m_server;

    DatabaseProbe probe() const
    {
        return DatabaseProbe(m_server.db(), DatabaseProbe::OnError::Fatal);
    }

    // What a server's own write does: the newest change of the row, in its scope.
    void recordChange(const QString &type, const QString &id, const QString &org)
    {
        probe().exec(u"DELETE FROM changes WHERE type = ? AND entity_id = ?"_s, { type, id });
        probe().exec(u"INSERT INTO changes (txn, type, entity_id, op, org_id, owner_member_id) "
                     "VALUES (?, ?, ?, 'put', ?, NULL)"_s,
            { QUuid::createUuid().toString(QUuid::WithoutBraces), type, id, org });
    }

    // The demo's root public key, written beside its accounts file.
    QString demoRootKey() const
    {
        QFile file(m_server.directory() + u"/root-key.pub"_s);
        return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed()
                                              : QString();
    }

    void touchDocument(const QString &id)
    {
        recordChange(u"document"_s, id,
            m_server.scalar(u"SELECT audience_org_id FROM documents WHERE id = ?"_s, { id })
                .toString());
    }

    void alter(const QString &id, const QString &column, const QString &value)
    {
        probe().exec(
            u"UPDATE documents SET %1 = ?, version = version + 1 WHERE id = ?"_s.arg(column),
            { value, id });
        touchDocument(id);
    }

    static QString reasonApart(ClientDevice &device, const QString &id)
    {
        Statement reason(device.db(), "SELECT reason FROM unverified_documents WHERE id = ?1");
        reason.bind(1, id);
        return reason.step() ? reason.text(0) : QString();
    }

    static std::optional<QJsonObject> shown(ClientDevice &device, const QString &id)
    {
        return ReplicaStore(device.db()).get(u"document"_s, id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void theDeviceShowsWhatVerifiesAndRefusesWhatWasAltered()
    {
        auto device = ClientDevice::signedIn(m_server.baseUrl(), kLogin, m_server.password(kLogin));
        QVERIFY(RootKeyStore::parse(demoRootKey()));
        // The test's devices pin the demo's key at sign-in (DemoServer); pinning it again is a
        // no-op.
        QCOMPARE(RootKeyStore::pin(device->db(), demoRootKey()), RootKeyStore::PinResult::Same);
        QVERIFY(device->sync());
        // The demo signs its documents: every one the member sees verifies.
        QCOMPARE(ReplicaSummary::counts(device->db())[u"unverified_documents"].toInt(), 0);
        const QString memberOrg = m_server.account(kLogin).orgId;
        QStringList ids;
        for (const QVariantList &row : probe().rows(
                 u"SELECT id, audience_org_id FROM documents WHERE classification = 'internal' "
                 "AND withdrawn_at IS NULL AND signature IS NOT NULL ORDER BY id"_s)) {
            if (shown(*device, row[0].toString()) && row[1].toString() != memberOrg)
                ids << row[0].toString();
            if (ids.size() == 3)
                break;
        }
        QCOMPARE(ids.size(), 3);
        for (const QString &id : ids)
            QVERIFY(shown(*device, id)->contains(u"signature"));
        const QString genuineTitle = shown(*device, ids[0])->value(u"title").toString();
        const QString genuineBody = shown(*device, ids[1])->value(u"body").toString();
        const QString meetingId = probe()
                                      .scalar(u"SELECT id FROM meetings WHERE org_id = ? "
                                              "ORDER BY id"_s,
                                          { memberOrg })
                                      .toString();
        QVERIFY(!meetingId.isEmpty());

        // The title of one, the body of another, the audience of the third (still one the
        // member sees); and a meeting changes as well.
        alter(ids[0], u"title"_s, u"Tiêu đề bị sửa"_s);
        alter(ids[1], u"body"_s, u"Nội dung bị sửa"_s);
        alter(ids[2], u"audience_org_id"_s, memberOrg);
        probe().exec(u"UPDATE meetings SET title = ?, version = version + 1 WHERE id = ?"_s,
            { u"Sinh hoạt chi bộ, đổi tên"_s, meetingId });
        recordChange(u"meeting"_s, meetingId, memberOrg);
        QVERIFY(device->sync());
        for (const QString &id : ids)
            QCOMPARE(reasonApart(*device, id), u"bad_signature"_s);
        // The copies that verified stay as they were; nothing altered is shown.
        QCOMPARE(shown(*device, ids[0])->value(u"title").toString(), genuineTitle);
        QCOMPARE(shown(*device, ids[1])->value(u"body").toString(), genuineBody);
        QVERIFY(shown(*device, ids[2])->value(u"audience_org_id").toString() != memberOrg);
        QCOMPARE(ReplicaStore(device->db()).get(u"meeting"_s, meetingId)->value(u"title"),
            u"Sinh hoạt chi bộ, đổi tên"_s);
        QCOMPARE(ReplicaSummary::counts(device->db())[u"unverified_documents"].toInt(), 3);
    }

    // `handbook sync --root-key`: pinned at sign-in, the same key again is fine, another is
    // refused with a clear error and the pinned one stays.
    void theCommandLinePinsTheRootKey()
    {
        QTemporaryDir dataDir;
        const auto run = [&](const QStringList &extra) {
            QProcess process;
            QStringList args { u"sync"_s, u"--data-dir"_s, dataDir.path(), u"--server"_s,
                m_server.baseUrl().toString(), u"--pin"_s, u"97531864"_s };
            process.start(QStringLiteral(HANDBOOK_CLIENT_PATH), args + extra);
            process.waitForFinished(120000);
            return std::pair { process.exitCode(), process.readAllStandardError() };
        };
        const QString root = demoRootKey();
        auto [code, err] = run({ u"--login"_s, kLogin, u"--password"_s, m_server.password(kLogin),
            u"--root-key"_s, root });
        QVERIFY2(code == 0, err.constData());
        std::tie(code, err) = run({ u"--root-key"_s, root });
        QVERIFY2(code == 0, err.constData());
        std::tie(code, err)
            = run({ u"--root-key"_s, PublicationSignature::toBase64(keysOf('\x13').publicKey) });
        QVERIFY(code != 0);
        QVERIFY2(err.contains("root_key_mismatch"), err.constData());
        std::tie(code, err) = run({ u"--root-key"_s, u"bm90IGEga2V5"_s });
        QVERIFY(code != 0);
        QVERIFY2(err.contains("--root-key"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestClientSignedDocuments)
#include "tst_client_signed_documents.moc"
