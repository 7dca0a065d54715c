// What the cell's secretary reads of a study (DESIGN.md 8.3): the study, each member of the
// cell with where they are (not started, submitted and waiting, returned, accepted; late
// marked), one submission in full, and the cell's progress counted the way the server counts
// a study_progress row, over the same rows (so a review still waiting to be sent counts at
// once). Read-only queries over the replica.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class SqliteDatabase;

// One study as the screens show it.
struct AssignedStudy
{
    QString id;
    QString orgId; // the assigner's organisation
    QString orgName;
    QString audienceOrgId;
    QString audienceName;
    QString title;
    QString instructions;
    QStringList documentIds;
    QDate dueDate;
    bool reflectionRequired = true;
    int quizQuestions = 0;
    bool closed = false;
    bool pending = false; // its assignment or closing waits for the server
};

// Where one member of the cell is with a study.
struct MemberStudyState
{
    // In the order the secretary's list groups them.
    enum State { NotStarted, Submitted, Returned, Accepted };

    QString memberId;
    QString memberName;
    QString submissionId; // empty when not started
    State state = NotStarted;
    bool late = false;
    QString submittedAt; // ISO, as the server sent it
    int score = -1; // -1: no quiz
    int total = -1;
    bool pending = false; // a review waits for the server
};

// One submission in full.
struct SubmissionForReview
{
    QString id;
    QString studyId;
    QString memberId;
    QString memberName;
    QString reflection;
    QJsonObject answers;
    int score = -1;
    int total = -1;
    bool late = false;
    MemberStudyState::State state = MemberStudyState::Submitted;
    QString comment;
    QString submittedAt;
    QString reviewedAt;
    QString reviewedByName;
    bool pending = false;
};

// The counts of a study_progress row for a set of members.
struct CellStudyCounts
{
    int members = 0;
    int submitted = 0; // handed in at least once (any status)
    int accepted = 0;
    int returned = 0;
    int late = 0;
    int notStarted = 0;
    std::optional<double> averageScore; // out of 10, one decimal; none without scores
};

class StudyReviewCatalog
{
public:
    explicit StudyReviewCatalog(SqliteDatabase &db);

    [[nodiscard]] std::optional<AssignedStudy> study(const QString &studyId);
    // Every member of `cellOrgId` (and anyone of the study with a submission on this device),
    // grouped by state in MemberStudyState::State order, by name within a group.
    [[nodiscard]] QList<MemberStudyState> cellStates(
        const QString &studyId, const QString &cellOrgId);
    [[nodiscard]] std::optional<SubmissionForReview> submission(const QString &submissionId);
    // The progress of these members, as the server counts it.
    [[nodiscard]] static CellStudyCounts counts(const QList<MemberStudyState> &states);
    // A submission's status as a state (NotStarted for an unknown one).
    [[nodiscard]] static MemberStudyState::State stateOf(const QString &status);

private:
    SqliteDatabase &m_db;
};
