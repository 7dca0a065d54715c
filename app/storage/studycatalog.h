// Studying a resolution on this device (DESIGN.md 8.3), the member's side: the replicated
// studies (open first, the nearest due date first), the member's own submission, the
// reflection and answers being written (study_drafts: saved as the member types, never sent
// until submitted) and, for each document of a study, whether this member has read it (a
// read receipt of theirs, as the library knows it).
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class SqliteDatabase;

// One question of a study's quiz (the answer stays on the server).
struct QuizQuestion
{
    QString id;
    QString text;
    QStringList choices;
};

// One study as the server's row has it (texts empty when absent).
struct StudyRecord
{
    QString id;
    QString orgId; // the assigner's organization
    QString orgName;
    QString audienceOrgId;
    QString audienceName;
    QString title;
    QString instructions;
    QStringList documentIds;
    QDate dueDate; // invalid when the row has none
    bool reflectionRequired = false;
    QList<QuizQuestion> quiz;
    QString status; // open, closed
    QString createdByName;
    QString createdAt;

    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] static StudyRecord fromJson(const QJsonObject &row);
};

// The member's own submission of a study.
struct SubmissionRecord
{
    QString id;
    QString studyId;
    QString memberId;
    QString reflection;
    QJsonObject answers; // question id -> choice index
    std::optional<int> score;
    std::optional<int> total;
    bool late = false;
    QString status; // submitted, accepted, returned
    QString comment; // the secretary's, "" if none
    QString submittedAt;
    QString reviewedAt;
    QString reviewedByName;
    bool pending = false; // a local submit waits for the server

    [[nodiscard]] static SubmissionRecord fromJson(const QJsonObject &row);
};

// What the member has written so far (the local study_drafts row).
struct StudyDraft
{
    QString studyId;
    QString reflection;
    QJsonObject answers; // question id -> choice index
    QString updatedAt;
};

// A document a study asks to read.
struct StudyDocument
{
    QString id;
    QString title; // empty when the document is not on this device
    QString number;
    bool onDevice = false;
    bool read = false; // a read receipt of this member exists
};

// A study with what this member has done about it (for lists).
struct StudyEntry
{
    StudyRecord study;
    std::optional<SubmissionRecord> submission;
    bool hasDraft = false;
    // The signed-in member's cell is in the audience (the audience is the cell or an
    // ancestor); a committee account (no member) or a secretary also sees the studies it
    // assigned to others, never as its own to do.
    bool mine = false;
};

class StudyCatalog
{
public:
    // `db` is the open vault's database (not owned).
    explicit StudyCatalog(SqliteDatabase &db);

    // The signed-in member's id and organization (empty before the first sign-in).
    [[nodiscard]] QString memberId();
    [[nodiscard]] QString orgId();

    // Every study on this device: open ones first, the nearest due date first; then the
    // closed ones, the latest due date first; ties by title.
    [[nodiscard]] QList<StudyEntry> studies();
    [[nodiscard]] std::optional<StudyRecord> study(const QString &id);
    // The signed-in member's cell: their members row's org_id (the account's org while that
    // row is not on the device); empty for an account without a member (committee, admin).
    [[nodiscard]] QString myCell();
    // Whether the audience `audienceOrgId` includes my cell (it is my cell or one of its
    // ancestors on this device), as the server decides study.submit; never without a member.
    [[nodiscard]] bool inMyAudience(const QString &audienceOrgId);
    // This member's submission of a study (pending when a local submit waits).
    [[nodiscard]] std::optional<SubmissionRecord> mySubmission(const QString &studyId);
    [[nodiscard]] std::optional<StudyDraft> draft(const QString &studyId);
    // The study's documents in its order, each with whether this member read it.
    [[nodiscard]] QList<StudyDocument> documents(const StudyRecord &study);

    // "Today" as the due dates mean it: the date in Vietnam (UTC+7).
    [[nodiscard]] static QDate vietnamDate(const QDateTime &utc);

private:
    [[nodiscard]] QStringList myAncestry();

    SqliteDatabase &m_db;
};
