#include "draftcatalog.h"

#include "mutationnames.h"
#include "outbox.h"
#include "sqlitedatabase.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

DraftRecord DraftRecord::fromJson(const QJsonObject &row)
{
    auto text = [&row](const QString &key) { return row.value(key).toString(); };
    DraftRecord draft;
    draft.id = text(u"id"_s);
    draft.orgId = text(u"org_id"_s);
    draft.status = text(u"status"_s);
    draft.kind = text(u"kind"_s);
    draft.number = text(u"number"_s);
    draft.title = text(u"title"_s);
    draft.issuedDate = text(u"issued_date"_s).left(10);
    draft.issuer = text(u"issuer"_s);
    draft.summary = text(u"summary"_s);
    draft.body = text(u"body"_s);
    draft.classification = text(u"classification"_s);
    draft.audienceOrgId = text(u"audience_org_id"_s);
    draft.meetingId = text(u"meeting_id"_s);
    draft.attachments = row.value(u"attachments"_s).toArray();
    draft.authorId = text(u"author_id"_s);
    draft.authorName = text(u"author_name"_s);
    draft.returnReason = text(u"return_reason"_s);
    draft.updatedAt = text(u"updated_at"_s);
    return draft;
}

DraftCatalog::DraftCatalog(SqliteDatabase &db)
    : m_db(db)
{ }

QList<DraftRecord> DraftCatalog::drafts(const QString &orgId)
{
    Statement query(
        m_db, "SELECT data FROM document_drafts WHERE org_id = ?1 ORDER BY updated_at DESC, id");
    query.bind(1, orgId);
    QList<DraftRecord> drafts;
    while (query.step())
        drafts.append(DraftRecord::fromJson(parse(query.text(0))));
    Outbox outbox(m_db);
    for (DraftRecord &draft : drafts)
        draft.pending
            = outbox.hasPendingChange(QString(Protocol::RowType::DocumentDraft), draft.id);
    return drafts;
}

std::optional<DraftRecord> DraftCatalog::draft(const QString &id)
{
    Statement query(m_db, "SELECT data FROM document_drafts WHERE id = ?1");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    DraftRecord draft = DraftRecord::fromJson(parse(query.text(0)));
    draft.pending = Outbox(m_db).hasPendingChange(QString(Protocol::RowType::DocumentDraft), id);
    return draft;
}

QList<OrgNode> DraftCatalog::organizations()
{
    Statement query(m_db,
        "SELECT id, ifnull(parent_id, ''), ifnull(name, ''), ifnull(kind, '') FROM organizations "
        "ORDER BY name, id");
    QList<OrgNode> nodes;
    while (query.step())
        nodes.append({ query.text(0), query.text(1), query.text(2), query.text(3) });
    return nodes;
}

QString DraftCatalog::organizationName(const QString &orgId)
{
    Statement query(m_db, "SELECT ifnull(name, '') FROM organizations WHERE id = ?1");
    query.bind(1, orgId);
    return query.step() ? query.text(0) : QString();
}
