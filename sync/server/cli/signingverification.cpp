#include "cli/signingverification.h"

#include "cli/commandcontext.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "publicationsignature.h"
#include "records/orgtree.h"
#include "wirevalues.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using CL = ServerCommandLine;
namespace Signature = PublicationSignature;
using Failure = Signature::Failure;

namespace {

constexpr qsizetype kMaxJsonBytes = 16 * 1024 * 1024;

std::optional<QJsonValue> readJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(file.read(kMaxJsonBytes), &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = u"%1 is not JSON: %2"_s.arg(path, parse.errorString());
        return std::nullopt;
    }
    return json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
}

// Why verification failed, in a sentence for whoever runs the command.
QString sentence(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::NoRootKey:
        return u"no province root key was given."_s;
    case Failure::UnknownSigner:
        return u"the signer file is not the signer this document names."_s;
    case Failure::BadCertificate:
        return u"the signer's certificate does not verify under this root key: the province did "
               "not certify this key, or the signer's data was altered."_s;
    case Failure::NotValidOnIssuedDate:
        return u"the signer's certificate was not valid on the document's issued date."_s;
    case Failure::Revoked:
        return u"the signer's key was revoked on or before the document's issued date."_s;
    case Failure::WrongOrganisation:
        return u"the signer's organisation is neither the document's organisation nor above it."_s;
    case Failure::BadSignature:
        return u"the signature does not match the document: its text, title, attachments or "
               "audience are not what was signed."_s;
    case Failure::Malformed:
        return u"the signature or a key is not well-formed."_s;
    }
    return {};
}

int notVerified(const QString &code, const QString &why)
{
    CL::print(u"NOT VERIFIED: %1: %2"_s.arg(code, why));
    return CL::Failure;
}

} // namespace

