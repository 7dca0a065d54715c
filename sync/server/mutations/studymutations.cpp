#include "mutations/studymutations.h"

#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "mutations/cellnotifier.h"
#include "mutations/mutationargs.h"
#include "mutations/mutationcommon.h"
#include "protocol.h"
#include "records/auditlog.h"
#include "records/orgtree.h"
#include "records/studies.h"
#include "wirevalues.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
namespace Code = Protocol::ErrorCode;
namespace Limit = Protocol::Limit;
namespace Mutation = Protocol::Mutation;
namespace NotificationKind = Protocol::NotificationKind;
namespace RefType = Protocol::RefType;
namespace ReviewDecision = Protocol::ReviewDecision;
namespace RowType = Protocol::RowType;
namespace StudyStatus = Protocol::StudyStatus;
namespace SubmissionStatus = Protocol::SubmissionStatus;
using namespace MutationCommon;

namespace {

constexpr int kMaxQuestionId = 64;

MutationOutcome conflict(const QString &message)
{
    return MutationOutcome::rejected(Code::Conflict, message);
}

MutationOutcome studyNotFound(bool exists)
{
    return MutationOutcome::notFound(
        u"Nhiệm vụ học tập không tồn tại hoặc đồng chí không có quyền thực hiện."_s, exists);
}

void audit(MutationContext &c, QLatin1StringView action, QLatin1StringView type, const QString &id,
    const QString &detail = {})
{
    AuditLog::record(c.tx.db(),
        AuditEntry {
            c.user.userId, c.user.login, QString(action), QString(type), id, u"ok"_s, {}, detail });
}

// A client's text quoted in a message: shortened.
QString quoted(const QString &text)
{
    return text.size() > 40 ? text.left(40) + u'…' : text;
}

// The date as Vietnamese read it.
QString shownDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : isoDate;
}

// A non-negative whole JSON number below `bound`, or -1.
int indexBelow(const QJsonValue &value, qsizetype bound)
{
    if (!value.isDouble())
        return -1;
    const double number = value.toDouble();
    if (number < 0 || number >= double(bound) || number != double(qint64(number)))
        return -1;
    return int(number);
}

// The quiz of study.assign: [{id, text, choices, answer}], kept as given (trimmed texts).
std::optional<QJsonArray> parseQuiz(const QJsonValue &value, MutationOutcome *rejection)
{
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    if (!value.isArray()) {
        *rejection = invalid(u"quiz phải là danh sách câu hỏi."_s);
        return std::nullopt;
    }
    const QJsonArray questions = value.toArray();
    if (questions.size() > Limit::QuizQuestions) {
        *rejection = invalid(u"Bài trắc nghiệm có tối đa %1 câu hỏi."_s.arg(Limit::QuizQuestions));
        return std::nullopt;
    }
    QJsonArray quiz;
    QSet<QString> ids;
    for (const QJsonValue &item : questions) {
        const QJsonObject question = item.toObject();
        const QJsonValue idValue = question.value(u"id"_s);
        const QString id = idValue.toString().trimmed();
        const QString text = question.value(u"text"_s).toString().trimmed();
        if (!item.isObject() || !idValue.isString() || id.isEmpty() || id.size() > kMaxQuestionId) {
            *rejection = invalid(u"Mỗi câu hỏi trắc nghiệm cần một mã (id) không rỗng."_s);
            return std::nullopt;
        }
        if (ids.contains(id)) {
            *rejection = invalid(u"Mã câu hỏi trắc nghiệm bị trùng: %1."_s.arg(quoted(id)));
            return std::nullopt;
        }
        ids.insert(id);
        if (!question.value(u"text"_s).isString() || text.isEmpty()) {
            *rejection = invalid(u"Câu hỏi trắc nghiệm %1 chưa có nội dung."_s.arg(quoted(id)));
            return std::nullopt;
        }
        if (text.size() > Limit::QuizQuestionText) {
            *rejection = invalid(u"Câu hỏi trắc nghiệm %1 quá dài (tối đa %2 ký tự)."_s.arg(
                quoted(id), QString::number(Limit::QuizQuestionText)));
            return std::nullopt;
        }
        const QJsonValue choicesValue = question.value(u"choices"_s);
        const QJsonArray given = choicesValue.toArray();
        if (!choicesValue.isArray() || given.size() < 2 || given.size() > Limit::QuizChoices) {
            *rejection = invalid(u"Câu hỏi trắc nghiệm %1 cần từ 2 đến %2 phương án trả lời."_s.arg(
                quoted(id), QString::number(Limit::QuizChoices)));
            return std::nullopt;
        }
        QJsonArray choices;
        for (const QJsonValue &choice : given) {
            const QString choiceText = choice.toString().trimmed();
            if (!choice.isString() || choiceText.isEmpty()
                || choiceText.size() > Limit::QuizChoiceText) {
                *rejection = invalid(
                    u"Mỗi phương án của câu hỏi %1 cần có nội dung (tối đa %2 ký tự)."_s.arg(
                        quoted(id), QString::number(Limit::QuizChoiceText)));
                return std::nullopt;
            }
            choices.append(choiceText);
        }
        const int answer = indexBelow(question.value(u"answer"_s), choices.size());
        if (answer < 0) {
            *rejection = invalid(
                u"Câu hỏi trắc nghiệm %1 cần đáp án đúng (số thứ tự phương án, từ 0)."_s.arg(
                    quoted(id)));
            return std::nullopt;
        }
        quiz.append(QJsonObject { { u"id"_s, id }, { u"text"_s, text }, { u"choices"_s, choices },
            { u"answer"_s, answer } });
    }
    return quiz;
}

