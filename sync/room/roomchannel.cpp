#include "roomchannel.h"

#include "devicecertificate.h"
#include "publicationsignature.h"

#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslPreSharedKeyAuthenticator>

using namespace Qt::StringLiterals;

namespace {
constexpr QLatin1StringView kStep("step");
constexpr QLatin1StringView kHello("hello");
constexpr QLatin1StringView kProof("proof");
constexpr QLatin1StringView kReady("ready");
constexpr QLatin1StringView kRefused("refused");
constexpr QLatin1StringView kReason("reason");
constexpr QLatin1StringView kVersionKey("v");
constexpr QLatin1StringView kVersion("1");
constexpr QLatin1StringView kCertificate("certificate");
constexpr QLatin1StringView kEphemeral("ephemeral");
constexpr QLatin1StringView kNonce("nonce");
constexpr QLatin1StringView kMeetingId("meeting_id");
constexpr QLatin1StringView kSignature("signature");
// The TLS PSK identity: the key itself comes from the handshake.
constexpr char kPskIdentity[] = "handbook-room";

QSslConfiguration pskConfiguration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2);
    // Forward secrecy on top of the derived key; an AEAD cipher.
    configuration.setCiphers({ QSslCipher(u"ECDHE-PSK-CHACHA20-POLY1305"_s) });
    // No X.509 certificates: each side was proven by its device certificate already.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}
} // namespace

RoomChannel::RoomChannel(Side side, RoomIdentity identity, QObject *parent)
    : QObject(parent)
    , m_side(side)
    , m_identity(std::move(identity))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kHandshakeTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_state != State::Established)
            fail(RoomRefusal::Timeout);
    });
}

RoomChannel::~RoomChannel()
{
    close();
}

QString RoomChannel::peerDeviceId() const
{
    return DeviceCertificate::deviceId(m_peerCertificate);
}

void RoomChannel::connectToHost(const QHostAddress &address, quint16 port)
{
    Q_ASSERT(m_side == Side::Member && !m_socket);
    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(pskConfiguration());
    connect(m_socket, &QSslSocket::readyRead, this, &RoomChannel::onReadyRead);
    connect(m_socket, &QSslSocket::connected, this, [this] {
        m_ephemeral = RoomHandshake::ephemeralKey();
        const QJsonObject hello = helloMessage();
        m_memberHello = RoomHandshake::encode(hello);
        m_state = State::MemberWaitHello;
        m_socket->write(RoomHandshake::frame(m_memberHello));
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        fail(error != QAbstractSocket::RemoteHostClosedError
                    && (m_state == State::Established || m_state == State::Encrypting)
                ? RoomRefusal::ChannelBroken
                : RoomRefusal::Closed);
    });
    connect(m_socket, &QSslSocket::preSharedKeyAuthenticationRequired, this,
        [this](QSslPreSharedKeyAuthenticator *authenticator) {
            authenticator->setIdentity(kPskIdentity);
            authenticator->setPreSharedKey(m_preSharedKey);
        });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_state = State::Established;
        m_timeout.stop();
        Q_EMIT established();
    });
    m_timeout.start();
    m_socket->connectToHost(address, port);
}

void RoomChannel::accept(qintptr socketDescriptor, const QString &meetingId)
{
    Q_ASSERT(m_side == Side::Host && !m_socket);
    m_meetingId = meetingId;
    m_socket = new QSslSocket(this);
    if (!m_socket->setSocketDescriptor(socketDescriptor)) {
        fail(RoomRefusal::Closed);
        return;
    }
    m_socket->setSslConfiguration(pskConfiguration());
    connect(m_socket, &QSslSocket::readyRead, this, &RoomChannel::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        fail(error != QAbstractSocket::RemoteHostClosedError
                    && (m_state == State::Established || m_state == State::Encrypting)
                ? RoomRefusal::ChannelBroken
                : RoomRefusal::Closed);
    });
    connect(m_socket, &QSslSocket::preSharedKeyAuthenticationRequired, this,
        [this](QSslPreSharedKeyAuthenticator *authenticator) {
            if (authenticator->identity() == kPskIdentity)
                authenticator->setPreSharedKey(m_preSharedKey);
        });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_state = State::Established;
        m_timeout.stop();
        Q_EMIT established();
    });
    m_state = State::HostWaitHello;
    m_timeout.start();
}

