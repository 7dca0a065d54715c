// Signed documents on a real vault (DESIGN.md 8.1): pulled pages with rows made from seed
// keys; a document that verifies is shown (documents, search), one that does not is listed
// apart with its reason and nothing else of the page is lost; a document that came before its
// signer, or before the root key was pinned, is checked again; a revocation moves what it
// covers apart; a failing later version never replaces a genuine copy.
#include "documentcatalog.h"
#include "documentverification.h"
#include "publicationsignature.h"
#include "replicastore.h"
#include "replicasummary.h"
#include "searchindex.h"
#include "signercatalog.h"
#include "sqlitedatabase.h"
#include "syncfixtures.h"
#include "tlsprofilestore.h"
#include "unverifieddocumentmodel.h"
#include "vaultfixture.h"
#include "vaultsyncstore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncFixtures;
using PublicationSignature::Failure;

namespace {

PublicationSignature::KeyPair keysOf(char seed)
{
    return *PublicationSignature::keyPairFromSeed(QByteArray(32, seed));
}

const PublicationSignature::KeyPair kRoot = keysOf('\x01');
const PublicationSignature::KeyPair kSigner = keysOf('\x02');
const PublicationSignature::KeyPair kOther = keysOf('\x03');

QJsonObject signerRow(const QString &revokedAt = {}, const QString &orgId = u"p1"_s)
{
    QJsonObject row { { u"id"_s, u"s1"_s }, { u"org_id"_s, orgId }, { u"user_id"_s, u"u9"_s },
        { u"name"_s, u"Nguyễn Văn Ký"_s },
        { u"public_key"_s, PublicationSignature::toBase64(kSigner.publicKey) },
        { u"valid_from"_s, u"2026-01-01"_s }, { u"valid_until"_s, u"2027-12-31"_s },
        { u"revoked_at"_s, revokedAt.isEmpty() ? QJsonValue() : QJsonValue(revokedAt) } };
    row.insert(u"certificate"_s,
        PublicationSignature::toBase64(
            PublicationSignature::sign(PublicationSignature::signerBytes(row), kRoot.secretKey)));
    return row;
}

QJsonObject signedDocument(const QString &id, const QString &title,
    const PublicationSignature::KeyPair &keys = kSigner, const QJsonArray &attachments = {})
{
    QJsonObject row = document(id, title, attachments);
    row.insert(u"issued_date"_s, u"2026-06-01"_s);
    row.insert(u"issuer"_s, u"Tỉnh ủy"_s);
    row.insert(u"signature"_s,
        QJsonObject { { u"signer_id"_s, u"s1"_s },
            { u"value"_s,
                PublicationSignature::toBase64(PublicationSignature::sign(
                    PublicationSignature::documentBytes(row), keys.secretKey)) } });
    return row;
}

QJsonObject organization(const QString &id, const QString &parent)
{
    return { { u"id"_s, id }, { u"parent_id"_s, parent.isEmpty() ? QJsonValue() : parent },
        { u"name"_s, id }, { u"kind"_s, u"cell"_s } };
}

} // namespace

class TestDocumentVerification : public QObject
{
    Q_OBJECT

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<VaultSyncStore> m_store;
    int m_cursor = 0;

    SqliteDatabase &db() { return m_fixture->vault->database(); }

    void pull(const QList<SyncChange> &changes)
    {
        m_store->applyPullPage(page(changes, u"c%1"_s.arg(++m_cursor)));
    }

    bool shown(const QString &id) { return ReplicaStore(db()).get(u"document"_s, id).has_value(); }
    QString shownTitle(const QString &id)
    {
        return ReplicaStore(db())
            .get(u"document"_s, id)
            .value_or(QJsonObject {})[u"title"]
            .toString();
    }

    QString reasonApart(const QString &id)
    {
        Statement reason(db(), "SELECT reason FROM unverified_documents WHERE id = ?1");
        reason.bind(1, id);
        return reason.step() ? reason.text(0) : QString();
    }