// The checked arguments of study.assign as a study (without org, status, creator, times).
std::optional<StoredStudy> parseStudy(const QJsonObject &json, MutationOutcome *rejection)
{
    MutationArgs args(json);
    const auto fail = [&]() {
        *rejection = args.rejection();
        return std::nullopt;
    };
    const auto id = args.id(u"id"_s);
    if (!id)
        return fail();
    const auto title = args.text(u"title"_s, Limit::StudyTitle);
    if (!title)
        return fail();
    const auto instructions = args.optionalText(u"instructions"_s, Limit::StudyInstructions);
    if (!instructions)
        return fail();
    const auto audience = args.id(u"audience_org_id"_s);
    if (!audience)
        return fail();

    StoredStudy study;
    study.id = *id;
    study.title = title->trimmed();
    study.instructions = instructions->trimmed();
    study.audienceOrgId = *audience;

    static const QRegularExpression idPattern(u"^[A-Za-z0-9_.:-]{1,64}$"_s);
    const QJsonValue documents = json.value(u"document_ids"_s);
    if (!documents.isArray() || documents.toArray().isEmpty()
        || documents.toArray().size() > Limit::StudyDocuments) {
        *rejection
            = invalid(u"Hãy chọn từ 1 đến %1 văn bản để học tập."_s.arg(Limit::StudyDocuments));
        return std::nullopt;
    }
    for (const QJsonValue &value : documents.toArray()) {
        if (!value.isString() || !idPattern.match(value.toString()).hasMatch()) {
            *rejection = invalid(u"Mã văn bản trong document_ids không hợp lệ."_s);
            return std::nullopt;
        }
        if (!study.documentIds.contains(value.toString()))
            study.documentIds << value.toString();
    }

    static const QRegularExpression datePattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString due = json.value(u"due_date"_s).toString();
    if (!datePattern.match(due).hasMatch() || !QDate::fromString(due, Qt::ISODate).isValid()) {
        *rejection = invalid(u"Hạn hoàn thành phải là một ngày, dạng NNNN-TT-NN."_s);
        return std::nullopt;
    }
    study.dueDate = due;

    const QJsonValue required = json.value(u"reflection_required"_s);
    if (!required.isUndefined() && !required.isNull() && !required.isBool()) {
        *rejection = invalid(u"reflection_required phải là true hoặc false."_s);
        return std::nullopt;
    }
    study.reflectionRequired = required.isBool() ? required.toBool() : true;

    const auto quiz = parseQuiz(json.value(u"quiz"_s), rejection);
    if (!quiz)
        return std::nullopt;
    study.quiz = *quiz;
    return study;
}

