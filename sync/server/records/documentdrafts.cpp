#include "records/documentdrafts.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonDocument>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
namespace ChangeOp = Protocol::ChangeOp;
namespace RowType = Protocol::RowType;

namespace {

const QString kColumns
    = u"id, org_id, audience_org_id, kind, number, title, issued_date, issuer, summary, body, "
      "classification, meeting_id, attachments, status, author_id, approver_id, return_reason, "
      "created_at, updated_at, version"_s;

StoredDraft fromRecord(const QSqlRecord &row)
{
    const auto text = [&row](int i) { return row.value(i).toString(); };
    StoredDraft draft { text(0), text(1), text(2), text(3), text(4), text(5), text(6), text(7),
        text(8), text(9), text(10), text(11), QJsonDocument::fromJson(text(12).toUtf8()).array(),
        text(13), text(14), text(15), text(16), text(17), text(18), row.value(19).toLongLong() };
    return draft;
}

// Reads the rows of `ids` (at most a few hundred: a pull page's chunk).
QList<StoredDraft> findMany(const QSqlDatabase &db, const QStringList &ids)
{
    QList<StoredDraft> found;
    constexpr qsizetype kChunk = 256;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QStringList chunk = ids.mid(from, kChunk);
        QStringList marks;
        QVariantList binds;
        for (const QString &id : chunk) {
            marks << u"?"_s;
            binds << id;
        }
        forEachRow(db,
            u"SELECT %1 FROM document_drafts WHERE id IN (%2)"_s.arg(kColumns, marks.join(u", "_s)),
            binds, [&found](const QSqlQuery &query) { found << fromRecord(query.record()); });
    }
    return found;
}

QVariant emptyAsNull(const QString &text)
{
    return text.isEmpty() ? sqlNull() : QVariant(text);
}

} // namespace

