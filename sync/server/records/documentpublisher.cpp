#include "records/documentpublisher.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

const QStringList &DocumentPublisher::kinds()
{
    namespace Kind = Protocol::DocumentKind;
    static const QStringList all { QString(Kind::Resolution), QString(Kind::Directive),
        QString(Kind::Conclusion), QString(Kind::Regulation), QString(Kind::Plan),
        QString(Kind::Guidance), QString(Kind::Notice), QString(Kind::MeetingMaterial),
        QString(Kind::Other) };
    return all;
}

const QStringList &DocumentPublisher::classifications()
{
    namespace Classification = Protocol::Classification;
    static const QStringList all { QString(Classification::Public),
        QString(Classification::Internal), QString(Classification::Restricted) };
    return all;
}

QJsonObject DocumentPublisher::signedFields(const DocumentDraft &draft)
{
    QJsonArray attachments;
    for (const StoredAttachment &attachment : draft.attachments)
        attachments.append(QJsonObject { { u"name"_s, attachment.name },
            { u"sha256"_s, attachment.sha256 }, { u"size"_s, attachment.size } });
    return QJsonObject { { u"id"_s, draft.id }, { u"org_id"_s, draft.orgId },
        { u"audience_org_id"_s, draft.audienceOrgId }, { u"kind"_s, draft.kind },
        { u"number"_s, draft.number }, { u"title"_s, draft.title },
        { u"issued_date"_s, draft.issuedDate }, { u"issuer"_s, draft.issuer },
        { u"summary"_s, draft.summary }, { u"body"_s, draft.body },
        { u"classification"_s, draft.classification }, { u"attachments"_s, attachments } };
}

QString DocumentPublisher::publish(WriteTransaction &transaction, const DocumentDraft &draft)
{
    const QSqlDatabase db = transaction.db();
    const QString id
        = draft.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : draft.id;
    const QDateTime publishedAt
        = draft.publishedAt.isValid() ? draft.publishedAt : QDateTime::currentDateTimeUtc();
    execSql(db,
        u"INSERT INTO documents (id, org_id, audience_org_id, kind, number, title, issued_date, "
        "issuer, summary, body, classification, meeting_id, published_at, published_by, "
        "signer_id, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { id, draft.orgId, draft.audienceOrgId, draft.kind, textOrNull(draft.number), draft.title,
            textOrNull(draft.issuedDate), textOrNull(draft.issuer), textOrNull(draft.summary),
            textOrNull(draft.body), draft.classification, textOrNull(draft.meetingId),
            Timestamps::toIso(publishedAt), textOrNull(draft.publishedBy),
            textOrNull(draft.signerId), textOrNull(draft.signature) });
    int position = 0;
    for (const StoredAttachment &attachment : draft.attachments) {
        execSql(db,
            u"INSERT INTO document_attachments (document_id, position, sha256, size, mime, name) "
            "VALUES (?, ?, ?, ?, ?, ?)"_s,
            { id, position++, attachment.sha256, attachment.size, attachment.mime,
                attachment.name });
    }
    transaction.recordChange(
        Protocol::RowType::Document, id, Protocol::ChangeOp::Put, draft.audienceOrgId);
    return id;
}
