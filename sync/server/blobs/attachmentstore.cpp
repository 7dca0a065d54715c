#include "blobs/attachmentstore.h"

#include "blobs/serverblobstore.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"

#include <QCryptographicHash>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

StoredAttachment AttachmentStore::store(WriteTransaction &transaction, const QByteArray &bytes,
    const QString &name, const QString &mime, const QString &uploadedBy)
{
    const StoredAttachment info {
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
        bytes.size(), mime, name
    };
    // The whole file in one put: the blob store checks the hash and writes the chunks.
    ServerBlobStore blobs(transaction.db());
    const auto result = blobs.put(info.sha256, 0, info.size, bytes, uploadedBy);
    using Outcome = ServerBlobStore::PutResult::Outcome;
    if (result.outcome != Outcome::Completed && result.outcome != Outcome::AlreadyComplete)
        throw DbError(u"could not store the blob %1"_s.arg(info.sha256));
    return info;
}

QString AttachmentStore::mimeForName(const QString &name)
{
    static const QMimeDatabase mimes;
    return mimes.mimeTypeForFile(name, QMimeDatabase::MatchExtension).name();
}
