#include "tlsprofilestore.h"

#include "syncstate.h"
#include "vault.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
const auto kKey = u"tls_profile"_s;
}

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
