#include "records/orgstatistics.h"

#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QSet>
#include <QSqlRecord>
#include <QTimeZone>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
namespace ChangeOp = Protocol::ChangeOp;
namespace RowType = Protocol::RowType;

namespace {

// Vietnam has no daylight saving time: a fixed offset is exact.
constexpr int kVietnamOffsetSeconds = 7 * 3600;
// "Active devices": seen in the 30 days ending at the month's end.
constexpr int kActiveDays = 30;

// A rate as stored and compared: four decimals (a change below that is not a change).
constexpr double kRateScale = 10000.0;

// Every figure of one organisation and month, with the numerators and denominators of the
// rates (the rates are derived when written).
struct Figures
{
    qint64 cells = 0;
    qint64 cellsMet = 0;
    qint64 members = 0;
    qint64 accounts = 0;
    qint64 activeDevices = 0;
    qint64 meetingsHeld = 0;
    qint64 present = 0;
    qint64 expectedPresent = 0;
    qint64 documents = 0;
    qint64 reads = 0;
    qint64 expectedReads = 0;
    qint64 studies = 0;
    qint64 handedIn = 0;
    qint64 expectedHandedIn = 0;
    qint64 profileRequestsPending = 0;
    qint64 transfersPending = 0;
};

// A rate's stored key: -1 for null (nothing to divide by), else the rate times kRateScale.
qint64 rateKey(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return -1;
    return std::llround(double(numerator) / double(denominator) * kRateScale);
}

qint64 storedRateKey(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return -1;
    return std::llround(value.toDouble() * kRateScale);
}

QVariant rateValue(qint64 key)
{
    if (key < 0)
        return QVariant(QMetaType::fromType<double>());
    return double(key) / kRateScale;
}

// The stored form of a row: what is compared to decide whether it changed.
struct Stored
{
    qint64 values[12] = {};
    qint64 rates[3] = {};
    bool operator==(const Stored &other) const
    {
        return std::equal(std::begin(values), std::end(values), std::begin(other.values))
            && std::equal(std::begin(rates), std::end(rates), std::begin(other.rates));
    }
};

Stored storedOf(const Figures &f)
{
    Stored s;
    const qint64 values[12]
        = { f.cells, f.cellsMet, f.members, f.accounts, f.activeDevices, f.meetingsHeld,
              f.documents, f.studies, f.profileRequestsPending, f.transfersPending, 0, 0 };
    std::copy(std::begin(values), std::end(values), std::begin(s.values));
    s.rates[0] = rateKey(f.present, f.expectedPresent);
    s.rates[1] = rateKey(f.reads, f.expectedReads);
    s.rates[2] = rateKey(f.handedIn, f.expectedHandedIn);
    return s;
}

// The organisation tree in memory: parents, children and kinds.
struct Tree
{
    QHash<QString, QString> parent;
    QHash<QString, QStringList> children;
    QHash<QString, QString> kind;
    QStringList ids;

    // Calls `visit` for the organisation and each one above it.
    template<typename Visit> void upFrom(const QString &org, Visit visit) const
    {
        QString at = org;
        for (int guard = 0; !at.isEmpty() && guard < 64; ++guard) {
            visit(at);
            at = parent.value(at);
        }
    }
    // Calls `visit` for the organisation and each one below it.
    template<typename Visit> void downFrom(const QString &org, Visit visit) const
    {
        QStringList stack { org };
        while (!stack.isEmpty()) {
            const QString at = stack.takeLast();
            visit(at);
            stack.append(children.value(at));
        }
    }
    [[nodiscard]] bool isAtOrBelow(const QString &org, const QString &ancestor) const
    {
        bool found = false;
        upFrom(org, [&](const QString &at) { found = found || at == ancestor; });
        return found;
    }
};

Tree loadTree(const QSqlDatabase &db)
{
    Tree tree;
    forEachRow(db, u"SELECT id, parent_id, kind FROM organizations"_s, {},
        [&tree](const QSqlQuery &query) {
            const QString id = query.value(0).toString();
            const QString parent = query.value(1).toString();
            tree.ids << id;
            tree.kind.insert(id, query.value(2).toString());
            if (!parent.isEmpty()) {
                tree.parent.insert(id, parent);
                tree.children[parent] << id;
            }
        });
    return tree;
}

// The figures of every organisation of the tree for the window [start, cutoff).
class Counter
{
public:
    Counter(const QSqlDatabase &db, const Tree &tree)
        : m_db(db)
        , m_tree(tree)
    { }

