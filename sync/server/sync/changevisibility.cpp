#include "sync/changevisibility.h"

#include "db/sqlrunner.h"
#include "mutationnames.h"

#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;
namespace RowType = Protocol::RowType;

const QList<ChangeVisibility::Rule> &ChangeVisibility::rules()
{
    // A committee sees the profile requests recorded in its own organisation's scope, exactly
    // (not its subtree): those of the secretaries of the cells directly below, which it decides
    // (ProfileRequestScope). A signer is seen like a document of its organisation (DESIGN.md
    // 8.1): in that organisation's subtree, and by committees above it. A document draft only
    // by the committee users of its own organisation (DESIGN.md 8.2). Studying (DESIGN.md
    // 8.3): a study (recorded in its audience's scope) like a document; a study submission
    // (recorded in the member's cell, owned by the member) by the member and the cell's
    // secretary, never by committees; study progress (recorded in its organisation's scope) by
    // the secretary for the own cell and by committees for their subtree. Oversight (DESIGN.md
    // 8.4): statistics (recorded in their organisation's scope) like study progress; a device
    // (recorded in its account's organisation, owned by the account's member) by its member and
    // the committees above; a transfer (recorded twice: in the sending and in the receiving
    // cell's scope) by the committees above either cell; a notification addressed to a
    // committee (recorded in its organisation, owned by nobody) by that organisation's
    // committee accounts. A committee also sees every organisation of the province (its name,
    // kind and parent: not confidential inside the province) to pick the receiving cell of a
    // transfer anywhere in it (DESIGN.md 8.4, issue 20). Meeting outcomes (DESIGN.md 8.5): comments
    // and votes (recorded in the cell's scope) by the cell; a vote cast (owned by its member) by
    // that member only. The annual review (DESIGN.md 8.6): a cycle (recorded in its audience's
    // scope) like a study; a self-review (recorded in the member's cell, owned by the member) by
    // the member, the cell's secretary and the committees above the cell, never by the other
    // members; a summary (recorded in its organisation's scope) like study progress.
    static const QList<Rule> kRules {
        { Who::Anyone, Relation::Owner, {} },
        { Who::Anyone, Relation::Ancestry,
            { RowType::Organization, RowType::Document, RowType::Signer, RowType::Study,
                RowType::ReviewCycle } },
        { Who::Anyone, Relation::OwnOrg,
            { RowType::Meeting, RowType::Member, RowType::Organization, RowType::MeetingComment,
                RowType::Vote } },
        { Who::Secretary, Relation::OwnOrg,
            { RowType::Attendance, RowType::ReadReceipt, RowType::ProfileRequest, RowType::Feedback,
                RowType::StudySubmission, RowType::StudyProgress, RowType::OrgStats,
                RowType::SelfReview, RowType::ReviewSummary } },
        { Who::Committee, Relation::Subtree,
            { RowType::Organization, RowType::Document, RowType::Signer, RowType::Meeting,
                RowType::Member, RowType::Study, RowType::StudyProgress, RowType::OrgStats,
                RowType::Device, RowType::MemberTransfer, RowType::ReviewCycle, RowType::SelfReview,
                RowType::ReviewSummary } },
        { Who::Committee, Relation::Everywhere, { RowType::Organization } },
        { Who::Committee, Relation::OwnOrg, { RowType::ProfileRequest, RowType::DocumentDraft } },
        { Who::Committee, Relation::OwnOrgUnowned, { RowType::Notification } },
    };
    return kRules;
}

bool ChangeVisibility::applies(Who who, const AuthenticatedUser &user)
{
    switch (who) {
    case Who::Anyone:
        return true;
    case Who::Secretary:
        return user.isSecretary();
    case Who::Committee:
        return user.isCommittee();
    }
    return false;
}

std::shared_ptr<const ChangeVisibility::OrgPlace> ChangeVisibility::readPlace(
    const QSqlDatabase &db, const QString &orgId, bool withDescendants)
{
    auto place = std::make_shared<OrgPlace>();
    forEachRow(db, u"SELECT ancestor_id FROM org_closure WHERE descendant_id = ?"_s, { orgId },
        [&place](const QSqlQuery &query) { place->ancestors.insert(query.value(0).toString()); });
    if (withDescendants) {
        forEachRow(db, u"SELECT descendant_id FROM org_closure WHERE ancestor_id = ?"_s, { orgId },
            [&place](
                const QSqlQuery &query) { place->descendants.insert(query.value(0).toString()); });
    }
    return place;
}

