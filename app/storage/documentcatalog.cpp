#include "documentcatalog.h"

#include "outbox.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

DocumentCatalog::DocumentCatalog(SqliteDatabase &db)
    : m_db(db)
{ }

QString DocumentCatalog::memberId()
{
    return SyncState(m_db).value(u"member_id"_s);
}

DocumentSummary DocumentCatalog::summaryFromJson(const QString &json, bool read) const
{
    const QJsonObject data = parse(json);
    DocumentSummary doc;
    doc.id = data.value("id"_L1).toString();
    doc.title = data.value("title"_L1).toString();
    doc.number = data.value("number"_L1).toString();
    doc.kind = data.value("kind"_L1).toString();
    doc.issuer = data.value("issuer"_L1).toString();
    doc.issuedDate = data.value("issued_date"_L1).toString();
    doc.summary = data.value("summary"_L1).toString();
    doc.read = read;
    return doc;
}

QList<DocumentSummary> DocumentCatalog::newestDocuments(int limit, const QString &kind)
{
    Statement query(m_db,
        "SELECT d.data, EXISTS(SELECT 1 FROM read_receipts r WHERE r.document_id = d.id "
        "AND r.member_id = ?1) FROM documents d WHERE ifnull(?3, '') = '' OR d.kind = ?3 "
        "ORDER BY d.published_at DESC, d.issued_date DESC, d.doc_rowid DESC LIMIT ?2");
    query.bind(1, memberId()).bind(2, limit > 0 ? qint64(limit) : qint64(-1)).bind(3, kind);
    QList<DocumentSummary> documents;
    while (query.step())
        documents.append(summaryFromJson(query.text(0), query.integer(1) != 0));
    return documents;
}

QStringList DocumentCatalog::kinds()
{
    Statement query(
        m_db, "SELECT DISTINCT kind FROM documents WHERE kind IS NOT NULL ORDER BY kind");
    QStringList kinds;
    while (query.step())
        kinds.append(query.text(0));
    return kinds;
}

std::optional<MeetingInfo> DocumentCatalog::nextMeeting(const QDateTime &now)
{
    Statement query(m_db, "SELECT data FROM meetings WHERE status = 'scheduled'");
    std::optional<MeetingInfo> next;
    while (query.step()) {
        const QJsonObject data = parse(query.text(0));
        const QDateTime startsAt = Timestamps::fromIso(data.value("starts_at"_L1).toString());
        if (!startsAt.isValid() || startsAt < now || (next && next->startsAt <= startsAt))
            continue;
        MeetingInfo meeting;
        meeting.id = data.value("id"_L1).toString();
        meeting.title = data.value("title"_L1).toString();
        meeting.startsAt = startsAt;
        meeting.location = data.value("location"_L1).toString();
        meeting.agenda = data.value("agenda"_L1).toString();
        meeting.status = data.value("status"_L1).toString();
        for (const QJsonValue &id : data.value("document_ids"_L1).toArray())
            meeting.documentIds.append(id.toString());
        next = meeting;
    }
    return next;
}

QList<DocumentSummary> DocumentCatalog::meetingDocuments(const MeetingInfo &meeting)
{
    QList<DocumentSummary> documents;
    for (const QString &id : meeting.documentIds) {
        if (const auto detail = document(id))
            documents.append(detail->summary);
    }
    return documents;
}

std::optional<DocumentDetail> DocumentCatalog::document(const QString &id)
{
    Statement query(m_db,
        "SELECT d.data, EXISTS(SELECT 1 FROM read_receipts r WHERE r.document_id = d.id "
        "AND r.member_id = ?2) FROM documents d WHERE d.id = ?1");
    query.bind(1, id).bind(2, memberId());
    if (!query.step())
        return std::nullopt;
    DocumentDetail detail;
    detail.summary = summaryFromJson(query.text(0), query.integer(1) != 0);
    const QJsonObject data = parse(query.text(0));
    detail.body = data.value("body"_L1).toString();
    detail.classification = data.value("classification"_L1).toString();
    return detail;
}

QDateTime DocumentCatalog::lastSync()
{
    return Timestamps::fromIso(SyncState(m_db).value(u"last_success"_s));
}

int DocumentCatalog::pendingChanges()
{
    return Outbox(m_db).pendingCount();
}
