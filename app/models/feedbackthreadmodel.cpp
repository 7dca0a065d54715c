#include "feedbackthreadmodel.h"

#include "wirevalues.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

FeedbackThreadModel::FeedbackThreadModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int FeedbackThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_threads.size());
}

QVariant FeedbackThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedbackThreadItem &thread = m_threads.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return thread.text;
    case IdRole:
        return thread.id;
    case AuthorNameRole:
        return thread.authorName;
    case TimeTextRole:
        return thread.timeText;
    case MineRole:
        return thread.mine;
    case PendingRole:
        return thread.pending;
    case ReplyCountRole:
        return int(thread.replies.size());
    case RepliesRole: {
        QVariantList replies;
        for (const FeedbackReplyItem &reply : thread.replies)
            replies.append(
                QVariantMap { { u"authorName"_s, reply.authorName }, { u"text"_s, reply.text },
                    { u"timeText"_s, reply.timeText }, { Protocol::Key::Pending, reply.pending } });
        return replies;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> FeedbackThreadModel::roleNames() const
{
    return {
        { IdRole, "feedbackId" },
        { AuthorNameRole, "authorName" },
        { TextRole, "text" },
        { TimeTextRole, "timeText" },
        { MineRole, "mine" },
        { PendingRole, Protocol::Key::Pending.data() },
        { ReplyCountRole, "replyCount" },
        { RepliesRole, "replies" },
    };
}

void FeedbackThreadModel::setThreads(const QList<FeedbackThreadItem> &threads)
{
    beginResetModel();
    m_threads = threads;
    endResetModel();
    Q_EMIT countChanged();
}
