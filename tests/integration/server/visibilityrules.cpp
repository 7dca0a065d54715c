#include "visibilityrules.h"

#include "db/sqlrunner.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// One query per type. :me is the viewer's member id, :org their organisation, :secretary and
// :committee are 1 or 0. "Own" rows are the viewer's; the cell's rows go to its secretary;
// committees (and admins) see documents, meetings and profiles of their subtree, every
// organisation of the province, and the profile requests of the secretaries of the cells
// directly below (they decide them).
const QHash<QString, QString> &rules()
{
    static const QString ancestry
        = u"(SELECT ancestor_id FROM org_closure WHERE descendant_id = :org)"_s;
    static const QString subtree
        = u"(SELECT descendant_id FROM org_closure WHERE ancestor_id = :org)"_s;
    static const QString cellMembers = u"(SELECT id FROM members WHERE org_id = :org)"_s;
    static const QHash<QString, QString> queries {
        // Committees see every organisation of the province (to pick a transfer's receiving
        // cell anywhere in it, issue 20); others their ancestry.
        { u"organization"_s,
            u"SELECT id FROM organizations WHERE id IN "_s + ancestry + u" OR :committee = 1"_s },
        { u"document"_s,
            u"SELECT id FROM documents WHERE withdrawn_at IS NULL AND (audience_org_id IN "_s
                + ancestry + u" OR (:committee = 1 AND audience_org_id IN "_s + subtree + u"))"_s },
        { u"meeting"_s,
            u"SELECT id FROM meetings WHERE org_id = :org OR (:committee = 1 AND org_id IN "_s
                + subtree + u")"_s },
        { u"member"_s,
            u"SELECT id FROM members WHERE id = :me OR org_id = :org "
            "OR (:committee = 1 AND org_id IN "_s
                + subtree + u")"_s },
        { u"attendance"_s,
            u"SELECT id FROM attendance WHERE member_id = :me OR (:secretary = 1 AND meeting_id "
            "IN (SELECT id FROM meetings WHERE org_id = :org))"_s },
        { u"read_receipt"_s,
            u"SELECT id FROM read_receipts WHERE member_id = :me "
            "OR (:secretary = 1 AND member_id IN "_s
                + cellMembers + u")"_s },
        { u"profile_request"_s,
            u"SELECT id FROM profile_requests WHERE member_id = :me "
            "OR (:secretary = 1 AND member_id IN "_s
                + cellMembers
                + u") OR (:committee = 1 AND member_id IN (SELECT u.member_id FROM users u "
                  "JOIN members m ON m.id = u.member_id JOIN organizations o ON o.id = m.org_id "
                  "WHERE u.role = 'secretary' AND u.org_id = m.org_id AND o.parent_id = :org))"_s },
        // A thread belongs to the member who started it: replies (and replies to replies)
        // reach that member.
        { u"feedback"_s,
            u"SELECT f.id FROM feedback f WHERE f.member_id = :me "
            "OR (:secretary = 1 AND f.org_id = :org) "
            "OR EXISTS (SELECT 1 FROM feedback p WHERE p.id = f.reply_to AND p.reply_to IS NULL "
            "AND p.member_id = :me) "
            "OR EXISTS (SELECT 1 FROM feedback p JOIN feedback g ON g.id = p.reply_to "
            "WHERE p.id = f.reply_to AND g.member_id = :me)"_s },
        { u"note"_s, u"SELECT id FROM notes WHERE member_id = :me"_s },
        { u"bookmark"_s, u"SELECT id FROM bookmarks WHERE member_id = :me"_s },
        { u"notification"_s, u"SELECT id FROM notifications WHERE member_id = :me"_s },
        // Signers (DESIGN.md 8.1): like a document of the signer's organisation.
        { u"signer"_s,
            u"SELECT id FROM signers WHERE org_id IN "_s + ancestry
                + u" OR (:committee = 1 AND org_id IN "_s + subtree + u")"_s },
        // Drafts (DESIGN.md 8.2): the committee users of the draft's own organisation only.
        { u"document_draft"_s,
            u"SELECT id FROM document_drafts WHERE :committee = 1 AND org_id = :org"_s },
        // Studying (DESIGN.md 8.3): a study like a document of its audience; a submission to
        // its member and the secretary of the member's cell, never to a committee; progress
        // rows to the secretary for the own cell and to committees for their subtree.
        { u"study"_s,
            u"SELECT id FROM studies WHERE audience_org_id IN "_s + ancestry
                + u" OR (:committee = 1 AND audience_org_id IN "_s + subtree + u")"_s },
        { u"study_submission"_s,
            u"SELECT id FROM study_submissions WHERE member_id = :me "
            "OR (:secretary = 1 AND org_id = :org)"_s },
        { u"study_progress"_s,
            u"SELECT id FROM study_progress WHERE (:secretary = 1 AND org_id = :org) "
            "OR (:committee = 1 AND org_id IN "_s
                + subtree + u")"_s },
    };
    return queries;
}

// Replaces the named parameters by positional ones (the same name may appear several times).
QSqlQuery runRule(const QSqlDatabase &db, QString sql, const Viewer &viewer)
{
    static const QRegularExpression name(u":(me|org|secretary|committee)\\b"_s);
    QVariantList binds;
    QRegularExpressionMatch match;
    while ((match = name.match(sql)).hasMatch()) {
        const QString key = match.captured(1);
        if (key == u"me")
            binds << (viewer.memberId.isEmpty() ? u"-"_s : viewer.memberId);
        else if (key == u"org")
            binds << viewer.orgId;
        else if (key == u"secretary")
            binds << (viewer.isSecretary() ? 1 : 0);
        else
            binds << (viewer.isCommittee() ? 1 : 0);
        sql.replace(match.capturedStart(), match.capturedLength(), u"?"_s);
    }
    return runSql(db, sql, binds);
}

} // namespace

VisibilityRules::VisibilityRules(QSqlDatabase db)
    : m_db(std::move(db))
{ }

const QStringList &VisibilityRules::types()
{
    static const QStringList all { u"organization"_s, u"document"_s, u"meeting"_s, u"attendance"_s,
        u"read_receipt"_s, u"member"_s, u"note"_s, u"bookmark"_s, u"notification"_s,
        u"profile_request"_s, u"feedback"_s, u"document_draft"_s, u"signer"_s, u"study"_s,
        u"study_submission"_s, u"study_progress"_s };
    return all;
}

QSet<QString> VisibilityRules::expectedIds(const Viewer &viewer, const QString &type) const
{
    QSqlQuery query = runRule(m_db, rules().value(type), viewer);
    QSet<QString> ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

bool VisibilityRules::seesFullProfile(const Viewer &viewer, const QString &memberId) const
{
    if (!viewer.memberId.isEmpty() && memberId == viewer.memberId)
        return true;
    const QString org
        = scalarSql(m_db, u"SELECT org_id FROM members WHERE id = ?"_s, { memberId }).toString();
    if (viewer.isSecretary())
        return org == viewer.orgId;
    return viewer.isCommittee()
        && scalarSql(m_db,
            u"SELECT 1 FROM org_closure WHERE ancestor_id = ? AND descendant_id = ?"_s,
            { viewer.orgId, org })
               .isValid();
}
