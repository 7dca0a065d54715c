// Signed publications (DESIGN.md 8.1): the canonical bytes and Ed25519 signatures of
// sync/protocol against the vectors in tests/data/signing, which make-vectors.sh made with
// Python and OpenSSL alone; then each rule a phone applies before it shows a document.
#include "publicationsignature.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Sig = PublicationSignature;

namespace {

QByteArray vector(const QString &name)
{
    QFile file(QStringLiteral(HANDBOOK_SIGNING_VECTORS "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test vector %s", qPrintable(name));
    return file.readAll();
}

QString line(const QString &name)
{
    return QString::fromLatin1(vector(name).trimmed());
}

QJsonObject json(const QString &name)
{
    return QJsonDocument::fromJson(vector(name)).object();
}

QByteArray rootKey()
{
    return *Sig::fromBase64(line(u"root.pub.b64"_s));
}

// The vectors' tree: the province (org-tinh) above a district (org-huyen).
bool sameOrAbove(const QString &signerOrg, const QString &documentOrg)
{
    return signerOrg == documentOrg || (signerOrg == u"org-tinh" && documentOrg == u"org-huyen");
}

Sig::Failure check(const QJsonObject &document, const QJsonObject &signer)
{
    return Sig::verifyDocument(document, signer, rootKey(), sameOrAbove);
}

} // namespace

class TestPublicationSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalBytesMatchTheVectors()
    {
        QCOMPARE(Sig::documentBytes(json(u"document.json"_s)), vector(u"document.canonical"_s));
        QCOMPARE(Sig::signerBytes(json(u"signer.json"_s)), vector(u"signer.canonical"_s));
    }

    void canonicalBytesIgnoreWhatIsNotSigned()
    {
        QJsonObject document = json(u"document.json"_s);
        const QByteArray bytes = Sig::documentBytes(document);
        document.insert(u"published_at"_s, u"2030-01-01T00:00:00Z"_s);
        document.insert(u"meeting_id"_s, u"m-1"_s);
        document.remove(u"signature"_s);
        QCOMPARE(Sig::documentBytes(document), bytes);
        // A restricted document arrives without body and attachments, with their hashes.
        QJsonObject restricted = json(u"document.json"_s);
        restricted.insert(u"body_sha256"_s, Sig::bodySha256(restricted.value(u"body").toString()));
        restricted.insert(u"signed_attachments"_s, restricted.value(u"attachments"));
        restricted.remove(u"body"_s);
        restricted.remove(u"attachments"_s);
        QCOMPARE(Sig::documentBytes(restricted), bytes);
        // A missing field is the empty string, never left out.
        QJsonObject sparse { { u"id"_s, u"x"_s } };
        QVERIFY(Sig::documentBytes(sparse).contains("\"issuer\":\"\""));
        QVERIFY(Sig::documentBytes(sparse).contains("\"attachments\":[]"));
    }

    void keysAndSignaturesMatchTheVectors()
    {
        const auto root = Sig::keyPairFromSeed(QByteArray::fromHex(vector(u"root.seed.hex"_s)));
        const auto signer = Sig::keyPairFromSeed(QByteArray::fromHex(vector(u"signer.seed.hex"_s)));
        QVERIFY(root && signer);
        QCOMPARE(Sig::toBase64(root->publicKey), line(u"root.pub.b64"_s));
        QCOMPARE(Sig::toBase64(signer->publicKey), line(u"signer.pub.b64"_s));
        // Ed25519 is deterministic: the same bytes and key give OpenSSL's signature.
        QCOMPARE(Sig::toBase64(Sig::sign(vector(u"signer.canonical"_s), root->secretKey)),
            line(u"signer.certificate.b64"_s));
        QCOMPARE(Sig::toBase64(Sig::sign(vector(u"document.canonical"_s), signer->secretKey)),
            line(u"document.signature.b64"_s));
        QVERIFY(!Sig::keyPairFromSeed(QByteArray(31, 'x')));
    }

    void theVectorDocumentVerifies()
    {
        QCOMPARE(check(json(u"document.json"_s), json(u"signer.json"_s)), Sig::Failure::None);
        // A signer of the district itself is also entitled.
        QVERIFY(sameOrAbove(u"org-huyen"_s, u"org-huyen"_s));
    }

