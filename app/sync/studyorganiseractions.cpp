#include "studyorganiseractions.h"

#include "actionerrors.h"
#include "mutationnames.h"
#include "outbox.h"
#include "pendingrows.h"
#include "protocol.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;
namespace Mutation = Protocol::Mutation;
namespace RowType = Protocol::RowType;
namespace Code = Protocol::ErrorCode;
namespace Limit = Protocol::Limit;

namespace {

constexpr auto failure = &LocalActions::Result::failure;

// The quiz as assignArgs() sends it: trimmed texts, every question with an id.
QList<QuizQuestionWithAnswer> normalizedQuiz(const QList<QuizQuestionWithAnswer> &quiz)
{
    QList<QuizQuestionWithAnswer> result;
    for (qsizetype i = 0; i < quiz.size(); ++i) {
        QuizQuestionWithAnswer q = quiz.at(i);
        if (q.id.trimmed().isEmpty())
            q.id = u"q%1"_s.arg(i + 1);
        q.text = q.text.trimmed();
        for (QString &choice : q.choices)
            choice = choice.trimmed();
        result.append(q);
    }
    return result;
}

} // namespace

StudyOrganiserActions::StudyOrganiserActions(SqliteDatabase &db, Clock clock)
    : m_db(db)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

QDate StudyOrganiserActions::vietnamDate(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone(7 * 3600)).date();
}

QString StudyOrganiserActions::problem(const StudyAssignment &study, const QDate &today)
{
    auto tooLong = [](const QString &field, qsizetype size, int limit) {
        return tr("%1 quá dài: %2 ký tự, tối đa %3 ký tự.").arg(field).arg(size).arg(limit);
    };
    const QString title = study.title.trimmed();
    if (title.isEmpty())
        return tr("Xin nhập tên đợt học tập.");
    if (title.size() > Limit::StudyTitle)
        return tooLong(tr("Tên đợt học tập"), title.size(), Limit::StudyTitle);
    if (study.instructions.size() > Limit::StudyInstructions)
        return tooLong(tr("Hướng dẫn"), study.instructions.size(), Limit::StudyInstructions);
    if (study.documentIds.isEmpty())
        return tr("Xin chọn ít nhất một tài liệu cần học tập.");
    if (study.documentIds.size() > Limit::StudyDocuments)
        return tr("Tài liệu học tập: chọn tối đa %1 tài liệu.").arg(Limit::StudyDocuments);
    if (study.audienceOrgId.isEmpty())
        return tr("Xin chọn nơi học tập.");
    if (!study.dueDate.isValid())
        return tr("Hạn nộp bài thu hoạch chưa đúng: xin ghi ngày/tháng/năm, ví dụ 25/12/2026.");
    if (study.dueDate < today)
        return tr("Hạn nộp bài thu hoạch không được trước hôm nay (%1).")
            .arg(today.toString(u"dd/MM/yyyy"_s));
    if (study.quiz.size() > Limit::QuizQuestions)
        return tr("Câu hỏi trắc nghiệm: tối đa %1 câu.").arg(Limit::QuizQuestions);
    const QList<QuizQuestionWithAnswer> quiz = normalizedQuiz(study.quiz);
    QSet<QString> ids;
    for (qsizetype i = 0; i < quiz.size(); ++i) {
        const QuizQuestionWithAnswer &q = quiz.at(i);
        const QString name = tr("Câu hỏi %1").arg(i + 1);
        if (q.text.isEmpty())
            return tr("%1: xin nhập nội dung câu hỏi.").arg(name);
        if (q.text.size() > Limit::QuizQuestionText)
            return tooLong(name, q.text.size(), Limit::QuizQuestionText);
        if (q.choices.size() < 2 || q.choices.size() > Limit::QuizChoices)
            return tr("%1: cần từ 2 đến %2 phương án trả lời.").arg(name).arg(Limit::QuizChoices);
        for (qsizetype j = 0; j < q.choices.size(); ++j) {
            const QString choiceName = tr("%1, phương án %2").arg(name).arg(j + 1);
            if (q.choices.at(j).isEmpty())
                return tr("%1: xin nhập nội dung phương án.").arg(choiceName);
            if (q.choices.at(j).size() > Limit::QuizChoiceText)
                return tooLong(choiceName, q.choices.at(j).size(), Limit::QuizChoiceText);
        }
        if (q.answer < 0 || q.answer >= q.choices.size())
            return tr("%1: xin đánh dấu đáp án đúng.").arg(name);
        if (ids.contains(q.id))
            return tr("%1: trùng mã với một câu hỏi khác.").arg(name);
        ids.insert(q.id);
    }
    return {};
}

