// The committee's monthly figures on this device (DESIGN.md 8.4, issue 20): the replicated
// org_stats rows of its subtree placed in the organisation tree, so the oversight page drills
// down from the committee's own organisation to a cell one level at a time; a unit's series
// of months for the charts; and, for a cell, what a committee may see of its members (member
// rows with their `account`, device rows) — never reading or attendance per member, which a
// committee does not pull.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class SqliteDatabase;

// One org_stats row: the figures of one organisation's subtree for one month.
struct OrgStatsRow
{
    QString orgId;
    QString orgName;
    QString orgKind; // province, district, grassroots, cell
    QString parentId;
    QString month; // "yyyy-mm"
    int cells = 0;
    int cellsMet = 0; // cells with at least one meeting held in the month
    int members = 0;
    int accounts = 0;
    int activeDevices = 0; // members with a device seen in the 30 days up to the month's end
    int meetingsHeld = 0;
    std::optional<double> attendanceRate; // 0..1; none when nothing to divide by
    int documentsPublished = 0;
    std::optional<double> readRate;
    int studiesOpen = 0;
    std::optional<double> studyCompletion;
    int profileRequestsPending = 0;
    int transfersPending = 0;
    QString updatedAt; // ISO 8601, UTC
    bool hasChildren = false; // rows of organisations directly below it are on this device

    // activeDevices / members; none without members.
    [[nodiscard]] std::optional<double> deviceRate() const;
    // cellsMet / cells; none without cells.
    [[nodiscard]] std::optional<double> cellsMetRate() const;
    [[nodiscard]] static OrgStatsRow fromJson(const QJsonObject &row);
};

// A member of a cell as a committee sees it on the cell's page.
struct CellMemberRow
{
    QString memberId;
    QString name;
    QString position;
    bool accountKnown = false; // the member row has `account` (committee viewers only)
    bool hasAccount = false; // the member row's `account` is an object
    bool accountDisabled = false;
    QString login;
    int activeDevices = 0; // device rows not revoked
    QString lastSeenAt; // the latest last_seen_at of its devices, ISO 8601; "" when none
};

class OrgStatsCatalog
{
public:
    // `db` is the open vault's database (not owned).
    explicit OrgStatsCatalog(SqliteDatabase &db);

    // The rows of one month, hasChildren filled in.
    [[nodiscard]] QList<OrgStatsRow> rows(const QString &month);
    // Where the drill-down starts for a viewer of `myOrgId`: its own organisation when it has
    // a row in some month, else the highest organisation with rows; "" when there are none.
    [[nodiscard]] QString topOrgId(const QString &myOrgId);
    // One level of one month: the row of `orgId` first, then the rows of the organisations
    // directly below it by name (Vietnamese order). Empty when `orgId` has no row that month.
    [[nodiscard]] QList<OrgStatsRow> level(const QString &orgId, const QString &month);
    // The rows of `orgId` for `months` (in that order); a month without a row is absent.
    [[nodiscard]] QList<OrgStatsRow> series(const QString &orgId, const QStringList &months);
    // The way from `topOrgId` down to `orgId` ({top, ..., orgId}); only `topOrgId` when
    // `orgId` is not below it.
    [[nodiscard]] QStringList path(const QString &topOrgId, const QString &orgId);
    [[nodiscard]] QString organizationName(const QString &orgId);
    [[nodiscard]] QString organizationKind(const QString &orgId);
    // The members of a cell by name (Vietnamese order) with their accounts and devices.
    [[nodiscard]] QList<CellMemberRow> cellMembers(const QString &cellId);

private:
    [[nodiscard]] QString parentOf(const QString &orgId);

    SqliteDatabase &m_db;
};
