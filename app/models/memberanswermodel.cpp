#include "memberanswermodel.h"

#include "wire.h"
#include "wirevalues.h"

#include <algorithm>

MemberAnswerModel::MemberAnswerModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int MemberAnswerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

QVariant MemberAnswerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberAnswerItem &member = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return member.name;
    case MemberIdRole:
        return member.memberId;
    case PositionRole:
        return member.position;
    case AnswerRole:
        return Wire::answer(member.answer);
    case AnswerLabelRole:
        return answerLabel(member.answer);
    case ReasonRole:
        return member.reason;
    case PresentRole:
        return member.present;
    case PresentLabelRole:
        return presentLabel(member.present);
    case PendingRole:
        return member.pending;
    default:
        return {};
    }
}

QHash<int, QByteArray> MemberAnswerModel::roleNames() const
{
    return {
        { MemberIdRole, "memberId" },
        { NameRole, "name" },
        { PositionRole, "position" },
        { AnswerRole, "answer" },
        { AnswerLabelRole, "answerLabel" },
        { ReasonRole, "reason" },
        { PresentRole, "present" },
        { PresentLabelRole, "presentLabel" },
        { PendingRole, Protocol::Key::Pending.data() },
    };
}

int MemberAnswerModel::countIf(const std::function<bool(const MemberAnswerItem &)> &test) const
{
    return int(std::count_if(m_members.cbegin(), m_members.cend(), test));
}

int MemberAnswerModel::attendingCount() const
{
    return countIf([](const MemberAnswerItem &m) { return m.answer == Protocol::Rsvp::Attending; });
}

int MemberAnswerModel::absentCount() const
{
    return countIf([](const MemberAnswerItem &m) { return m.answer == Protocol::Rsvp::Absent; });
}

int MemberAnswerModel::noAnswerCount() const
{
    return countIf([](const MemberAnswerItem &m) { return m.answer.isEmpty(); });
}

int MemberAnswerModel::presentCount() const
{
    return countIf([](const MemberAnswerItem &m) { return m.present == 1; });
}

int MemberAnswerModel::markedAbsentCount() const
{
    return countIf([](const MemberAnswerItem &m) { return m.present == 0; });
}

int MemberAnswerModel::unmarkedCount() const
{
    return countIf([](const MemberAnswerItem &m) { return m.present < 0; });
}

void MemberAnswerModel::setMembers(const QList<MemberAnswerItem> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
    Q_EMIT countsChanged();
}

bool MemberAnswerModel::setPresent(const QString &memberId, bool present, bool pending)
{
    for (qsizetype row = 0; row < m_members.size(); ++row) {
        MemberAnswerItem &member = m_members[row];
        if (member.memberId != memberId)
            continue;
        member.present = present ? 1 : 0;
        member.pending = pending;
        const QModelIndex changed = index(int(row));
        Q_EMIT dataChanged(changed, changed, { PresentRole, PresentLabelRole, PendingRole });
        Q_EMIT countsChanged();
        return true;
    }
    return false;
}

QString MemberAnswerModel::answerLabel(const QString &answer)
{
    if (answer == Protocol::Rsvp::Attending)
        return tr("Sẽ tham dự");
    if (answer == Protocol::Rsvp::Absent)
        return tr("Vắng mặt");
    return tr("Chưa trả lời");
}

QString MemberAnswerModel::presentLabel(int present)
{
    if (present == 1)
        return tr("Có mặt");
    if (present == 0)
        return tr("Vắng");
    return tr("Chưa điểm danh");
}
