#include "roomhandshake.h"

#include <QJsonDocument>
#include <QtEndian>
#include <sodium.h>

namespace RoomHandshake {

namespace {
    bool sodiumReady()
    {
        static const bool ready = sodium_init() >= 0;
        return ready;
    }

    const unsigned char *bytes(const QByteArray &array)
    {
        return reinterpret_cast<const unsigned char *>(array.constData());
    }

    unsigned char *bytes(QByteArray &array)
    {
        return reinterpret_cast<unsigned char *>(array.data());
    }

    QByteArray lengthPrefix(qsizetype size)
    {
        QByteArray prefix(4, '\0');
        qToBigEndian(quint32(size), prefix.data());
        return prefix;
    }

    // BLAKE2b-256 of `message` keyed with `sessionKeys` (the member's tx then rx key).
    QByteArray derive(const QByteArray &sessionKeys, const QByteArray &transcript)
    {
        QByteArray key(32, '\0');
        crypto_generichash(bytes(key), size_t(key.size()), bytes(transcript),
            size_t(transcript.size()), bytes(sessionKeys), size_t(sessionKeys.size()));
        return key;
    }
} // namespace

QByteArray frame(const QByteArray &payload)
{
    return lengthPrefix(payload.size()) + payload;
}

std::optional<QByteArray> FrameReader::next(bool *tooLarge)
{
    *tooLarge = false;
    if (m_buffer.size() < 4)
        return std::nullopt;
    const qsizetype length = qFromBigEndian<quint32>(m_buffer.constData());
    if (length > m_max) {
        *tooLarge = true;
        return std::nullopt;
    }
    if (m_buffer.size() < 4 + length)
        return std::nullopt;
    QByteArray payload = m_buffer.mid(4, length);
    m_buffer.remove(0, 4 + length);
    return payload;
}

QByteArray transcript(const QByteArray &memberHello, const QByteArray &hostHello)
{
    sodiumReady();
    static const QByteArray label("handbook-room-v1");
    const QByteArray input = lengthPrefix(label.size()) + label + lengthPrefix(memberHello.size())
        + memberHello + lengthPrefix(hostHello.size()) + hostHello;
    QByteArray hash(32, '\0');
    crypto_generichash(
        bytes(hash), size_t(hash.size()), bytes(input), size_t(input.size()), nullptr, 0);
    return hash;
}

QByteArray hostProofMessage(const QByteArray &transcript)
{
    return QByteArrayLiteral("room-host") + transcript;
}

QByteArray memberProofMessage(const QByteArray &transcript)
{
    return QByteArrayLiteral("room-member") + transcript;
}

EphemeralKey ephemeralKey()
{
    if (!sodiumReady())
        return {};
    EphemeralKey key { QByteArray(crypto_kx_PUBLICKEYBYTES, '\0'),
        QByteArray(crypto_kx_SECRETKEYBYTES, '\0') };
    crypto_kx_keypair(bytes(key.publicKey), bytes(key.secretKey));
    return key;
}

QByteArray nonce()
{
    sodiumReady();
    QByteArray value(32, '\0');
    randombytes_buf(value.data(), size_t(value.size()));
    return value;
}

QByteArray memberPreSharedKey(
    const EphemeralKey &member, const QByteArray &hostPublic, const QByteArray &transcript)
{
    if (!sodiumReady() || hostPublic.size() != crypto_kx_PUBLICKEYBYTES
        || member.publicKey.size() != crypto_kx_PUBLICKEYBYTES
        || member.secretKey.size() != crypto_kx_SECRETKEYBYTES)
        return {};
    QByteArray rx(crypto_kx_SESSIONKEYBYTES, '\0');
    QByteArray tx(crypto_kx_SESSIONKEYBYTES, '\0');
    if (crypto_kx_client_session_keys(bytes(rx), bytes(tx), bytes(member.publicKey),
            bytes(member.secretKey), bytes(hostPublic))
        != 0)
        return {};
    return derive(tx + rx, transcript);
}

QByteArray hostPreSharedKey(
    const EphemeralKey &host, const QByteArray &memberPublic, const QByteArray &transcript)
{
    if (!sodiumReady() || memberPublic.size() != crypto_kx_PUBLICKEYBYTES
        || host.publicKey.size() != crypto_kx_PUBLICKEYBYTES
        || host.secretKey.size() != crypto_kx_SECRETKEYBYTES)
        return {};
    QByteArray rx(crypto_kx_SESSIONKEYBYTES, '\0');
    QByteArray tx(crypto_kx_SESSIONKEYBYTES, '\0');
    if (crypto_kx_server_session_keys(
            bytes(rx), bytes(tx), bytes(host.publicKey), bytes(host.secretKey), bytes(memberPublic))
        != 0)
        return {};
    // The member's tx key is the host's rx key: the same order on both sides.
    return derive(rx + tx, transcript);
}

QByteArray encode(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> decode(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace RoomHandshake