QJsonObject StudyOrganiserActions::assignArgs(const QString &id, const StudyAssignment &study)
{
    QJsonObject args { { u"id"_s, id }, { u"title"_s, study.title.trimmed() },
        { u"instructions"_s, study.instructions },
        { u"document_ids"_s, QJsonArray::fromStringList(study.documentIds) },
        { u"audience_org_id"_s, study.audienceOrgId },
        { u"due_date"_s, study.dueDate.toString(Qt::ISODate) },
        { u"reflection_required"_s, study.reflectionRequired } };
    if (!study.quiz.isEmpty()) {
        QJsonArray quiz;
        for (const QuizQuestionWithAnswer &q : normalizedQuiz(study.quiz))
            quiz.append(QJsonObject { { u"id"_s, q.id }, { u"text"_s, q.text },
                { u"choices"_s, QJsonArray::fromStringList(q.choices) },
                { u"answer"_s, q.answer } });
        args.insert(u"quiz"_s, quiz);
    }
    return args;
}

bool StudyOrganiserActions::isWithin(
    SqliteDatabase &db, const QString &orgId, const QString &ancestorId)
{
    if (orgId.isEmpty() || ancestorId.isEmpty())
        return false;
    // Up the tree from orgId (bounded: a tree on a device is a few levels deep).
    QString current = orgId;
    for (int depth = 0; depth < 32 && !current.isEmpty(); ++depth) {
        if (current == ancestorId)
            return true;
        Statement parent(db, "SELECT parent_id FROM organizations WHERE id = ?");
        parent.bind(1, current);
        current = parent.step() && !parent.isNull(0) ? parent.text(0) : QString();
    }
    return false;
}

bool StudyOrganiserActions::audienceCanSee(
    SqliteDatabase &db, const QString &documentId, const QString &audienceOrgId)
{
    const auto document = ReplicaStore(db).get(QString(RowType::Document), documentId);
    if (!document)
        return false;
    return isWithin(db, audienceOrgId, document->value(u"audience_org_id"_s).toString());
}