// The members with an account in the audience, other than the acting user: (member, cell).
QList<std::pair<QString, QString>> audienceAccounts(MutationContext &c, const QString &audience)
{
    QList<std::pair<QString, QString>> recipients;
    forEachRow(c.tx.db(),
        u"SELECT DISTINCT m.id, m.org_id FROM members m JOIN users u ON u.member_id = m.id "
        "WHERE u.disabled = 0 AND m.org_id IN (SELECT descendant_id FROM org_closure "
        "WHERE ancestor_id = ?) ORDER BY m.id"_s,
        { audience }, [&](const QSqlQuery &query) {
            if (query.value(0).toString() != c.user.memberId)
                recipients.append({ query.value(0).toString(), query.value(1).toString() });
        });
    return recipients;
}

MutationOutcome studyAssign(MutationContext &c, const QJsonObject &json)
{
    MutationOutcome rejection;
    auto study = parseStudy(json, &rejection);
    if (!study)
        return rejection;
    const QSqlDatabase db = c.tx.db();

    // A committee user for its subtree, a secretary for the cell.
    const bool allowed
        = (c.user.isCommittee() && OrgTree::contains(db, c.user.orgId, study->audienceOrgId))
        || (c.user.isSecretary() && study->audienceOrgId == c.user.orgId);
    if (!allowed)
        return MutationOutcome::notFound(
            u"Không tìm thấy tổ chức được giao học tập trong phạm vi của đồng chí."_s,
            OrgTree::find(db, study->audienceOrgId).has_value());
    study->orgId = c.user.orgId;

    if (const auto existing = Studies::find(db, study->id)) {
        // The same assignment sent again is applied; another study with this id is not.
        if (Studies::sameContent(*existing, *study))
            return MutationOutcome::ok();
        return conflict(u"Mã nhiệm vụ học tập này đã được dùng cho một nhiệm vụ khác."_s);
    }

    // Each document published, not withdrawn, and seen by the whole audience.
    for (const QString &documentId : std::as_const(study->documentIds)) {
        QSqlQuery document = runSql(db,
            u"SELECT audience_org_id, withdrawn_at FROM documents WHERE id = ?"_s, { documentId });
        const bool exists = document.next();
        const bool withdrawn = exists && !document.value(1).isNull();
        const QString audience = exists ? document.value(0).toString() : QString();
        document.finish();
        if (!exists || withdrawn || !OrgTree::contains(db, audience, study->audienceOrgId))
            return MutationOutcome::notFound(
                u"Văn bản cần học tập không tồn tại, đã bị thu hồi, "
                "hoặc không phải mọi đảng viên được giao đều xem được."_s,
                exists);
    }

    const QDate today = c.now.toOffsetFromUtc(kVietnamOffsetSeconds).date();
    if (QDate::fromString(study->dueDate, Qt::ISODate) < today)
        return invalid(u"Hạn hoàn thành không được trước ngày hôm nay."_s);

    study->status = StudyStatus::Open;
    study->createdBy = c.user.userId;
    study->createdAt = now(c);
    Studies::insert(c.tx, *study);
    Studies::recomputeAll(c.tx, *study, c.now);

    const auto recipients = audienceAccounts(c, study->audienceOrgId);
    CellNotifier notifier(c);
    const CellNotifier::Notice notice { QString(NotificationKind::StudyAssigned),
        u"Nhiệm vụ học tập mới: %1"_s.arg(study->title),
        u"Hạn nộp bài thu hoạch: %1."_s.arg(shownDate(study->dueDate)), QString(RefType::Study),
        study->id };
    for (const auto &[memberId, memberOrg] : recipients)
        notifier.notifyMember(memberId, memberOrg, notice);
    audit(c, Mutation::StudyAssign, RowType::Study, study->id,
        u"audience=%1 notified=%2"_s.arg(study->audienceOrgId).arg(recipients.size()));
    return MutationOutcome::ok();
}

