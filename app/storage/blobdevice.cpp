#include "blobdevice.h"

#include "blobstore.h"

#include <cstring>

BlobDevice::BlobDevice(BlobStore &store, QString sha256, qint64 size)
    : m_store(store)
    , m_sha256(std::move(sha256))
    , m_size(size)
{ }

qint64 BlobDevice::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    qint64 position = pos();
    while (done < maxSize && position < m_size) {
        const qint64 seq = position / BlobStore::kChunkSize;
        if (seq != m_cachedSeq) {
            m_cached = m_store.chunk(m_sha256, seq);
            m_cachedSeq = seq;
            if (m_cached.isEmpty())
                return done > 0 ? done : -1;
        }
        const qint64 offset = position % BlobStore::kChunkSize;
        const qint64 n = qMin(maxSize - done, qint64(m_cached.size()) - offset);
        if (n <= 0)
            return done > 0 ? done : -1;
        std::memcpy(data + done, m_cached.constData() + offset, size_t(n));
        done += n;
        position += n;
    }
    return done;
}