std::optional<StoredDraft> DocumentDrafts::find(const QSqlDatabase &db, const QString &id)
{
    const QList<StoredDraft> found = findMany(db, { id });
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

void DocumentDrafts::save(WriteTransaction &transaction, StoredDraft draft, bool isNew)
{
    const QSqlDatabase db = transaction.db();
    const QString attachments
        = QString::fromUtf8(QJsonDocument(draft.attachments).toJson(QJsonDocument::Compact));
    const QVariantList fields { draft.orgId, draft.audienceOrgId, draft.kind,
        emptyAsNull(draft.number), draft.title, emptyAsNull(draft.issuedDate),
        emptyAsNull(draft.issuer), emptyAsNull(draft.summary), emptyAsNull(draft.body),
        draft.classification, emptyAsNull(draft.meetingId), attachments, draft.status,
        draft.authorId, emptyAsNull(draft.approverId), emptyAsNull(draft.returnReason),
        draft.updatedAt };
    if (isNew) {
        QVariantList binds = fields;
        binds << draft.createdAt << draft.id;
        execSql(db,
            u"INSERT INTO document_drafts (org_id, audience_org_id, kind, number, title, "
            "issued_date, issuer, summary, body, classification, meeting_id, attachments, status, "
            "author_id, approver_id, return_reason, updated_at, created_at, id, version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s,
            binds);
    } else {
        QVariantList binds = fields;
        binds << draft.id;
        execSql(db,
            u"UPDATE document_drafts SET org_id = ?, audience_org_id = ?, kind = ?, number = ?, "
            "title = ?, issued_date = ?, issuer = ?, summary = ?, body = ?, classification = ?, "
            "meeting_id = ?, attachments = ?, status = ?, author_id = ?, approver_id = ?, "
            "return_reason = ?, updated_at = ?, version = version + 1 WHERE id = ?"_s,
            binds);
    }
    transaction.recordChange(RowType::DocumentDraft, draft.id, ChangeOp::Put, draft.orgId);
}

QJsonObject DocumentDrafts::data(const StoredDraft &draft)
{
    const auto orNull
        = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return QJsonObject { { u"id"_s, draft.id }, { u"org_id"_s, draft.orgId },
        { u"audience_org_id"_s, draft.audienceOrgId }, { u"kind"_s, draft.kind },
        { u"number"_s, orNull(draft.number) }, { u"title"_s, draft.title },
        { u"issued_date"_s, orNull(draft.issuedDate) }, { u"issuer"_s, orNull(draft.issuer) },
        { u"summary"_s, orNull(draft.summary) }, { u"body"_s, orNull(draft.body) },
        { u"classification"_s, draft.classification }, { u"meeting_id"_s, orNull(draft.meetingId) },
        { u"attachments"_s, draft.attachments }, { u"status"_s, draft.status },
        { u"author_id"_s, draft.authorId }, { u"approver_id"_s, orNull(draft.approverId) },
        { u"return_reason"_s, orNull(draft.returnReason) }, { u"updated_at"_s, draft.updatedAt } };
}

QHash<QString, DocumentDrafts::Row> DocumentDrafts::rows(
    const QSqlDatabase &db, const QStringList &ids)
{
    const QList<StoredDraft> drafts = findMany(db, ids);
    // The authors' names: a committee account's member record, else its login.
    QHash<QString, QString> names;
    for (const StoredDraft &draft : drafts) {
        if (names.contains(draft.authorId))
            continue;
        QSqlQuery query = runSql(db,
            u"SELECT u.login, m.full_name FROM users u LEFT JOIN members m ON m.id = u.member_id "
            "WHERE u.id = ?"_s,
            { draft.authorId });
        QString name;
        if (query.next()) {
            name = query.value(1).toString().trimmed();
            if (name.isEmpty())
                name = query.value(0).toString();
        }
        names.insert(draft.authorId, name);
    }
    QHash<QString, Row> found;
    for (const StoredDraft &draft : drafts) {
        QJsonObject row = data(draft);
        row.insert(u"author_name"_s, names.value(draft.authorId));
        found.insert(draft.id, Row { row, draft.version });
    }
    return found;
}

DocumentDraft DocumentDrafts::publication(const StoredDraft &draft, const QString &publishedBy,
    const QString &signerId, const QString &signature)
{
    DocumentDraft document;
    document.id = draft.id;
    document.orgId = draft.orgId;
    document.audienceOrgId = draft.audienceOrgId;
    document.kind = draft.kind;
    // Empty fields are stored as NULL, as a draft stores them.
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QString() : text; };
    document.number = orNull(draft.number);
    document.title = draft.title;
    document.issuedDate = orNull(draft.issuedDate);
    document.issuer = orNull(draft.issuer);
    document.summary = orNull(draft.summary);
    document.body = orNull(draft.body);
    document.classification = draft.classification;
    document.meetingId = orNull(draft.meetingId);
    document.publishedBy = publishedBy;
    document.signerId = signerId;
    document.signature = signature;
    for (const QJsonValue &value : draft.attachments) {
        const QJsonObject a = value.toObject();
        document.attachments << StoredAttachment { a.value(u"sha256"_s).toString(),
            qint64(a.value(u"size"_s).toDouble()), a.value(u"mime"_s).toString(),
            a.value(u"name"_s).toString() };
    }
    return document;
}

bool DocumentDrafts::singlePersonApproval(const QSqlDatabase &db, const QString &orgId)
{
    return scalarSql(
               db, u"SELECT single_person_approval FROM org_settings WHERE org_id = ?"_s, { orgId })
               .toInt()
        == 1;
}

void DocumentDrafts::setSinglePersonApproval(
    WriteTransaction &transaction, const QString &orgId, bool single, const QDateTime &now)
{
    const QSqlDatabase db = transaction.db();
    const QString at = Timestamps::toIso(now);
    if (execSql(db,
            u"UPDATE org_settings SET single_person_approval = ?, updated_at = ? WHERE org_id = ?"_s,
            { single ? 1 : 0, at, orgId })
        == 0) {
        execSql(db,
            u"INSERT INTO org_settings (org_id, single_person_approval, updated_at) "
            "VALUES (?, ?, ?)"_s,
            { orgId, single ? 1 : 0, at });
    }
}