    QHash<QString, Figures> count(const QDateTime &start, const QDateTime &cutoff)
    {
        const QString from = Timestamps::toIso(start);
        const QString to = Timestamps::toIso(cutoff);
        m_figures.clear();
        m_membersOfCell.clear();
        for (const QString &id : m_tree.ids)
            m_figures.insert(id, Figures {});

        countMembers(cutoff);
        countMeetings(from, to);
        countAudience(u"SELECT id, audience_org_id FROM documents WHERE published_at >= ? AND "
                      "published_at < ? AND withdrawn_at IS NULL"_s,
            u"SELECT r.document_id, m.org_id, COUNT(*) FROM read_receipts r JOIN documents d ON "
            "d.id = r.document_id JOIN members m ON m.id = r.member_id WHERE d.published_at >= ? "
            "AND d.published_at < ? AND d.withdrawn_at IS NULL GROUP BY r.document_id, m.org_id"_s,
            { from, to }, &Figures::documents, &Figures::reads, &Figures::expectedReads);
        countAudience(u"SELECT id, audience_org_id FROM studies WHERE created_at < ? AND "
                      "(closed_at IS NULL OR closed_at >= ?)"_s,
            u"SELECT s.study_id, m.org_id, COUNT(*) FROM study_submissions s JOIN studies st ON "
            "st.id = s.study_id JOIN members m ON m.id = s.member_id WHERE st.created_at < ? AND "
            "(st.closed_at IS NULL OR st.closed_at >= ?) GROUP BY s.study_id, m.org_id"_s,
            { to, from }, &Figures::studies, &Figures::handedIn, &Figures::expectedHandedIn);
        countPending(to);
        return m_figures;
    }

private:
    void addUp(const QString &org, const std::function<void(Figures &)> &add)
    {
        m_tree.upFrom(org, [&](const QString &at) {
            auto it = m_figures.find(at);
            if (it != m_figures.end())
                add(*it);
        });
    }

    // cells, members, accounts, active devices: per organisation, then up the tree.
    void countMembers(const QDateTime &cutoff)
    {
        for (const QString &id : m_tree.ids) {
            if (m_tree.kind.value(id) == "cell"_L1)
                addUp(id, [](Figures &f) { ++f.cells; });
        }
        const QDate lastDay = cutoff.addMSecs(-1).toUTC().date();
        const QString firstDayText = lastDay.addDays(1 - kActiveDays).toString(Qt::ISODate);
        const QString lastDayText = lastDay.toString(Qt::ISODate);
        struct Row
        {
            QString org;
            qint64 members, accounts, active;
        };
        QList<Row> rows;
        forEachRow(m_db,
            u"SELECT m.org_id, COUNT(*), "
            "SUM(CASE WHEN EXISTS (SELECT 1 FROM users u WHERE u.member_id = m.id AND "
            "u.disabled = 0) THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN EXISTS (SELECT 1 FROM users u JOIN devices d ON d.user_id = u.id "
            "JOIN device_days dd ON dd.device_id = d.id WHERE u.member_id = m.id AND "
            "d.revoked_at IS NULL AND dd.day >= ? AND dd.day <= ?) THEN 1 ELSE 0 END) "
            "FROM members m GROUP BY m.org_id"_s,
            { firstDayText, lastDayText }, [&rows](const QSqlQuery &query) {
                rows.append(Row { query.value(0).toString(), query.value(1).toLongLong(),
                    query.value(2).toLongLong(), query.value(3).toLongLong() });
            });
        for (const Row &row : std::as_const(rows)) {
            m_membersOfCell.insert(row.org, row.members);
            addUp(row.org, [&row](Figures &f) {
                f.members += row.members;
                f.accounts += row.accounts;
                f.activeDevices += row.active;
            });
        }
    }