bool RoomChannel::send(const QByteArray &payload)
{
    if (m_state != State::Established || !m_socket || payload.size() > RoomHandshake::kMaxFrame)
        return false;
    m_socket->write(RoomHandshake::frame(payload));
    return true;
}

void RoomChannel::close()
{
    m_timeout.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        if (m_side == Side::Host && parent()
            && m_socket->state() == QAbstractSocket::ConnectedState) {
            // What the host sent last (room_closed) is still delivered: the socket lives on
            // with the channel's parent (the RoomHost) until it is written (TLS buffers it
            // out of bytesToWrite's sight, so abort() could drop it).
            QSslSocket *socket = m_socket;
            socket->setParent(parent());
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(kHandshakeTimeoutMs, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
        } else {
            m_socket->abort();
            m_socket->deleteLater();
        }
        m_socket = nullptr;
    }
    if (m_state != State::Failed)
        m_state = State::Idle;
}

void RoomChannel::onReadyRead()
{
    if (!m_socket)
        return;
    m_reader.append(m_socket->readAll());
    while (m_socket && m_state != State::Failed) {
        bool tooLarge = false;
        const auto payload = m_reader.next(&tooLarge);
        if (tooLarge) {
            fail(m_state == State::Established ? RoomRefusal::ChannelBroken
                                               : RoomRefusal::BadMessage);
            return;
        }
        if (!payload)
            return;
        if (m_state == State::Established)
            Q_EMIT frameReceived(*payload);
        else
            onPlainFrame(*payload);
    }
}

void RoomChannel::onPlainFrame(const QByteArray &payload)
{
    const auto message = RoomHandshake::decode(payload);
    if (!message) {
        refuse(RoomRefusal::BadMessage);
        return;
    }
    if (m_side == Side::Member)
        onMemberMessage(*message, payload);
    else
        onHostMessage(*message, payload);
}