    int found(const QString &query) { return int(SearchIndex(db()).search(query, 10).size()); }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<VaultFixture>();
        QVERIFY(m_fixture->vault->create(VaultFixture::kPin).ok());
        m_store = std::make_unique<VaultSyncStore>(*m_fixture->vault);
        m_store->saveSession(u"refresh-1"_s, AuthUser { u"u1"_s, u"m1"_s, u"member"_s, u"c1"_s });
        QCOMPARE(RootKeyStore::pin(db(), PublicationSignature::toBase64(kRoot.publicKey)),
            RootKeyStore::PinResult::Pinned);
    }

    void cleanup()
    {
        m_store.reset();
        m_fixture.reset();
    }

    void aGenuineDocumentIsShown()
    {
        pull({ put(u"signer"_s, u"s1"_s, signerRow()),
            put(u"document"_s, u"d1"_s, signedDocument(u"d1"_s, u"Nghị quyết"_s)) });
        QVERIFY(shown(u"d1"_s));
        QCOMPARE(reasonApart(u"d1"_s), QString());
        QCOMPARE(found(u"nghị quyết"_s), 1);
        QCOMPARE(ReplicaSummary::counts(db())[u"unverified_documents"].toInt(), 0);
    }

    // Each tampered field: never in documents nor search, listed apart with the reason; the
    // rest of the page (an unsigned document, a meeting) is kept.
    void tamperedDocumentsAreKeptApart_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("title") << u"title"_s << QJsonValue(u"Nghị quyết giả"_s);
        QTest::newRow("body") << u"body"_s << QJsonValue(u"Nội dung đã sửa"_s);
        QTest::newRow("audience") << u"audience_org_id"_s << QJsonValue(u"c1"_s);
        QTest::newRow("attachment sha")
            << u"attachments"_s << QJsonValue(QJsonArray { attachment(QString(64, u'b'), 10) });
    }
    void tamperedDocumentsAreKeptApart()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject tampered = signedDocument(u"d1"_s, u"Nghị quyết gốc"_s, kSigner,
            QJsonArray { attachment(QString(64, u'a'), 10) });
        tampered.insert(field, value);
        pull({ put(u"signer"_s, u"s1"_s, signerRow()), put(u"document"_s, u"d1"_s, tampered),
            put(u"document"_s, u"d2"_s, document(u"d2"_s, u"Tài liệu chi bộ"_s)),
            put(u"meeting"_s, u"mt1"_s, meeting(u"mt1"_s, u"2026-12-01T01:00:00.000Z"_s)) });
        QVERIFY(!shown(u"d1"_s));
        QCOMPARE(reasonApart(u"d1"_s), u"bad_signature"_s);
        QCOMPARE(found(u"nghị quyết"_s), 0);
        QVERIFY(shown(u"d2"_s));
        QVERIFY(ReplicaStore(db()).get(u"meeting"_s, u"mt1"_s).has_value());
        QCOMPARE(ReplicaSummary::counts(db())[u"unverified_documents"].toInt(), 1);
        QCOMPARE(ReplicaSummary::counts(db())[u"documents"].toInt(), 1);
    }

    void aKeyTheRootNeverCertifiedIsRefused()
    {
        pull({ put(u"signer"_s, u"s1"_s, signerRow()),
            put(u"document"_s, u"d1"_s, signedDocument(u"d1"_s, u"Giả"_s, kOther)) });
        QCOMPARE(reasonApart(u"d1"_s), u"bad_signature"_s);
        QJsonObject forged = signerRow();
        forged.insert(u"name"_s, u"Người khác"_s); // the certificate no longer covers it
        pull({ put(u"signer"_s, u"s1"_s, forged) });
        QCOMPARE(reasonApart(u"d1"_s), u"bad_certificate"_s);
    }

    void aDocumentWaitsForItsSigner()
    {
        pull({ put(u"document"_s, u"d1"_s, signedDocument(u"d1"_s, u"Nghị quyết"_s)) });
        QVERIFY(!shown(u"d1"_s));
        QCOMPARE(reasonApart(u"d1"_s), u"unknown_signer"_s);
        pull({ put(u"signer"_s, u"s1"_s, signerRow()) });
        QVERIFY(shown(u"d1"_s));
        QCOMPARE(reasonApart(u"d1"_s), QString());
        QCOMPARE(found(u"nghị quyết"_s), 1);
    }

    void aSignerOfAnotherBranchIsRefused()
    {
        pull({ put(u"organization"_s, u"p1"_s, organization(u"p1"_s, {})),
            put(u"organization"_s, u"p2"_s, organization(u"p2"_s, {})),
            put(u"organization"_s, u"h1"_s, organization(u"h1"_s, u"p1"_s)),
            put(u"signer"_s, u"s1"_s, signerRow({}, u"p2"_s)),
            put(u"document"_s, u"d1"_s, signedDocument(u"d1"_s, u"Nghị quyết"_s)) });
        QCOMPARE(reasonApart(u"d1"_s), u"wrong_organisation"_s);
        // A document of an organisation below the signer's verifies.
        QJsonObject below = signedDocument(u"d2"_s, u"Hướng dẫn"_s);
        below.insert(u"org_id"_s, u"h1"_s);
        below.insert(u"signature"_s,
            QJsonObject { { u"signer_id"_s, u"s1"_s },
                { u"value"_s,
                    PublicationSignature::toBase64(PublicationSignature::sign(
                        PublicationSignature::documentBytes(below), kSigner.secretKey)) } });
        pull({ put(u"signer"_s, u"s1"_s, signerRow()), put(u"document"_s, u"d2"_s, below) });
        QVERIFY(shown(u"d2"_s));
    }

    void revocation_data()
    {
        QTest::addColumn<QString>("revokedAt");
        QTest::addColumn<bool>("verified");
        QTest::newRow("before the issued date") << u"2026-05-31T10:00:00.000Z"_s << false;
        QTest::newRow("on the issued date") << u"2026-06-01T10:00:00.000Z"_s << false;
        QTest::newRow("after the issued date") << u"2026-06-02T10:00:00.000Z"_s << true;
    }
    void revocation()
    {
        QFETCH(QString, revokedAt);
        QFETCH(bool, verified);
        pull({ put(u"signer"_s, u"s1"_s, signerRow(revokedAt)),
            put(u"document"_s, u"d1"_s, signedDocument(u"d1"_s, u"Nghị quyết"_s)) });
        QCOMPARE(shown(u"d1"_s), verified);
        QCOMPARE(reasonApart(u"d1"_s), verified ? QString() : u"revoked"_s);
    }

    // A revocation that arrives after the document moves it apart.
    void aLaterRevocationMovesTheDocumentApart()
    {
        pull({ put(u"signer"_s, u"s1"_s, signerRow()),
            put(u"document"_s, u"d1"_s, signedDocument(u"d1"_s, u"Nghị quyết"_s)) });
        QVERIFY(shown(u"d1"_s));
        pull({ put(u"signer"_s, u"s1"_s, signerRow(u"2026-03-01T00:00:00.000Z"_s), 2) });
        QVERIFY(!shown(u"d1"_s));
        QCOMPARE(reasonApart(u"d1"_s), u"revoked"_s);
        QCOMPARE(found(u"nghị quyết"_s), 0);
    }

    // A tampered later version is listed apart and the genuine copy stays as it was.
    void aTamperedUpdateDoesNotReplaceTheGenuineCopy()
    {
        pull({ put(u"signer"_s, u"s1"_s, signerRow()),
            put(u"document"_s, u"d1"_s, signedDocument(u"d1"_s, u"Nghị quyết"_s)) });
        QJsonObject tampered = signedDocument(u"d1"_s, u"Nghị quyết"_s);
        tampered.insert(u"title"_s, u"Nghị quyết đã sửa"_s);
        pull({ put(u"document"_s, u"d1"_s, tampered, 2) });
        QCOMPARE(shownTitle(u"d1"_s), u"Nghị quyết"_s);
        QCOMPARE(reasonApart(u"d1"_s), u"bad_signature"_s);
        // A genuine version after it clears the list apart; a delete removes both.
        pull({ put(u"document"_s, u"d1"_s, signedDocument(u"d1"_s, u"Nghị quyết mới"_s), 3) });
        QCOMPARE(shownTitle(u"d1"_s), u"Nghị quyết mới"_s);
        QCOMPARE(reasonApart(u"d1"_s), QString());
        pull({ put(u"document"_s, u"d1"_s, tampered, 4) });
        pull({ gone(u"document"_s, u"d1"_s) });
        QVERIFY(!shown(u"d1"_s));
        QCOMPARE(reasonApart(u"d1"_s), QString());
    }

    // A later version cannot take the signature away: a withdrawal is a delete, so an unsigned
    // version of a signed document is listed apart and the verified copy stays.
    void aStrippedSignatureDoesNotReplaceTheGenuineCopy()
    {
        pull({ put(u"signer"_s, u"s1"_s, signerRow()),
            put(u"document"_s, u"d1"_s, signedDocument(u"d1"_s, u"Nghị quyết"_s)) });
        QJsonObject stripped = signedDocument(u"d1"_s, u"Nghị quyết đã sửa"_s);
        stripped.remove(u"signature"_s);
        pull({ put(u"document"_s, u"d1"_s, stripped, 2) });
        QCOMPARE(shownTitle(u"d1"_s), u"Nghị quyết"_s);
        QCOMPARE(reasonApart(u"d1"_s), u"malformed"_s);
        // An unsigned document that never had a signature is shown as before.
        QJsonObject share = signedDocument(u"d2"_s, u"Tài liệu chi bộ"_s);
        share.remove(u"signature"_s);
        pull({ put(u"document"_s, u"d2"_s, share) });
        QCOMPARE(shownTitle(u"d2"_s), u"Tài liệu chi bộ"_s);
    }

    // A restricted document is kept without its body, so it is verified without it: with the
    // signed body_sha256. A row carrying the genuine body (which the signature covers) beside a
    // forged body_sha256 (which the reader would later check the fetched body against) is
    // refused.
    void aRestrictedDocumentIsVerifiedAsItIsKept()
    {
        const QString body = u"Nội dung mật"_s;
        QJsonObject unsignedRow = signedDocument(u"d1"_s, u"Chỉ thị mật"_s);
        unsignedRow.remove(u"signature"_s);
        unsignedRow.insert(u"classification"_s, u"restricted"_s);
        unsignedRow.insert(u"body"_s, body);
        const QJsonObject signature { { u"signer_id"_s, u"s1"_s },
            { u"value"_s,
                PublicationSignature::toBase64(PublicationSignature::sign(
                    PublicationSignature::documentBytes(unsignedRow), kSigner.secretKey)) } };
        QJsonObject genuine = unsignedRow;
        genuine.remove(u"body"_s);
        genuine.remove(u"attachments"_s);
        genuine.insert(u"body_sha256"_s, PublicationSignature::bodySha256(body));
        genuine.insert(u"signed_attachments"_s, QJsonArray());
        genuine.insert(u"signature"_s, signature);
        pull({ put(u"signer"_s, u"s1"_s, signerRow()), put(u"document"_s, u"d1"_s, genuine) });
        QVERIFY(shown(u"d1"_s));

        QJsonObject forged = unsignedRow;
        forged.insert(u"body_sha256"_s, PublicationSignature::bodySha256(u"Nội dung giả"_s));
        forged.insert(u"signed_attachments"_s, QJsonArray());
        forged.insert(u"signature"_s, signature);
        pull({ put(u"document"_s, u"d2"_s, forged) });
        QVERIFY(!shown(u"d2"_s));
        QCOMPARE(reasonApart(u"d2"_s), u"bad_signature"_s);
    }

    void withoutARootKeyNothingSignedIsShown()
    {
        m_store.reset();
        m_fixture = std::make_unique<VaultFixture>();
        QVERIFY(m_fixture->vault->create(VaultFixture::kPin).ok());
        m_store = std::make_unique<VaultSyncStore>(*m_fixture->vault);
        pull({ put(u"signer"_s, u"s1"_s, signerRow()),
            put(u"document"_s, u"d1"_s, signedDocument(u"d1"_s, u"Nghị quyết"_s)),
            put(u"document"_s, u"d2"_s, document(u"d2"_s, u"Tài liệu chi bộ"_s)) });
        QVERIFY(!shown(u"d1"_s));
        QCOMPARE(reasonApart(u"d1"_s), u"no_root_key"_s);
        QVERIFY(shown(u"d2"_s)); // unsigned: shown, with no mark
        // Pinning the key (as `handbook sync --root-key` does) and checking again shows it.
        QCOMPARE(RootKeyStore::pin(db(), PublicationSignature::toBase64(kRoot.publicKey)),
            RootKeyStore::PinResult::Pinned);
        ReplicaStore replica(db());
        QCOMPARE(DocumentVerification(db(), replica).recheck(), 1);
        QVERIFY(shown(u"d1"_s));
    }

    // What the screens read: the signer of a shown document (the verified mark and its
    // details), the search hit's signer, and the list apart with its Vietnamese reason.
    void theScreensSeeWhoSignedAndWhatWasRefused()
    {
        QJsonObject tampered = signedDocument(u"d2"_s, u"Hướng dẫn"_s);
        tampered.insert(u"title"_s, u"Hướng dẫn giả"_s);
        pull({ put(u"organization"_s, u"p1"_s, organization(u"p1"_s, {})),
            put(u"signer"_s, u"s1"_s, signerRow()),
            put(u"document"_s, u"d1"_s, signedDocument(u"d1"_s, u"Nghị quyết"_s)),
            put(u"document"_s, u"d2"_s, tampered),
            put(u"document"_s, u"d3"_s, document(u"d3"_s, u"Tài liệu chi bộ"_s)) });
        const auto detail = DocumentCatalog(db()).document(u"d1"_s);
        QCOMPARE(detail->summary.signerName, u"Nguyễn Văn Ký"_s);
        QCOMPARE(DocumentCatalog(db()).document(u"d3"_s)->summary.signerName, QString());
        const auto signer = SignerCatalog(db()).signerOfDocument(u"d1"_s);
        QVERIFY(signer);
        QCOMPARE(signer->organisation, u"p1"_s);
        QCOMPARE(signer->validUntil, u"2027-12-31"_s);
        QCOMPARE(signer->fingerprint, PublicationSignature::fingerprint(kSigner.publicKey));
        QVERIFY(!SignerCatalog(db()).signerOfDocument(u"d3"_s));
        const QList<SearchHit> hits = SearchIndex(db()).search(u"nghị quyết"_s, 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().signerName, u"Nguyễn Văn Ký"_s);
        const QList<UnverifiedDocument> apart = SignerCatalog(db()).unverified();
        QCOMPARE(apart.size(), 1);
        QCOMPARE(apart.first().title, u"Hướng dẫn giả"_s);
        QVERIFY(!apart.first().keptVerifiedCopy);
        QCOMPARE(UnverifiedDocumentModel::reasonText(apart.first().reason),
            u"Chữ ký không khớp với nội dung"_s);
        QCOMPARE(UnverifiedDocumentModel::reasonText(u"revoked"_s), u"Người ký đã bị thu hồi"_s);
    }

    void aPinnedRootKeyNeverChanges()
    {
        const QString root = PublicationSignature::toBase64(kRoot.publicKey);
        QCOMPARE(RootKeyStore::pin(db(), root), RootKeyStore::PinResult::Same);
        QCOMPARE(RootKeyStore::pin(db(), PublicationSignature::toBase64(kOther.publicKey)),
            RootKeyStore::PinResult::Different);
        QCOMPARE(RootKeyStore::pin(db(), u"not a key"_s), RootKeyStore::PinResult::Invalid);
        QCOMPARE(RootKeyStore::load(db()), kRoot.publicKey);
    }
};

QTEST_GUILESS_MAIN(TestDocumentVerification)
#include "tst_documentverification.moc"
