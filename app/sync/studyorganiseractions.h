// The organiser's side of studying a resolution (DESIGN.md 8.3): a secretary assigns a study
// to the cell, a committee user to its organisation or one below it (study.assign, the quiz
// sent with its answers); the secretary accepts or returns a member's reflection
// (study.review); the assigner closes a study (study.close). Like ApprovalActions, each
// queues its mutation together with its local effect in ONE vault transaction: the study row
// appears at once, a reviewed submission shows its new status, both marked pending until the
// server answers, and rolled back if it rejects them. Every Protocol::Limit and the due date
// are checked before anything is queued (problem() says which field, in Vietnamese).
#pragma once

#include "localactions.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// One quiz question as the assigner writes it: 2..Limit::QuizChoices choices, `answer` the
// index of the right one.
struct QuizQuestionWithAnswer
{
    QString id; // empty: one is made when the study is queued
    QString text;
    QStringList choices;
    int answer = -1;
};

// What study.assign sends.
struct StudyAssignment
{
    QString title;
    QString instructions;
    QStringList documentIds;
    QString audienceOrgId;
    QDate dueDate; // a day in Vietnam
    bool reflectionRequired = true;
    QList<QuizQuestionWithAnswer> quiz;
};

class StudyOrganiserActions
{
    Q_DECLARE_TR_FUNCTIONS(StudyOrganiserActions)

public:
    using Result = LocalActions::Result;
    using Clock = LocalActions::Clock;

    // `db` is the open vault's database (not owned).
    explicit StudyOrganiserActions(SqliteDatabase &db, Clock clock = {});

    // The first problem of `study` in words, naming the field ("" when it can be queued):
    // title empty or too long, instructions too long, no document or too many, no audience,
    // no due date or one before `today` (Vietnam), a question without text, with fewer than 2
    // or more than Limit::QuizChoices choices, an empty choice, no right answer, texts over
    // their limits, too many questions.
    [[nodiscard]] static QString problem(const StudyAssignment &study, const QDate &today);
    // The arguments study.assign sends for `study` under `id` (quiz ids filled in).
    [[nodiscard]] static QJsonObject assignArgs(const QString &id, const StudyAssignment &study);
    // Today in Vietnam (UTC+7) by `clock`.
    [[nodiscard]] static QDate vietnamDate(const QDateTime &time);

    // study.assign under a new id (rowId). invalid_args when problem() is not empty;
    // not_signed_in; forbidden for a member, a secretary and another audience than the cell, a
    // committee user and an audience outside its subtree; not_found for a document not on
    // this device or that the audience cannot see (its audience is not the study's audience
    // or above it).
    Result assign(const StudyAssignment &study);
    // study.review: `decision` accept or return (a comment required, <= Limit::ReviewComment).
    // forbidden unless the signed-in user is a secretary; not_found for a submission not on
    // this device; conflict unless it is submitted with no change pending.
    Result review(const QString &submissionId, const QString &decision, const QString &comment);
    // study.close. Closing a closed study queues nothing (mutationId 0).
    Result close(const QString &studyId);

    // Whether `orgId` is `ancestorId` or below it, by the organisations on this device.
    [[nodiscard]] static bool isWithin(
        SqliteDatabase &db, const QString &orgId, const QString &ancestorId);
    // Whether the document (on this device) can be seen by everyone of `audienceOrgId`: its
    // audience is that organisation or one above it.
    [[nodiscard]] static bool audienceCanSee(
        SqliteDatabase &db, const QString &documentId, const QString &audienceOrgId);

private:
    Result record(const QString &name, const QJsonObject &args, const QList<RowRef> &rows,
        const std::function<void()> &apply, const QString &rowId);

    SqliteDatabase &m_db;
    Clock m_clock;
};