    // meetings_held, cells_met, attendance: meetings of cells begun in the window.
    void countMeetings(const QString &from, const QString &to)
    {
        struct Row
        {
            QString org;
            qint64 meetings, present;
        };
        QList<Row> rows;
        forEachRow(m_db,
            u"SELECT mt.org_id, COUNT(*), SUM((SELECT COUNT(*) FROM attendance a JOIN members am "
            "ON am.id = a.member_id WHERE a.meeting_id = mt.id AND a.present = 1 AND am.org_id = "
            "mt.org_id)) FROM meetings mt WHERE mt.starts_at >= ? AND mt.starts_at < ? AND "
            "mt.status <> ? GROUP BY mt.org_id"_s,
            { from, to, QString(Protocol::MeetingStatus::Cancelled) },
            [&rows](const QSqlQuery &query) {
                rows.append(Row { query.value(0).toString(), query.value(1).toLongLong(),
                    query.value(2).toLongLong() });
            });
        for (const Row &row : std::as_const(rows)) {
            if (m_tree.kind.value(row.org) != "cell"_L1 || row.meetings == 0)
                continue;
            const qint64 expected = row.meetings * m_membersOfCell.value(row.org);
            addUp(row.org, [&row, expected](Figures &f) {
                f.meetingsHeld += row.meetings;
                ++f.cellsMet;
                f.present += row.present;
                f.expectedPresent += expected;
            });
        }
    }

    // Documents or studies of the window and their audience's reads or hand-ins. An item
    // whose audience is A counts for X when the subtree of X holds a member of the audience:
    // X at or below A (X's own members), or X above A (A's members).
    void countAudience(const QString &itemsSql, const QString &doneSql, const QVariantList &binds,
        qint64 Figures::*items, qint64 Figures::*done, qint64 Figures::*expected)
    {
        QHash<QString, qint64> subtreeMembers;
        for (auto it = m_figures.cbegin(); it != m_figures.cend(); ++it)
            subtreeMembers.insert(it.key(), it->members);

        QList<QPair<QString, QString>> itemAudiences;
        forEachRow(m_db, itemsSql, binds, [&itemAudiences](const QSqlQuery &query) {
            itemAudiences.append({ query.value(0).toString(), query.value(1).toString() });
        });
        QHash<QString, QList<QPair<QString, qint64>>> doneByItem; // item -> [(cell, count)]
        forEachRow(m_db, doneSql, binds, [&doneByItem](const QSqlQuery &query) {
            doneByItem[query.value(0).toString()].append(
                { query.value(1).toString(), query.value(2).toLongLong() });
        });

        for (const auto &[item, audience] : std::as_const(itemAudiences)) {
            if (!m_figures.contains(audience))
                continue;
            // Done within the audience, per organisation at or below it, and in all.
            QHash<QString, qint64> doneAt;
            qint64 doneInAudience = 0;
            for (const auto &[cell, count] : doneByItem.value(item)) {
                if (!m_tree.isAtOrBelow(cell, audience))
                    continue; // moved out of the audience since
                doneInAudience += count;
                bool inside = true;
                // Copies: clang 14 cannot capture structured bindings in a lambda.
                const qint64 done = count;
                const QString top = audience;
                m_tree.upFrom(cell, [&](const QString &at) {
                    if (inside)
                        doneAt[at] += done;
                    if (at == top)
                        inside = false;
                });
            }
            m_tree.downFrom(audience, [&](const QString &at) {
                const qint64 members = subtreeMembers.value(at);
                if (members == 0)
                    return;
                Figures &f = m_figures[at];
                f.*items += 1;
                f.*expected += members;
                f.*done += doneAt.value(at);
            });
            const qint64 audienceMembers = subtreeMembers.value(audience);
            if (audienceMembers == 0)
                continue;
            m_tree.upFrom(m_tree.parent.value(audience), [&](const QString &at) {
                Figures &f = m_figures[at];
                f.*items += 1;
                f.*expected += audienceMembers;
                f.*done += doneInAudience;
            });
        }
    }

