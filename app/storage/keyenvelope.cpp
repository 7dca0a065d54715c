#include "keyenvelope.h"

#include "privatefiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int kEnvelopeFormat = 1;

// The key-encryption key; null on failure. The PIN's bytes are wiped on return.
SecureBuffer deriveKey(const QString &pin, const QByteArray &salt, const KdfParams &params)
{
    SecureBuffer key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    const SecureBuffer pinBytes = SecureBuffer::fromString(pin);
    if (key.isNull() || pinBytes.isNull())
        return {};
    const int rc = crypto_pwhash(key.data(), size_t(key.size()), pinBytes.chars(),
        size_t(pinBytes.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
        params.opsLimit, size_t(params.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return {};
    return key;
}
} // namespace

void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

KdfParams KdfParams::standard()
{
    return { crypto_pwhash_OPSLIMIT_MODERATE, 64ull * 1024 * 1024 };
}

KdfParams KdfParams::fastForTests()
{
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

KeyEnvelope KeyEnvelope::seal(
    const QByteArray &dek, const QString &pin, const KdfParams &params, const QByteArray &context)
{
    QByteArray copy = dek;
    copy.detach();
    return seal(SecureBuffer::takeFrom(copy), pin, params, context);
}

KeyEnvelope KeyEnvelope::seal(
    const SecureBuffer &dek, const QString &pin, const KdfParams &params, const QByteArray &context)
{
    KeyEnvelope envelope;
    envelope.m_params = params;
    envelope.m_salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(envelope.m_salt.data(), size_t(envelope.m_salt.size()));
    envelope.m_nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(envelope.m_nonce.data(), size_t(envelope.m_nonce.size()));

    const SecureBuffer kek = deriveKey(pin, envelope.m_salt, params);
    if (kek.isNull() || dek.isNull())
        return {};
    envelope.m_ciphertext.resize(dek.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(envelope.m_ciphertext.data()), &written, dek.constData(),
        size_t(dek.size()), reinterpret_cast<const unsigned char *>(context.constData()),
        size_t(context.size()), nullptr,
        reinterpret_cast<const unsigned char *>(envelope.m_nonce.constData()), kek.constData());
    envelope.m_ciphertext.resize(qsizetype(written));
    return envelope;
}

std::optional<SecureBuffer> KeyEnvelope::open(const QString &pin, const QByteArray &context) const
{
    if (m_ciphertext.size() != kKeyBytes + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES)
        || m_nonce.size() != qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
        || m_salt.size() != qsizetype(crypto_pwhash_SALTBYTES))
        return std::nullopt;
    const SecureBuffer kek = deriveKey(pin, m_salt, m_params);
    SecureBuffer dek(kKeyBytes);
    if (kek.isNull() || dek.isNull())
        return std::nullopt;
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(dek.data(), &written, nullptr,
        reinterpret_cast<const unsigned char *>(m_ciphertext.constData()),
        size_t(m_ciphertext.size()), reinterpret_cast<const unsigned char *>(context.constData()),
        size_t(context.size()), reinterpret_cast<const unsigned char *>(m_nonce.constData()),
        kek.constData());
    if (rc != 0)
        return std::nullopt;
    return dek;
}

std::optional<KeyEnvelope> KeyEnvelope::load(const QString &path, bool *damaged)
{
    *damaged = false;
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        *damaged = true;
        return std::nullopt;
    }
    auto envelope = fromBytes(file.readAll());
    *damaged = !envelope.has_value();
    return envelope;
}

std::optional<KeyEnvelope> KeyEnvelope::fromBytes(const QByteArray &bytes)
{
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    // Integers only where integers belong: toInteger() of anything else is 0 and fails below.
    const qint64 opsLimit = json.value(u"opslimit").toInteger(-1);
    const qint64 memLimit = json.value(u"memlimit").toInteger(-1);
    const qint64 failedAttempts
        = json.contains(u"failed_attempts") ? json.value(u"failed_attempts").toInteger(-1) : 0;
    KeyEnvelope envelope;
    envelope.m_salt = QByteArray::fromBase64(json.value(u"salt").toString().toLatin1());
    envelope.m_nonce = QByteArray::fromBase64(json.value(u"nonce").toString().toLatin1());
    envelope.m_ciphertext
        = QByteArray::fromBase64(json.value(u"wrapped_key").toString().toLatin1());
    if (json.value(u"format").toInteger() != kEnvelopeFormat
        || json.value(u"kdf").toString() != u"argon2id13"
        || opsLimit < qint64(crypto_pwhash_OPSLIMIT_MIN)
        || opsLimit > qint64(KdfParams::kMaxOpsLimit)
        || memLimit < qint64(crypto_pwhash_MEMLIMIT_MIN)
        || memLimit > qint64(KdfParams::kMaxMemLimit)
        || envelope.m_salt.size() != qsizetype(crypto_pwhash_SALTBYTES)
        || envelope.m_nonce.size() != qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
        || envelope.m_ciphertext.size()
            != kKeyBytes + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES)
        || failedAttempts < 0 || failedAttempts > 1000)
        return std::nullopt;
    envelope.m_params = { quint64(opsLimit), quint64(memLimit) };
    envelope.failedAttempts = int(failedAttempts);
    // Times are kept only when they are UTC times this code could have written.
    const auto utc = [&json](QStringView key) {
        QDateTime time = QDateTime::fromString(json.value(key).toString(), Qt::ISODate);
        return time.isValid() ? time.toUTC() : QDateTime();
    };
    envelope.lastFailureUtc = utc(u"last_failure");
    envelope.lockedUntilUtc = utc(u"locked_until");
    return envelope;
}

bool KeyEnvelope::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // The temporary file becomes the envelope: owner-only before anything is written to it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toBytes());
    return file.commit() && PrivateFiles::restrictFile(path);
}

QByteArray KeyEnvelope::toBytes() const
{
    QJsonObject json {
        { u"format"_s, kEnvelopeFormat },
        { u"kdf"_s, u"argon2id13"_s },
        { u"cipher"_s, u"xchacha20poly1305-ietf"_s },
        { u"opslimit"_s, qint64(m_params.opsLimit) },
        { u"memlimit"_s, qint64(m_params.memLimit) },
        { u"salt"_s, QString::fromLatin1(m_salt.toBase64()) },
        { u"nonce"_s, QString::fromLatin1(m_nonce.toBase64()) },
        { u"wrapped_key"_s, QString::fromLatin1(m_ciphertext.toBase64()) },
        { u"failed_attempts"_s, failedAttempts },
    };
    if (lastFailureUtc.isValid())
        json.insert(u"last_failure"_s, lastFailureUtc.toUTC().toString(Qt::ISODate));
    if (lockedUntilUtc.isValid())
        json.insert(u"locked_until"_s, lockedUntilUtc.toUTC().toString(Qt::ISODate));
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}
