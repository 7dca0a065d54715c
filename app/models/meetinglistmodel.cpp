#include "meetinglistmodel.h"

#include "wire.h"
#include "wirevalues.h"

MeetingListModel::MeetingListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeetingListItem &meeting = m_meetings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return meeting.title;
    case IdRole:
        return meeting.id;
    case TimeTextRole:
        return meeting.timeText;
    case LocationRole:
        return meeting.location;
    case StatusRole:
        return Wire::meetingStatus(meeting.status);
    case StatusLabelRole:
        return statusLabel(meeting.status);
    case AnswerRole:
        return Wire::answer(meeting.answer);
    case AnswerLabelRole:
        return meeting.status == Protocol::MeetingStatus::Scheduled ? answerLabel(meeting.answer)
                                                                    : QString();
    case PendingRole:
        return meeting.pending;
    default:
        return {};
    }
}

QHash<int, QByteArray> MeetingListModel::roleNames() const
{
    return {
        { IdRole, "meetingId" },
        { TitleRole, "title" },
        { TimeTextRole, "timeText" },
        { LocationRole, "location" },
        { StatusRole, "status" },
        { StatusLabelRole, "statusLabel" },
        { AnswerRole, "answer" },
        { AnswerLabelRole, "answerLabel" },
        { PendingRole, Protocol::Key::Pending.data() },
    };
}

void MeetingListModel::setMeetings(const QList<MeetingListItem> &meetings)
{
    beginResetModel();
    m_meetings = meetings;
    endResetModel();
    Q_EMIT countChanged();
}

QString MeetingListModel::statusLabel(const QString &status)
{
    if (status == Protocol::MeetingStatus::Cancelled)
        return tr("Đã hủy");
    if (status == Protocol::MeetingStatus::Done)
        return tr("Đã họp");
    if (status == Protocol::MeetingStatus::InProgress)
        return tr("Đang họp");
    return tr("Sắp họp");
}

QString MeetingListModel::answerLabel(const QString &answer)
{
    if (answer == Protocol::Rsvp::Attending)
        return tr("Đồng chí sẽ tham dự");
    if (answer == Protocol::Rsvp::Absent)
        return tr("Đồng chí báo vắng");
    return tr("Đồng chí chưa trả lời");
}
