// Meeting-room identities for tests without a server (sync/room, DESIGN.md 8.8, issue 23): a
// room key made here and device certificates it signs, as POST /v1/auth/device-certificate
// would issue them. Header only (tst_room and tst_roomsession link handbookroom alone).
#pragma once

#include "devicecertificate.h"
#include "protocol.h"
#include "publicationsignature.h"
#include "roomchannel.h"
#include "roomidentity.h"
#include "wirevalues.h"

#include <QDateTime>
#include <QEventLoop>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <optional>

Q_DECLARE_METATYPE(RoomRefusal)

class RoomIdentities
{
public:
    PublicationSignature::KeyPair roomKey = PublicationSignature::generateKeyPair();

    struct Options
    {
        QString role = QString(Protocol::Role::Member);
        int validFromDays = -1;
        int validUntilDays = 30;
        std::optional<QByteArray> signingKey; // another key than the room's
    };

    // A device of `cell` (user "u-<deviceId>", member "m-<deviceId>") with a fresh device key.
    RoomIdentity identity(const QString &deviceId, const QString &cell, const Options &options)
    {
        const auto deviceKey = PublicationSignature::generateKeyPair();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        DeviceCertificate::Fields fields { deviceId, QStringLiteral("u-") + deviceId,
            QStringLiteral("m-") + deviceId, cell, options.role, deviceKey.publicKey,
            now.addDays(options.validFromDays), now.addDays(options.validUntilDays) };
        RoomIdentity identity;
        identity.certificate
            = DeviceCertificate::issue(fields, options.signingKey.value_or(roomKey.secretKey));
        identity.deviceSecretKey = deviceKey.secretKey;
        identity.roomPublicKey = roomKey.publicKey;
        return identity;
    }
    RoomIdentity identity(const QString &deviceId, const QString &cell)
    {
        return identity(deviceId, cell, Options {});
    }
    // The secretary "dev-secretary" of "cell-a", whose revocation list names "dev-revoked".
    RoomIdentity secretary()
    {
        Options options;
        options.role = QString(Protocol::Role::Secretary);
        RoomIdentity host
            = identity(QStringLiteral("dev-secretary"), QStringLiteral("cell-a"), options);
        host.revokedDevices = { QStringLiteral("dev-revoked") };
        return host;
    }

    struct Outcome
    {
        bool established = false;
        RoomRefusal refusal = RoomRefusal::None;
    };
    // Runs a member's channel to `port` until it is established or fails (10 s at most), in
    // an event loop (no polling: a handshake in one thread takes milliseconds).
    static Outcome join(RoomChannel &member, quint16 port)
    {
        QSignalSpy established(&member, &RoomChannel::established);
        QSignalSpy failed(&member, &RoomChannel::failed);
        QEventLoop loop;
        QObject::connect(&member, &RoomChannel::established, &loop, &QEventLoop::quit);
        QObject::connect(&member, &RoomChannel::failed, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        member.connectToHost(QHostAddress::LocalHost, port);
        if (established.isEmpty() && failed.isEmpty())
            loop.exec();
        Outcome outcome;
        outcome.established = !established.isEmpty();
        if (!failed.isEmpty())
            outcome.refusal = failed.first().first().value<RoomRefusal>();
        return outcome;
    }
};
