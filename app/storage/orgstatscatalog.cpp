#include "orgstatscatalog.h"

#include "sqlitedatabase.h"
#include "wirevalues.h"

#include <QCollator>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

std::optional<double> rate(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return std::clamp(value.toDouble(), 0.0, 1.0);
}

QCollator vietnameseCollator()
{
    QCollator collator { QLocale(QLocale::Vietnamese, QLocale::Vietnam) };
    collator.setNumericMode(true);
    return collator;
}

} // namespace

std::optional<double> OrgStatsRow::deviceRate() const
{
    return members > 0 ? std::optional<double>(double(activeDevices) / members) : std::nullopt;
}

std::optional<double> OrgStatsRow::cellsMetRate() const
{
    return cells > 0 ? std::optional<double>(double(cellsMet) / cells) : std::nullopt;
}

OrgStatsRow OrgStatsRow::fromJson(const QJsonObject &row)
{
    auto text = [&row](const QString &key) { return row.value(key).toString(); };
    auto number = [&row](const QString &key) { return std::max(0, row.value(key).toInt()); };
    OrgStatsRow stats;
    stats.orgId = text(u"org_id"_s);
    stats.orgName = text(u"org_name"_s);
    stats.orgKind = text(u"org_kind"_s);
    stats.parentId = text(u"parent_id"_s);
    stats.month = text(u"month"_s);
    stats.cells = number(u"cells"_s);
    stats.cellsMet = number(u"cells_met"_s);
    stats.members = number(u"members"_s);
    stats.accounts = number(u"accounts"_s);
    stats.activeDevices = number(u"active_devices"_s);
    stats.meetingsHeld = number(u"meetings_held"_s);
    stats.attendanceRate = rate(row.value(u"attendance_rate"_s));
    stats.documentsPublished = number(u"documents_published"_s);
    stats.readRate = rate(row.value(u"read_rate"_s));
    stats.studiesOpen = number(u"studies_open"_s);
    stats.studyCompletion = rate(row.value(u"study_completion"_s));
    stats.profileRequestsPending = number(u"profile_requests_pending"_s);
    stats.transfersPending = number(u"transfers_pending"_s);
    stats.updatedAt = text(u"updated_at"_s);
    return stats;
}

OrgStatsCatalog::OrgStatsCatalog(SqliteDatabase &db)
    : m_db(db)
{ }

QList<OrgStatsRow> OrgStatsCatalog::rows(const QString &month)
{
    QList<OrgStatsRow> all;
    Statement query(m_db, "SELECT data FROM org_stats WHERE month = ?1");
    query.bind(1, month);
    while (query.step()) {
        OrgStatsRow row = OrgStatsRow::fromJson(parse(query.text(0)));
        if (row.orgId.isEmpty())
            continue;
        if (row.parentId.isEmpty())
            row.parentId = parentOf(row.orgId);
        all.append(row);
    }
    QSet<QString> parents;
    for (const OrgStatsRow &row : std::as_const(all))
        parents.insert(row.parentId);
    for (OrgStatsRow &row : all)
        row.hasChildren = parents.contains(row.orgId);
    return all;
}

QString OrgStatsCatalog::topOrgId(const QString &myOrgId)
{
    QSet<QString> orgs;
    {
        Statement query(m_db, "SELECT DISTINCT org_id FROM org_stats");
        while (query.step())
            orgs.insert(query.text(0));
    }
    if (orgs.contains(myOrgId))
        return myOrgId;
    // The highest organisation with rows: the one whose way up meets no other row.
    QString best;
    int bestDepth = 1 << 30;
    for (const QString &org : std::as_const(orgs)) {
        int depth = 0;
        for (QString up = parentOf(org); !up.isEmpty() && depth < 64; up = parentOf(up))
            depth += orgs.contains(up) ? 1 : 0;
        if (depth < bestDepth || (depth == bestDepth && org < best)) {
            best = org;
            bestDepth = depth;
        }
    }
    return best;
}

