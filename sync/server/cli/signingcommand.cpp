#include "cli/signingcommand.h"

#include "cli/commandcontext.h"
#include "cli/signingkeyfile.h"
#include "cli/signingverification.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "publicationsignature.h"
#include "records/auditlog.h"
#include "records/orgtree.h"
#include "records/signerregistry.h"
#include "records/useraccounts.h"
#include "sync/entityserializer.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;
using CL = ServerCommandLine;
namespace Signature = PublicationSignature;

namespace {

constexpr int kDefaultValidDays = 730;
constexpr int kMaxValidDays = 3650;

// "--signer <id>": named by a constant, the word being a wire row type too.
QCommandLineOption signerOption(const QString &description)
{
    return QCommandLineOption(QString(Protocol::RowType::Signer), description, u"id"_s);
}

QDate todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}

QString nowIso()
{
    return Timestamps::toIso(QDateTime::currentDateTimeUtc());
}

void audit(const QSqlDatabase &db, const QString &action, const QString &targetId,
    const QString &detail = {})
{
    AuditLog::record(db,
        AuditEntry { {}, u"cli"_s, action, QString(Protocol::RowType::Signer), targetId, u"ok"_s,
            {}, detail });
}

QString fingerprintOf(const SignerRecord &signer)
{
    const auto key = Signature::fromBase64(signer.publicKey);
    return key ? Signature::fingerprint(*key) : QString();
}

QString statusText(const SignerRecord &signer)
{
    switch (signer.status(todayUtc())) {
    case SignerRecord::Status::Uncertified:
        return u"uncertified"_s;
    case SignerRecord::Status::Certified:
        return u"certified until "_s + signer.validUntil;
    case SignerRecord::Status::Revoked:
        return QString(Protocol::Key::Revoked);
    case SignerRecord::Status::Expired:
        return u"expired"_s;
    }
    return {};
}

// No positional arguments: a command of this group takes options only.
bool noPositional(CommandContext &context, const QString &command)
{
    const QStringList extra = context.parser().positionalArguments();
    if (extra.isEmpty())
        return true;
    context.fail(CL::BadUsage, u"%1: unexpected argument \"%2\""_s.arg(command, extra.first()));
    return false;
}

bool writeJson(const QString &path, const QJsonValue &value, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString SigningCommand::usage()
{
    return u"  signing root-init --out <secret file>\n"
           "                       make the province root key (offline); the secret goes to the\n"
           "                       file (0600, never overwritten), the public key (base64) is\n"
           "                       printed\n"
           "  signing signer-create --db <db> --user <login> --name <text> --out <key file>\n"
           "                       make and register a signer key for a committee user; the\n"
           "                       key file (0600) is what publish --signer-key reads\n"
           "  signing certify --db <db> --root-key <secret file> --signer <id> [--valid-days <n>]\n"
           "                       certify a registered signer from today for n days (730)\n"
           "  signing revoke  --db <db> --signer <id>\n"
           "                       revoke a signer: documents it signs from today on fail\n"
           "  signing list    --db <db> [--org <id>]\n"
           "                       one signer a line (tab-separated): <id> <org_id> <name>\n"
           "                       <fingerprint> <uncertified|certified until D|revoked|expired>\n"
           "  signing export  --db <db> --document <id> --out-dir <dir>\n"
           "                       write document.json, signer.json and organizations.json\n"
           "                       (what a phone receives) for a third party to verify\n"
           "  signing verify  --root-key <base64> --document <document.json>\n"
           "                  --signer <signer.json> [--attachment <file> ...]\n"
           "                  [--db <db> | --organizations <organizations.json>]\n"
           "                       check a document as a phone does; prints who signed it (exit\n"
           "                       0) or the failure code and why (exit 1)\n"_s;
}

int SigningCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == "root-init"_L1)
        return rootInit(rest);
    if (sub == "signer-create"_L1)
        return signerCreate(rest);
    if (sub == "certify"_L1)
        return certify(rest);
    if (sub == "revoke"_L1)
        return revoke(rest);
    if (sub == "list"_L1)
        return list(rest);
    if (sub == "export"_L1)
        return exportDocument(rest);
    if (sub == "verify"_L1)
        return verify(rest);
    if (sub == "-h"_L1 || sub == "--help"_L1) {
        CL::print(u"Usage:\n"_s + usage());
        return CL::Success;
    }
    return CL::fail(CL::BadUsage,
        sub.isEmpty() ? u"signing: missing subcommand (root-init, signer-create, certify, revoke, "
                        "list, export, verify)"_s
                      : u"signing: unknown subcommand \"%1\""_s.arg(sub));
}

