#include "studylistmodel.h"

#include "studyreminders.h"
#include "wirevalues.h"

using namespace Qt::StringLiterals;
namespace SubmissionStatus = Protocol::SubmissionStatus;

StudyListModel::StudyListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int StudyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_studies.size());
}

StudyListModel::State StudyListModel::stateOf(const StudyEntry &entry)
{
    if (entry.submission) {
        if (entry.submission->status == SubmissionStatus::Accepted)
            return Accepted;
        if (entry.submission->status == SubmissionStatus::Returned)
            return Returned;
        return Submitted;
    }
    return entry.hasDraft ? Writing : NotStarted;
}

QString StudyListModel::stateLabel(State state)
{
    switch (state) {
    case NotStarted:
        return tr("Chưa làm");
    case Writing:
        return tr("Đang viết");
    case Submitted:
        return tr("Đã nộp");
    case Accepted:
        return tr("Đã được duyệt");
    case Returned:
        return tr("Bị trả lại");
    }
    return {};
}

QString StudyListModel::dueText(const QDate &due)
{
    return due.isValid() ? tr("Hạn nộp: %1").arg(due.toString(u"dd/MM/yyyy"_s)) : QString();
}

bool StudyListModel::isOverdue(const StudyEntry &entry, const QDate &today)
{
    const State state = stateOf(entry);
    return entry.mine && entry.study.isOpen() && entry.study.dueDate.isValid()
        && today > entry.study.dueDate && state != Submitted && state != Accepted;
}

QString StudyListModel::overdueText(const QDate &due, const QDate &today)
{
    const qint64 days = due.daysTo(today);
    return days == 1 ? tr("Quá hạn 1 ngày") : tr("Quá hạn %1 ngày").arg(days);
}

QString StudyListModel::reminderText(const StudyEntry &entry, const QDate &today)
{
    const State state = stateOf(entry);
    if (!entry.mine || !entry.study.isOpen() || !entry.study.dueDate.isValid() || state == Submitted
        || state == Accepted)
        return {};
    const qint64 days = today.daysTo(entry.study.dueDate);
    if (StudyReminders::stageFor(days) == 0)
        return {};
    if (days == 0)
        return tr("Hôm nay là hạn nộp bài thu hoạch");
    return days == 1 ? tr("Còn 1 ngày đến hạn nộp bài thu hoạch")
                     : tr("Còn %1 ngày đến hạn nộp bài thu hoạch").arg(days);
}

QVariant StudyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StudyEntry &entry = m_studies.at(index.row());
    switch (role) {
    case IdRole:
        return entry.study.id;
    case TitleRole:
    case Qt::DisplayRole:
        return entry.study.title;
    case DueTextRole:
        return dueText(entry.study.dueDate);
    case OverdueRole:
        return isOverdue(entry, m_today);
    case OverdueTextRole:
        return isOverdue(entry, m_today) ? overdueText(entry.study.dueDate, m_today) : QString();
    case StateRole:
        return int(stateOf(entry));
    case StateLabelRole:
        return stateLabel(stateOf(entry));
    case PendingRole:
        return entry.submission && entry.submission->pending;
    case MineRole:
        return entry.mine;
    case OpenRole:
        return entry.study.isOpen();
    case ReminderRole:
        return reminderText(entry, m_today);
    case AudienceRole:
        return entry.study.audienceName;
    case AssignerRole:
        return entry.study.orgName;
    default:
        return {};
    }
}

QHash<int, QByteArray> StudyListModel::roleNames() const
{
    return { { IdRole, "studyId" }, { TitleRole, "title" }, { DueTextRole, "dueText" },
        { OverdueRole, "overdue" }, { OverdueTextRole, "overdueText" }, { StateRole, "state" },
        { StateLabelRole, "stateLabel" }, { PendingRole, Protocol::Key::Pending.data() },
        { MineRole, "mine" }, { OpenRole, "isOpen" }, { ReminderRole, "reminder" },
        { AudienceRole, "audience" }, { AssignerRole, "assigner" } };
}

void StudyListModel::setStudies(const QList<StudyEntry> &studies, const QDate &today)
{
    const bool countChanges = studies.size() != m_studies.size();
    beginResetModel();
    m_studies = studies;
    m_today = today;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}
