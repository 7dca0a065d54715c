// Studies as a list shows them (DESIGN.md 8.3): the member's on the home card and every study
// on the device on the studies page, in the catalog's order (open first, the nearest due date
// first). Each row says where the member stands (not started, writing, submitted, accepted,
// returned), its due date ("Hạn nộp: 05/12/2026"), whether it is overdue for the member, and
// the reminder of the last days ("Còn 3 ngày đến hạn nộp").
#pragma once

#include "studycatalog.h"

#include <QAbstractListModel>
#include <QDate>
#include <QtQml/qqmlregistration.h>

class StudyListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Study lists come from their controllers.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    // Where the member stands with a study.
    enum State {
        NotStarted, // nothing written yet
        Writing, // a draft on this device, not handed in
        Submitted, // handed in (pending until the server took it), waiting for review
        Accepted, // the secretary accepted it
        Returned, // the secretary returned it with a comment: write again
    };
    Q_ENUM(State)

    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        DueTextRole, // "Hạn nộp: 05/12/2026"
        OverdueRole, // past the due date and not handed in (the member's own studies)
        OverdueTextRole, // "Quá hạn 2 ngày"
        StateRole,
        StateLabelRole, // "Chưa làm", "Đang viết", "Đã nộp", "Đã được duyệt", "Bị trả lại"
        PendingRole, // the submission waits to be sent
        MineRole, // the member is in the audience
        OpenRole,
        ReminderRole, // "Còn 3 ngày đến hạn nộp" in the last days, else ""
        AudienceRole, // "Chi bộ thôn Đồng Tâm"
        AssignerRole, // the assigning organization's name
    };
    Q_ENUM(Role)

    explicit StudyListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Replaces the list (kept in the given order); `today` is the date in Vietnam.
    void setStudies(const QList<StudyEntry> &studies, const QDate &today);

    [[nodiscard]] static State stateOf(const StudyEntry &entry);
    [[nodiscard]] static QString stateLabel(State state);
    // "Hạn nộp: 05/12/2026".
    [[nodiscard]] static QString dueText(const QDate &due);
    // Overdue for the member: open, theirs, past the date, not handed in (or returned).
    [[nodiscard]] static bool isOverdue(const StudyEntry &entry, const QDate &today);
    [[nodiscard]] static QString overdueText(const QDate &due, const QDate &today);
    // The reminder of the last three days for a study still waiting for the member, or "".
    [[nodiscard]] static QString reminderText(const StudyEntry &entry, const QDate &today);

Q_SIGNALS:
    void countChanged();

private:
    QList<StudyEntry> m_studies;
    QDate m_today;
};
