#include "roomidentity.h"

#include "devicecertificate.h"
#include "wirevalues.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

QString RoomIdentity::cellId() const
{
    return DeviceCertificate::orgId(certificate);
}

QString RoomIdentity::deviceId() const
{
    return DeviceCertificate::deviceId(certificate);
}

bool RoomIdentity::isUsable(const QDateTime &now) const
{
    return DeviceCertificate::check(certificate, roomPublicKey, now)
        == DeviceCertificate::Failure::None
        && deviceSecretKey.size() == crypto_sign_SECRETKEYBYTES
        && deviceSecretKey.right(crypto_sign_PUBLICKEYBYTES)
        == DeviceCertificate::publicKey(certificate);
}

namespace {
struct Code
{
    RoomRefusal refusal;
    QLatin1StringView code;
};
constexpr Code kCodes[] {
    { RoomRefusal::NoCertificate, "no_certificate"_L1 },
    { RoomRefusal::BadCertificate, "bad_certificate"_L1 },
    { RoomRefusal::Expired, "certificate_expired"_L1 },
    { RoomRefusal::OtherCell, "other_cell"_L1 },
    { RoomRefusal::Revoked, "device_revoked"_L1 },
    { RoomRefusal::NotSecretary, "not_secretary"_L1 },
    { RoomRefusal::BadTranscript, "bad_transcript"_L1 },
    { RoomRefusal::BadMessage, "bad_message"_L1 },
    { RoomRefusal::Timeout, "timeout"_L1 },
    { RoomRefusal::ChannelBroken, "channel_broken"_L1 },
    { RoomRefusal::Closed, "closed"_L1 },
};
} // namespace

QString roomRefusalCode(RoomRefusal refusal)
{
    for (const Code &code : kCodes) {
        if (code.refusal == refusal)
            return code.code;
    }
    return {};
}

RoomRefusal roomRefusalFromCode(const QString &text)
{
    for (const Code &code : kCodes) {
        if (code.code == text)
            return code.refusal;
    }
    return RoomRefusal::BadMessage;
}

RoomRefusal RoomPolicy::checkPeer(const RoomIdentity &self, const QJsonObject &peerCertificate,
    PeerSide side, const QDateTime &now)
{
    using Failure = DeviceCertificate::Failure;
    switch (DeviceCertificate::check(peerCertificate, self.roomPublicKey, now)) {
    case Failure::None:
        break;
    case Failure::Missing:
        return RoomRefusal::NoCertificate;
    case Failure::NotYetValid:
    case Failure::Expired:
        return RoomRefusal::Expired;
    case Failure::Malformed:
    case Failure::NoPinnedKey:
    case Failure::BadSignature:
        return RoomRefusal::BadCertificate;
    }
    if (self.cellId().isEmpty() || DeviceCertificate::orgId(peerCertificate) != self.cellId())
        return RoomRefusal::OtherCell;
    if (self.revokedDevices.contains(DeviceCertificate::deviceId(peerCertificate)))
        return RoomRefusal::Revoked;
    if (side == PeerSide::Host
        && DeviceCertificate::role(peerCertificate) != Protocol::Role::Secretary)
        return RoomRefusal::NotSecretary;
    return RoomRefusal::None;
}