int SigningCommand::rootInit(const QStringList &arguments)
{
    CommandContext context(u"signing root-init"_s, arguments, usage());
    const QCommandLineOption out(u"out"_s, u"Secret key file."_s, u"file"_s);
    context.addOptions({ out });
    if (!context.parseOptions() || !noPositional(context, u"signing root-init"_s))
        return context.exitCode();
    const auto path = context.requireValue(out);
    if (!path)
        return context.exitCode();
    const Signature::KeyPair pair = Signature::generateKeyPair();
    if (pair.publicKey.isEmpty())
        return CL::fail(CL::Failure, u"signing root-init: libsodium could not make a key"_s);
    QString error;
    if (!SigningKeyFile::writeRoot(*path, { pair.publicKey, pair.secretKey }, false, &error))
        return CL::fail(CL::Failure, u"signing root-init: "_s + error);
    CL::print(Signature::toBase64(pair.publicKey));
    return CL::Success;
}

int SigningCommand::signerCreate(const QStringList &arguments)
{
    CommandContext context(u"signing signer-create"_s, arguments, usage());
    const QCommandLineOption user(u"user"_s, u"Committee user's login."_s, u"login"_s);
    const QCommandLineOption name(u"name"_s, u"Signer's name."_s, u"text"_s);
    const QCommandLineOption out(u"out"_s, u"Key file."_s, u"file"_s);
    context.addOptions({ user, name, out });
    if (!context.parse())
        return context.exitCode();
    const auto login = context.requireValue(user);
    const auto text = login ? context.requireValue(name) : std::nullopt;
    const auto path = text ? context.requireValue(out) : std::nullopt;
    if (!path)
        return context.exitCode();
    const QString signerName = text->normalized(QString::NormalizationForm_C).trimmed();
    if (signerName.isEmpty() || signerName.size() > Protocol::Limit::SignerName)
        return CL::fail(CL::BadUsage,
            u"signing signer-create: --name must be 1 to %1 characters"_s.arg(
                Protocol::Limit::SignerName));
    if (QFile::exists(*path))
        return CL::fail(CL::Failure,
            u"signing signer-create: %1 already exists; a key file is never overwritten"_s.arg(
                *path));
    if (!context.openDatabase(CommandContext::Schema::Current))
        return context.exitCode();
    const Signature::KeyPair pair = Signature::generateKeyPair();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    try {
        WriteTransaction transaction(context.database());
        const auto account = UserAccounts::find(transaction.db(), *login);
        if (!account)
            return CL::fail(CL::Failure, u"signing signer-create: no account \"%1\""_s.arg(*login));
        if (account->role != Protocol::Role::Committee && account->role != Protocol::Role::Admin)
            return CL::fail(
                CL::Failure, u"signing signer-create: %1 is not a committee account"_s.arg(*login));
        SignerRegistry::add(transaction,
            SignerRecord { id, account->orgId, account->id, signerName,
                Signature::toBase64(pair.publicKey), nowIso(), {}, {}, {}, {}, {}, 1 });
        audit(transaction.db(), u"signing.signer-create"_s, id,
            u"user=%1 fingerprint=%2"_s.arg(*login, Signature::fingerprint(pair.publicKey)));
        // The key file first: a signer whose secret was lost is never registered.
        if (!SigningKeyFile::writeSigner(*path, { id, pair.secretKey }, false, &error))
            return CL::fail(CL::Failure, u"signing signer-create: "_s + error);
        transaction.commit();
    } catch (const DbError &e) {
        QFile::remove(*path);
        return CL::fail(CL::Failure, u"signing signer-create: "_s + e.detail());
    }
    CL::print(u"registered signer %1 for %2; key fingerprint %3; key file %4 (certify it with "
              "signing certify)"_s.arg(id, *login, Signature::fingerprint(pair.publicKey), *path));
    return CL::Success;
}

