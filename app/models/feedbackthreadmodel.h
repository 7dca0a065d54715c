// Feedback to the cell as threads: a member's question or suggestion with the secretary's
// replies under it. A member sees their own threads; the secretary the whole cell's.
#pragma once

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// One reply under a thread (texts ready to display).
struct FeedbackReplyItem
{
    QString authorName;
    QString text;
    QString timeText;
    bool pending = false;
};

// One thread.
struct FeedbackThreadItem
{
    QString id; // the first message's id (replies answer it)
    QString authorName;
    QString text;
    QString timeText;
    bool mine = false;
    bool pending = false;
    QList<FeedbackReplyItem> replies;
};

class FeedbackThreadModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Screens get their lists from their controllers.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        AuthorNameRole,
        TextRole,
        TimeTextRole,
        MineRole,
        PendingRole,
        ReplyCountRole,
        // [{authorName, text, timeText, pending}] oldest first.
        RepliesRole,
    };
    Q_ENUM(Role)

    explicit FeedbackThreadModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setThreads(const QList<FeedbackThreadItem> &threads);

Q_SIGNALS:
    void countChanged();

private:
    QList<FeedbackThreadItem> m_threads;
};
