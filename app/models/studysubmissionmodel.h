// The cell's members for one study, as the secretary reviews them (DESIGN.md 8.3): grouped
// Chưa nộp, Đã nộp chờ duyệt, Bị trả lại, Đã duyệt, each heading with its count, by name
// within a group; a late submission is marked, a quiz shows its score, a review still
// waiting for the server shows as waiting.
#pragma once

#include "studyreviewcatalog.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class StudySubmissionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The submissions screen gets its list from its controller.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    // Where a member is with the study (MemberStudyState::State), for QML.
    enum State { NotStarted, Submitted, Returned, Accepted };
    Q_ENUM(State)

    enum Role {
        MemberIdRole = Qt::UserRole + 1,
        MemberNameRole,
        SubmissionIdRole, // "" when not started
        StateRole, // State
        SectionRole, // "Đã nộp chờ duyệt (2)": the group heading
        FirstInSectionRole, // the first member of its group (the heading goes above it)
        LateRole,
        DetailRole, // "Nộp lúc 10:00 20/11/2026 · nộp muộn · 3/4 câu đúng"
        PendingRole, // a review waits for the server
    };
    Q_ENUM(Role)

    explicit StudySubmissionModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Replaces the list (already grouped: StudyReviewCatalog::cellStates).
    void setStates(const QList<MemberStudyState> &states);
    [[nodiscard]] int countOf(State state) const;
    // The first submission waiting for review, else the first one handed in ("" if none).
    [[nodiscard]] Q_INVOKABLE QString firstSubmissionId() const;
    [[nodiscard]] bool containsSubmission(const QString &submissionId) const;

    // "Chưa nộp", "Đã nộp chờ duyệt", "Bị trả lại", "Đã duyệt".
    [[nodiscard]] static QString stateLabel(State state);
    // "10:00 20/11/2026" in Vietnam time, from a wire timestamp ("" when invalid).
    [[nodiscard]] static QString vietnamTime(const QString &iso);
    // "3/4 câu đúng" ("" without a quiz).
    [[nodiscard]] static QString scoreText(int score, int total);

Q_SIGNALS:
    void countChanged();

private:
    QList<MemberStudyState> m_states;
};
