#include "studyreviewcontroller.h"

#include "protocol.h"
#include "studyorganiseractions.h"
#include "syncstate.h"
#include "wirevalues.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

StudyReviewController::StudyReviewController(QObject *parent)
    : CellController(parent)
{ }

void StudyReviewController::setStudyId(const QString &id)
{
    if (m_studyId == id)
        return;
    m_studyId = id;
    Q_EMIT studyIdChanged();
    reload();
}

void StudyReviewController::setSubmissionId(const QString &id)
{
    if (m_submissionId == id)
        return;
    m_submissionId = id;
    Q_EMIT submissionIdChanged();
    reload();
}

void StudyReviewController::loadCell(SqliteDatabase &db)
{
    m_role = SyncState(db).value(u"role"_s);
    StudyReviewCatalog catalog(db);
    m_submission = m_submissionId.isEmpty() ? std::nullopt : catalog.submission(m_submissionId);
    // A submission opened on its own page knows its study.
    QString studyId = m_studyId;
    if (studyId.isEmpty() && m_submission)
        studyId = m_submission->studyId;
    m_study = studyId.isEmpty() ? std::nullopt : catalog.study(studyId);
    const QList<MemberStudyState> states
        = m_study ? catalog.cellStates(studyId, orgId()) : QList<MemberStudyState>();
    m_counts = StudyReviewCatalog::counts(states);
    m_submissions.setStates(states);
    Q_EMIT studyChanged();
    Q_EMIT submissionChanged();
}

QString StudyReviewController::dueText() const
{
    if (!m_study || !m_study->dueDate.isValid())
        return {};
    const QString date = m_study->dueDate.toString(u"dd/MM/yyyy"_s);
    if (m_study->dueDate < StudyOrganiserActions::vietnamDate(now()))
        return tr("Hạn nộp %1 (đã quá hạn)").arg(date);
    return tr("Hạn nộp %1").arg(date);
}

bool StudyReviewController::canClose() const
{
    const bool organiser = m_role == Protocol::Role::Committee || m_role == Protocol::Role::Admin
        || m_role == Protocol::Role::Secretary;
    return m_study && !m_study->closed && organiser && m_study->orgId == orgId();
}

QString StudyReviewController::progressText() const
{
    const CellStudyCounts &c = m_counts;
    return tr("%1 đảng viên · đã nộp %2 · đã duyệt %3 · bị trả lại %4 · nộp muộn %5 · "
              "chưa nộp %6")
        .arg(c.members)
        .arg(c.submitted)
        .arg(c.accepted)
        .arg(c.returned)
        .arg(c.late)
        .arg(c.notStarted);
}

QString StudyReviewController::averageText() const
{
    if (!m_counts.averageScore)
        return {};
    return tr("Điểm trắc nghiệm trung bình: %1/10")
        .arg(QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                 .toString(*m_counts.averageScore, 'f', 1));
}

QString StudyReviewController::memberName() const
{
    if (!m_submission)
        return {};
    if (!m_submission->memberName.isEmpty())
        return m_submission->memberName;
    // The directory's name when the row has none.
    for (int row = 0; row < m_submissions.rowCount(); ++row) {
        const QModelIndex index = m_submissions.index(row);
        if (index.data(StudySubmissionModel::SubmissionIdRole).toString() == m_submission->id)
            return index.data(StudySubmissionModel::MemberNameRole).toString();
    }
    return {};
}

QString StudyReviewController::reflection() const
{
    return m_submission ? m_submission->reflection : QString();
}

QString StudyReviewController::scoreText() const
{
    return m_submission ? StudySubmissionModel::scoreText(m_submission->score, m_submission->total)
                        : QString();
}

QString StudyReviewController::submittedText() const
{
    if (!m_submission)
        return {};
    const QString time = StudySubmissionModel::vietnamTime(m_submission->submittedAt);
    return m_submission->late ? tr("Nộp lúc %1 · nộp muộn").arg(time) : tr("Nộp lúc %1").arg(time);
}

int StudyReviewController::state() const
{
    return m_submission ? int(m_submission->state) : int(StudySubmissionModel::NotStarted);
}

QString StudyReviewController::stateLabel() const
{
    if (!m_submission)
        return {};
    const QString label = StudySubmissionModel::stateLabel(StudySubmissionModel::State(state()));
    return m_submission->pending ? tr("%1 (đang chờ gửi lên máy chủ)").arg(label) : label;
}

bool StudyReviewController::canReview() const
{
    return isSecretary() && m_submission && m_submission->state == MemberStudyState::Submitted
        && !m_submission->pending;
}

int StudyReviewController::commentLimit() const
{
    return Protocol::Limit::ReviewComment;
}

bool StudyReviewController::queue(
    const std::function<LocalActions::Result(SqliteDatabase &)> &action)
{
    LocalActions::Result result;
    if (!withDatabase([&](SqliteDatabase &db) { result = action(db); }))
        return false;
    if (!result.ok()) {
        const QString code = result.error;
        if (code == Protocol::ErrorCode::Conflict)
            setErrorMessage(tr("Bài thu hoạch này đã được duyệt hoặc trả lại."));
        else if (code == Protocol::ErrorCode::Forbidden)
            setErrorMessage(tr("Chỉ bí thư chi bộ duyệt bài thu hoạch của đảng viên trong chi "
                               "bộ; chỉ nơi giao học tập mới kết thúc được đợt học tập."));
        else if (code == Protocol::ErrorCode::NotFound)
            setErrorMessage(tr("Không tìm thấy trên máy. Hãy đồng bộ rồi thử lại."));
        else
            setErrorMessage(tr("Chưa ghi lại được trên máy. Hãy thử lại."));
        return false;
    }
    setErrorMessage({});
    if (result.mutationId > 0)
        Q_EMIT localChangeMade();
    reload();
    return true;
}

bool StudyReviewController::review(const QString &decision, const QString &comment)
{
    if (comment.trimmed().size() > Protocol::Limit::ReviewComment) {
        setErrorMessage(tr("Nhận xét quá dài: %1 ký tự, tối đa %2 ký tự.")
                            .arg(comment.trimmed().size())
                            .arg(Protocol::Limit::ReviewComment));
        return false;
    }
    const QString id = m_submissionId;
    const bool ok = queue([&](SqliteDatabase &db) {
        return StudyOrganiserActions(db, [this] { return now(); }).review(id, decision, comment);
    });
    if (ok)
        Q_EMIT reviewed();
    return ok;
}

bool StudyReviewController::accept(const QString &comment)
{
    return review(QString(Protocol::ReviewDecision::Accept), comment);
}

bool StudyReviewController::returnSubmission(const QString &comment)
{
    if (comment.trimmed().isEmpty()) {
        setErrorMessage(tr("Xin ghi nhận xét để đồng chí ấy biết cần viết thêm gì."));
        return false;
    }
    return review(QString(Protocol::ReviewDecision::Return), comment);
}

bool StudyReviewController::closeStudy()
{
    const QString id = m_study ? m_study->id : m_studyId;
    return queue([&](SqliteDatabase &db) {
        return StudyOrganiserActions(db, [this] { return now(); }).close(id);
    });
}
