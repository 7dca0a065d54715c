#include "cli/publishcommand.h"

#include "blobs/attachmentstore.h"
#include "cli/commandcontext.h"
#include "cli/signingkeyfile.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "publicationsignature.h"
#include "records/auditlog.h"
#include "records/documentpublisher.h"
#include "records/orgtree.h"
#include "records/signerregistry.h"
#include "wirevalues.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QStringDecoder>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// The file's text (UTF-8, in NFC), or nullopt with *error.
std::optional<QString> readText(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        *error = u"%1 is not UTF-8 text"_s.arg(path);
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return text.normalized(QString::NormalizationForm_C).trimmed();
}

// Signs the draft with the signer key (draft.signerId, draft.signature) or says why not: the
// signer must be registered with this key, certified, valid on the issued date, not revoked,
// and of the publishing organisation or above it.
QString sign(const QSqlDatabase &db, const SigningKeyFile::Signer &key, DocumentDraft &draft)
{
    namespace Signature = PublicationSignature;
    const auto signer = SignerRegistry::find(db, key.signerId);
    if (!signer)
        return u"no signer \"%1\" is registered"_s.arg(key.signerId);
    if (signer->publicKey != Signature::toBase64(key.publicKey()))
        return u"the key file does not hold the key of signer %1"_s.arg(key.signerId);
    switch (signer->status(QDateTime::currentDateTimeUtc().date())) {
    case SignerRecord::Status::Uncertified:
        return u"signer %1 is not certified (signing certify)"_s.arg(key.signerId);
    case SignerRecord::Status::Revoked:
        return u"signer %1 was revoked"_s.arg(key.signerId);
    case SignerRecord::Status::Expired:
        return u"the certificate of signer %1 expired on %2"_s.arg(
            key.signerId, signer->validUntil);
    case SignerRecord::Status::Certified:
        break;
    }
    if (!OrgTree::contains(db, signer->orgId, draft.orgId))
        return u"signer %1 belongs to %2, which is neither the publisher %3 nor above it"_s.arg(
            key.signerId, signer->orgId, draft.orgId);
    QJsonObject document = DocumentPublisher::signedFields(draft);
    const QString value
        = Signature::toBase64(Signature::sign(Signature::documentBytes(document), key.secretKey));
    document.insert(
        u"signature"_s, QJsonObject { { u"signer_id"_s, key.signerId }, { u"value"_s, value } });
    // What every phone will check; refused here rather than published unverifiable.
    const Signature::Failure failure = Signature::verifySignedBytes(document, signer->rowData());
    if (failure == Signature::Failure::NotValidOnIssuedDate)
        return u"the certificate of signer %1 (%2 to %3) does not cover the issued date %4"_s.arg(
            key.signerId, signer->validFrom, signer->validUntil, draft.issuedDate);
    if (failure != Signature::Failure::None)
        return u"the signature does not verify (%1)"_s.arg(Signature::failureCode(failure));
    draft.signerId = key.signerId;
    draft.signature = value;
    return {};
}

} // namespace

QString PublishCommand::usage()
{
    return u"  publish --db <db> --org <publisher_org_id> --audience <org_id> --kind <kind>\n"
           "          --number <n> --title <t> [--summary <s>] [--body-file <f>]\n"
           "          [--classification public|internal|restricted] [--issued-date YYYY-MM-DD]\n"
           "          [--issuer <text>] [--attach <file> ...] [--signer-key <key file>]\n"
           "                       publish a document to an organisation and all below it;\n"
           "                       kinds: resolution, directive, conclusion, regulation, plan,\n"
           "                       guidance, notice, meeting_material, other; prints its id;\n"
           "                       --signer-key signs it (signing signer-create, certify)\n"_s;
}