void RoomChannel::onMemberMessage(const QJsonObject &message, const QByteArray &payload)
{
    const QString step = message.value(kStep).toString();
    if (step == kRefused) {
        fail(roomRefusalFromCode(message.value(kReason).toString()));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (m_state) {
    case State::MemberWaitHello: {
        if (step != kHello || message.value(kVersionKey).toString() != kVersion) {
            fail(RoomRefusal::BadMessage);
            return;
        }
        const QJsonObject certificate = message.value(kCertificate).toObject();
        if (const RoomRefusal refusal
            = RoomPolicy::checkPeer(m_identity, certificate, RoomPolicy::PeerSide::Host, now);
            refusal != RoomRefusal::None) {
            fail(refusal);
            return;
        }
        m_peerCertificate = certificate;
        m_peerEphemeral = PublicationSignature::fromBase64(message.value(kEphemeral).toString())
                              .value_or(QByteArray());
        m_meetingId = message.value(kMeetingId).toString();
        m_hostHello = payload;
        m_transcript = RoomHandshake::transcript(m_memberHello, m_hostHello);
        m_state = State::MemberWaitProof;
        return;
    }
    case State::MemberWaitProof: {
        if (step != kProof
            || !verifyProof(message, RoomHandshake::hostProofMessage(m_transcript))) {
            fail(RoomRefusal::BadTranscript);
            return;
        }
        m_preSharedKey
            = RoomHandshake::memberPreSharedKey(m_ephemeral, m_peerEphemeral, m_transcript);
        if (m_preSharedKey.isEmpty()) {
            fail(RoomRefusal::BadMessage);
            return;
        }
        sendPlain(proofMessage(RoomHandshake::memberProofMessage(m_transcript)));
        m_state = State::MemberWaitReady;
        return;
    }
    case State::MemberWaitReady:
        if (step != kReady || !m_reader.isEmpty()) {
            fail(RoomRefusal::BadMessage);
            return;
        }
        startTls();
        return;
    default:
        fail(RoomRefusal::BadMessage);
    }
}

void RoomChannel::onHostMessage(const QJsonObject &message, const QByteArray &payload)
{
    const QString step = message.value(kStep).toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (m_state) {
    case State::HostWaitHello: {
        if (step != kHello || message.value(kVersionKey).toString() != kVersion) {
            refuse(RoomRefusal::BadMessage);
            return;
        }
        // The member's certificate is checked before the host shows its own: a device of
        // another cell learns nothing of this one.
        const QJsonObject certificate = message.value(kCertificate).toObject();
        m_peerCertificate = certificate;
        if (const RoomRefusal refusal
            = RoomPolicy::checkPeer(m_identity, certificate, RoomPolicy::PeerSide::Member, now);
            refusal != RoomRefusal::None) {
            refuse(refusal);
            return;
        }
        m_peerEphemeral = PublicationSignature::fromBase64(message.value(kEphemeral).toString())
                              .value_or(QByteArray());
        m_ephemeral = RoomHandshake::ephemeralKey();
        m_memberHello = payload;
        QJsonObject hello = helloMessage();
        hello.insert(kMeetingId, m_meetingId);
        m_hostHello = RoomHandshake::encode(hello);
        m_transcript = RoomHandshake::transcript(m_memberHello, m_hostHello);
        m_preSharedKey
            = RoomHandshake::hostPreSharedKey(m_ephemeral, m_peerEphemeral, m_transcript);
        if (m_preSharedKey.isEmpty()) {
            refuse(RoomRefusal::BadMessage);
            return;
        }
        m_socket->write(RoomHandshake::frame(m_hostHello));
        sendPlain(proofMessage(RoomHandshake::hostProofMessage(m_transcript)));
        m_state = State::HostWaitProof;
        return;
    }
    case State::HostWaitProof:
        if (step != kProof
            || !verifyProof(message, RoomHandshake::memberProofMessage(m_transcript))) {
            refuse(RoomRefusal::BadTranscript);
            return;
        }
        // Lockstep: the member sends nothing more until "ready", so nothing is buffered.
        if (!m_reader.isEmpty()) {
            refuse(RoomRefusal::BadMessage);
            return;
        }
        sendPlain(QJsonObject { { kStep, kReady } });
        startTls();
        return;
    default:
        refuse(RoomRefusal::BadMessage);
    }
}

QJsonObject RoomChannel::helloMessage() const
{
    return QJsonObject {
        { kStep, kHello },
        { kVersionKey, kVersion },
        { kCertificate, m_identity.certificate },
        { kEphemeral, PublicationSignature::toBase64(m_ephemeral.publicKey) },
        { kNonce, PublicationSignature::toBase64(RoomHandshake::nonce()) },
    };
}

QJsonObject RoomChannel::proofMessage(const QByteArray &signedMessage) const
{
    return QJsonObject { { kStep, kProof },
        { kSignature,
            PublicationSignature::toBase64(
                PublicationSignature::sign(signedMessage, m_identity.deviceSecretKey)) } };
}

bool RoomChannel::verifyProof(const QJsonObject &message, const QByteArray &signedMessage) const
{
    const auto signature = PublicationSignature::fromBase64(message.value(kSignature).toString());
    return signature
        && PublicationSignature::verify(
            signedMessage, *signature, DeviceCertificate::publicKey(m_peerCertificate));
}

void RoomChannel::sendPlain(const QJsonObject &message)
{
    m_socket->write(RoomHandshake::frame(RoomHandshake::encode(message)));
}

void RoomChannel::refuse(RoomRefusal reason)
{
    if (m_side == Side::Host && m_socket && m_state != State::Established) {
        sendPlain(QJsonObject { { kStep, kRefused }, { kReason, roomRefusalCode(reason) } });
    }
    fail(reason);
}

void RoomChannel::fail(RoomRefusal reason)
{
    if (m_state == State::Failed)
        return;
    m_state = State::Failed;
    m_timeout.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        if (m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesToWrite() > 0
            && m_state != State::Established) {
            // A refusal written just before: the socket lives on its own until it is sent.
            QSslSocket *socket = m_socket;
            socket->setParent(nullptr);
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(kHandshakeTimeoutMs, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
        } else {
            m_socket->abort();
            m_socket->deleteLater();
        }
        m_socket = nullptr;
    }
    Q_EMIT failed(reason);
}

void RoomChannel::startTls()
{
    m_state = State::Encrypting;
    m_reader.setMaxFrame(RoomHandshake::kMaxFrame);
    if (m_side == Side::Member)
        m_socket->startClientEncryption();
    else
        m_socket->startServerEncryption();
}