int SigningCommand::certify(const QStringList &arguments)
{
    CommandContext context(u"signing certify"_s, arguments, usage());
    const QCommandLineOption rootKey(u"root-key"_s, u"Root secret key file."_s, u"file"_s);
    const QCommandLineOption signer = signerOption(u"Signer id."_s);
    const QCommandLineOption validDays(
        u"valid-days"_s, u"Days."_s, u"n"_s, QString::number(kDefaultValidDays));
    context.addOptions({ rootKey, signer, validDays });
    if (!context.parse())
        return context.exitCode();
    const auto rootPath = context.requireValue(rootKey);
    const auto signerId = rootPath ? context.requireValue(signer) : std::nullopt;
    if (!signerId)
        return context.exitCode();
    bool ok = false;
    const int days = context.parser().value(validDays).toInt(&ok);
    if (!ok || days < 1 || days > kMaxValidDays)
        return CL::fail(CL::BadUsage,
            u"signing certify: --valid-days must be a number from 1 to %1"_s.arg(kMaxValidDays));
    QString error;
    const auto root = SigningKeyFile::readRoot(*rootPath, &error);
    if (!root)
        return CL::fail(CL::Failure, u"signing certify: "_s + error);
    if (!context.openDatabase(CommandContext::Schema::Current))
        return context.exitCode();
    try {
        WriteTransaction transaction(context.database());
        auto record = SignerRegistry::find(transaction.db(), *signerId);
        if (!record)
            return CL::fail(CL::Failure, u"signing certify: no signer \"%1\""_s.arg(*signerId));
        if (!record->revokedAt.isEmpty())
            return CL::fail(CL::Failure,
                u"signing certify: signer %1 was revoked; its owner must register a new key"_s.arg(
                    *signerId));
        const QDate from = todayUtc();
        const QDate until = from.addDays(days);
        record->validFrom = from.toString(Qt::ISODate);
        record->validUntil = until.toString(Qt::ISODate);
        const QString certificate = Signature::toBase64(
            Signature::sign(Signature::signerBytes(record->rowData()), root->secretKey));
        SignerRegistry::certify(transaction, *signerId, from, until, certificate, nowIso());
        audit(transaction.db(), u"signing.certify"_s, *signerId,
            u"valid_until=%1 root=%2"_s.arg(
                record->validUntil, Signature::fingerprint(root->publicKey)));
        transaction.commit();
        const auto org = OrgTree::find(context.database().connection(), record->orgId);
        CL::print(u"certified signer %1 (%2, %3) from %4 to %5; key fingerprint %6"_s.arg(*signerId,
            record->name, org ? org->name : record->orgId, record->validFrom, record->validUntil,
            fingerprintOf(*record)));
    } catch (const DbError &e) {
        return CL::fail(CL::Failure, u"signing certify: "_s + e.detail());
    }
    return CL::Success;
}

int SigningCommand::revoke(const QStringList &arguments)
{
    CommandContext context(u"signing revoke"_s, arguments, usage());
    const QCommandLineOption signer = signerOption(u"Signer id."_s);
    context.addOptions({ signer });
    if (!context.parse())
        return context.exitCode();
    const auto signerId = context.requireValue(signer);
    if (!signerId || !context.openDatabase(CommandContext::Schema::Current))
        return context.exitCode();
    try {
        WriteTransaction transaction(context.database());
        const auto record = SignerRegistry::find(transaction.db(), *signerId);
        if (!record)
            return CL::fail(CL::Failure, u"signing revoke: no signer \"%1\""_s.arg(*signerId));
        if (!record->revokedAt.isEmpty()) {
            CL::print(u"signer %1 was already revoked at %2"_s.arg(*signerId, record->revokedAt));
            return CL::Success;
        }
        const QString at = nowIso();
        SignerRegistry::revoke(transaction, *signerId, at);
        audit(transaction.db(), u"signing.revoke"_s, *signerId);
        transaction.commit();
        CL::print(u"revoked signer %1 (%2) at %3"_s.arg(*signerId, record->name, at));
    } catch (const DbError &e) {
        return CL::fail(CL::Failure, u"signing revoke: "_s + e.detail());
    }
    return CL::Success;
}

