// The member's actions on a study (DESIGN.md 8.3). saveDraft keeps what the member writes
// (reflection and quiz answers) in the vault's study_drafts as they type: local only, never
// queued, cheap enough for every pause in typing. submit queues study.submit through
// LocalActions like every mutation: the member's submission row shows at once as pending
// (reusing the id of their earlier submission, as the server keeps the first one); the
// draft stays until the submission is accepted, so a rejected submit loses nothing.
#pragma once

#include "localactions.h"
#include "studycatalog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

class StudyActions
{
public:
    explicit StudyActions(LocalActions &actions, SqliteDatabase &db);

    // Stores the draft of a study (replacing the previous one). Throws StorageError.
    void saveDraft(const QString &studyId, const QString &reflection, const QJsonObject &answers,
        const QDateTime &now);
    // study.submit of the draft: not_found without the study or the draft, study_closed once
    // the study is closed, conflict when the submission was accepted (a submitted one may be
    // handed in again: it replaces it), reflection_missing when the study requires a reflection
    // and it is empty, invalid_args over Limit::Reflection, quiz_unanswered while a question
    // has no valid answer. Nothing is queued on an error.
    LocalActions::Result submit(const QString &studyId, const QDateTime &now);
    // Forgets the drafts of submissions the secretary accepted (they are done). Throws
    // StorageError.
    void dropSettledDrafts();

    // The words of a reflection as the editor counts them.
    [[nodiscard]] static int wordCount(const QString &text);
    // study.submit's answers for a study's quiz: only its questions, each with the chosen
    // index; *unanswered is set when a question has no choice in range.
    [[nodiscard]] static QJsonObject quizAnswers(
        const QJsonObject &chosen, const StudyRecord &study, bool *unanswered);

private:
    LocalActions &m_actions;
    SqliteDatabase &m_db;
};
