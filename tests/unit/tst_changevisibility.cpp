// ChangeVisibility (sync/server/sync/changevisibility): the SQL condition the pull pages with
// and the in-memory test that wakes held live pulls (DESIGN.md 8.7) are made from one list of
// rules; this proves they agree on every change row of the demo province, for every demo
// account and for members, secretaries and committees of many organisations besides. It also
// keeps the condition equal to the hand-written SQL ChangeFeed used before the rules became
// data, so the pull's behaviour did not change.
#include "db/databasespec.h"
#include "db/schemamigrator.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "demo/demoloader.h"
#include "sync/changevisibility.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// ChangeFeed's condition before issue 19, with its binds (visibilityBinds).
const QString kOldCondition = uR"SQL(
    (c.owner_member_id = ?
     OR (c.type IN ('organization', 'document', 'signer', 'study')
         AND c.org_id IN (SELECT ancestor_id FROM org_closure WHERE descendant_id = ?))
     OR (c.type IN ('meeting', 'member') AND c.org_id = ?)
     OR (c.type = 'organization' AND c.org_id = ?)
     OR (? = 1 AND c.type IN ('attendance', 'read_receipt', 'profile_request', 'feedback',
                              'study_submission', 'study_progress')
         AND c.org_id = ?)
     OR (? = 1 AND c.type IN ('organization', 'document', 'signer', 'meeting', 'member',
                              'study', 'study_progress')
         AND c.org_id IN (SELECT descendant_id FROM org_closure WHERE ancestor_id = ?))
     OR (? = 1 AND c.type = 'profile_request' AND c.org_id = ?)
     OR (? = 1 AND c.type = 'document_draft' AND c.org_id = ?))
)SQL"_s;

QVariantList oldBinds(const AuthenticatedUser &user)
{
    const QString member = user.memberId.isEmpty() ? u"-"_s : user.memberId;
    const int committee = user.isCommittee() ? 1 : 0;
    return { member, user.orgId, user.orgId, user.orgId, user.isSecretary() ? 1 : 0, user.orgId,
        committee, user.orgId, committee, user.orgId, committee, user.orgId };
}

} // namespace

class TestChangeVisibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerDatabase> m_database;
    QList<ChangeVisibility::Change> m_changes;
    QList<AuthenticatedUser> m_viewers;

    [[nodiscard]] QSet<qint64> bySql(const QString &condition, const QVariantList &binds) const
    {
        QSet<qint64> seqs;
        forEachRow(m_database->connection(), u"SELECT c.seq FROM changes c WHERE "_s + condition,
            binds, [&seqs](const QSqlQuery &query) { seqs.insert(query.value(0).toLongLong()); });
        return seqs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto spec = DatabaseSpec::parse(u"sqlite::memory:"_s, &error);
        QVERIFY2(spec, qPrintable(error));
        m_database = std::make_unique<ServerDatabase>(*spec);
        QVERIFY2(m_database->open(&error), qPrintable(error));
        QVERIFY2(SchemaMigrator(*m_database).migrate(&error), qPrintable(error));
        const auto summary = DemoLoader(*m_database).load(&error);
        QVERIFY2(summary, qPrintable(error));
        const QSqlDatabase db = m_database->connection();
        forEachRow(db, u"SELECT seq, type, org_id, owner_member_id FROM changes"_s, {},
            [this](const QSqlQuery &query) {
                m_changes << ChangeVisibility::Change { query.value(0).toLongLong(),
                    query.value(1).toString(), query.value(2).toString(),
                    query.value(3).toString() };
            });
        QVERIFY(m_changes.size() > 1000);
        QSet<QString> types;
        for (const auto &change : std::as_const(m_changes))
            types.insert(change.type);
        // The demo has rows of most types; the rules are checked on each of them.
        QVERIFY2(
            types.size() >= 8, qPrintable(QStringList(types.cbegin(), types.cend()).join(u' ')));

        // Every demo account (members, secretaries, committees, the admin)...
        for (const DemoAccount &account : summary->accounts) {
            AuthenticatedUser user;
            user.userId = DemoAccounts::userId(account.login);
            user.login = account.login;
            user.memberId = account.memberId;
            user.role = account.role;
            user.orgId = account.orgId;
            m_viewers << user;
        }
        // ... and members seen as each role, in organisations spread over the tree, and a
        // committee of every organisation that is not a cell.
        int n = 0;
        forEachRow(db, u"SELECT id, org_id FROM members ORDER BY id"_s, {},
            [this, &n](const QSqlQuery &query) {
                if (n++ % 31 != 0)
                    return;
                static const QStringList roles { u"member"_s, u"secretary"_s };
                AuthenticatedUser user;
                user.memberId = query.value(0).toString();
                user.orgId = query.value(1).toString();
                user.role = roles.at((n / 31) % 2);
                m_viewers << user;
            });
        forEachRow(db, u"SELECT id FROM organizations WHERE kind <> 'cell'"_s, {},
            [this](const QSqlQuery &query) {
                AuthenticatedUser user;
                user.orgId = query.value(0).toString();
                user.role = u"committee"_s;
                m_viewers << user;
            });
        qInfo() << m_viewers.size() << "viewers," << m_changes.size() << "change rows";
        QVERIFY(m_viewers.size() > 40);
    }

    void predicateEqualsSql()
    {
        qsizetype seen = 0;
        for (const AuthenticatedUser &user : std::as_const(m_viewers)) {
            const ChangeVisibility::Sql sql = ChangeVisibility::sqlFor(user);
            const QSet<qint64> expected = bySql(sql.condition, sql.binds);
            const auto place = ChangeVisibility::readPlace(
                m_database->connection(), user.orgId, user.isCommittee());
            QSet<qint64> actual;
            for (const auto &change : std::as_const(m_changes)) {
                if (ChangeVisibility::canSee(user, *place, change))
                    actual.insert(change.seq);
            }
            const auto context = u"%1 %2 of %3"_s.arg(user.role, user.memberId, user.orgId);
            QVERIFY2(actual == expected, qPrintable(context));
            seen += actual.size();
        }
        QVERIFY(seen > 0);
    }

    void sqlEqualsTheOldCondition()
    {
        for (const AuthenticatedUser &user : std::as_const(m_viewers)) {
            const ChangeVisibility::Sql sql = ChangeVisibility::sqlFor(user);
            // The old condition predates issue 20's types (its statistics and devices),
            // issue 21's (meeting comments, votes and casts) and issue 22's (the annual review).
            // Committees see every organisation since issue 20 (organizationsForCommittees).
            const QString known = u" AND c.type NOT IN ('org_stats', 'device', "
                                  "'member_transfer', 'meeting_comment', 'vote', 'vote_cast', "
                                  "'review_cycle', 'self_review', 'review_summary')"_s
                + (user.isCommittee() ? u" AND c.type <> 'organization'"_s : QString());
            QVERIFY2(bySql(u"("_s + sql.condition + u")"_s + known, sql.binds)
                    == bySql(u"("_s + kOldCondition + u")"_s + known, oldBinds(user)),
                qPrintable(u"%1 %2 of %3"_s.arg(user.role, user.memberId, user.orgId)));
        }
    }

    // The branches a member's or a secretary's pull reads (one per owner or organisation) are
    // disjoint and together are the rows of the single condition; a committee has none.
    void branchesSplitTheCondition()
    {
        int split = 0;
        for (const AuthenticatedUser &user : std::as_const(m_viewers)) {
            const auto place
                = ChangeVisibility::readPlace(m_database->connection(), user.orgId, false);
            const QList<ChangeVisibility::Sql> branches
                = ChangeVisibility::branchesFor(user, place->ancestors);
            const auto context = u"%1 %2 of %3"_s.arg(user.role, user.memberId, user.orgId);
            if (user.isCommittee()) {
                QVERIFY2(branches.isEmpty(), qPrintable(context));
                continue;
            }
            QVERIFY2(branches.size() >= 2, qPrintable(context));
            ++split;
            const ChangeVisibility::Sql sql = ChangeVisibility::sqlFor(user);
            QSet<qint64> union_;
            qsizetype rows = 0;
            for (const ChangeVisibility::Sql &branch : branches) {
                const QSet<qint64> seen = bySql(branch.condition, branch.binds);
                rows += seen.size();
                union_ += seen;
            }
            QVERIFY2(rows == union_.size(), qPrintable(context + u": branches overlap"_s));
            QVERIFY2(union_ == bySql(sql.condition, sql.binds), qPrintable(context));
        }
        QVERIFY(split > 5);
    }

    // A committee sees every organisation of the province (a transfer's receiving cell may be
    // anywhere in it, issue 20), members and secretaries only their ancestry.
    void organizationsForCommittees()
    {
        const QSqlDatabase db = m_database->connection();
        QSet<qint64> all;
        forEachRow(db, u"SELECT seq FROM changes WHERE type = 'organization'"_s, {},
            [&all](const QSqlQuery &query) { all.insert(query.value(0).toLongLong()); });
        QVERIFY(all.size() > 20);
        const QString onlyOrgs = u" AND c.type = 'organization'"_s;
        int committees = 0;
        for (const AuthenticatedUser &user : std::as_const(m_viewers)) {
            const ChangeVisibility::Sql sql = ChangeVisibility::sqlFor(user);
            const QSet<qint64> seen = bySql(u"("_s + sql.condition + u")"_s + onlyOrgs, sql.binds);
            const auto context = u"%1 %2 of %3"_s.arg(user.role, user.memberId, user.orgId);
            if (user.isCommittee()) {
                ++committees;
                QVERIFY2(seen == all, qPrintable(context));
            } else {
                QVERIFY2(seen.size() < all.size(), qPrintable(context));
            }
        }
        QVERIFY(committees > 5);
        QVERIFY(ChangeVisibility::seenEverywhere(u"organization"_s));
        QVERIFY(!ChangeVisibility::seenEverywhere(u"member"_s));
    }

    // A user without a member record owns nothing, whatever the owner column holds.
    void noMemberOwnsNothing()
    {
        AuthenticatedUser admin;
        admin.role = u"member"_s;
        admin.orgId = u"nowhere"_s;
        const ChangeVisibility::OrgPlace place;
        QVERIFY(!ChangeVisibility::canSee(admin, place, { 1, u"note"_s, {}, {} }));
        QVERIFY(!ChangeVisibility::canSee(admin, place, { 1, u"note"_s, {}, u"-"_s }));
    }
};

QTEST_GUILESS_MAIN(TestChangeVisibility)
#include "tst_changevisibility.moc"