// The member's answers to the quiz: every question answered with a choice in range, no
// other key; nullopt with *rejection set otherwise.
std::optional<QJsonObject> checkAnswers(
    const QJsonValue &value, const QJsonArray &quiz, MutationOutcome *rejection)
{
    if (!value.isUndefined() && !value.isNull() && !value.isObject()) {
        *rejection = invalid(u"answers phải có dạng {mã câu hỏi: số thứ tự phương án}."_s);
        return std::nullopt;
    }
    const QJsonObject answers = value.toObject();
    QHash<QString, QJsonObject> questions;
    for (const QJsonValue &item : quiz)
        questions.insert(item[u"id"_s].toString(), item.toObject());
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!questions.contains(it.key())) {
            *rejection
                = invalid(u"Bài trắc nghiệm không có câu hỏi \"%1\"."_s.arg(quoted(it.key())));
            return std::nullopt;
        }
    }
    QJsonObject checked;
    for (const QJsonValue &item : quiz) {
        const QString id = item[u"id"_s].toString();
        if (!answers.contains(id)) {
            *rejection = invalid(
                u"Đồng chí chưa trả lời câu hỏi: %1"_s.arg(quoted(item[u"text"_s].toString())));
            return std::nullopt;
        }
        const int choice = indexBelow(answers.value(id), item[u"choices"_s].toArray().size());
        if (choice < 0) {
            *rejection = invalid(u"Câu trả lời cho câu hỏi \"%1\" không phải một phương án có "
                                 "trong bài."_s.arg(quoted(item[u"text"_s].toString())));
            return std::nullopt;
        }
        checked.insert(id, choice);
    }
    return checked;
}

MutationOutcome studySubmit(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    const auto studyId = id ? args.id(u"study_id"_s) : std::nullopt;
    if (!studyId)
        return args.rejection();
    const QSqlDatabase db = c.tx.db();
    const auto study = Studies::find(db, *studyId);
    const QString cell = c.user.memberId.isEmpty()
        ? QString()
        : scalarSql(db, u"SELECT org_id FROM members WHERE id = ?"_s, { c.user.memberId })
              .toString();
    if (!study || cell.isEmpty() || !OrgTree::contains(db, study->audienceOrgId, cell))
        return studyNotFound(study.has_value());
    if (study->status == StudyStatus::Closed)
        return MutationOutcome::rejected(
            Code::StudyClosed, u"Đợt học tập này đã kết thúc; không nộp bài thu hoạch được nữa."_s);

    const auto existing = Studies::submissionOf(db, study->id, c.user.memberId);
    if (existing && existing->status == SubmissionStatus::Accepted)
        return conflict(u"Bài thu hoạch của đồng chí đã được chi bộ duyệt; không nộp lại được."_s);
    // The id sent may be another one than the stored one: a second device of the member that
    // had not pulled the first submission. An id that already is another submission (another
    // member's, or the member's own in another study) is a conflict and stays untouched.
    if (!existing || existing->id != *id) {
        const auto clash = Studies::findSubmission(db, *id);
        if (clash)
            return conflict(u"Mã bài thu hoạch này đã được dùng cho một bài khác."_s);
    }

    const QJsonValue reflectionValue = json.value(u"reflection"_s);
    if (!reflectionValue.isUndefined() && !reflectionValue.isNull() && !reflectionValue.isString())
        return invalid(u"reflection phải là chuỗi ký tự."_s);
    const QString reflection = reflectionValue.toString();
    if (reflection.size() > Limit::Reflection)
        return invalid(u"Bài thu hoạch quá dài (tối đa %1 ký tự)."_s.arg(Limit::Reflection));
    if (study->reflectionRequired && reflection.trimmed().isEmpty())
        return invalid(u"Hãy viết bài thu hoạch trước khi nộp."_s);
    MutationOutcome rejection;
    const auto answers = checkAnswers(json.value(u"answers"_s), study->quiz, &rejection);
    if (!answers)
        return rejection;

    StoredSubmission submission;
    submission.id = existing ? existing->id : *id; // a re-submission keeps the first id
    submission.studyId = study->id;
    submission.memberId = c.user.memberId;
    submission.orgId = cell;
    submission.reflection = reflection;
    submission.answers = *answers;
    const Studies::Score score = Studies::score(study->quiz, *answers);
    submission.score = score.score;
    submission.total = score.total;
    submission.late = Studies::isLate(study->dueDate, c.now);
    submission.status = SubmissionStatus::Submitted;
    submission.submittedAt = now(c);
    Studies::saveSubmission(c.tx, submission, !existing);
    // The device that sent another id keeps an optimistic row under it until told to drop
    // it: a delete of that id for the member, in the same transaction as the put of the first.
    if (existing && existing->id != *id)
        Studies::dropResubmittedId(c.tx, *id, cell, c.user.memberId);
    Studies::recomputeChain(c.tx, *study, cell, c.now);
    return MutationOutcome::ok();
}

