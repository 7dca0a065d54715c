#include "securebuffer.h"

#include <cstring>
#include <sodium.h>
#include <utility>

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

SecureBuffer::SecureBuffer(qsizetype size)
{
    if (size < 0 || !sodiumReady())
        return;
    // sodium_malloc(0) still gives a guarded region: an empty but usable buffer.
    m_data = static_cast<unsigned char *>(sodium_malloc(size_t(size)));
    if (!m_data)
        return;
    sodium_memzero(m_data, size_t(size));
    m_size = size;
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBuffer::clear()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

SecureBuffer SecureBuffer::takeFrom(QByteArray &bytes)
{
    SecureBuffer buffer(bytes.size());
    if (!buffer.isNull() && !bytes.isEmpty())
        std::memcpy(buffer.m_data, bytes.constData(), size_t(bytes.size()));
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
    return buffer;
}

SecureBuffer SecureBuffer::random(qsizetype size)
{
    SecureBuffer buffer(size);
    if (!buffer.isNull() && size > 0)
        randombytes_buf(buffer.m_data, size_t(size));
    return buffer;
}

SecureBuffer SecureBuffer::fromString(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    return takeFrom(utf8);
}

bool SecureBuffer::equals(const SecureBuffer &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, size_t(m_size)) == 0;
}

void wipeString(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}
