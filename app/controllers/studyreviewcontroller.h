// The secretary's review of a study (DESIGN.md 8.3): the cell's progress at the top
// (members, handed in, accepted, returned, late, not started, average quiz mark out of 10),
// the cell's members grouped by where they are (StudySubmissionModel), and one submission
// (submissionId): the reflection in full, the quiz score, and "Duyệt" (accept) or "Trả lại"
// with a comment the member will read (required). A decision shows at once as waiting for
// the server. The assigner may also close the study.
#pragma once

#include "cellcontroller.h"
#include "studysubmissionmodel.h"

class StudyReviewController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString studyId READ studyId WRITE setStudyId NOTIFY studyIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY studyChanged)
    Q_PROPERTY(QString title READ title NOTIFY studyChanged)
    // "Hạn nộp 25/12/2026" (with "đã quá hạn" once it passed).
    Q_PROPERTY(QString dueText READ dueText NOTIFY studyChanged)
    Q_PROPERTY(bool closed READ closed NOTIFY studyChanged)
    // The signed-in user's organisation assigned it (and may close it).
    Q_PROPERTY(bool canClose READ canClose NOTIFY studyChanged)
    // "12 đảng viên · đã nộp 8 · đã duyệt 5 · bị trả lại 1 · nộp muộn 2 · chưa nộp 4".
    Q_PROPERTY(QString progressText READ progressText NOTIFY studyChanged)
    // "Điểm trắc nghiệm trung bình: 7,5/10" ("" without scores).
    Q_PROPERTY(QString averageText READ averageText NOTIFY studyChanged)
    Q_PROPERTY(int members READ members NOTIFY studyChanged)
    Q_PROPERTY(int handedIn READ handedIn NOTIFY studyChanged)
    Q_PROPERTY(StudySubmissionModel *submissions READ submissions CONSTANT)

    // The submission shown (the wide window's right pane, or SubmissionReviewPage).
    Q_PROPERTY(
        QString submissionId READ submissionId WRITE setSubmissionId NOTIFY submissionIdChanged)
    Q_PROPERTY(bool submissionFound READ submissionFound NOTIFY submissionChanged)
    Q_PROPERTY(QString memberName READ memberName NOTIFY submissionChanged)
    Q_PROPERTY(QString reflection READ reflection NOTIFY submissionChanged)
    Q_PROPERTY(QString scoreText READ scoreText NOTIFY submissionChanged)
    Q_PROPERTY(QString submittedText READ submittedText NOTIFY submissionChanged)
    Q_PROPERTY(bool late READ late NOTIFY submissionChanged)
    Q_PROPERTY(int state READ state NOTIFY submissionChanged) // StudySubmissionModel::State
    Q_PROPERTY(QString stateLabel READ stateLabel NOTIFY submissionChanged)
    Q_PROPERTY(QString comment READ comment NOTIFY submissionChanged)
    Q_PROPERTY(bool reviewPending READ reviewPending NOTIFY submissionChanged)
    // Submitted, nothing waiting: "Duyệt" and "Trả lại" apply.
    Q_PROPERTY(bool canReview READ canReview NOTIFY submissionChanged)
    Q_PROPERTY(int commentLimit READ commentLimit CONSTANT)

public:
    explicit StudyReviewController(QObject *parent = nullptr);

    [[nodiscard]] QString studyId() const { return m_studyId; }
    void setStudyId(const QString &id);
    [[nodiscard]] bool found() const { return m_study.has_value(); }
    [[nodiscard]] QString title() const { return m_study ? m_study->title : QString(); }
    [[nodiscard]] QString dueText() const;
    [[nodiscard]] bool closed() const { return m_study && m_study->closed; }
    [[nodiscard]] bool canClose() const;
    [[nodiscard]] QString progressText() const;
    [[nodiscard]] QString averageText() const;
    [[nodiscard]] int members() const { return m_counts.members; }
    [[nodiscard]] int handedIn() const { return m_counts.submitted; }
    [[nodiscard]] StudySubmissionModel *submissions() { return &m_submissions; }
    [[nodiscard]] CellStudyCounts counts() const { return m_counts; }

    [[nodiscard]] QString submissionId() const { return m_submissionId; }
    void setSubmissionId(const QString &id);
    [[nodiscard]] bool submissionFound() const { return m_submission.has_value(); }
    [[nodiscard]] QString memberName() const;
    [[nodiscard]] QString reflection() const;
    [[nodiscard]] QString scoreText() const;
    [[nodiscard]] QString submittedText() const;
    [[nodiscard]] bool late() const { return m_submission && m_submission->late; }
    [[nodiscard]] int state() const;
    [[nodiscard]] QString stateLabel() const;
    [[nodiscard]] QString comment() const
    {
        return m_submission ? m_submission->comment : QString();
    }
    [[nodiscard]] bool reviewPending() const { return m_submission && m_submission->pending; }
    [[nodiscard]] bool canReview() const;
    [[nodiscard]] int commentLimit() const;

    // study.review accept (an optional comment); false with errorMessage set otherwise.
    Q_INVOKABLE bool accept(const QString &comment = {});
    // study.review return: the comment is required.
    Q_INVOKABLE bool returnSubmission(const QString &comment);
    // study.close.
    Q_INVOKABLE bool closeStudy();

Q_SIGNALS:
    void studyIdChanged();
    void studyChanged();
    void submissionIdChanged();
    void submissionChanged();
    void reviewed();

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    bool queue(const std::function<LocalActions::Result(SqliteDatabase &)> &action);
    bool review(const QString &decision, const QString &comment);

    QString m_studyId;
    QString m_submissionId;
    QString m_role;
    std::optional<AssignedStudy> m_study;
    std::optional<SubmissionForReview> m_submission;
    CellStudyCounts m_counts;
    StudySubmissionModel m_submissions;
};
