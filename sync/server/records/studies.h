// Studying a resolution (DESIGN.md 8.3): the SQL of studies, study_submissions and
// study_progress, their pulled data, the server's scoring of a quiz, and the progress counts
// kept current in the transaction of every write that changes them. The mutations live in
// mutations/studymutations.cpp; the demo's studies in demo/demostudies.cpp.
//
// Progress (docs/protocol-extensions.md, "Studying"): one row per organisation of the study's
// audience that has a cell at or below it, and per level above the audience up to the study's
// own organisation. Each counts the members (members table) in that organisation's subtree
// AND in the audience: members, submitted (a submission in any status), accepted, returned
// (now), late, not_started = members - submitted, and average_score, the mean of score/total
// on a 10-point scale over their scored submissions, to one decimal (null without any).
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

class WriteTransaction;

// One study as stored. quiz keeps each question's "answer": it never leaves the server.
struct StoredStudy
{
    QString id;
    QString orgId; // the assigner's organisation
    QString audienceOrgId; // orgId or below it
    QString title;
    QString instructions;
    QStringList documentIds;
    QString dueDate; // YYYY-MM-DD
    bool reflectionRequired = true;
    QJsonArray quiz; // [{id, text, choices: [...], answer: index}]
    QString status; // Protocol::StudyStatus
    QString createdBy; // user id
    QString createdAt; // ISO 8601 UTC
    QString closedAt; // empty while open
    qint64 version = 1;
};

// One member's submission to a study as stored.
struct StoredSubmission
{
    QString id; // the first submission's id, kept by every re-submission
    QString studyId;
    QString memberId;
    QString orgId; // the member's cell: its secretary reviews it
    QString reflection;
    QJsonObject answers; // {question id: choice index}
    int score = -1; // -1: not scored (no quiz)
    int total = -1;
    bool late = false;
    QString status; // Protocol::SubmissionStatus
    QString comment; // the secretary's, empty if none
    QString submittedAt; // ISO 8601 UTC
    QString reviewedAt; // empty until reviewed
    QString reviewedBy; // user id, empty until reviewed
    qint64 version = 1;
};

class Studies
{
public:
    // The study, or nullopt; throws DbError.
    [[nodiscard]] static std::optional<StoredStudy> find(const QSqlDatabase &db, const QString &id);
    // Inserts a new study (version 1) and records its change in the audience's scope; throws
    // DbError. Progress rows are written by recomputeAll.
    static void insert(WriteTransaction &transaction, const StoredStudy &study);
    // Closes an open study (status closed, closed_at = at, version + 1) and records the change.
    static void close(WriteTransaction &transaction, const QString &id, const QString &at);
    // Whether two studies say the same (what study.assign sent, ignoring who, when, status).
    [[nodiscard]] static bool sameContent(const StoredStudy &a, const StoredStudy &b);
    // The quiz as members see it: [{id, text, choices}] without the answers.
    [[nodiscard]] static QJsonArray publicQuiz(const QJsonArray &quiz);

    // The quiz's score of these answers: how many are right, of how many questions; both -1
    // without a quiz. The answers are expected checked (every question, indexes in range).
    struct Score
    {
        int score = -1;
        int total = -1;
    };
    [[nodiscard]] static Score score(const QJsonArray &quiz, const QJsonObject &answers);
    // Whether a submission at `at` is after the end of the due date in Vietnam (UTC+7).
    [[nodiscard]] static bool isLate(const QString &dueDate, const QDateTime &at);

    // The submission with this id / of this member to this study, or nullopt; throws DbError.
    [[nodiscard]] static std::optional<StoredSubmission> findSubmission(
        const QSqlDatabase &db, const QString &id);
    [[nodiscard]] static std::optional<StoredSubmission> submissionOf(
        const QSqlDatabase &db, const QString &studyId, const QString &memberId);
    // Inserts (isNew) or rewrites the submission (version + 1) and records its change in the
    // member's cell, owned by the member; throws DbError.
    static void saveSubmission(
        WriteTransaction &transaction, const StoredSubmission &submission, bool isNew);
    // Records a delete of an id the member sent for a re-submission that was stored under the
    // first submission's id (a second device that had not pulled it): owned by the member,
    // in their cell, so that the device drops its optimistic row. No row has that id.
    static void dropResubmittedId(WriteTransaction &transaction, const QString &sentId,
        const QString &cellId, const QString &memberId);

    // Recounts the study's progress rows of these organisations (those that are not among
    // the study's progress organisations are skipped) from the raw rows and writes each row
    // whose values changed (version + 1, updated_at = now), recording its change in that
    // organisation's scope. Returns how many rows changed; throws DbError.
    static int recompute(WriteTransaction &transaction, const StoredStudy &study,
        const QStringList &orgIds, const QDateTime &now);
    // The same for every progress organisation of the study.
    static int recomputeAll(
        WriteTransaction &transaction, const StoredStudy &study, const QDateTime &now);
    // The same for the chain of a cell: the cell and every organisation above it (up to the
    // study's own organisation: those above are not progress organisations).
    static int recomputeChain(WriteTransaction &transaction, const StoredStudy &study,
        const QString &cellId, const QDateTime &now);
    // The progress organisations of the study (see the top of this file); throws DbError.
    [[nodiscard]] static QStringList progressOrganizations(
        const QSqlDatabase &db, const StoredStudy &study);

    // Members were added to these cells (`import-members`, same transaction): the progress
    // of every open study whose audience holds one of them is recounted, once per study, for
    // the chains of those cells. Returns how many progress rows changed; throws DbError.
    static int membersAdded(
        WriteTransaction &transaction, const QStringList &cellIds, const QDateTime &now);

    // A member moved from one cell to another (`member move`, same transaction): their
    // submissions follow them (org_id = the new cell; the old cell's secretary gets a delete)
    // and the progress of both chains is recomputed for every study either cell is in the
    // audience of, or the member submitted to. Returns how many submissions moved.
    static int followMember(WriteTransaction &transaction, const QString &memberId,
        const QString &fromCellId, const QString &toCellId, const QDateTime &now);

    // The pulled data of these rows (ids that no longer exist are left out): id -> {data,
    // version}. A study's data never holds the quiz's answers.
    struct Row
    {
        QJsonObject data;
        qint64 version = 1;
    };
    [[nodiscard]] static QHash<QString, Row> studyRows(
        const QSqlDatabase &db, const QStringList &ids);
    [[nodiscard]] static QHash<QString, Row> submissionRows(
        const QSqlDatabase &db, const QStringList &ids);
    [[nodiscard]] static QHash<QString, Row> progressRows(
        const QSqlDatabase &db, const QStringList &ids);
    // A progress row's id: "<study id>:<org id>".
    [[nodiscard]] static QString progressId(const QString &studyId, const QString &orgId);
};
