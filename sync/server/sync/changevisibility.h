// Which change-log rows a user may see (DESIGN.md section 5, "Types and their visibility"),
// written once as data (kRules) from which both forms are made: the SQL condition the pull
// pages with (ChangeFeed) and the in-memory test a held live pull is woken by (LivePulls, DESIGN.md
// 8.7): a commit is read once per process and tested against every held pull without a query
// each. tst_changevisibility proves the two forms agree on a whole demo province.
#pragma once

#include "auth/authenticateduser.h"

#include <QLatin1StringView>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <memory>

class ChangeVisibility
{
public:
    // Whose rows a rule opens to a viewer.
    enum class Who { Anyone, Secretary, Committee };
    // How a change row's org_id (or owner) must stand to the viewer.
    enum class Relation {
        Owner, // the row's owner_member_id is the viewer's member id
        OwnOrg, // org_id is the viewer's organisation
        OwnOrgUnowned, // the same, on a row nobody owns (owner_member_id NULL)
        Ancestry, // org_id is the viewer's organisation or one above it
        Subtree, // org_id is the viewer's organisation or one below it
        Everywhere, // org_id is any organisation (one server serves one province)
    };
    struct Rule
    {
        Who who;
        Relation relation;
        QList<QLatin1StringView> types; // empty: every type
    };
    // The rules; a row is visible when any rule that applies to the viewer matches it.
    [[nodiscard]] static const QList<Rule> &rules();

    // The head of a change row: what visibility depends on.
    struct Change
    {
        qint64 seq = 0;
        QString type;
        QString orgId; // empty for NULL
        QString ownerMemberId; // empty for NULL
    };

    // An organisation's place in the tree, from org_closure (each includes the organisation).
    struct OrgPlace
    {
        QSet<QString> ancestors;
        QSet<QString> descendants;
    };
    // Reads the place of `orgId`; descendants only when asked (a committee's subtree).
    [[nodiscard]] static std::shared_ptr<const OrgPlace> readPlace(
        const QSqlDatabase &db, const QString &orgId, bool withDescendants);

    // The SQL condition on the change row aliased `c`, for this user, and its binds in order.
    struct Sql
    {
        QString condition;
        QVariantList binds;
    };
    [[nodiscard]] static Sql sqlFor(const AuthenticatedUser &user);
    // The same rows as sqlFor's condition, split into disjoint conditions that each name one
    // owner or one organisation (`ancestors`: the user's organisation and those above it, from
    // readPlace), so that each is read through an index (changes_owner, changes_org_type)
    // instead of walking the log from the cursor past every row of other members: a pull from
    // an old cursor over many invisible rows costs what the user sees, not the log's length.
    // Empty when the rules that apply to the user cannot be split so (a committee's subtree
    // and everywhere): the caller then uses sqlFor.
    [[nodiscard]] static QList<Sql> branchesFor(
        const AuthenticatedUser &user, const QSet<QString> &ancestors);

    // The same rule in memory; `place` is the user's organisation's (readPlace, with
    // descendants for a committee).
    [[nodiscard]] static bool canSee(
        const AuthenticatedUser &user, const OrgPlace &place, const Change &change);

    // Whether a committed change of this type can change anyone's place in the tree (a cache
    // of OrgPlace must then be dropped).
    [[nodiscard]] static bool movesTree(const QString &type);
    // Whether some rule opens changes of this type to some viewers wherever they are in the
    // tree (Relation::Everywhere): every held pull is then a candidate for such a change.
    [[nodiscard]] static bool seenEverywhere(const QString &type);

private:
    [[nodiscard]] static bool applies(Who who, const AuthenticatedUser &user);
};
