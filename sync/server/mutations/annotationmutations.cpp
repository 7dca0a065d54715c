#include "mutations/annotationmutations.h"

#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "mutations/mutationargs.h"
#include "mutations/mutationcommon.h"
#include "protocol.h"
#include "sync/visibility.h"
#include "wirevalues.h"

using namespace Qt::StringLiterals;
namespace ChangeOp = Protocol::ChangeOp;
namespace Code = Protocol::ErrorCode;
namespace Limit = Protocol::Limit;
namespace Mutation = Protocol::Mutation;
namespace RowType = Protocol::RowType;
using namespace MutationCommon;

namespace {

MutationOutcome notePut(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    const auto documentId = id ? args.id(u"document_id"_s) : std::nullopt;
    const auto text = documentId ? args.text(u"text"_s, Limit::NoteText) : std::nullopt;
    const auto anchor = text ? args.optionalText(u"anchor"_s, Limit::NoteAnchor) : std::nullopt;
    if (!anchor)
        return args.rejection();
    if (c.user.memberId.isEmpty())
        return notAMember();
    const QVariant owner
        = scalarSql(c.tx.db(), u"SELECT member_id FROM notes WHERE id = ?"_s, { *id });
    if (owner.isValid() && owner.toString() != c.user.memberId)
        return MutationOutcome::rejected(
            Code::Forbidden, u"Ghi chú này không phải của đồng chí."_s);
    if (!Visibility(c.tx.db(), c.user).canSeeDocument(*documentId))
        return documentNotFound(c, *documentId);
    execSql(c.tx.db(),
        u"INSERT INTO notes (id, member_id, document_id, text, anchor, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET document_id = "
        "excluded.document_id, "
        "text = excluded.text, anchor = excluded.anchor, updated_at = excluded.updated_at"_s,
        { *id, c.user.memberId, *documentId, *text, textOrNull(*anchor), now(c) });
    c.tx.recordChange(RowType::Note, *id, ChangeOp::Put, c.user.orgId, c.user.memberId);
    return MutationOutcome::ok();
}

MutationOutcome noteDelete(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    if (!id)
        return args.rejection();
    const QVariant owner
        = scalarSql(c.tx.db(), u"SELECT member_id FROM notes WHERE id = ?"_s, { *id });
    // Someone else's note is treated like a missing one: nothing to delete, nothing leaks.
    if (!owner.isValid() || owner.toString() != c.user.memberId)
        return MutationOutcome::ok();
    execSql(c.tx.db(), u"DELETE FROM notes WHERE id = ?"_s, { *id });
    c.tx.recordChange(RowType::Note, *id, ChangeOp::Delete, c.user.orgId, c.user.memberId);
    return MutationOutcome::ok();
}

MutationOutcome bookmarkPut(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    MutationOutcome rejection;
    const auto documentId = memberVisibleDocument(c, args, &rejection);
    if (!documentId)
        return rejection;
    const QString id = c.user.memberId + u':' + *documentId;
    if (scalarSql(c.tx.db(), u"SELECT 1 FROM bookmarks WHERE id = ?"_s, { id }).isValid())
        return MutationOutcome::ok();
    execSql(c.tx.db(),
        u"INSERT INTO bookmarks (id, member_id, document_id, created_at) VALUES (?, ?, ?, ?)"_s,
        { id, c.user.memberId, *documentId, now(c) });
    c.tx.recordChange(RowType::Bookmark, id, ChangeOp::Put, c.user.orgId, c.user.memberId);
    return MutationOutcome::ok();
}

MutationOutcome bookmarkDelete(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto documentId = args.id(u"document_id"_s);
    if (!documentId)
        return args.rejection();
    const QString id = c.user.memberId + u':' + *documentId;
    if (!scalarSql(c.tx.db(), u"SELECT 1 FROM bookmarks WHERE id = ?"_s, { id }).isValid())
        return MutationOutcome::ok();
    execSql(c.tx.db(), u"DELETE FROM bookmarks WHERE id = ?"_s, { id });
    c.tx.recordChange(RowType::Bookmark, id, ChangeOp::Delete, c.user.orgId, c.user.memberId);
    return MutationOutcome::ok();
}

} // namespace

void AnnotationMutations::addTo(MutationTable &table)
{
    table.insert(
        Mutation::NotePut, { notePut, { u"id"_s, u"document_id"_s, u"text"_s, u"anchor"_s }, {} });
    table.insert(Mutation::NoteDelete, { noteDelete, { u"id"_s }, {} });
    table.insert(Mutation::BookmarkPut, { bookmarkPut, { u"document_id"_s }, {} });
    table.insert(Mutation::BookmarkDelete, { bookmarkDelete, { u"document_id"_s }, {} });
}