ChangeVisibility::Sql ChangeVisibility::sqlFor(const AuthenticatedUser &user)
{
    // A user without a member record owns nothing: "-" is no member id.
    const QString member = user.memberId.isEmpty() ? u"-"_s : user.memberId;
    QStringList clauses;
    Sql sql;
    for (const Rule &rule : rules()) {
        if (!applies(rule.who, user))
            continue;
        QString relation;
        switch (rule.relation) {
        case Relation::Owner:
            relation = u"c.owner_member_id = ?"_s;
            sql.binds << member;
            break;
        case Relation::OwnOrg:
            relation = u"c.org_id = ?"_s;
            sql.binds << user.orgId;
            break;
        case Relation::OwnOrgUnowned:
            relation = u"(c.org_id = ? AND c.owner_member_id IS NULL)"_s;
            sql.binds << user.orgId;
            break;
        case Relation::Ancestry:
            relation
                = u"c.org_id IN (SELECT ancestor_id FROM org_closure WHERE descendant_id = ?)"_s;
            sql.binds << user.orgId;
            break;
        case Relation::Subtree:
            relation
                = u"c.org_id IN (SELECT descendant_id FROM org_closure WHERE ancestor_id = ?)"_s;
            sql.binds << user.orgId;
            break;
        case Relation::Everywhere:
            relation = u"c.org_id IS NOT NULL"_s;
            break;
        }
        if (rule.types.isEmpty()) {
            clauses << relation;
            continue;
        }
        QStringList quoted;
        for (QLatin1StringView type : rule.types)
            quoted << u"'"_s + type + u"'"_s; // fixed vocabulary, never user input
        clauses << u"(c.type IN ("_s + quoted.join(u", "_s) + u") AND "_s + relation + u")"_s;
    }
    sql.condition = u"("_s + clauses.join(u" OR "_s) + u")"_s;
    return sql;
}

QList<ChangeVisibility::Sql> ChangeVisibility::branchesFor(
    const AuthenticatedUser &user, const QSet<QString> &ancestors)
{
    const QString member = user.memberId.isEmpty() ? u"-"_s : user.memberId;
    bool owner = false;
    QStringList inAncestry; // types seen in every organisation of `ancestors`
    QStringList inOwnOrg; // types seen in the user's organisation only
    for (const Rule &rule : rules()) {
        if (!applies(rule.who, user))
            continue;
        if (rule.relation == Relation::Owner && rule.types.isEmpty()) {
            owner = true;
            continue;
        }
        if (rule.types.isEmpty()
            || (rule.relation != Relation::Ancestry && rule.relation != Relation::OwnOrg))
            return {};
        QStringList &into = rule.relation == Relation::Ancestry ? inAncestry : inOwnOrg;
        for (QLatin1StringView type : rule.types) {
            if (!into.contains(type))
                into << QString(type);
        }
    }
    // The user's organisation is one of its ancestry: its branch takes both lists.
    for (const QString &type : std::as_const(inAncestry)) {
        if (!inOwnOrg.contains(type))
            inOwnOrg << type;
    }
    const auto typeList = [](QStringList types) {
        std::sort(types.begin(), types.end());
        return u"'"_s + types.join(u"', '"_s) + u"'"_s; // fixed vocabulary, never user input
    };
    QList<Sql> branches;
    // The user's own rows whatever their type; the other branches leave them out (disjoint).
    if (owner)
        branches << Sql { u"c.owner_member_id = ?"_s, { member } };
    const QString notOwn = u" AND (c.owner_member_id IS NULL OR c.owner_member_id <> ?)"_s;
    QStringList orgs(ancestors.cbegin(), ancestors.cend());
    std::sort(orgs.begin(), orgs.end());
    for (const QString &org : std::as_const(orgs)) {
        const QStringList &types = org == user.orgId ? inOwnOrg : inAncestry;
        if (types.isEmpty())
            continue;
        branches << Sql { u"c.org_id = ? AND c.type IN ("_s + typeList(types) + u")"_s + notOwn,
            { org, member } };
    }
    if (!ancestors.contains(user.orgId) && !inOwnOrg.isEmpty()) {
        branches << Sql { u"c.org_id = ? AND c.type IN ("_s + typeList(inOwnOrg) + u")"_s + notOwn,
            { user.orgId, member } };
    }
    return branches;
}

bool ChangeVisibility::canSee(
    const AuthenticatedUser &user, const OrgPlace &place, const Change &change)
{
    for (const Rule &rule : rules()) {
        if (!applies(rule.who, user))
            continue;
        if (!rule.types.isEmpty()
            && std::none_of(rule.types.cbegin(), rule.types.cend(),
                [&change](QLatin1StringView type) { return change.type == type; }))
            continue;
        bool matches = false;
        switch (rule.relation) {
        case Relation::Owner:
            matches = !user.memberId.isEmpty() && change.ownerMemberId == user.memberId;
            break;
        case Relation::OwnOrg:
            matches = !change.orgId.isEmpty() && change.orgId == user.orgId;
            break;
        case Relation::OwnOrgUnowned:
            matches = !change.orgId.isEmpty() && change.orgId == user.orgId
                && change.ownerMemberId.isEmpty();
            break;
        case Relation::Ancestry:
            matches = !change.orgId.isEmpty() && place.ancestors.contains(change.orgId);
            break;
        case Relation::Subtree:
            matches = !change.orgId.isEmpty() && place.descendants.contains(change.orgId);
            break;
        case Relation::Everywhere:
            matches = !change.orgId.isEmpty();
            break;
        }
        if (matches)
            return true;
    }
    return false;
}

bool ChangeVisibility::movesTree(const QString &type)
{
    return type == RowType::Organization;
}

bool ChangeVisibility::seenEverywhere(const QString &type)
{
    return std::any_of(rules().cbegin(), rules().cend(), [&type](const Rule &rule) {
        return rule.relation == Relation::Everywhere
            && (rule.types.isEmpty()
                || std::any_of(rule.types.cbegin(), rule.types.cend(),
                    [&type](QLatin1StringView t) { return type == t; }));
    });
}
