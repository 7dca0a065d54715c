// Signed publications on the server (DESIGN.md 8.1), against the real handbook-server with
// the demo province: signer.register, the signing commands (certify, revoke, signer-create,
// export, verify), publish --signer-key, and what a member's device pulls: signer rows whose
// certificates verify under the demo's root key, documents whose signatures verify.
#include "cellfixture.h"
#include "db/sqlrunner.h"
#include "publicationsignature.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Signature = PublicationSignature;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString output(const ServerProcess::Result &result)
{
    return QString::fromUtf8(result.standardOutput + result.standardError);
}

// Whether `ancestor` is `descendant` or above it, by the organisation rows a device pulled.
bool sameOrAbove(const PulledRows &rows, const QString &ancestor, const QString &descendant)
{
    QString at = descendant;
    for (int depth = 0; depth < 32 && !at.isEmpty(); ++depth) {
        if (at == ancestor)
            return true;
        at = rows.row(u"organization"_s, at).value(u"parent_id"_s).toString();
    }
    return false;
}

// What a device decides for one pulled document.
Signature::Failure verifyPulled(
    const PulledRows &rows, const QJsonObject &document, const QByteArray &root)
{
    const QString signerId
        = document.value(u"signature"_s).toObject().value(u"signer_id"_s).toString();
    const std::optional<QJsonObject> signer = rows.has(u"signer"_s, signerId)
        ? std::optional(rows.row(u"signer"_s, signerId))
        : std::nullopt;
    return Signature::verifyDocument(document, signer, root,
        [&rows](const QString &a, const QString &d) { return sameOrAbove(rows, a, d); });
}

} // namespace

class TestServerSigning : public QObject
{
    Q_OBJECT

    CellFixture f;
    QByteArray m_root; // the demo's root public key
    QString m_rootSecret; // its secret key file

    QString path(const QString &name) const { return QDir(f.directory()).filePath(name); }

    // `signing signer-create` for `login`; the signer id.
    QString createSigner(const QString &login, const QString &keyFile)
    {
        const auto created = f.cli({ u"signing"_s, u"signer-create"_s, u"--db"_s, u"--user"_s,
            login, u"--name"_s, u"Nguyễn Thị Ký"_s, u"--out"_s, keyFile });
        if (created.exitCode != 0)
            qWarning("%s", qPrintable(output(created)));
        return QJsonDocument::fromJson(readFile(keyFile)).object().value(u"signer_id"_s).toString();
    }

    ServerProcess::Result certify(const QString &signerId)
    {
        return f.cli({ u"signing"_s, u"certify"_s, u"--db"_s, u"--root-key"_s, m_rootSecret,
            u"--signer"_s, signerId });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        const auto root = Signature::fromBase64(
            QString::fromLatin1(readFile(path(u"root-key.pub"_s))).trimmed());
        QVERIFY2(root && root->size() == 32, "the demo wrote no root-key.pub beside its accounts");
        m_root = *root;
        m_rootSecret = path(u"root-key.secret"_s);
        QCOMPARE(QFile::permissions(m_rootSecret),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                | QFileDevice::WriteUser);
    }