int SigningVerification::run(const QStringList &arguments, const QString &usage)
{
    CommandContext context(u"signing verify"_s, arguments, usage);
    const QCommandLineOption rootKey(u"root-key"_s, u"Root public key (base64)."_s, u"base64"_s);
    const QCommandLineOption document(
        QString(Protocol::Key::Document), u"document.json."_s, u"file"_s);
    const QCommandLineOption signer(
        QString(Protocol::RowType::Signer), u"signer.json."_s, u"file"_s);
    const QCommandLineOption attachment(u"attachment"_s, u"Attachment file."_s, u"file"_s);
    const QCommandLineOption organizations(u"organizations"_s, u"organizations.json."_s, u"file"_s);
    context.addOptions({ rootKey, document, signer, attachment, organizations });
    if (!context.parseOptions())
        return context.exitCode();
    const auto rootText = context.requireValue(rootKey);
    const auto documentPath = rootText ? context.requireValue(document) : std::nullopt;
    const auto signerPath = documentPath ? context.requireValue(signer) : std::nullopt;
    if (!signerPath)
        return context.exitCode();
    const QCommandLineParser &parser = context.parser();
    const auto root = Signature::fromBase64(rootText->trimmed());
    if (!root || root->size() != 32)
        return CL::fail(CL::BadUsage,
            u"signing verify: --root-key is not a base64 Ed25519 public "
            "key (32 bytes)"_s);
    QString error;
    const auto documentJson = readJson(*documentPath, &error);
    const auto signerJson = documentJson ? readJson(*signerPath, &error) : std::nullopt;
    if (!signerJson)
        return CL::fail(CL::Failure, u"signing verify: "_s + error);
    QJsonObject row = documentJson->toObject();
    // Also the answer of GET /v1/documents/<id>: {"document": {...}}.
    if (!row.contains("id"_L1) && row.value(Protocol::Key::Document).isObject())
        row = row.value(Protocol::Key::Document).toObject();
    if (!row.value("signature"_L1).isObject())
        return notVerified(u"unsigned"_s, u"the document carries no signature."_s);
    const QJsonObject signerRow = signerJson->toObject();

    // The organisation tree: from the database, from organizations.json, or none (then only
    // a signer of the document's own organisation can pass).
    QHash<QString, QString> parents;
    QHash<QString, QString> names;
    if (parser.isSet(organizations)) {
        const auto orgs = readJson(parser.value(organizations), &error);
        if (!orgs)
            return CL::fail(CL::Failure, u"signing verify: "_s + error);
        for (const QJsonValue &value : orgs->toArray()) {
            const QJsonObject org = value.toObject();
            parents.insert(org.value("id"_L1).toString(), org.value("parent_id"_L1).toString());
            names.insert(org.value("id"_L1).toString(), org.value("name"_L1).toString());
        }
    }
    const bool withDatabase = !parser.value(u"db"_s).isEmpty();
    if (withDatabase
        && (!context.requireDatabase() || !context.openDatabase(CommandContext::Schema::Current)))
        return context.exitCode();
    const auto isSameOrAncestor = [&](const QString &ancestor, const QString &descendant) {
        if (ancestor == descendant)
            return true;
        if (withDatabase)
            return OrgTree::contains(context.database().connection(), ancestor, descendant);
        QString at = descendant;
        for (int depth = 0; depth < 64 && parents.contains(at); ++depth) {
            at = parents.value(at);
            if (at == ancestor)
                return true;
        }
        return false;
    };

    const QString signerId = row.value("signature"_L1).toObject().value("signer_id"_L1).toString();
    const std::optional<QJsonObject> known
        = signerRow.value("id"_L1).toString() == signerId ? std::optional(signerRow) : std::nullopt;
    Failure failure = Failure::Malformed;
    try {
        failure = Signature::verifyDocument(row, known, *root, isSameOrAncestor);
    } catch (const DbError &e) {
        return CL::fail(CL::Failure, u"signing verify: "_s + e.detail());
    }
    if (failure != Failure::None)
        return notVerified(Signature::failureCode(failure), sentence(failure));

    // Attachments: each file given must be one the signature covers, byte for byte.
    const QJsonArray signedFiles = row.contains("attachments"_L1)
        ? row.value("attachments"_L1).toArray()
        : row.value("signed_attachments"_L1).toArray();
    QStringList attachmentLines;
    for (const QString &path : parser.values(attachment)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return CL::fail(CL::Failure, u"signing verify: cannot read %1"_s.arg(path));
        const QByteArray bytes = file.readAll();
        const QString sha256 = Signature::sha256Hex(bytes);
        QString matched;
        for (const QJsonValue &value : signedFiles) {
            const QJsonObject signedFile = value.toObject();
            if (signedFile.value("sha256"_L1).toString() == sha256
                && qint64(signedFile.value("size"_L1).toDouble()) == bytes.size())
                matched = signedFile.value("name"_L1).toString();
        }
        if (matched.isNull())
            return notVerified(u"attachment_mismatch"_s,
                u"%1 is not a file this signature covers: its bytes differ from every signed "
                "attachment."_s.arg(QFileInfo(path).fileName()));
        attachmentLines << u"attachment:    %1 matches \"%2\""_s.arg(
            QFileInfo(path).fileName(), matched);
    }

    const QString signerOrg = signerRow.value("org_id"_L1).toString();
    QString orgName = names.value(signerOrg);
    if (withDatabase) {
        if (const auto org = OrgTree::find(context.database().connection(), signerOrg))
            orgName = org->name;
    }
    const auto publicKey = Signature::fromBase64(signerRow.value("public_key"_L1).toString());
    CL::print(u"VERIFIED: %1 %2"_s.arg(
        row.value("number"_L1).toString(), row.value("title"_L1).toString()));
    CL::print(
        u"signed by:     %1 (signer %2)"_s.arg(signerRow.value("name"_L1).toString(), signerId));
    CL::print(u"organisation:  %1"_s.arg(
        orgName.isEmpty() ? signerOrg : u"%1 (%2)"_s.arg(orgName, signerOrg)));
    CL::print(u"certificate:   valid %1 to %2%3"_s.arg(signerRow.value("valid_from"_L1).toString(),
        signerRow.value("valid_until"_L1).toString(),
        signerRow.value("revoked_at"_L1).toString().isEmpty()
            ? QString()
            : u", revoked at %1 (after the issued date)"_s.arg(
                signerRow.value("revoked_at"_L1).toString())));
    CL::print(
        u"key:           %1"_s.arg(publicKey ? Signature::fingerprint(*publicKey) : QString()));
    CL::print(u"root key:      %1"_s.arg(Signature::fingerprint(*root)));
    for (const QString &line : std::as_const(attachmentLines))
        CL::print(line);
    if (parser.values(attachment).isEmpty() && !signedFiles.isEmpty())
        CL::print(u"attachments:   %1 signed, none given to check (--attachment <file>)"_s.arg(
            signedFiles.size()));
    return CL::Success;
}
