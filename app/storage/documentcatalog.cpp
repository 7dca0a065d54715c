#include "documentcatalog.h"

#include "outbox.h"
#include "signercatalog.h"
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

QJsonObject parseUtf8(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// A document's row for a list, without its body: the body is most of the JSON and no list
// shows it (the home screen's meeting documents and newest documents, the library). SQLite
// drops it in C before the row is parsed here; a row that is not valid JSON stays as it is.
constexpr char kSummaryData[]
    = "CASE WHEN json_valid(d.data) THEN json_remove(d.data, '$.body') ELSE d.data END";
} // namespace

DocumentCatalog::DocumentCatalog(SqliteDatabase &db)
    : m_db(db)
{ }

QString DocumentCatalog::memberId()
{
    return SyncState(m_db).value(u"member_id"_s);
}

DocumentSummary DocumentCatalog::summaryFromJson(const QJsonObject &data, bool read) const
{
    DocumentSummary doc;
    doc.id = data.value("id"_L1).toString();
    doc.title = data.value("title"_L1).toString();
    doc.number = data.value("number"_L1).toString();
    doc.kind = data.value("kind"_L1).toString();
    doc.issuer = data.value("issuer"_L1).toString();
    doc.issuedDate = data.value("issued_date"_L1).toString();
    doc.summary = data.value("summary"_L1).toString();
    doc.read = read;
    doc.signerName = SignerCatalog(m_db).signerName(
        data.value("signature"_L1).toObject().value("signer_id"_L1).toString());
    return doc;
}

QList<DocumentSummary> DocumentCatalog::newestDocuments(int limit, const QString &kind)
{
    DocumentFilter filter;
    filter.kind = kind;
    return newestDocuments(filter, limit);
}

QList<DocumentSummary> DocumentCatalog::newestDocuments(const DocumentFilter &filter, int limit)
{
    static const QByteArray sql = QByteArray("SELECT ") + kSummaryData
        + ", EXISTS(SELECT 1 FROM read_receipts r WHERE r.document_id = d.id "
          "AND r.member_id = ?1) FROM documents d "
          "WHERE (ifnull(?3, '') = '' OR d.kind = ?3) "
          "AND (?4 = 0 OR CAST(substr(d.issued_date, 1, 4) AS INTEGER) = ?4) "
          "AND (ifnull(?5, '') = '' OR EXISTS(SELECT 1 FROM organizations o "
          "WHERE o.id = d.org_id AND o.kind = ?5)) "
          "AND (?6 = 0 OR EXISTS(SELECT 1 FROM bookmarks b WHERE b.document_id = d.id)) "
          "ORDER BY d.published_at DESC, d.issued_date DESC, d.doc_rowid DESC LIMIT ?2";
    Statement query(m_db, sql.constData());
    query.bind(1, memberId()).bind(2, limit > 0 ? qint64(limit) : qint64(-1));
    query.bind(3, filter.kind).bind(4, filter.year).bind(5, filter.issuerLevel);
    query.bind(6, filter.bookmarkedOnly ? 1 : 0);
    QList<DocumentSummary> documents;
    while (query.step())
        documents.append(summaryFromJson(parseUtf8(query.blob(0)), query.integer(1) != 0));
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

QList<int> DocumentCatalog::years()
{
    // Only dates that start with a year: a malformed date must not offer "year 0".
    Statement query(m_db,
        "SELECT DISTINCT CAST(substr(issued_date, 1, 4) AS INTEGER) AS year FROM documents "
        "WHERE issued_date GLOB '[0-9][0-9][0-9][0-9]*' ORDER BY year DESC");
    QList<int> years;
    while (query.step()) {
        if (const int year = int(query.integer(0)); year > 0)
            years.append(year);
    }
    return years;
}

QStringList DocumentCatalog::issuerLevels()
{
    Statement query(m_db,
        "SELECT DISTINCT o.kind FROM documents d JOIN organizations o ON o.id = d.org_id "
        "WHERE ifnull(o.kind, '') != ''");
    QStringList levels;
    while (query.step())
        levels.append(query.text(0));
    // From the widest level down, as the Party's organization reads; unknown kinds last.
    static const QStringList order { u"province"_s, u"district"_s, u"grassroots"_s, u"cell"_s };
    const auto rank = [](const QString &level) {
        const qsizetype at = order.indexOf(level);
        return at < 0 ? order.size() : at;
    };
    std::sort(levels.begin(), levels.end(), [&](const QString &a, const QString &b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
    });
    return levels;
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
    static const QByteArray sql = QByteArray("SELECT ") + kSummaryData
        + ", EXISTS(SELECT 1 FROM read_receipts r WHERE r.document_id = d.id "
          "AND r.member_id = ?2) FROM documents d WHERE d.id = ?1";
    Statement query(m_db, sql.constData());
    const QString member = memberId();
    QList<DocumentSummary> documents;
    for (const QString &id : meeting.documentIds) {
        query.bind(1, id).bind(2, member);
        if (query.step())
            documents.append(summaryFromJson(parseUtf8(query.blob(0)), query.integer(1) != 0));
        query.reset();
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
    const QJsonObject data = parseUtf8(query.blob(0));
    detail.summary = summaryFromJson(data, query.integer(1) != 0);
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
