// The cell's meetings screen: upcoming meetings (soonest first, including cancelled ones so
// members learn of it) and past ones (newest first), with my answer to each.
#pragma once

#include "cellcontroller.h"
#include "meetinglistmodel.h"

class MeetingsController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MeetingListModel *upcoming READ upcoming CONSTANT)
    Q_PROPERTY(MeetingListModel *past READ past CONSTANT)

public:
    // A meeting counts as upcoming until this long after its start (it may still be going
    // on, and the secretary takes attendance from this list).
    static constexpr qint64 kUnderWaySeconds = 4 * 3600;

    explicit MeetingsController(QObject *parent = nullptr);

    [[nodiscard]] MeetingListModel *upcoming() { return &m_upcoming; }
    [[nodiscard]] MeetingListModel *past() { return &m_past; }

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    MeetingListModel m_upcoming;
    MeetingListModel m_past;
};
