#include "selfreviewlistmodel.h"

#include "reviewrating.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QStringList>
#include <QTimeZone>

using namespace Qt::StringLiterals;
namespace Status = Protocol::SelfReviewStatus;

SelfReviewListModel::SelfReviewListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int SelfReviewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

bool SelfReviewListModel::canDecide(const SelfReviewEntry &entry)
{
    return entry.status == Status::Proposed && !entry.pending
        && ReviewRating::isValid(entry.proposedRating);
}

QString SelfReviewListModel::decisionRating(const SelfReviewEntry &entry)
{
    return ReviewRating::isValid(entry.chosenRating) ? entry.chosenRating : entry.proposedRating;
}

QString SelfReviewListModel::vietnamTime(const QString &iso)
{
    const QDateTime time = Timestamps::fromIso(iso);
    return time.isValid() ? time.toTimeZone(QTimeZone(7 * 3600)).toString(u"HH:mm dd/MM/yyyy"_s)
                          : QString();
}

int SelfReviewListModel::decidableIn(const QString &orgId) const
{
    int count = 0;
    for (const SelfReviewEntry &entry : m_entries) {
        if (entry.orgId == orgId && canDecide(entry))
            ++count;
    }
    return count;
}

QVariant SelfReviewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SelfReviewEntry &e = m_entries.at(index.row());
    const QString chosen = e.status == Status::Decided ? e.decidedRating : decisionRating(e);
    switch (role) {
    case Qt::DisplayRole:
    case MemberNameRole:
        return e.memberName;
    case SelfReviewIdRole:
        return e.selfReviewId;
    case MemberIdRole:
        return e.memberId;
    case OrgIdRole:
        return e.orgId;
    case SectionRole:
        return e.orgName;
    case FirstInSectionRole:
        return index.row() == 0 || m_entries.at(index.row() - 1).orgId != e.orgId;
    case SectionDecidableRole:
        return decidableIn(e.orgId);
    case HasReviewRole:
        return !e.selfReviewId.isEmpty();
    case IsSubmittedRole:
        return e.status == Status::Submitted;
    case IsProposedRole:
        return e.status == Status::Proposed;
    case IsDecidedRole:
        return e.status == Status::Decided;
    case SelfRatingRole:
        return e.selfRating;
    case ProposedRatingRole:
        return e.proposedRating;
    case DecidedRatingRole:
        return e.decidedRating;
    case ChosenRatingRole:
        return chosen;
    case SelfRatingIndexRole:
        return ReviewRating::rank(e.selfRating);
    case ProposedIndexRole:
        return ReviewRating::rank(e.proposedRating);
    case DecidedIndexRole:
        return ReviewRating::rank(e.decidedRating);
    case ChosenIndexRole:
        return ReviewRating::rank(chosen);
    case SelfRatingTextRole:
        return ReviewRating::name(e.selfRating);
    case ProposedRatingTextRole:
        return ReviewRating::name(e.proposedRating);
    case DecidedRatingTextRole:
        return ReviewRating::name(e.decidedRating);
    case ChosenRatingTextRole:
        return ReviewRating::name(chosen);
    case ProposalCommentRole:
        return e.proposalComment;
    case DecisionCommentRole:
        return e.decisionComment;
    case IsExceptionRole:
        return canDecide(e) && decisionRating(e) != e.proposedRating;
    case CanDecideRole:
        return canDecide(e);
    case LateRole:
        return e.late;
    case PendingRole:
        return e.pending;
    case DetailRole: {
        if (e.selfReviewId.isEmpty())
            return tr("Chưa nộp bản kiểm điểm");
        QStringList parts;
        if (const QString at = vietnamTime(e.submittedAt); !at.isEmpty())
            parts << tr("Nộp lúc %1").arg(at);
        if (e.late)
            parts << tr("nộp muộn");
        if (e.pending)
            parts << tr("đang chờ gửi lên máy chủ");
        return parts.join(u" · "_s);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> SelfReviewListModel::roleNames() const
{
    return { { SelfReviewIdRole, "selfReviewId" }, { MemberIdRole, "memberId" },
        { MemberNameRole, "memberName" }, { OrgIdRole, "orgId" }, { SectionRole, "section" },
        { FirstInSectionRole, "firstInSection" }, { SectionDecidableRole, "sectionDecidable" },
        { HasReviewRole, "hasReview" }, { IsSubmittedRole, "isSubmitted" },
        { IsProposedRole, "isProposed" }, { IsDecidedRole, "isDecided" },
        { SelfRatingRole, "selfRating" }, { ProposedRatingRole, "proposedRating" },
        { DecidedRatingRole, "decidedRating" }, { ChosenRatingRole, "chosenRating" },
        { SelfRatingIndexRole, "selfRatingIndex" }, { ProposedIndexRole, "proposedIndex" },
        { DecidedIndexRole, "decidedIndex" }, { ChosenIndexRole, "chosenIndex" },
        { SelfRatingTextRole, "selfRatingText" }, { ProposedRatingTextRole, "proposedRatingText" },
        { DecidedRatingTextRole, "decidedRatingText" },
        { ChosenRatingTextRole, "chosenRatingText" }, { ProposalCommentRole, "proposalComment" },
        { DecisionCommentRole, "decisionComment" }, { IsExceptionRole, "isException" },
        { CanDecideRole, "canDecide" }, { LateRole, "late" },
        { PendingRole, Protocol::Key::Pending.data() }, { DetailRole, "detail" } };
}

void SelfReviewListModel::setEntries(const QList<SelfReviewEntry> &entries)
{
    const bool sizeChanged = entries.size() != m_entries.size();
    beginResetModel();
    m_entries = entries;
    endResetModel();
    if (sizeChanged)
        Q_EMIT countChanged();
}

const SelfReviewEntry *SelfReviewListModel::find(const QString &selfReviewId) const
{
    for (const SelfReviewEntry &entry : m_entries) {
        if (!selfReviewId.isEmpty() && entry.selfReviewId == selfReviewId)
            return &entry;
    }
    return nullptr;
}

bool SelfReviewListModel::setChosen(const QString &selfReviewId, const QString &rating)
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        SelfReviewEntry &entry = m_entries[row];
        if (selfReviewId.isEmpty() || entry.selfReviewId != selfReviewId)
            continue;
        const QString chosen
            = ReviewRating::isValid(rating) && rating != entry.proposedRating ? rating : QString();
        if (entry.chosenRating != chosen) {
            entry.chosenRating = chosen;
            Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1));
        }
        return true;
    }
    return false;
}
