// Read-only, random-access QIODevice over a blob in the vault: reads one chunk at a time
// (for QPdfDocument::load(QIODevice*), so a PDF is rendered without a temporary file).
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

class BlobStore;

class BlobDevice : public QIODevice
{
public:
    BlobDevice(BlobStore &store, QString sha256, qint64 size);

    [[nodiscard]] bool isSequential() const override { return false; }
    [[nodiscard]] qint64 size() const override { return m_size; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    BlobStore &m_store;
    QString m_sha256;
    qint64 m_size;
    qint64 m_cachedSeq = -1;
    QByteArray m_cached;
};
