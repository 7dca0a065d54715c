// A committee user's publishing actions over a real SQLCipher vault: the device's signing key
// (made once, secret only in the vault, signer.register with exactly the server's arguments,
// its status from the pulled signer row), returning a draft (a reason required), signing and
// publishing (the PIN asked again: a wrong one signs nothing; the right one queues a signature
// that verifies over the draft's canonical bytes) and withdrawing a document.
#include "approvalcontroller.h"
#include "outbox.h"
#include "publicationsignature.h"
#include "replicastore.h"
#include "signerkeycontroller.h"
#include "signerkeys.h"
#include "sqlitedatabase.h"
#include "unlockedsession.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"
#include "withdrawcontroller.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QString kPin = u"246810"_s;
const QDateTime kNow(QDate(2026, 11, 22), QTime(8, 0), QTimeZone::utc());

QJsonObject draft(const QString &id, const QString &authorId, const QString &status)
{
    return { { u"id"_s, id }, { u"org_id"_s, u"p1"_s }, { u"audience_org_id"_s, u"p1"_s },
        { u"kind"_s, u"resolution"_s }, { u"number"_s, u"12-NQ/TU"_s },
        { u"title"_s, u"Nghị quyết về chuyển đổi số"_s }, { u"issued_date"_s, u"2026-11-20"_s },
        { u"issuer"_s, u"Tỉnh ủy"_s }, { u"summary"_s, u"Tóm tắt"_s },
        { u"classification"_s, u"internal"_s }, { u"body"_s, u"Toàn văn nghị quyết."_s },
        { u"attachments"_s,
            QJsonArray {
                QJsonObject { { u"name"_s, u"nq.pdf"_s }, { u"sha256"_s, QString(64, u'b') },
                    { u"size"_s, 2048 }, { u"mime"_s, u"application/pdf"_s } } } },
        { u"status"_s, status }, { u"author_id"_s, authorId },
        { u"author_name"_s, u"Trần Thị Soạn"_s }, { u"approver_id"_s, QJsonValue() },
        { u"return_reason"_s, QJsonValue() }, { u"updated_at"_s, u"2026-11-21T08:00:00Z"_s } };
}
} // namespace

