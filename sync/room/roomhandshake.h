// The room's wire pieces below the channel (DESIGN.md 8.8, issue 23): length-prefixed frames,
// the handshake transcript and the TLS pre-shared key derived from the authenticated
// exchange. Pure functions: RoomChannel drives them over a socket, the tests drive them alone.
//
// The handshake, in the clear before TLS (no secret in it; certificates are not secret):
//   member -> host  {"step":"hello","v":"1","certificate","ephemeral","nonce"}
//   host -> member  {"step":"hello","v":"1","certificate","ephemeral","nonce","meeting_id"}
//                   (or {"step":"refused","reason"} and the host closes)
//   host -> member  {"step":"proof","signature"}   host's device key over "room-host" + T
//   member -> host  {"step":"proof","signature"}   member's device key over "room-member" + T
//   host -> member  {"step":"ready"}               (or refused)
// T is the transcript: BLAKE2b-256 of a label and both hello frames as sent. "ephemeral" is
// an X25519 key (crypto_kx); the pre-shared key of the TLS 1.2 session that follows
// (ECDHE-PSK-CHACHA20-POLY1305) is BLAKE2b-256 of T keyed with both crypto_kx session keys,
// so only the two devices that signed T know it.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace RoomHandshake {

// Largest handshake frame and largest frame after the handshake.
inline constexpr qsizetype kMaxHandshakeFrame = 16 * 1024;
inline constexpr qsizetype kMaxFrame = 4 * 1024 * 1024;

// A frame: 4-byte big-endian length, then the payload.
[[nodiscard]] QByteArray frame(const QByteArray &payload);

// Collects bytes and hands out whole frames.
class FrameReader
{
public:
    explicit FrameReader(qsizetype maxFrame)
        : m_max(maxFrame)
    { }
    void setMaxFrame(qsizetype maxFrame) { m_max = maxFrame; }
    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    // The next whole frame, or nullopt (then *tooLarge says whether the announced length is
    // over the limit: the connection must be dropped).
    [[nodiscard]] std::optional<QByteArray> next(bool *tooLarge);
    [[nodiscard]] bool isEmpty() const { return m_buffer.isEmpty(); }

private:
    QByteArray m_buffer;
    qsizetype m_max;
};

// The transcript hash T of the two hello payloads.
[[nodiscard]] QByteArray transcript(const QByteArray &memberHello, const QByteArray &hostHello);
// What each side signs: a label naming the side, then T.
[[nodiscard]] QByteArray hostProofMessage(const QByteArray &transcript);
[[nodiscard]] QByteArray memberProofMessage(const QByteArray &transcript);

// An X25519 key pair for crypto_kx.
struct EphemeralKey
{
    QByteArray publicKey;
    QByteArray secretKey;
};
[[nodiscard]] EphemeralKey ephemeralKey();
// 32 random bytes.
[[nodiscard]] QByteArray nonce();

// The TLS pre-shared key, on the member's side and on the host's; empty when a key is
// malformed (a weak peer key included). Both sides get the same 32 bytes.
[[nodiscard]] QByteArray memberPreSharedKey(
    const EphemeralKey &member, const QByteArray &hostPublic, const QByteArray &transcript);
[[nodiscard]] QByteArray hostPreSharedKey(
    const EphemeralKey &host, const QByteArray &memberPublic, const QByteArray &transcript);

// JSON payloads: compact encoding and a strict parse (an object, else nullopt).
[[nodiscard]] QByteArray encode(const QJsonObject &message);
[[nodiscard]] std::optional<QJsonObject> decode(const QByteArray &payload);

} // namespace RoomHandshake
