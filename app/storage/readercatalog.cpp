#include "readercatalog.h"

#include "sqlitedatabase.h"
#include "syncstate.h"
#include "timestamps.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

bool AttachmentInfo::isPdf() const
{
    return mime.compare(u"application/pdf"_s, Qt::CaseInsensitive) == 0
        || name.endsWith(u".pdf"_s, Qt::CaseInsensitive);
}

ReaderCatalog::ReaderCatalog(SqliteDatabase &db)
    : m_db(db)
{ }

QList<AttachmentInfo> ReaderCatalog::attachmentsFromJson(const QJsonArray &list)
{
    QList<AttachmentInfo> attachments;
    for (const QJsonValue &value : list) {
        const QJsonObject item = value.toObject();
        AttachmentInfo info;
        info.sha256 = item.value("sha256"_L1).toString().toLower();
        info.name = item.value("name"_L1).toString();
        info.mime = item.value("mime"_L1).toString();
        info.size = item.value("size"_L1).toInteger();
        if (info.sha256.size() != 64)
            continue;
        attachments.append(info);
    }
    return attachments;
}

QList<AttachmentInfo> ReaderCatalog::attachments(const QString &documentId)
{
    Statement query(
        m_db, "SELECT json_extract(data, '$.attachments') FROM documents WHERE id = ?1");
    query.bind(1, documentId);
    if (!query.step() || query.isNull(0))
        return {};
    QList<AttachmentInfo> list
        = attachmentsFromJson(QJsonDocument::fromJson(query.text(0).toUtf8()).array());
    Statement complete(m_db, "SELECT complete FROM blobs WHERE sha256 = ?1");
    for (AttachmentInfo &info : list) {
        complete.bind(1, info.sha256);
        info.stored = complete.step() && complete.integer(0) != 0;
        complete.reset();
    }
    return list;
}

QList<NoteInfo> ReaderCatalog::notes(const QString &documentId)
{
    Statement query(
        m_db, "SELECT data FROM notes WHERE document_id = ?1 ORDER BY updated_at DESC, id");
    query.bind(1, documentId);
    QList<NoteInfo> notes;
    while (query.step()) {
        const QJsonObject data = QJsonDocument::fromJson(query.text(0).toUtf8()).object();
        notes.append({ data.value("id"_L1).toString(), data.value("text"_L1).toString(),
            data.value("anchor"_L1).toString(),
            Timestamps::fromIso(data.value("updated_at"_L1).toString()) });
    }
    return notes;
}

bool ReaderCatalog::isBookmarked(const QString &documentId)
{
    // Only my own bookmarks are ever pulled or made here.
    Statement query(m_db, "SELECT 1 FROM bookmarks WHERE document_id = ?1 LIMIT 1");
    query.bind(1, documentId);
    return query.step();
}

QString ReaderCatalog::memberName()
{
    const QString memberId = SyncState(m_db).value(u"member_id"_s);
    if (memberId.isEmpty())
        return {};
    Statement query(m_db, "SELECT full_name FROM members WHERE id = ?1");
    query.bind(1, memberId);
    return query.step() ? query.text(0) : QString();
}