class TestApproval : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;

    SqliteDatabase &db() { return m_session->vault().database(); }
    void signInAs(const QString &userId, const QString &role, const QString &orgId = u"p1"_s)
    {
        VaultSyncStore(m_session->vault())
            .saveSession(u"token"_s, AuthUser { userId, QString(), role, orgId });
    }
    template<typename Controller> void prepare(Controller &controller)
    {
        controller.setClock([] { return kNow; });
        controller.setSession(m_session.get());
    }
    QList<PendingMutation> queued() { return Outbox(db()).pending(); }
    // A signer row for this device's key as the server would send it.
    void putSignerRow(const QString &certificate, const QString &validUntil,
        const QJsonValue &revokedAt = QJsonValue())
    {
        const auto key = SignerKeys(db()).current();
        QVERIFY(key);
        ReplicaStore(db()).put(u"signer"_s, key->id, 1,
            { { u"id"_s, key->id }, { u"org_id"_s, u"p1"_s }, { u"user_id"_s, u"u-approver"_s },
                { u"name"_s, u"Lê Văn Duyệt"_s },
                { u"public_key"_s, PublicationSignature::toBase64(key->publicKey) },
                { u"valid_from"_s, u"2026-01-01"_s }, { u"valid_until"_s, validUntil },
                { u"certificate"_s, certificate }, { u"revoked_at"_s, revokedAt },
                { u"fingerprint"_s, PublicationSignature::fingerprint(key->publicKey) } });
    }
    void makeCertifiedKey()
    {
        SignerKeyController keys;
        prepare(keys);
        QVERIFY(keys.createKey(u"Lê Văn Duyệt"_s));
        putSignerRow(QString(88, u'A'), u"2027-12-31"_s);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = unlockedTestSession(*m_dir, kPin);
        QVERIFY(m_session);
        signInAs(u"u-approver"_s, u"committee"_s);
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void keyIsMadeOnceAndRegisteredWithTheServersArguments()
    {
        SignerKeyController keys;
        prepare(keys);
        QVERIFY(keys.isCommittee());
        QCOMPARE(keys.status(), SignerKeyController::NoKey);
        QVERIFY(!keys.createKey(u"  "_s)); // a name is required
        QVERIFY(!keys.errorMessage().isEmpty());
        QVERIFY(queued().isEmpty());

        QVERIFY(keys.createKey(u"Lê Văn Duyệt, Phó Bí thư"_s));
        const auto key = SignerKeys(db()).current();
        QVERIFY(key);
        QCOMPARE(key->publicKey.size(), 32);
        QCOMPARE(queued().size(), 1);
        const PendingMutation registration = queued().first();
        QCOMPARE(registration.name, u"signer.register"_s);
        QCOMPARE(registration.args,
            (QJsonObject { { u"id"_s, key->id },
                { u"public_key"_s, PublicationSignature::toBase64(key->publicKey) },
                { u"name"_s, u"Lê Văn Duyệt, Phó Bí thư"_s } }));
        QCOMPARE(keys.status(), SignerKeyController::NotSent);
        QCOMPARE(keys.statusText(), u"Chưa gửi"_s);
        QCOMPARE(keys.fingerprint(), PublicationSignature::fingerprint(key->publicKey));
        QCOMPARE(keys.fingerprintGroups().size(), 8);
        QVERIFY(!keys.canResend()); // queued already

        // Once: pressing again neither makes a second key nor queues a second registration.
        QVERIFY(keys.createKey(u"Lê Văn Duyệt"_s));
        QCOMPARE(SignerKeys(db()).current()->id, key->id);
        QCOMPARE(db().scalar("SELECT count(*) FROM signer_keys").toInt(), 1);
        QCOMPARE(queued().size(), 1);
    }

    void secretKeyIsOnlyInTheVault()
    {
        SignerKeyController keys;
        prepare(keys);
        QVERIFY(keys.createKey(u"Lê Văn Duyệt"_s));
        Statement query(db(), "SELECT secret_key FROM signer_keys");
        QVERIFY(query.step());
        const QByteArray secret = query.blob(0);
        QCOMPARE(secret.size(), 64);
        // Not in the queued mutation, not in any file of the account in the clear.
        QVERIFY(!queued().first().args.contains(u"secret_key"_s));
        const QByteArray seed = secret.left(32);
        const QByteArray seedBase64 = PublicationSignature::toBase64(seed).toLatin1();
        const QByteArray seedHex = seed.toHex();
        m_session->lock(); // flush and close the database
        QDirIterator files(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(seed), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(seedBase64), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(seedHex), qPrintable(file.fileName()));
            ++scanned;
        }
        QVERIFY(scanned >= 2); // the database and the key envelope
    }

    void statusFollowsThePulledSignerRow()
    {
        SignerKeyController keys;
        prepare(keys);
        QVERIFY(keys.createKey(u"Lê Văn Duyệt"_s));
        putSignerRow(QString(), u"2027-12-31"_s);
        keys.reload();
        QCOMPARE(keys.status(), SignerKeyController::Registered);
        QCOMPARE(keys.statusText(), u"Chờ chứng thực"_s);
        putSignerRow(QString(88, u'A'), u"2027-12-31"_s);
        keys.reload();
        QCOMPARE(keys.status(), SignerKeyController::Certified);
        QCOMPARE(keys.statusText(), u"Đã chứng thực đến 31/12/2027"_s);
        putSignerRow(QString(88, u'A'), u"2026-06-30"_s);
        keys.reload();
        QCOMPARE(keys.statusText(), u"Hết hạn"_s);
        putSignerRow(QString(88, u'A'), u"2027-12-31"_s, u"2026-11-01T00:00:00Z"_s);
        keys.reload();
        QCOMPARE(keys.statusText(), u"Đã thu hồi"_s);
    }

    void signAndPublishWithTheRightPinQueuesAVerifyingSignature()
    {
        makeCertifiedKey();
        const QJsonObject stored = draft(u"dr1"_s, u"u-author"_s, u"submitted"_s);
        ReplicaStore(db()).put(u"document_draft"_s, u"dr1"_s, 1, stored);
        const int before = int(queued().size());

        ApprovalController approval;
        prepare(approval);
        approval.setDraftId(u"dr1"_s);
        QVERIFY(approval.submitted());
        QVERIFY(!approval.ownDraft());
        QVERIFY2(approval.canSign(), qPrintable(approval.signBlockedReason()));
        QVERIFY(approval.signAndPublish(kPin));
        QCOMPARE(queued().size(), before + 1);
        const PendingMutation publish = queued().last();
        QCOMPARE(publish.name, u"document.publish"_s);
        QCOMPARE(publish.args.keys(), (QStringList { u"draft_id"_s, u"signature"_s }));
        QCOMPARE(publish.args.value(u"draft_id"_s).toString(), u"dr1"_s);
        const QJsonObject signature = publish.args.value(u"signature"_s).toObject();
        const auto key = SignerKeys(db()).current();
        QCOMPARE(signature.keys(), (QStringList { u"signer_id"_s, u"value"_s }));
        QCOMPARE(signature.value(u"signer_id"_s).toString(), key->id);
        const auto value = PublicationSignature::fromBase64(signature.value(u"value"_s).toString());
        QVERIFY(value);
        QVERIFY(PublicationSignature::verify(
            PublicationSignature::documentBytes(stored), *value, key->publicKey));
        // Another title would not verify: the signature covers the document's fields.
        QJsonObject changed = stored;
        changed.insert(u"title"_s, u"Nghị quyết khác"_s);
        QVERIFY(!PublicationSignature::verify(
            PublicationSignature::documentBytes(changed), *value, key->publicKey));
        // Shown as waiting for the server.
        QVERIFY(approval.pending());
        QVERIFY(approval.published());
        QVERIFY(!approval.signAndPublish(kPin)); // not twice
        QCOMPARE(queued().size(), before + 1);
    }

    void aWrongPinSignsNothing()
    {
        makeCertifiedKey();
        ReplicaStore(db()).put(
            u"document_draft"_s, u"dr1"_s, 1, draft(u"dr1"_s, u"u-author"_s, u"submitted"_s));
        const int before = int(queued().size());
        ApprovalController approval;
        prepare(approval);
        approval.setDraftId(u"dr1"_s);
        QVERIFY(!approval.signAndPublish(u"135790"_s));
        QCOMPARE(queued().size(), before);
        QVERIFY(approval.errorMessage().contains(u"không đúng"_s));
        QCOMPARE(m_session->vault().failedAttempts(), 1); // counted as unlocking counts it
        QVERIFY(approval.submitted());
        QVERIFY(!approval.pending());
        QCOMPARE(m_session->state(), VaultSession::Unlocked);
    }

    void withoutACertifiedKeyNothingIsSigned()
    {
        ReplicaStore(db()).put(
            u"document_draft"_s, u"dr1"_s, 1, draft(u"dr1"_s, u"u-author"_s, u"submitted"_s));
        ApprovalController approval;
        prepare(approval);
        approval.setDraftId(u"dr1"_s);
        QVERIFY(!approval.canSign());
        QVERIFY(approval.signBlockedReason().contains(u"chưa có khóa ký"_s));
        QVERIFY(!approval.signAndPublish(kPin));
        QVERIFY(queued().isEmpty());

        SignerKeyController keys;
        prepare(keys);
        QVERIFY(keys.createKey(u"Lê Văn Duyệt"_s));
        putSignerRow(QString(), u"2027-12-31"_s); // registered, not certified
        approval.reload();
        QVERIFY(!approval.canSign());
        QVERIFY(approval.signBlockedReason().contains(u"chưa được chứng thực"_s));
        QVERIFY(!approval.signAndPublish(kPin));
        QCOMPARE(queued().size(), 1); // the registration only
    }

    void theAuthorIsToldAnotherMemberMustApprove()
    {
        makeCertifiedKey();
        ReplicaStore(db()).put(
            u"document_draft"_s, u"dr1"_s, 1, draft(u"dr1"_s, u"u-approver"_s, u"submitted"_s));
        ApprovalController approval;
        prepare(approval);
        approval.setDraftId(u"dr1"_s);
        QVERIFY(approval.ownDraft());
        QVERIFY(approval.canSign()); // single-person approval: the server decides
    }

    void returnRequiresAReason()
    {
        ReplicaStore(db()).put(
            u"document_draft"_s, u"dr1"_s, 1, draft(u"dr1"_s, u"u-author"_s, u"submitted"_s));
        ApprovalController approval;
        prepare(approval);
        approval.setDraftId(u"dr1"_s);
        QVERIFY(!approval.returnDraft(u"   "_s));
        QVERIFY(!approval.errorMessage().isEmpty());
        QVERIFY(queued().isEmpty());
        QVERIFY(!approval.returnDraft(QString(1001, u'x'))); // over the limit
        QVERIFY(queued().isEmpty());

        QVERIFY(approval.returnDraft(u" Sửa lại số hiệu văn bản. "_s));
        QCOMPARE(queued().size(), 1);
        QCOMPARE(queued().first().name, u"document.draft.return"_s);
        QCOMPARE(queued().first().args,
            (QJsonObject {
                { u"id"_s, u"dr1"_s }, { u"reason"_s, u"Sửa lại số hiệu văn bản."_s } }));
        QVERIFY(approval.returned());
        QVERIFY(approval.pending());
        QCOMPARE(approval.returnReason(), u"Sửa lại số hiệu văn bản."_s);
    }

    void withdrawQueuesTheRightArguments()
    {
        ReplicaStore replica(db());
        replica.put(u"document"_s, u"d1"_s, 1,
            { { u"id"_s, u"d1"_s }, { u"org_id"_s, u"p1"_s }, { u"title"_s, u"Nghị quyết"_s } });
        replica.put(u"document"_s, u"d2"_s, 1,
            { { u"id"_s, u"d2"_s }, { u"org_id"_s, u"p2"_s }, { u"title"_s, u"Của tỉnh khác"_s } });
        WithdrawController other;
        prepare(other);
        other.setDocumentId(u"d2"_s);
        QVERIFY(!other.canWithdraw()); // another organisation published it

        WithdrawController withdraw;
        prepare(withdraw);
        withdraw.setDocumentId(u"d1"_s);
        QVERIFY(withdraw.canWithdraw());
        QVERIFY(!withdraw.withdraw(u""_s));
        QVERIFY(queued().isEmpty());
        QVERIFY(withdraw.withdraw(u"Ban hành nhầm phiên bản."_s));
        QCOMPARE(queued().size(), 1);
        QCOMPARE(queued().first().name, u"document.withdraw"_s);
        QCOMPARE(queued().first().args,
            (QJsonObject { { u"id"_s, u"d1"_s }, { u"reason"_s, u"Ban hành nhầm phiên bản."_s } }));
        QVERIFY(withdraw.pending());
        QVERIFY(!withdraw.canWithdraw());
        QVERIFY(replica.get(u"document"_s, u"d1"_s)); // removed only by the server's change

        signInAs(u"u-member"_s, u"member"_s);
        WithdrawController member;
        prepare(member);
        member.setDocumentId(u"d1"_s);
        QVERIFY(!member.canWithdraw());
    }
};

QTEST_GUILESS_MAIN(TestApproval)
#include "tst_approval.moc"