MutationOutcome studyReview(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto submissionId = args.id(u"submission_id"_s);
    if (!submissionId)
        return args.rejection();
    const QSqlDatabase db = c.tx.db();
    auto submission = Studies::findSubmission(db, *submissionId);
    if (!submission || !c.user.isSecretary() || submission->orgId != c.user.orgId)
        return MutationOutcome::notFound(
            u"Bài thu hoạch không tồn tại hoặc không thuộc chi bộ của đồng chí."_s,
            submission.has_value());
    const QString decision = json.value(u"decision"_s).toString();
    if (decision != ReviewDecision::Accept && decision != ReviewDecision::Return)
        return invalid(u"Quyết định phải là duyệt (accept) hoặc trả lại (return)."_s);
    const auto comment = args.optionalText(u"comment"_s, Limit::ReviewComment);
    if (!comment)
        return args.rejection();
    const bool returning = decision == ReviewDecision::Return;
    if (returning && comment->trimmed().isEmpty())
        return invalid(u"Hãy ghi nhận xét để đồng chí đảng viên biết cần sửa gì."_s);
    if (submission->status != SubmissionStatus::Submitted)
        return conflict(submission->status == SubmissionStatus::Accepted
                ? u"Bài thu hoạch này đã được duyệt."_s
                : u"Bài thu hoạch này đã được trả lại; chờ đảng viên nộp lại."_s);
    const auto study = Studies::find(db, submission->studyId);
    if (!study)
        return studyNotFound(false);

    submission->status
        = returning ? QString(SubmissionStatus::Returned) : QString(SubmissionStatus::Accepted);
    submission->comment = comment->trimmed();
    submission->reviewedAt = now(c);
    submission->reviewedBy = c.user.userId;
    Studies::saveSubmission(c.tx, *submission, false);
    Studies::recomputeChain(c.tx, *study, submission->orgId, c.now);
    if (returning) {
        CellNotifier(c).notifyMember(submission->memberId, submission->orgId,
            { QString(NotificationKind::StudyReturned),
                u"Bài thu hoạch cần sửa lại: %1"_s.arg(study->title),
                u"Nhận xét của chi bộ: %1"_s.arg(submission->comment), QString(RefType::Study),
                study->id });
    }
    audit(c, Mutation::StudyReview, RowType::StudySubmission, submission->id, decision);
    return MutationOutcome::ok();
}

MutationOutcome studyClose(MutationContext &c, const QJsonObject &json)
{
    MutationArgs args(json);
    const auto id = args.id(u"id"_s);
    if (!id)
        return args.rejection();
    const auto study = Studies::find(c.tx.db(), *id);
    // The assigner's organisation: its committee users, or the secretary of the cell.
    if (!study || study->orgId != c.user.orgId || !(c.user.isCommittee() || c.user.isSecretary()))
        return studyNotFound(study.has_value());
    if (study->status == StudyStatus::Closed)
        return MutationOutcome::ok(); // closing twice changes nothing
    Studies::close(c.tx, study->id, now(c));
    audit(c, Mutation::StudyClose, RowType::Study, study->id);
    return MutationOutcome::ok();
}

} // namespace

void StudyMutations::addTo(MutationTable &table)
{
    table.insert(Mutation::StudyAssign,
        { studyAssign,
            { u"id"_s, u"title"_s, u"instructions"_s, u"document_ids"_s, u"audience_org_id"_s,
                u"due_date"_s, u"reflection_required"_s, u"quiz"_s },
            { { u"quiz"_s, { u"id"_s, u"text"_s, u"choices"_s, u"answer"_s } } } });
    table.insert(Mutation::StudySubmit,
        { studySubmit, { u"id"_s, u"study_id"_s, u"reflection"_s, u"answers"_s }, {} });
    table.insert(Mutation::StudyReview,
        { studyReview, { u"submission_id"_s, u"decision"_s, u"comment"_s }, {} });
    table.insert(Mutation::StudyClose, { studyClose, { u"id"_s }, {} });
}