int PublishCommand::run(const QStringList &arguments)
{
    using CL = ServerCommandLine;
    CommandContext context(u"publish"_s, arguments, usage());
    const QCommandLineOption org(u"org"_s, u"Publisher."_s, u"id"_s);
    const QCommandLineOption audience(u"audience"_s, u"Audience."_s, u"id"_s);
    const QCommandLineOption kind(u"kind"_s, u"Kind."_s, u"kind"_s);
    const QCommandLineOption number(u"number"_s, u"Number."_s, u"n"_s);
    const QCommandLineOption title(u"title"_s, u"Title."_s, u"t"_s);
    const QCommandLineOption summary(u"summary"_s, u"Summary."_s, u"s"_s);
    const QCommandLineOption bodyFile(u"body-file"_s, u"Body (UTF-8 text file)."_s, u"f"_s);
    const QCommandLineOption classification(
        u"classification"_s, u"Class."_s, u"c"_s, QString(Protocol::Classification::Internal));
    const QCommandLineOption issuedDate(u"issued-date"_s, u"Date."_s, u"date"_s);
    const QCommandLineOption issuer(u"issuer"_s, u"Issuer."_s, u"text"_s);
    const QCommandLineOption attach(u"attach"_s, u"Attachment."_s, u"file"_s);
    const QCommandLineOption signerKey(u"signer-key"_s, u"Signer key file."_s, u"file"_s);
    context.addOptions({ org, audience, kind, number, title, summary, bodyFile, classification,
        issuedDate, issuer, attach, signerKey });
    if (!context.parse())
        return context.exitCode();
    const QCommandLineParser &parser = context.parser();

    DocumentDraft draft;
    for (const auto &[option, target] :
        { std::pair { &org, &draft.orgId }, { &audience, &draft.audienceOrgId },
            { &kind, &draft.kind }, { &number, &draft.number }, { &title, &draft.title } }) {
        const auto value = context.requireValue(*option);
        if (!value)
            return context.exitCode();
        *target = value->normalized(QString::NormalizationForm_C).trimmed();
    }
    if (!DocumentPublisher::kinds().contains(draft.kind))
        return CL::fail(CL::BadUsage,
            u"publish: unknown --kind \"%1\"; expected one of %2"_s.arg(
                draft.kind, DocumentPublisher::kinds().join(u", "_s)));
    draft.classification = parser.value(classification);
    if (!DocumentPublisher::classifications().contains(draft.classification))
        return CL::fail(CL::BadUsage,
            u"publish: unknown --classification \"%1\"; expected public, internal or restricted"_s
                .arg(draft.classification));
    draft.issuedDate = parser.isSet(issuedDate) ? parser.value(issuedDate)
                                                : QDate::currentDate().toString(Qt::ISODate);
    const QDate issued = QDate::fromString(draft.issuedDate, u"yyyy-MM-dd"_s);
    if (!issued.isValid())
        return CL::fail(CL::BadUsage,
            u"publish: --issued-date: not a date (YYYY-MM-DD): \"%1\""_s.arg(draft.issuedDate));
    if (draft.title.isEmpty() || draft.number.isEmpty())
        return CL::fail(CL::BadUsage, u"publish: --title and --number must not be blank"_s);
    draft.summary = parser.value(summary).normalized(QString::NormalizationForm_C).trimmed();
    QString error;
    if (parser.isSet(bodyFile)) {
        const auto body = readText(parser.value(bodyFile), &error);
        if (!body)
            return CL::fail(CL::Failure, u"publish: "_s + error);
        draft.body = *body;
    }
    QList<std::pair<QString, QByteArray>> files;
    for (const QString &path : parser.values(attach)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return CL::fail(CL::Failure,
                u"publish: cannot read attachment %1: %2"_s.arg(path, file.errorString()));
        files.append({ QFileInfo(path).fileName(), file.readAll() });
    }
    std::optional<SigningKeyFile::Signer> key;
    if (parser.isSet(signerKey)) {
        key = SigningKeyFile::readSigner(parser.value(signerKey), &error);
        if (!key)
            return CL::fail(CL::Failure, u"publish: "_s + error);
    }

    if (!context.openDatabase(CommandContext::Schema::AsFound))
        return context.exitCode();
    try {
        WriteTransaction transaction(context.database());
        const QSqlDatabase sql = transaction.db();
        const auto publisher = OrgTree::find(sql, draft.orgId);
        if (!publisher)
            return CL::fail(CL::Failure, u"publish: no organisation with id %1"_s.arg(draft.orgId));
        if (!OrgTree::find(sql, draft.audienceOrgId))
            return CL::fail(
                CL::Failure, u"publish: no organisation with id %1"_s.arg(draft.audienceOrgId));
        if (!OrgTree::contains(sql, draft.orgId, draft.audienceOrgId))
            return CL::fail(CL::Failure,
                u"publish: the audience %1 is not %2 or below it"_s.arg(
                    draft.audienceOrgId, publisher->name));
        draft.issuer = parser.isSet(issuer)
            ? parser.value(issuer).normalized(QString::NormalizationForm_C).trimmed()
            : publisher->name;
        for (const auto &[name, bytes] : files)
            draft.attachments << AttachmentStore::store(
                transaction, bytes, name, AttachmentStore::mimeForName(name));
        if (key) {
            // Signed: the id is part of what is signed, so it is chosen first.
            draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString problem = sign(sql, *key, draft);
            if (!problem.isEmpty())
                return CL::fail(CL::Failure, u"publish: not published: "_s + problem);
        }
        const QString id = DocumentPublisher::publish(transaction, draft);
        AuditLog::record(sql,
            AuditEntry { {}, u"cli"_s, u"publish"_s, QString(Protocol::RowType::Document), id,
                u"ok"_s, {},
                u"audience=%1 kind=%2 attachments=%3 signer=%4"_s
                    .arg(draft.audienceOrgId, draft.kind)
                    .arg(draft.attachments.size())
                    .arg(draft.signerId.isEmpty() ? u"-"_s : draft.signerId) });
        transaction.commit();
        CL::print(id);
    } catch (const DbError &dbError) {
        return CL::fail(
            CL::Failure, u"publish failed, nothing was changed: %1"_s.arg(dbError.detail()));
    }
    return CL::Success;
}
