#include "studyactions.h"

#include "actionerrors.h"
#include "mutationnames.h"
#include "outbox.h"
#include "protocol.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;
namespace Code = Protocol::ErrorCode;
namespace Limit = Protocol::Limit;
namespace RowType = Protocol::RowType;
namespace SubmissionStatus = Protocol::SubmissionStatus;

namespace {

constexpr auto failure = &LocalActions::Result::failure;

} // namespace

StudyActions::StudyActions(LocalActions &actions, SqliteDatabase &db)
    : m_actions(actions)
    , m_db(db)
{ }

int StudyActions::wordCount(const QString &text)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? 0 : int(trimmed.split(spaces, Qt::SkipEmptyParts).size());
}

QJsonObject StudyActions::quizAnswers(
    const QJsonObject &chosen, const StudyRecord &study, bool *unanswered)
{
    QJsonObject answers;
    bool missing = false;
    for (const QuizQuestion &question : study.quiz) {
        const QJsonValue value = chosen.value(question.id);
        const int index = value.isDouble() ? value.toInt(-1) : -1;
        if (index < 0 || index >= question.choices.size()) {
            missing = true;
            continue;
        }
        answers.insert(question.id, index);
    }
    if (unanswered)
        *unanswered = missing;
    return answers;
}

void StudyActions::saveDraft(const QString &studyId, const QString &reflection,
    const QJsonObject &answers, const QDateTime &now)
{
    Statement save(m_db,
        "INSERT INTO study_drafts(study_id, reflection, answers, updated_at) "
        "VALUES(?1, ?2, ?3, ?4) ON CONFLICT(study_id) DO UPDATE SET "
        "reflection = excluded.reflection, answers = excluded.answers, "
        "updated_at = excluded.updated_at");
    save.bind(1, studyId)
        .bind(2, reflection)
        .bind(3, QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact)))
        .bind(4, Timestamps::toIso(now));
    save.exec();
}

void StudyActions::dropSettledDrafts()
{
    Statement drop(m_db,
        "DELETE FROM study_drafts WHERE study_id IN (SELECT s.study_id FROM study_submissions s "
        "WHERE s.member_id = ?1 AND s.status = ?2)");
    drop.bind(1, SyncState(m_db).value(u"member_id"_s))
        .bind(2, QString(SubmissionStatus::Accepted));
    drop.exec();
}

LocalActions::Result StudyActions::submit(const QString &studyId, const QDateTime &now)
{
    try {
        StudyCatalog catalog(m_db);
        const QString memberId = catalog.memberId();
        if (memberId.isEmpty())
            return failure(ActionError::NotSignedIn);
        const auto study = catalog.study(studyId);
        if (!study || !catalog.inMyAudience(study->audienceOrgId))
            return failure(Code::NotFound); // as the server refuses a member outside the audience
        if (!study->isOpen())
            return failure(Code::StudyClosed);
        const auto existing = catalog.mySubmission(studyId);
        if (existing && existing->status == SubmissionStatus::Accepted)
            return failure(Code::Conflict);
        const StudyDraft draft
            = catalog.draft(studyId).value_or(StudyDraft { studyId, {}, {}, {} });
        const QString reflection = draft.reflection.trimmed();
        if (study->reflectionRequired && reflection.isEmpty())
            return failure(ActionError::ReflectionMissing);
        if (reflection.size() > Limit::Reflection)
            return failure(Code::InvalidArgs);
        bool unanswered = false;
        const QJsonObject answers = quizAnswers(draft.answers, *study, &unanswered);
        if (unanswered)
            return failure(ActionError::QuizUnanswered);

        const QString id
            = existing ? existing->id : QUuid::createUuid().toString(QUuid::WithoutBraces);
        ReplicaStore replica(m_db);
        QJsonObject row = existing
            ? replica.get(QString(RowType::StudySubmission), id).value_or(QJsonObject())
            : QJsonObject();
        QString memberName;
        if (const auto me = replica.get(QString(RowType::Member), memberId))
            memberName = me->value(u"full_name"_s).toString();
        row.insert(u"id"_s, id);
        row.insert(u"study_id"_s, studyId);
        row.insert(u"member_id"_s, memberId);
        if (!row.contains(u"member_name"_s))
            row.insert(u"member_name"_s, memberName);
        row.insert(u"reflection"_s, reflection);
        row.insert(u"answers"_s, answers);
        row.insert(u"score"_s, QJsonValue());
        row.insert(u"total"_s, QJsonValue());
        row.insert(
            u"late"_s, study->dueDate.isValid() && StudyCatalog::vietnamDate(now) > study->dueDate);
        row.insert(u"status"_s, QString(SubmissionStatus::Submitted));
        row.insert(u"comment"_s, QString());
        row.insert(u"submitted_at"_s, Timestamps::toIso(now));
        row.insert(u"reviewed_at"_s, QJsonValue());
        row.insert(u"reviewed_by_name"_s, QString());
        const QJsonObject args { { u"id"_s, id }, { u"study_id"_s, studyId },
            { u"reflection"_s, reflection }, { u"answers"_s, answers } };
        return m_actions.record(
            QString(Protocol::Mutation::StudySubmit), args,
            { { QString(RowType::StudySubmission), id } },
            [&] {
                replica.put(QString(RowType::StudySubmission), id,
                    replica.version(QString(RowType::StudySubmission), id).value_or(0), row);
            },
            id);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}
