// The secretary's follow-up of one meeting: who will attend, who is absent and why, who has
// not answered; for each "read before the meeting" document, who has read it and who not.
#pragma once

#include "cellcontroller.h"
#include "documentreadingmodel.h"
#include "memberanswermodel.h"

class FollowUpController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString meetingId READ meetingId WRITE setMeetingId NOTIFY meetingIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY meetingChanged)
    Q_PROPERTY(QString title READ title NOTIFY meetingChanged)
    Q_PROPERTY(QString timeText READ timeText NOTIFY meetingChanged)
    // Every member of the cell with their answer (attending first, then absent, then none).
    Q_PROPERTY(MemberAnswerModel *answers READ answers CONSTANT)
    Q_PROPERTY(DocumentReadingModel *readings READ readings CONSTANT)

public:
    explicit FollowUpController(QObject *parent = nullptr);

    [[nodiscard]] QString meetingId() const { return m_meetingId; }
    void setMeetingId(const QString &id);
    [[nodiscard]] bool found() const { return m_found; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString timeText() const { return m_timeText; }
    [[nodiscard]] MemberAnswerModel *answers() { return &m_answers; }
    [[nodiscard]] DocumentReadingModel *readings() { return &m_readings; }

Q_SIGNALS:
    void meetingIdChanged();
    void meetingChanged();

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    QString m_meetingId;
    bool m_found = false;
    QString m_title;
    QString m_timeText;
    MemberAnswerModel m_answers;
    DocumentReadingModel m_readings;
};