int SigningCommand::list(const QStringList &arguments)
{
    CommandContext context(u"signing list"_s, arguments, usage());
    const QCommandLineOption org(u"org"_s, u"Only this organisation and below."_s, u"id"_s);
    context.addOptions({ org });
    if (!context.parse() || !context.openDatabase(CommandContext::Schema::Current))
        return context.exitCode();
    try {
        const auto signers
            = SignerRegistry::list(context.database().connection(), context.parser().value(org));
        for (const SignerRecord &signer : signers) {
            CL::print(QStringList { signer.id, signer.orgId, signer.name.simplified(),
                fingerprintOf(signer), statusText(signer) }
                          .join(u'\t'));
        }
    } catch (const DbError &e) {
        return CL::fail(CL::Failure, u"signing list: "_s + e.detail());
    }
    return CL::Success;
}

int SigningCommand::exportDocument(const QStringList &arguments)
{
    CommandContext context(u"signing export"_s, arguments, usage());
    const QCommandLineOption document(QString(Protocol::Key::Document), u"Document id."_s, u"id"_s);
    const QCommandLineOption outDir(u"out-dir"_s, u"Directory."_s, u"dir"_s);
    context.addOptions({ document, outDir });
    if (!context.parse())
        return context.exitCode();
    const auto documentId = context.requireValue(document);
    const auto dir = documentId ? context.requireValue(outDir) : std::nullopt;
    if (!dir || !context.openDatabase(CommandContext::Schema::Current))
        return context.exitCode();
    if (!QDir().mkpath(*dir))
        return CL::fail(CL::Failure, u"signing export: cannot create %1"_s.arg(*dir));
    try {
        WriteTransaction transaction(context.database());
        const QSqlDatabase db = transaction.db();
        // As a phone receives it: a restricted document without body and attachments.
        const auto entity = EntitySerializer(db, AuthenticatedUser {})
                                .read(Protocol::RowType::Document, *documentId);
        if (!entity)
            return CL::fail(CL::Failure,
                u"signing export: no published document with id %1"_s.arg(*documentId));
        const QString signerId
            = entity->data.value("signature"_L1).toObject().value("signer_id"_L1).toString();
        if (signerId.isEmpty())
            return CL::fail(
                CL::Failure, u"signing export: document %1 is not signed"_s.arg(*documentId));
        const auto signer = SignerRegistry::find(db, signerId);
        QJsonArray organizations;
        for (auto org = OrgTree::find(db, entity->data.value("org_id"_L1).toString()); org;
             org = org->parentId.isEmpty() ? std::nullopt : OrgTree::find(db, org->parentId)) {
            organizations.append(QJsonObject { { u"id"_s, org->id },
                { u"parent_id"_s, org->parentId.isEmpty() ? QJsonValue() : org->parentId },
                { u"name"_s, org->name } });
        }
        QString error;
        const QDir out(*dir);
        if (!writeJson(out.filePath(u"document.json"_s), entity->data, &error)
            || !writeJson(
                out.filePath(u"signer.json"_s), signer ? signer->rowData() : QJsonObject(), &error)
            || !writeJson(out.filePath(u"organizations.json"_s), organizations, &error))
            return CL::fail(CL::Failure, u"signing export: "_s + error);
        AuditLog::record(db,
            AuditEntry { {}, u"cli"_s, u"signing.export"_s, QString(Protocol::RowType::Document),
                *documentId, u"ok"_s, {}, {} });
        transaction.commit();
        CL::print(u"wrote document.json, signer.json and organizations.json to %1"_s.arg(*dir));
    } catch (const DbError &e) {
        return CL::fail(CL::Failure, u"signing export: "_s + e.detail());
    }
    return CL::Success;
}

int SigningCommand::verify(const QStringList &arguments)
{
    return SigningVerification::run(arguments, usage());
}