    void tamperedDocumentsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("title") << u"title"_s << QJsonValue(u"Nghị quyết khác"_s);
        QTest::newRow("body") << u"body"_s << QJsonValue(u"Nội dung khác"_s);
        QTest::newRow("audience") << u"audience_org_id"_s << QJsonValue(u"org-tinh"_s);
        QTest::newRow("issued date") << u"issued_date"_s << QJsonValue(u"2026-12-02"_s);
        QTest::newRow("classification") << u"classification"_s << QJsonValue(u"public"_s);
        QTest::newRow("one attachment")
            << u"attachments"_s
            << QJsonValue(QJsonArray { QJsonObject { { u"name"_s, u"phu-luc-2.pdf"_s },
                   { u"sha256"_s, QString(64, u'f') }, { u"size"_s, 2048 } } });
    }

    void tamperedDocumentsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject document = json(u"document.json"_s);
        document.insert(field, value);
        QCOMPARE(check(document, json(u"signer.json"_s)), Sig::Failure::BadSignature);
    }

    void tamperedAttachmentHashIsRefused()
    {
        QJsonObject document = json(u"document.json"_s);
        QJsonArray attachments = document.value(u"attachments").toArray();
        QJsonObject first = attachments.at(0).toObject();
        first.insert(u"sha256"_s, QString(64, u'e'));
        attachments.replace(0, first);
        document.insert(u"attachments"_s, attachments);
        QCOMPARE(check(document, json(u"signer.json"_s)), Sig::Failure::BadSignature);
    }

    void signerRulesAreApplied()
    {
        const QJsonObject document = json(u"document.json"_s);
        const QJsonObject signer = json(u"signer.json"_s);
        QCOMPARE(Sig::verifyDocument(document, signer, QByteArray(), sameOrAbove),
            Sig::Failure::NoRootKey);
        QCOMPARE(Sig::verifyDocument(document, std::nullopt, rootKey(), sameOrAbove),
            Sig::Failure::UnknownSigner);

        // A certificate from another root, or over other validity dates.
        const auto otherRoot = Sig::keyPairFromSeed(QByteArray(32, '\x07'));
        QCOMPARE(Sig::verifyDocument(document, signer, otherRoot->publicKey, sameOrAbove),
            Sig::Failure::BadCertificate);
        QJsonObject extended = signer;
        extended.insert(u"valid_until"_s, u"2099-12-31"_s);
        QCOMPARE(check(document, extended), Sig::Failure::BadCertificate);
        QJsonObject uncertified = signer;
        uncertified.insert(u"certificate"_s, QString());
        QCOMPARE(check(document, uncertified), Sig::Failure::BadCertificate);

        // The signer's organisation must be the document's or above it.
        QJsonObject below = document;
        below.insert(u"org_id"_s, u"org-xa"_s);
        QCOMPARE(check(below, signer), Sig::Failure::WrongOrganisation);

        // Revoked after the document was issued: still genuine; on or before: refused.
        QJsonObject revokedLater = signer;
        revokedLater.insert(u"revoked_at"_s, u"2026-12-02T09:00:00.000Z"_s);
        QCOMPARE(check(document, revokedLater), Sig::Failure::None);
        QJsonObject revokedBefore = signer;
        revokedBefore.insert(u"revoked_at"_s, u"2026-12-01T07:00:00.000Z"_s);
        QCOMPARE(check(document, revokedBefore), Sig::Failure::Revoked);
        QJsonObject revokedGarbled = signer;
        revokedGarbled.insert(u"revoked_at"_s, u"yesterday"_s);
        QCOMPARE(check(document, revokedGarbled), Sig::Failure::Revoked);

        // The signature names another signer, or is not base64.
        QJsonObject otherSigner = document;
        otherSigner.insert(u"signature"_s,
            QJsonObject { { u"signer_id"_s, u"signer-9"_s },
                { u"value"_s, line(u"document.signature.b64"_s) } });
        QCOMPARE(check(otherSigner, signer), Sig::Failure::Malformed);
        QJsonObject garbled = document;
        garbled.insert(u"signature"_s,
            QJsonObject { { u"signer_id"_s, u"signer-0001"_s }, { u"value"_s, u"@@@"_s } });
        QCOMPARE(check(garbled, signer), Sig::Failure::Malformed);
    }

    void validityIsCheckedOnTheIssuedDate()
    {
        const QJsonObject signer = json(u"signer.json"_s);
        const auto key = Sig::keyPairFromSeed(QByteArray::fromHex(vector(u"signer.seed.hex"_s)));
        for (const auto &[date, expected] :
            { std::pair { u"2025-12-31"_s, Sig::Failure::NotValidOnIssuedDate },
                { u"2026-01-01"_s, Sig::Failure::None }, { u"2027-12-31"_s, Sig::Failure::None },
                { u"2028-01-01"_s, Sig::Failure::NotValidOnIssuedDate } }) {
            QJsonObject document = json(u"document.json"_s);
            document.insert(u"issued_date"_s, date);
            document.insert(u"signature"_s,
                QJsonObject { { u"signer_id"_s, u"signer-0001"_s },
                    { u"value"_s,
                        Sig::toBase64(Sig::sign(Sig::documentBytes(document), key->secretKey)) } });
            QCOMPARE(check(document, signer), expected);
        }
    }

    void codesRoundTripAndFingerprintsGroup()
    {
        for (const auto failure :
            { Sig::Failure::None, Sig::Failure::NoRootKey, Sig::Failure::UnknownSigner,
                Sig::Failure::BadCertificate, Sig::Failure::NotValidOnIssuedDate,
                Sig::Failure::Revoked, Sig::Failure::WrongOrganisation, Sig::Failure::BadSignature,
                Sig::Failure::Malformed })
            QCOMPARE(Sig::failureFromCode(Sig::failureCode(failure)), failure);
        const QString print = Sig::fingerprint(rootKey());
        QCOMPARE(print.size(), 8 * 4 + 7);
        QCOMPARE(print.count(u' '), 7);
        QCOMPARE(print, print.toUpper());
        QVERIFY(Sig::fingerprint(QByteArray(5, 'x')).isEmpty());
        QVERIFY(!Sig::fromBase64(u"not base64!"_s));
        QVERIFY(!Sig::fromBase64(QString()));
    }
};

QTEST_GUILESS_MAIN(TestPublicationSignature)
#include "tst_publicationsignature.moc"
