// The studies menu (DESIGN.md 8.3): every study on this device, open ones first and the
// nearest due date first, with where the member stands; the reminders of the last days the
// device has shown (StudyReminders, for the notifications page too); and who is signed in,
// for the secretary's and the committee's entries (submissions, progress, assign).
#pragma once

#include "cellcontroller.h"
#include "studylistmodel.h"

#include <QVariantList>

class StudiesController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(StudyListModel *studies READ studies CONSTANT)
    // The reminders recorded on this device for studies still waiting for the member, newest
    // first: [{studyId, title, text, time}].
    Q_PROPERTY(QVariantList reminders READ reminders NOTIFY remindersChanged)
    Q_PROPERTY(bool isCommittee READ isCommittee NOTIFY identityChanged)

public:
    explicit StudiesController(QObject *parent = nullptr);

    [[nodiscard]] StudyListModel *studies() { return &m_studies; }
    [[nodiscard]] QVariantList reminders() const { return m_reminders; }
    [[nodiscard]] bool isCommittee() const;

    // A reminder's text from the days really left from `today` (Vietnam's date) to `due`:
    // "Còn 2 ngày đến hạn nộp bài thu hoạch “…” (hạn 05/12/2026).", "Hôm nay là hạn nộp …".
    [[nodiscard]] static QString reminderText(
        const QString &title, const QDate &due, const QDate &today);

Q_SIGNALS:
    void remindersChanged();

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    StudyListModel m_studies;
    QVariantList m_reminders;
    QString m_role;
};