    void rootInitWritesAnOwnerOnlySecretAndRefusesToOverwrite()
    {
        const QString secret = path(u"root-init.secret"_s);
        const auto made = ServerProcess::run({ u"signing"_s, u"root-init"_s, u"--out"_s, secret });
        QCOMPARE(made.exitCode, 0);
        const auto printed
            = Signature::fromBase64(QString::fromLatin1(made.standardOutput).trimmed());
        QVERIFY(printed && printed->size() == 32);
        const QJsonObject file = QJsonDocument::fromJson(readFile(secret)).object();
        QCOMPARE(file.value(u"public_key"_s).toString(), Signature::toBase64(*printed));
        QVERIFY(!(QFile::permissions(secret)
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)));
        const auto again = ServerProcess::run({ u"signing"_s, u"root-init"_s, u"--out"_s, secret });
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(readFile(secret)).object(), file);
    }

    void demoDocumentsVerifyOnAMembersDevice()
    {
        for (const CellAccount &account : { f.member, f.stranger }) {
            const auto device = f.signIn(account);
            const PulledRows rows = CellFixture::pull(*device);
            const auto documents = rows.rows.value(u"document"_s);
            QVERIFY(documents.size() > 10);
            for (const QJsonObject &document : documents) {
                QVERIFY2(document.value(u"signature"_s).isObject(),
                    qPrintable(document.value(u"title"_s).toString()));
                const auto failure = verifyPulled(rows, document, m_root);
                QVERIFY2(failure == Signature::Failure::None,
                    qPrintable(Signature::failureCode(failure) + u": "_s
                        + document.value(u"title"_s).toString()));
            }
            // Under another root, none does.
            const QJsonObject any = documents.cbegin().value();
            QCOMPARE(verifyPulled(rows, any, Signature::generateKeyPair().publicKey),
                Signature::Failure::BadCertificate);
        }
    }

    void registeredSignerIsCertifiedAndRevokedThroughThePull()
    {
        const CellAccount committee = f.account(u"danguy.quangtrung2"_s);
        const auto author = f.signIn(committee);
        const auto member = f.signIn(f.member);
        const auto stranger = f.signIn(f.stranger);
        CellFixture::pull(*member);
        CellFixture::pull(*stranger);
        const Signature::KeyPair key = Signature::generateKeyPair();
        const QString id = CellFixture::newId();
        QCOMPARE(CellFixture::outcome(CellFixture::push(*author, u"signer.register"_s,
                     { { u"id"_s, id }, { u"public_key"_s, Signature::toBase64(key.publicKey) },
                         { u"name"_s, u"Trần Văn Duyệt"_s } })),
            u"applied"_s);
        PulledRows pulled = CellFixture::pull(*member);
        QVERIFY(pulled.has(u"signer"_s, id));
        QJsonObject row = pulled.row(u"signer"_s, id);
        QCOMPARE(row.value(u"org_id"_s).toString(), committee.orgId);
        QCOMPARE(row.value(u"certificate"_s).toString(), QString());
        QCOMPARE(row.value(u"fingerprint"_s).toString(), Signature::fingerprint(key.publicKey));
        QVERIFY(row.value(u"revoked_at"_s).isNull());
        QVERIFY(!CellFixture::pull(*stranger).has(u"signer"_s, id)); // another branch

        const auto certified = certify(id);
        QVERIFY2(certified.exitCode == 0, qPrintable(output(certified)));
        QVERIFY(output(certified).contains(Signature::fingerprint(key.publicKey)));
        pulled = CellFixture::pull(*member);
        row = pulled.row(u"signer"_s, id);
        QVERIFY(!row.value(u"certificate"_s).toString().isEmpty());
        QCOMPARE(Signature::verifyCertificate(row, m_root), Signature::Failure::None);
        QCOMPARE(row.value(u"valid_from"_s).toString(),
            QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
        QCOMPARE(row.value(u"valid_until"_s).toString(),
            QDateTime::currentDateTimeUtc().date().addDays(730).toString(Qt::ISODate));

        const auto listed
            = f.cli({ u"signing"_s, u"list"_s, u"--db"_s, u"--org"_s, committee.orgId });
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(output(listed).contains(id + u'\t' + committee.orgId + u"\tTrần Văn Duyệt\t"_s
            + Signature::fingerprint(key.publicKey) + u"\tcertified until "_s));

        const auto revoked = f.cli({ u"signing"_s, u"revoke"_s, u"--db"_s, u"--signer"_s, id });
        QVERIFY2(revoked.exitCode == 0, qPrintable(output(revoked)));
        row = CellFixture::pull(*member).row(u"signer"_s, id);
        QVERIFY(!row.value(u"revoked_at"_s).toString().isEmpty());
        QVERIFY(output(f.cli({ u"signing"_s, u"list"_s, u"--db"_s })).contains(u"\trevoked"_s));
        QCOMPARE(
            f.count(u"SELECT COUNT(*) FROM audit_log WHERE action IN "
                    "('signer.register', 'signing.certify', 'signing.revoke') AND target_id = ?"_s,
                { id }),
            3);
    }

    void signerRegisterRefusals()
    {
        const CellAccount committee = f.account(u"thanhuy.sonlam"_s);
        const auto device = f.signIn(committee);
        const Signature::KeyPair key = Signature::generateKeyPair();
        const QString id = CellFixture::newId();
        const QJsonObject args { { u"id"_s, id },
            { u"public_key"_s, Signature::toBase64(key.publicKey) }, { u"name"_s, u"Lê Ký"_s } };
        // Members and secretaries: as if nothing were there; audited as denied.
        for (const CellAccount &account : { f.member, f.secretary }) {
            const auto other = f.signIn(account);
            QCOMPARE(CellFixture::outcome(CellFixture::push(*other, u"signer.register"_s, args)),
                u"not_found"_s);
        }
        QVERIFY(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'denied' AND target_id = "
                        "'signer.register' AND actor_login IN (?, ?)"_s,
                    { f.member.login, f.secretary.login })
            >= 2);
        // Malformed keys and arguments.
        for (const QString &bad : { u"not base64!"_s, Signature::toBase64(QByteArray(31, 'k')),
                 Signature::toBase64(QByteArray(64, 'k')) }) {
            QJsonObject badKey = args;
            badKey.insert(u"public_key"_s, bad);
            QCOMPARE(CellFixture::outcome(CellFixture::push(*device, u"signer.register"_s, badKey)),
                u"invalid_args"_s);
        }
        QJsonObject withOrg = args;
        withOrg.insert(u"org_id"_s, f.member.orgId);
        QCOMPARE(CellFixture::outcome(CellFixture::push(*device, u"signer.register"_s, withOrg)),
            u"invalid_args"_s);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM signers WHERE id = ?"_s, { id }), 0);
        // Registered, then the same again: applied, one row.
        QCOMPARE(CellFixture::outcome(CellFixture::push(*device, u"signer.register"_s, args)),
            u"applied"_s);
        QCOMPARE(CellFixture::outcome(CellFixture::push(*device, u"signer.register"_s, args)),
            u"applied"_s);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM signers WHERE id = ?"_s, { id }), 1);
        // Another organisation's committee user can take neither the id nor the key.
        const auto other = f.signIn(f.account(u"huyenuy.daiphu"_s));
        QJsonObject sameId = args;
        sameId.insert(u"public_key"_s, Signature::toBase64(Signature::generateKeyPair().publicKey));
        QCOMPARE(CellFixture::outcome(CellFixture::push(*other, u"signer.register"_s, sameId)),
            u"conflict"_s);
        QJsonObject sameKey = args;
        sameKey.insert(u"id"_s, CellFixture::newId());
        QCOMPARE(CellFixture::outcome(CellFixture::push(*other, u"signer.register"_s, sameKey)),
            u"conflict"_s);
        QCOMPARE(CellFixture::outcome(CellFixture::push(*other, u"signer.register"_s, args)),
            u"conflict"_s);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM signers WHERE id = ? AND org_id = ?"_s,
                     { id, committee.orgId }),
            1);
    }

    void publishWithSignerKeyVerifiesAndVerifyCatchesATamperedTitle()
    {
        const CellAccount committee = f.account(u"thanhuy.sonlam2"_s);
        const QString keyFile = path(u"thanhuy2.signer.json"_s);
        const QString signerId = createSigner(committee.login, keyFile);
        QVERIFY(!signerId.isEmpty());
        QVERIFY(!(QFile::permissions(keyFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        const QString body = path(u"body.txt"_s);
        const QString attachment = path(u"phu-luc.pdf"_s);
        {
            QFile file(body);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Điều 1. Các chi bộ triển khai học tập nghị quyết.\n");
            QFile pdf(attachment);
            QVERIFY(pdf.open(QIODevice::WriteOnly));
            pdf.write("%PDF-1.4 phụ lục");
        }
        const auto publish = [&](const QString &classification) {
            return f.cli({ u"publish"_s, u"--db"_s, u"--org"_s, committee.orgId, u"--audience"_s,
                f.member.orgId, u"--kind"_s, u"plan"_s, u"--number"_s, u"12-KH/TU"_s, u"--title"_s,
                u"Kế hoạch học tập nghị quyết"_s, u"--summary"_s, u"Tóm tắt"_s, u"--body-file"_s,
                body, u"--attach"_s, attachment, u"--classification"_s, classification,
                u"--signer-key"_s, keyFile });
        };
        const auto uncertified = publish(u"internal"_s);
        QCOMPARE(uncertified.exitCode, 1);
        QVERIFY2(output(uncertified).contains(u"not certified"_s), qPrintable(output(uncertified)));
        QVERIFY(certify(signerId).exitCode == 0);
        QStringList ids;
        for (const QString &classification : { u"internal"_s, u"restricted"_s }) {
            const auto published = publish(classification);
            QVERIFY2(published.exitCode == 0, qPrintable(output(published)));
            ids << QString::fromUtf8(published.standardOutput).trimmed();
        }

        const auto member = f.signIn(f.member);
        const PulledRows rows = CellFixture::pull(*member);
        for (const QString &id : std::as_const(ids)) {
            const QJsonObject document = rows.row(u"document"_s, id);
            QCOMPARE(document.value(u"signature"_s).toObject().value(u"signer_id"_s).toString(),
                signerId);
            QCOMPARE(verifyPulled(rows, document, m_root), Signature::Failure::None);
        }
        const QJsonObject restricted = rows.row(u"document"_s, ids.at(1));
        QVERIFY(!restricted.contains(u"body"_s));
        QCOMPARE(restricted.value(u"signed_attachments"_s).toArray().size(), 1);
        QCOMPARE(restricted.value(u"body_sha256"_s).toString(),
            Signature::bodySha256(QString::fromUtf8(readFile(body)).trimmed()));

        // The third party's check: export, then verify with the organisation tree from the
        // export or from the database.
        const QString out = path(u"export"_s);
        const auto exported = f.cli({ u"signing"_s, u"export"_s, u"--db"_s, u"--document"_s,
            ids.at(1), u"--out-dir"_s, out });
        QVERIFY2(exported.exitCode == 0, qPrintable(output(exported)));
        const QStringList verify { u"signing"_s, u"verify"_s, u"--root-key"_s,
            Signature::toBase64(m_root), u"--document"_s, out + u"/document.json"_s, u"--signer"_s,
            out + u"/signer.json"_s, u"--attachment"_s, attachment };
        auto verified = ServerProcess::run(
            verify + QStringList { u"--organizations"_s, out + u"/organizations.json"_s });
        QVERIFY2(verified.exitCode == 0, qPrintable(output(verified)));
        QVERIFY(output(verified).contains(u"Nguyễn Thị Ký"_s));
        verified = f.cli(verify + QStringList { u"--db"_s });
        QVERIFY2(verified.exitCode == 0, qPrintable(output(verified)));
        // Another file than the signed attachment.
        const auto otherFile
            = ServerProcess::run(verify.mid(0, verify.size() - 1) + QStringList { body });
        QCOMPARE(otherFile.exitCode, 1);
        QVERIFY(output(otherFile).contains(u"attachment_mismatch"_s));

        // A title altered in the database: the export no longer verifies.
        QVERIFY(f.count(u"SELECT COUNT(*) FROM documents WHERE id = ?"_s, { ids.at(1) }) == 1);
        runSql(f.db(), u"UPDATE documents SET title = 'Kế hoạch đã sửa' WHERE id = ?"_s,
            { ids.at(1) });
        QCOMPARE(
            f.count(u"SELECT COUNT(*) FROM documents WHERE title = 'Kế hoạch đã sửa'"_s, {}), 1);
        QVERIFY(f.cli({ u"signing"_s, u"export"_s, u"--db"_s, u"--document"_s, ids.at(1),
                          u"--out-dir"_s, out })
                    .exitCode
            == 0);
        const auto tampered = f.cli(verify + QStringList { u"--db"_s });
        QCOMPARE(tampered.exitCode, 1);
        QVERIFY2(output(tampered).contains(u"bad_signature"_s), qPrintable(output(tampered)));
    }

    void publishRefusesRevokedAndForeignSigners()
    {
        const CellAccount committee = f.account(u"danguy.quangtrung"_s);
        const auto publish = [&](const QString &keyFile) {
            return f.cli({ u"publish"_s, u"--db"_s, u"--org"_s, committee.orgId, u"--audience"_s,
                f.member.orgId, u"--kind"_s, u"notice"_s, u"--number"_s, u"3-TB"_s, u"--title"_s,
                u"Thông báo"_s, u"--signer-key"_s, keyFile });
        };
        // The demo's signer of this organisation can, the one of another branch cannot.
        const auto own = publish(path(u"signer-danguy.quangtrung.json"_s));
        QVERIFY2(own.exitCode == 0, qPrintable(output(own)));
        const auto foreign = publish(path(u"signer-huyenuy.daiphu.json"_s));
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY2(output(foreign).contains(u"neither the publisher"_s), qPrintable(output(foreign)));
        // A signer from above may sign: the province's.
        QCOMPARE(publish(path(u"signer-tinhuy.sonlam.json"_s)).exitCode, 0);

        const QString keyFile = path(u"revoked.signer.json"_s);
        const QString signerId = createSigner(committee.login, keyFile);
        QVERIFY(certify(signerId).exitCode == 0);
        QCOMPARE(
            f.cli({ u"signing"_s, u"revoke"_s, u"--db"_s, u"--signer"_s, signerId }).exitCode, 0);
        const auto revoked = publish(keyFile);
        QCOMPARE(revoked.exitCode, 1);
        QVERIFY2(output(revoked).contains(u"revoked"_s), qPrintable(output(revoked)));
        QCOMPARE(certify(signerId).exitCode, 1); // a revoked key is never certified again
    }
};

QTEST_GUILESS_MAIN(TestServerSigning)
#include "tst_server_signing.moc"
