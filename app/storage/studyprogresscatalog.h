// The committee's view of a study on this device (DESIGN.md 8.3): the replicated
// study_progress rows of the organisations it can see (its own and those below it), placed in
// the organisation tree so that the progress page drills down one level at a time from the
// committee's own organisation to the cells; and the studies it has progress for.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class SqliteDatabase;

// One study_progress row: how far the members of one organisation (those in the study's
// audience) are.
struct ProgressRow
{
    QString id; // "<study id>:<org id>"
    QString studyId;
    QString orgId;
    QString orgName;
    QString orgKind; // province, district, grassroots, cell
    int members = 0;
    int submitted = 0; // handed in at least once
    int accepted = 0;
    int returned = 0;
    int late = 0;
    int notStarted = 0;
    std::optional<double> averageScore; // out of 10, none without a scored submission
    QString updatedAt;
    bool hasChildren = false; // rows of organisations directly below it are on this device

    // accepted / members and submitted / members, 0 without members.
    [[nodiscard]] double acceptedRate() const;
    [[nodiscard]] double submittedRate() const;
    [[nodiscard]] static ProgressRow fromJson(const QJsonObject &row);
};

// What the progress page's header and the report say about the study itself.
struct ProgressStudy
{
    QString id;
    QString title;
    QString orgId; // the assigner
    QString orgName;
    QString audienceOrgId;
    QString audienceName;
    QStringList documentIds;
    QDate dueDate;
    QString status; // open, closed
    QString createdAt;
};

// A document the study asks to read, as the report names it ("43-KH/TU: title").
struct ProgressDocument
{
    QString id;
    QString number;
    QString title; // empty when the document is not on this device
};

class StudyProgressCatalog
{
public:
    // `db` is the open vault's database (not owned).
    explicit StudyProgressCatalog(SqliteDatabase &db);

    // The studies with progress rows on this device, open ones first, then by due date (the
    // nearest first) and title.
    [[nodiscard]] QList<ProgressStudy> studies();
    [[nodiscard]] std::optional<ProgressStudy> study(const QString &studyId);
    [[nodiscard]] QList<ProgressDocument> documents(const ProgressStudy &study);

    // Every progress row of a study, hasChildren filled in.
    [[nodiscard]] QList<ProgressRow> rows(const QString &studyId);
    // Where the drill-down starts for a viewer of `myOrgId`: its own organisation's row when
    // there is one, else the highest row (whose organisation's parent has no row); "" when
    // the study has no rows here.
    [[nodiscard]] QString topOrgId(const QString &studyId, const QString &myOrgId);
    // One level: the row of `orgId` first, then the rows of the organisations directly below
    // it by name (Vietnamese order). Empty when `orgId` has no row.
    [[nodiscard]] QList<ProgressRow> level(const QString &studyId, const QString &orgId);
    // The way from `topOrgId` down to `orgId` ({top, ..., orgId}: ids), for a breadcrumb;
    // only `topOrgId` when `orgId` is not below it.
    [[nodiscard]] QStringList path(const QString &topOrgId, const QString &orgId);
    // The name of an organisation on this device ("" when unknown).
    [[nodiscard]] QString organizationName(const QString &orgId);

private:
    [[nodiscard]] QString parentOf(const QString &orgId);

    SqliteDatabase &m_db;
};
