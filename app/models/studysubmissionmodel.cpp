#include "studysubmissionmodel.h"

#include "timestamps.h"
#include "wirevalues.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

StudySubmissionModel::StudySubmissionModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int StudySubmissionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_states.size());
}

QString StudySubmissionModel::stateLabel(State state)
{
    switch (state) {
    case NotStarted:
        return tr("Chưa nộp");
    case Submitted:
        return tr("Đã nộp chờ duyệt");
    case Returned:
        return tr("Bị trả lại");
    case Accepted:
        return tr("Đã duyệt");
    }
    return {};
}

QString StudySubmissionModel::vietnamTime(const QString &iso)
{
    const QDateTime time = Timestamps::fromIso(iso);
    return time.isValid() ? time.toTimeZone(QTimeZone(7 * 3600)).toString(u"HH:mm dd/MM/yyyy"_s)
                          : QString();
}

QString StudySubmissionModel::scoreText(int score, int total)
{
    if (score < 0 || total <= 0)
        return {};
    return tr("%1/%2 câu đúng").arg(score).arg(total);
}

QVariant StudySubmissionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberStudyState &s = m_states.at(index.row());
    const auto state = State(s.state);
    switch (role) {
    case Qt::DisplayRole:
    case MemberNameRole:
        return s.memberName;
    case MemberIdRole:
        return s.memberId;
    case SubmissionIdRole:
        return s.submissionId;
    case StateRole:
        return int(state);
    case SectionRole:
        return tr("%1 (%2)").arg(stateLabel(state)).arg(countOf(state));
    case FirstInSectionRole:
        return index.row() == 0 || m_states.at(index.row() - 1).state != s.state;
    case LateRole:
        return s.late;
    case DetailRole: {
        if (s.state == MemberStudyState::NotStarted)
            return tr("Chưa nộp bài thu hoạch");
        QStringList parts { tr("Nộp lúc %1").arg(vietnamTime(s.submittedAt)) };
        if (s.late)
            parts << tr("nộp muộn");
        if (const QString score = scoreText(s.score, s.total); !score.isEmpty())
            parts << score;
        if (s.pending)
            parts << tr("đang chờ gửi lên máy chủ");
        return parts.join(u" · "_s);
    }
    case PendingRole:
        return s.pending;
    default:
        return {};
    }
}

QHash<int, QByteArray> StudySubmissionModel::roleNames() const
{
    return { { MemberIdRole, "memberId" }, { MemberNameRole, "memberName" },
        { SubmissionIdRole, "submissionId" }, { StateRole, "state" }, { SectionRole, "section" },
        { FirstInSectionRole, "firstInSection" }, { LateRole, "late" }, { DetailRole, "detail" },
        { PendingRole, Protocol::Key::Pending.data() } };
}

void StudySubmissionModel::setStates(const QList<MemberStudyState> &states)
{
    const bool countChanges = states.size() != m_states.size();
    beginResetModel();
    m_states = states;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int StudySubmissionModel::countOf(State state) const
{
    return int(std::count_if(m_states.cbegin(), m_states.cend(),
        [state](const MemberStudyState &s) { return int(s.state) == int(state); }));
}

QString StudySubmissionModel::firstSubmissionId() const
{
    for (const MemberStudyState &s : m_states) {
        if (s.state == MemberStudyState::Submitted)
            return s.submissionId;
    }
    for (const MemberStudyState &s : m_states) {
        if (!s.submissionId.isEmpty())
            return s.submissionId;
    }
    return {};
}

bool StudySubmissionModel::containsSubmission(const QString &submissionId) const
{
    return !submissionId.isEmpty()
        && std::any_of(m_states.cbegin(), m_states.cend(),
            [&](const MemberStudyState &s) { return s.submissionId == submissionId; });
}