LocalActions::Result StudyOrganiserActions::record(const QString &name, const QJsonObject &args,
    const QList<RowRef> &rows, const std::function<void()> &apply, const QString &rowId)
{
    try {
        Transaction transaction(m_db);
        const qint64 id = Outbox(m_db).enqueue(name, args, rows);
        PendingRows(m_db).saveBeforeImages(id, rows);
        apply();
        transaction.commit();
        return { id, rowId, {} };
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result StudyOrganiserActions::assign(const StudyAssignment &study)
{
    if (!problem(study, vietnamDate(m_clock())).isEmpty())
        return failure(Code::InvalidArgs);
    try {
        SyncState state(m_db);
        const QString userId = state.value(u"user_id"_s);
        const QString orgId = state.value(u"org_id"_s);
        const QString role = state.value(u"role"_s);
        if (userId.isEmpty() || orgId.isEmpty())
            return failure(ActionError::NotSignedIn);
        const bool committee = role == Protocol::Role::Committee || role == Protocol::Role::Admin;
        const bool allowed = committee
            ? isWithin(m_db, study.audienceOrgId, orgId)
            : role == Protocol::Role::Secretary && study.audienceOrgId == orgId;
        if (!allowed)
            return failure(Code::Forbidden);
        for (const QString &documentId : study.documentIds) {
            if (!audienceCanSee(m_db, documentId, study.audienceOrgId))
                return failure(Code::NotFound);
        }
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject args = assignArgs(id, study);
        ReplicaStore replica(m_db);
        const QString orgType(RowType::Organization);
        auto orgName = [&](const QString &org) {
            const auto row = replica.get(orgType, org);
            return row ? row->value(u"name"_s).toString() : QString();
        };
        const auto me = replica.get(QString(RowType::Member), state.value(u"member_id"_s));
        // The row as the server will send it: the quiz without its answers.
        QJsonArray quiz;
        for (const QJsonValue &question : args.value(u"quiz"_s).toArray()) {
            QJsonObject q = question.toObject();
            q.remove(u"answer"_s);
            quiz.append(q);
        }
        const QJsonObject row { { u"id"_s, id }, { u"org_id"_s, orgId },
            { u"org_name"_s, orgName(orgId) }, { u"audience_org_id"_s, study.audienceOrgId },
            { u"audience_name"_s, orgName(study.audienceOrgId) },
            { u"title"_s, args.value(u"title"_s) },
            { u"instructions"_s, args.value(u"instructions"_s) },
            { u"document_ids"_s, args.value(u"document_ids"_s) },
            { u"due_date"_s, args.value(u"due_date"_s) },
            { u"reflection_required"_s, study.reflectionRequired }, { u"quiz"_s, quiz },
            { u"status"_s, QString(Protocol::StudyStatus::Open) }, { u"created_by"_s, userId },
            { u"created_by_name"_s, me ? me->value(u"full_name"_s).toString() : QString() },
            { u"created_at"_s, Timestamps::toIso(m_clock()) }, { u"closed_at"_s, QJsonValue() } };
        const QString type(RowType::Study);
        return record(
            QString(Mutation::StudyAssign), args, { { type, id } },
            [&] { replica.put(type, id, 0, row); }, id);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result StudyOrganiserActions::review(
    const QString &submissionId, const QString &decision, const QString &comment)
{
    namespace Decision = Protocol::ReviewDecision;
    namespace Status = Protocol::SubmissionStatus;
    const bool accept = decision == Decision::Accept;
    if ((!accept && decision != Decision::Return) || comment.trimmed().size() > Limit::ReviewComment
        || (!accept && comment.trimmed().isEmpty()))
        return failure(Code::InvalidArgs);
    try {
        SyncState state(m_db);
        if (state.value(u"user_id"_s).isEmpty())
            return failure(ActionError::NotSignedIn);
        if (state.value(u"role"_s) != Protocol::Role::Secretary)
            return failure(Code::Forbidden);
        ReplicaStore replica(m_db);
        const QString type(RowType::StudySubmission);
        const auto stored = replica.get(type, submissionId);
        if (!stored)
            return failure(Code::NotFound);
        if (stored->value(u"status"_s).toString() != Status::Submitted
            || Outbox(m_db).hasPendingChange(type, submissionId))
            return failure(Code::Conflict);
        QJsonObject args { { u"submission_id"_s, submissionId }, { u"decision"_s, decision } };
        if (!comment.trimmed().isEmpty())
            args.insert(u"comment"_s, comment.trimmed());
        QJsonObject row = *stored;
        row.insert(u"status"_s, QString(accept ? Status::Accepted : Status::Returned));
        row.insert(u"comment"_s, comment.trimmed());
        row.insert(u"reviewed_at"_s, Timestamps::toIso(m_clock()));
        const auto me = replica.get(QString(RowType::Member), state.value(u"member_id"_s));
        row.insert(u"reviewed_by_name"_s, me ? me->value(u"full_name"_s).toString() : QString());
        return record(
            QString(Mutation::StudyReview), args, { { type, submissionId } },
            [&] {
                replica.put(
                    type, submissionId, replica.version(type, submissionId).value_or(0), row);
            },
            submissionId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

LocalActions::Result StudyOrganiserActions::close(const QString &studyId)
{
    try {
        SyncState state(m_db);
        const QString orgId = state.value(u"org_id"_s);
        const QString role = state.value(u"role"_s);
        if (state.value(u"user_id"_s).isEmpty())
            return failure(ActionError::NotSignedIn);
        ReplicaStore replica(m_db);
        const QString type(RowType::Study);
        const auto stored = replica.get(type, studyId);
        if (!stored)
            return failure(Code::NotFound);
        const bool organiser = role == Protocol::Role::Committee || role == Protocol::Role::Admin
            || role == Protocol::Role::Secretary;
        if (!organiser || stored->value(u"org_id"_s).toString() != orgId)
            return failure(Code::Forbidden);
        if (stored->value(u"status"_s).toString() == Protocol::StudyStatus::Closed)
            return { 0, studyId, {} };
        QJsonObject row = *stored;
        row.insert(u"status"_s, QString(Protocol::StudyStatus::Closed));
        row.insert(u"closed_at"_s, Timestamps::toIso(m_clock()));
        return record(
            QString(Mutation::StudyClose), { { u"id"_s, studyId } }, { { type, studyId } },
            [&] { replica.put(type, studyId, replica.version(type, studyId).value_or(0), row); },
            studyId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}