    // Profile requests and transfers pending at the cutoff.
    void countPending(const QString &to)
    {
        QList<QString> requestCells;
        forEachRow(m_db,
            u"SELECT m.org_id FROM profile_requests p JOIN members m ON m.id = p.member_id "
            "WHERE p.created_at < ? AND (p.status = ? OR (p.decided_at IS NOT NULL AND "
            "p.decided_at >= ?))"_s,
            { to, QString(Protocol::ProfileRequestStatus::Pending), to },
            [&requestCells](const QSqlQuery &query) { requestCells << query.value(0).toString(); });
        for (const QString &cell : std::as_const(requestCells))
            addUp(cell, [](Figures &f) { ++f.profileRequestsPending; });

        QList<QPair<QString, QString>> transfers;
        forEachRow(m_db,
            u"SELECT from_org_id, to_org_id FROM member_transfers WHERE requested_at < ? AND "
            "(status = ? OR (decided_at IS NOT NULL AND decided_at >= ?))"_s,
            { to, QString(Protocol::TransferStatus::Pending), to },
            [&transfers](const QSqlQuery &query) {
                transfers.append({ query.value(0).toString(), query.value(1).toString() });
            });
        for (const auto &[fromCell, toCell] : std::as_const(transfers)) {
            QSet<QString> concerned;
            m_tree.upFrom(fromCell, [&](const QString &at) { concerned.insert(at); });
            m_tree.upFrom(toCell, [&](const QString &at) { concerned.insert(at); });
            for (const QString &org : std::as_const(concerned)) {
                auto it = m_figures.find(org);
                if (it != m_figures.end())
                    ++it->transfersPending;
            }
        }
    }

    QSqlDatabase m_db;
    const Tree &m_tree;
    QHash<QString, Figures> m_figures;
    QHash<QString, qint64> m_membersOfCell;
};

// The first instant (UTC) of a Vietnam month "yyyy-mm"; invalid for a malformed month.
QDateTime monthStart(const QString &month)
{
    const QDate first = QDate::fromString(month + u"-01"_s, Qt::ISODate);
    if (!first.isValid())
        return {};
    return QDateTime(first, QTime(0, 0), Qt::UTC).addSecs(-kVietnamOffsetSeconds);
}

} // namespace

QString OrgStatistics::monthOf(const QDateTime &utc)
{
    return utc.toUTC().addSecs(kVietnamOffsetSeconds).date().toString(u"yyyy-MM"_s);
}

QString OrgStatistics::monthBefore(const QString &month, int back)
{
    const QDate first = QDate::fromString(month + u"-01"_s, Qt::ISODate);
    return first.addMonths(-back).toString(u"yyyy-MM"_s);
}

QString OrgStatistics::rowId(const QString &orgId, const QString &month)
{
    return orgId + u':' + month;
}

int OrgStatistics::refreshMonth(
    ServerDatabase &database, const QString &month, const QDateTime &now)
{
    const QDateTime start = monthStart(month);
    if (!start.isValid())
        throw DbError(u"stats: malformed month"_s);
    const QDateTime end = monthStart(monthBefore(month, -1));
    const QDateTime cutoff = std::min(end, now.toUTC());

    // Read outside the write transaction: requests' writes go on meanwhile; what they change
    // is counted by the next refresh.
    const QSqlDatabase db = database.connection();
    const Tree tree = loadTree(db);
    Counter counter(db, tree);
    const QHash<QString, Figures> figures
        = cutoff > start ? counter.count(start, cutoff) : QHash<QString, Figures> {};

    WriteTransaction transaction(database);
    QHash<QString, Stored> stored;
    forEachRow(transaction.db(),
        u"SELECT org_id, cells, cells_met, members, accounts, active_devices, meetings_held, "
        "documents_published, studies_open, profile_requests_pending, transfers_pending, "
        "attendance_rate, read_rate, study_completion FROM org_stats WHERE month = ?"_s,
        { month }, [&stored](const QSqlQuery &query) {
            Stored s;
            for (int i = 0; i < 10; ++i)
                s.values[i] = query.value(1 + i).toLongLong();
            for (int i = 0; i < 3; ++i)
                s.rates[i] = storedRateKey(query.value(11 + i));
            stored.insert(query.value(0).toString(), s);
        });

    const QString at = Timestamps::toIso(now);
    int changed = 0;
    for (const QString &org : tree.ids) {
        const Figures f = figures.value(org);
        const Stored next = storedOf(f);
        const auto previous = stored.constFind(org);
        if (previous != stored.cend() && *previous == next)
            continue;
        const QString id = rowId(org, month);
        const QVariantList values { f.cells, f.cellsMet, f.members, f.accounts, f.activeDevices,
            f.meetingsHeld, rateValue(next.rates[0]), f.documents, rateValue(next.rates[1]),
            f.studies, rateValue(next.rates[2]), f.profileRequestsPending, f.transfersPending, at };
        if (previous == stored.cend()) {
            execSql(transaction.db(),
                u"INSERT INTO org_stats (cells, cells_met, members, accounts, active_devices, "
                "meetings_held, attendance_rate, documents_published, read_rate, studies_open, "
                "study_completion, profile_requests_pending, transfers_pending, updated_at, id, "
                "org_id, month, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, 1)"_s,
                values + QVariantList { id, org, month });
        } else {
            execSql(transaction.db(),
                u"UPDATE org_stats SET cells = ?, cells_met = ?, members = ?, accounts = ?, "
                "active_devices = ?, meetings_held = ?, attendance_rate = ?, "
                "documents_published = ?, read_rate = ?, studies_open = ?, study_completion = ?, "
                "profile_requests_pending = ?, transfers_pending = ?, updated_at = ?, "
                "version = version + 1 WHERE id = ?"_s,
                values + QVariantList { id });
        }
        transaction.recordChange(RowType::OrgStats, id, ChangeOp::Put, org);
        ++changed;
    }
    transaction.commit();
    return changed;
}

