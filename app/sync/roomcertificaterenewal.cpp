#include "roomcertificaterenewal.h"

#include "apierror.h"
#include "authsession.h"
#include "devicecertificate.h"
#include "jsoncodec.h"
#include "protocol.h"
#include "publicationsignature.h"
#include "sqlitedatabase.h"
#include "syncengine.h"
#include "syncerrors.h"
#include "synclog.h"
#include "syncstate.h"
#include "vault.h"
#include "vaultsyncstore.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
// SyncState keys: when the server last answered a certificate, when a request last failed.
const auto kAnsweredAt = u"room_certificate_answered"_s;
const auto kFailedAt = u"room_certificate_failed"_s;
constexpr qsizetype kPublicKeyBytes = 32;
constexpr qsizetype kSecretKeyBytes = 64;

QDateTime timeOf(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString textOf(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

RoomCertificateRenewal::Need RoomCertificateRenewal::need(const RoomIdentityStore::Stored &stored,
    const AuthUser &user, const QDateTime &answeredAt, const QDateTime &failedAt,
    const QDateTime &now)
{
    if (user.id.isEmpty())
        return Need::Nothing; // no session known yet: the next run
    const QJsonObject &certificate = stored.certificate;
    const bool usable = !stored.roomPublicKey.isEmpty()
        && stored.deviceSecretKey.size() == kSecretKeyBytes
        && DeviceCertificate::check(certificate, stored.roomPublicKey, now)
            == DeviceCertificate::Failure::None
        && DeviceCertificate::publicKey(certificate)
            == stored.deviceSecretKey.right(kPublicKeyBytes);
    const bool sameAccount = usable && certificate.value(u"user_id").toString() == user.id
        && DeviceCertificate::orgId(certificate) == user.orgId
        && DeviceCertificate::role(certificate) == user.role
        && DeviceCertificate::memberId(certificate) == user.memberId;
    Need need = Need::Nothing;
    if (!sameAccount || DeviceCertificate::validUntil(certificate) < now.addDays(kRenewDaysBefore))
        need = Need::Certificate;
    else if (user.role == Protocol::Role::Secretary
        && (!answeredAt.isValid() || answeredAt.secsTo(now) >= kRevokedListSeconds
            || answeredAt > now))
        need = Need::RevokedList;
    // A failure since the last answer waits its hour (a clock set back does not wait).
    if (need != Need::Nothing && failedAt.isValid()
        && (!answeredAt.isValid() || failedAt > answeredAt) && failedAt <= now
        && failedAt.secsTo(now) < kRetrySeconds)
        return Need::Nothing;
    return need;
}

RoomCertificateRenewal *RoomCertificateRenewal::install(
    SyncEngine &engine, Vault &vault, Clock clock)
{
    auto *renewal = new RoomCertificateRenewal(engine, vault, std::move(clock));
    engine.setAfterPullStep(
        [renewal](std::function<void(const ApiError &)> done) { renewal->run(done); });
    return renewal;
}

RoomCertificateRenewal::RoomCertificateRenewal(SyncEngine &engine, Vault &vault, Clock clock)
    : QObject(&engine)
    , m_engine(engine)
    , m_vault(vault)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

void RoomCertificateRenewal::noteFailure(const QDateTime &now)
{
    try {
        SyncState(m_vault.database()).setValue(kFailedAt, textOf(now));
    } catch (const StorageError &error) {
        qCWarning(lcSync) << "cannot note the room certificate's failure:" << error.what();
    }
}

void RoomCertificateRenewal::run(const std::function<void(const ApiError &)> &done)
{
    const QDateTime now = m_clock();
    RoomIdentityStore::Stored stored;
    Need needed = Need::Nothing;
    AuthUser user = m_engine.auth().user();
    try {
        if (user.id.isEmpty())
            user = VaultSyncStore(m_vault).user();
        stored = RoomIdentityStore::load(m_vault.database());
        SyncState state(m_vault.database());
        needed = need(
            stored, user, timeOf(state.value(kAnsweredAt)), timeOf(state.value(kFailedAt)), now);
    } catch (const std::exception &error) { // StorageError, SyncStoreError
        return done(SyncErrors::localStorage(QString::fromUtf8(error.what())));
    }
    if (needed == Need::Nothing)
        return done({});

    // The device key: the vault's, else a new one (a device signed in before device keys).
    QByteArray secretKey = stored.deviceSecretKey;
    if (secretKey.size() != kSecretKeyBytes)
        secretKey = PublicationSignature::generateKeyPair().secretKey;
    HttpRequest request;
    request.method = "POST";
    request.path = QString(Protocol::Path::AuthDeviceCertificate);
    request.body = QJsonDocument(
        QJsonObject {
            { u"public_key"_s, PublicationSignature::toBase64(secretKey.right(kPublicKeyBytes)) } })
                       .toJson(QJsonDocument::Compact);
    qCInfo(lcSync) << "asking for the room certificate"
                   << (needed == Need::Certificate ? "(renewal)" : "(revocation list)");
    m_engine.auth().send(
        request, this, [this, done, now, secretKey](const HttpResponse &response) mutable {
            const auto finish = [&](const ApiError &error) {
                secretKey.fill('\0');
                done(error);
            };
            const ApiError error = SyncErrors::of(response);
            if (error.code() == Protocol::ErrorCode::DeviceRevoked)
                return finish(error); // the engine wipes the account, as everywhere
            if (!error.isNull()) {
                noteFailure(now);
                return finish(error);
            }
            QString reason;
            const auto body = JsonCodec::parseObject(response.body, &reason);
            const QString roomKey
                = body ? body->value(Protocol::Room::RoomPublicKey).toString() : QString();
            const QJsonObject certificate
                = body ? body->value(Protocol::Room::DeviceCertificate).toObject() : QJsonObject();
            if (!body || roomKey.isEmpty() || certificate.isEmpty()) {
                noteFailure(now);
                return finish(SyncErrors::badResponse(u"device certificate: "_s
                    + (reason.isEmpty() ? u"no room key or certificate"_s : reason)));
            }
            try {
                const auto kept
                    = RoomIdentityStore::keep(m_vault.database(), roomKey, secretKey, certificate);
                if (kept != RoomIdentityStore::Result::Kept) {
                    qCWarning(lcSync) << "the room certificate was not kept:"
                                      << (kept == RoomIdentityStore::Result::Different
                                                 ? "another room key is pinned"
                                                 : "it does not verify");
                    noteFailure(now);
                    return finish(SyncErrors::badResponse(u"device certificate not kept"_s));
                }
                // Only a secretary's answer has a list; anyone else keeps none (a former
                // secretary's list is dropped).
                QStringList revoked;
                for (const QJsonValue &id : body->value(Protocol::Room::RevokedDevices).toArray())
                    revoked.append(id.toString());
                RoomIdentityStore::keepRevokedDevices(m_vault.database(), revoked);
                SyncState state(m_vault.database());
                state.setValue(kAnsweredAt, textOf(now));
                state.remove(kFailedAt);
            } catch (const StorageError &failure) {
                return finish(SyncErrors::localStorage(QString::fromUtf8(failure.what())));
            }
            Q_EMIT renewed();
            finish({});
        });
}