QList<OrgStatsRow> OrgStatsCatalog::level(const QString &orgId, const QString &month)
{
    const QList<OrgStatsRow> all = rows(month);
    const auto own = std::find_if(
        all.cbegin(), all.cend(), [&orgId](const OrgStatsRow &row) { return row.orgId == orgId; });
    if (own == all.cend())
        return {};
    QList<OrgStatsRow> children;
    for (const OrgStatsRow &row : all) {
        if (row.orgId != orgId && row.parentId == orgId)
            children.append(row);
    }
    const QCollator collator = vietnameseCollator();
    std::stable_sort(
        children.begin(), children.end(), [&collator](const OrgStatsRow &a, const OrgStatsRow &b) {
            const int byName = collator.compare(a.orgName, b.orgName);
            return byName != 0 ? byName < 0 : a.orgId < b.orgId;
        });
    children.prepend(*own);
    return children;
}

QList<OrgStatsRow> OrgStatsCatalog::series(const QString &orgId, const QStringList &months)
{
    QHash<QString, OrgStatsRow> byMonth;
    Statement query(m_db, "SELECT data FROM org_stats WHERE org_id = ?1");
    query.bind(1, orgId);
    while (query.step()) {
        const OrgStatsRow row = OrgStatsRow::fromJson(parse(query.text(0)));
        byMonth.insert(row.month, row);
    }
    QList<OrgStatsRow> result;
    for (const QString &month : months) {
        if (byMonth.contains(month))
            result.append(byMonth.value(month));
    }
    return result;
}

QStringList OrgStatsCatalog::path(const QString &topOrgId, const QString &orgId)
{
    QStringList way { orgId };
    QString current = orgId;
    // The tree is small; a cycle in bad data stops at its length.
    for (int guard = 0; guard < 64 && current != topOrgId; ++guard) {
        current = parentOf(current);
        if (current.isEmpty())
            return { topOrgId };
        way.prepend(current);
    }
    return current == topOrgId ? way : QStringList { topOrgId };
}

QString OrgStatsCatalog::organizationName(const QString &orgId)
{
    Statement query(m_db, "SELECT ifnull(name, '') FROM organizations WHERE id = ?1");
    query.bind(1, orgId);
    return query.step() ? query.text(0) : QString();
}

QString OrgStatsCatalog::organizationKind(const QString &orgId)
{
    Statement query(m_db, "SELECT ifnull(kind, '') FROM organizations WHERE id = ?1");
    query.bind(1, orgId);
    return query.step() ? query.text(0) : QString();
}

QString OrgStatsCatalog::parentOf(const QString &orgId)
{
    Statement query(m_db, "SELECT ifnull(parent_id, '') FROM organizations WHERE id = ?1");
    query.bind(1, orgId);
    return query.step() ? query.text(0) : QString();
}

QList<CellMemberRow> OrgStatsCatalog::cellMembers(const QString &cellId)
{
    QList<CellMemberRow> members;
    {
        Statement query(m_db,
            "SELECT id, ifnull(full_name, ''), ifnull(position, ''), data "
            "FROM members WHERE org_id = ?1");
        query.bind(1, cellId);
        while (query.step()) {
            CellMemberRow member;
            member.memberId = query.text(0);
            member.name = query.text(1);
            member.position = query.text(2);
            const QJsonObject data = parse(query.text(3));
            const QJsonValue account = data.value(u"account"_s);
            member.accountKnown = data.contains(u"account"_s);
            member.hasAccount = account.isObject();
            member.accountDisabled = account.toObject().value(u"disabled"_s).toBool();
            member.login = account.toObject().value(Protocol::ResultData::Login).toString();
            members.append(member);
        }
    }
    for (CellMemberRow &member : members) {
        Statement query(m_db, "SELECT status, data FROM devices WHERE member_id = ?1");
        query.bind(1, member.memberId);
        while (query.step()) {
            if (query.text(0) != Protocol::DeviceStatus::Active)
                continue;
            ++member.activeDevices;
            const QString seen = parse(query.text(1)).value(u"last_seen_at"_s).toString();
            if (seen > member.lastSeenAt)
                member.lastSeenAt = seen;
        }
    }
    const QCollator collator = vietnameseCollator();
    std::stable_sort(members.begin(), members.end(),
        [&collator](const CellMemberRow &a, const CellMemberRow &b) {
            const int byName = collator.compare(a.name, b.name);
            return byName != 0 ? byName < 0 : a.memberId < b.memberId;
        });
    return members;
}
