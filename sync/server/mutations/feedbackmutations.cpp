#include "mutations/feedbackmutations.h"

#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "mutations/cellnotifier.h"
#include "mutations/mutationargs.h"
#include "mutations/mutationcommon.h"
#include "protocol.h"
#include "wirevalues.h"

#include <QUuid>

using namespace Qt::StringLiterals;
namespace ChangeOp = Protocol::ChangeOp;
namespace Code = Protocol::ErrorCode;
namespace Limit = Protocol::Limit;
namespace Mutation = Protocol::Mutation;
namespace NotificationKind = Protocol::NotificationKind;
namespace RefType = Protocol::RefType;
namespace RowType = Protocol::RowType;
using namespace MutationCommon;

namespace {

// How much of a member's feedback a notification repeats.
constexpr qsizetype kNoticeExcerpt = 200;

// The first words of a member's text, on one line.
QString excerpt(const QString &text)
{
    const QString line = text.simplified();
    if (line.size() <= kNoticeExcerpt)
        return line;
    return line.left(kNoticeExcerpt - 1).trimmed() + u'…';
}

MutationOutcome feedbackPost(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    const auto text = id ? args.text(u"text"_s, Limit::FeedbackText) : std::nullopt;
    const auto replyTo
        = text ? args.optionalText(u"reply_to"_s, Limit::FeedbackReplyTo) : std::nullopt;
    if (!replyTo)
        return args.rejection();
    if (c.user.memberId.isEmpty())
        return notAMember();
    if (scalarSql(c.tx.db(), u"SELECT 1 FROM feedback WHERE id = ?"_s, { *id }).isValid())
        return MutationOutcome::rejected(Code::Conflict, u"Góp ý này đã được gửi."_s);
    QString threadOwner = c.user.memberId;
    // Only a secretary replies; checked before looking at the thread, so that a refusal says
    // nothing about which threads exist.
    if (!replyTo->isNull() && !c.user.isSecretary())
        return MutationOutcome::rejected(
            Code::Forbidden, u"Chỉ bí thư chi bộ được trả lời góp ý."_s);
    if (!replyTo->isNull()) {
        QSqlQuery parent = runSql(c.tx.db(),
            u"SELECT org_id, member_id, reply_to FROM feedback WHERE id = ?"_s, { *replyTo });
        if (!parent.next() || parent.value(0).toString() != c.user.orgId)
            return MutationOutcome::notFound(
                u"Không tìm thấy góp ý cần trả lời."_s, parent.isValid());
        threadOwner = parent.value(1).toString();
        if (!parent.value(2).isNull()) { // a reply to a reply: the thread's first author
            threadOwner = scalarSql(c.tx.db(), u"SELECT member_id FROM feedback WHERE id = ?"_s,
                { parent.value(2).toString() })
                              .toString();
        }
    }
    execSql(c.tx.db(),
        u"INSERT INTO feedback (id, org_id, member_id, text, reply_to, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
        { *id, c.user.orgId, c.user.memberId, *text, textOrNull(*replyTo), now(c) });
    c.tx.recordChange(RowType::Feedback, *id, ChangeOp::Put, c.user.orgId, threadOwner);
    if (!replyTo->isNull() && threadOwner != c.user.memberId) {
        const QString notificationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        execSql(c.tx.db(),
            u"INSERT INTO notifications (id, member_id, kind, title, body, ref_type, ref_id, "
            u"created_at) "
            "VALUES (?, ?, ?, ?, NULL, ?, ?, ?)"_s,
            { notificationId, threadOwner, QString(NotificationKind::FeedbackReply),
                u"Bí thư chi bộ đã trả lời góp ý của đồng chí"_s, QString(RefType::Feedback), *id,
                now(c) });
        c.tx.recordChange(
            RowType::Notification, notificationId, ChangeOp::Put, c.user.orgId, threadOwner);
    }
    // A new question or suggestion: the cell's secretaries must answer it.
    if (replyTo->isNull()) {
        CellNotifier(c).notifySecretaries(c.user.orgId,
            { NotificationKind::FeedbackReceived, u"%1 gửi góp ý"_s.arg(actingMember(c)),
                excerpt(*text), RefType::Feedback, *id });
    }
    return MutationOutcome::ok();
}

} // namespace

void FeedbackMutations::addTo(MutationTable &table)
{
    table.insert(
        Mutation::FeedbackPost, { feedbackPost, { u"id"_s, u"text"_s, u"reply_to"_s }, {} });
}
