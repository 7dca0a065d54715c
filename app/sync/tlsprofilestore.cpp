#include "tlsprofilestore.h"

#include "publicationsignature.h"
#include "syncstate.h"
#include "vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
const auto kKey = u"tls_profile"_s;
const auto kRootKey = u"root_public_key"_s;
constexpr qsizetype kRootKeyBytes = 32;
constexpr qint64 kRootKeyFileLimit = 1024;
} // namespace

std::optional<TlsProfile> TlsProfileStore::load(Vault &vault)
{
    const QString text = SyncState(vault.database()).value(kKey);
    if (text.isEmpty())
        return TlsProfile();
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    return json.isObject() ? TlsProfile::fromJson(json.object()) : std::nullopt;
}

void TlsProfileStore::save(Vault &vault, const TlsProfile &profile)
{
    SyncState state(vault.database());
    if (profile.isEmpty())
        state.remove(kKey);
    else
        state.setValue(kKey,
            QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact)));
}

std::optional<QByteArray> RootKeyStore::parse(const QString &base64)
{
    const auto key = PublicationSignature::fromBase64(base64.trimmed());
    if (!key || key->size() != kRootKeyBytes)
        return std::nullopt;
    return key;
}

QString RootKeyStore::shipped()
{
    if (!QCoreApplication::instance())
        return {};
    QFile file(QDir(QCoreApplication::applicationDirPath()).filePath(u"root-key.pub"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.read(kRootKeyFileLimit)).trimmed();
}

QByteArray RootKeyStore::load(SqliteDatabase &db)
{
    return parse(SyncState(db).value(kRootKey)).value_or(QByteArray());
}

RootKeyStore::PinResult RootKeyStore::pin(SqliteDatabase &db, const QString &base64)
{
    const auto key = parse(base64);
    if (!key)
        return PinResult::Invalid;
    const QByteArray pinned = load(db);
    if (!pinned.isEmpty())
        return pinned == *key ? PinResult::Same : PinResult::Different;
    SyncState(db).setValue(kRootKey, PublicationSignature::toBase64(*key));
    return PinResult::Pinned;
}
