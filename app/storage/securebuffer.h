// Key material in memory that libsodium guards: allocated with sodium_malloc (guard pages,
// locked against swapping where the system allows it), wiped and freed when the buffer goes.
// Move-only, so a key never lingers in a copy. Also: wiping a QString that held a PIN or a
// password.
#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>

class SecureBuffer
{
public:
    SecureBuffer() = default;
    // `size` zero bytes; isNull() if the memory could not be had.
    explicit SecureBuffer(qsizetype size);
    ~SecureBuffer();
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    // A buffer holding `bytes`; `bytes` is wiped and cleared.
    [[nodiscard]] static SecureBuffer takeFrom(QByteArray &bytes);
    // `size` random bytes (randombytes_buf).
    [[nodiscard]] static SecureBuffer random(qsizetype size);
    // A PIN or password as UTF-8 (the QString itself is not touched: see wipeString()).
    [[nodiscard]] static SecureBuffer fromString(const QString &text);

    [[nodiscard]] bool isNull() const { return m_data == nullptr; }
    [[nodiscard]] qsizetype size() const { return m_size; }
    [[nodiscard]] unsigned char *data() { return m_data; }
    [[nodiscard]] const unsigned char *constData() const { return m_data; }
    [[nodiscard]] const char *chars() const { return reinterpret_cast<const char *>(m_data); }
    // Whether the bytes equal `other`'s (in constant time).
    [[nodiscard]] bool equals(const SecureBuffer &other) const;
    // Wipes and frees now (also done by the destructor).
    void clear();

private:
    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
};

// Overwrites a QString's characters if no other QString shares them, then clears it. A
// shared copy is only released (its other owner keeps the text).
void wipeString(QString &text);