int OrgStatistics::refresh(ServerDatabase &database, int months, const QDateTime &now)
{
    const QString current = monthOf(now);
    int changed = 0;
    for (int back = std::max(1, months) - 1; back >= 0; --back)
        changed += refreshMonth(database, monthBefore(current, back), now);
    return changed;
}

bool OrgStatistics::claimScheduledRefresh(
    ServerDatabase &database, const QDateTime &now, qint64 intervalSeconds)
{
    static const QString key = u"stats_refreshed_at"_s;
    const QSqlDatabase db = database.connection();
    execSql(db, u"INSERT INTO server_meta (key, value) VALUES (?, '') ON CONFLICT DO NOTHING"_s,
        { key });
    const QString previous
        = scalarSql(db, u"SELECT value FROM server_meta WHERE key = ?"_s, { key }).toString();
    const QDateTime last = Timestamps::fromIso(previous);
    // A little slack: the timers of the workers drift by milliseconds around the interval.
    if (last.isValid() && last.secsTo(now) < intervalSeconds - 30)
        return false;
    return execSql(db, u"UPDATE server_meta SET value = ? WHERE key = ? AND value = ?"_s,
               { Timestamps::toIso(now), key, previous })
        == 1;
}

QHash<QString, OrgStatistics::Row> OrgStatistics::rows(
    const QSqlDatabase &db, const QStringList &ids)
{
    QHash<QString, Row> found;
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
            u"SELECT s.id, s.org_id, o.name, o.kind, o.parent_id, s.month, s.cells, s.cells_met, "
            "s.members, s.accounts, s.active_devices, s.meetings_held, s.attendance_rate, "
            "s.documents_published, s.read_rate, s.studies_open, s.study_completion, "
            "s.profile_requests_pending, s.transfers_pending, s.updated_at, s.version "
            "FROM org_stats s JOIN organizations o ON o.id = s.org_id WHERE s.id IN (%1)"_s.arg(
                marks.join(u", "_s)),
            binds, [&found](const QSqlQuery &row) {
                const auto text = [&row](int i) { return row.value(i).toString(); };
                const auto count = [&row](int i) { return row.value(i).toLongLong(); };
                const auto rate = [&row](int i) {
                    return row.value(i).isNull() ? QJsonValue()
                                                 : QJsonValue(row.value(i).toDouble());
                };
                const QJsonObject data { { u"id"_s, text(0) }, { u"org_id"_s, text(1) },
                    { u"org_name"_s, text(2) }, { u"org_kind"_s, text(3) },
                    { u"parent_id"_s, row.value(4).isNull() ? QJsonValue() : QJsonValue(text(4)) },
                    { u"month"_s, text(5) }, { u"cells"_s, count(6) }, { u"cells_met"_s, count(7) },
                    { u"members"_s, count(8) }, { u"accounts"_s, count(9) },
                    { u"active_devices"_s, count(10) }, { u"meetings_held"_s, count(11) },
                    { u"attendance_rate"_s, rate(12) }, { u"documents_published"_s, count(13) },
                    { u"read_rate"_s, rate(14) }, { u"studies_open"_s, count(15) },
                    { u"study_completion"_s, rate(16) },
                    { u"profile_requests_pending"_s, count(17) },
                    { u"transfers_pending"_s, count(18) }, { u"updated_at"_s, text(19) } };
                found.insert(text(0), Row { data, row.value(20).toLongLong() });
            });
    }
    return found;
}
