#include "feedbackcontroller.h"

#include "cellcatalog.h"
#include "homecontroller.h"

#include <algorithm>

FeedbackController::FeedbackController(QObject *parent)
    : CellController(parent)
{ }

void FeedbackController::loadCell(SqliteDatabase &db)
{
    CellCatalog cell(db);
    const QList<FeedbackEntry> entries = cell.feedback();
    QHash<QString, FeedbackEntry> byId;
    for (const FeedbackEntry &entry : entries)
        byId.insert(entry.id, entry);
    QHash<QString, QString> names;
    const auto nameOf = [&](const QString &id) {
        if (id == memberId())
            return tr("Tôi");
        auto it = names.find(id);
        if (it == names.end())
            it = names.insert(id, cell.memberName(id));
        return it->isEmpty() ? tr("Đảng viên trong chi bộ") : *it;
    };

    QList<FeedbackThreadItem> threads;
    QHash<QString, qsizetype> threadIndex;
    QHash<QString, QDateTime> lastActivity;
    for (const FeedbackEntry &entry : entries) {
        if (!entry.replyTo.isEmpty())
            continue;
        threadIndex.insert(entry.id, threads.size());
        lastActivity.insert(entry.id, entry.createdAt);
        threads.append({ entry.id, nameOf(entry.memberId), entry.text,
            HomeController::vietnamTime(entry.createdAt), entry.memberId == memberId(),
            entry.pending, {} });
    }
    for (const FeedbackEntry &entry : entries) {
        if (entry.replyTo.isEmpty())
            continue;
        // A reply to a reply belongs to the first message of its thread.
        QString root = entry.replyTo;
        for (int depth = 0; depth < 20 && byId.contains(root) && !byId[root].replyTo.isEmpty();
             ++depth)
            root = byId[root].replyTo;
        const auto index = threadIndex.constFind(root);
        if (index == threadIndex.cend())
            continue; // its thread is not on this device
        threads[*index].replies.append({ nameOf(entry.memberId), entry.text,
            HomeController::vietnamTime(entry.createdAt), entry.pending });
        lastActivity[root] = std::max(lastActivity.value(root), entry.createdAt);
    }
    std::stable_sort(threads.begin(), threads.end(),
        [&](const FeedbackThreadItem &a, const FeedbackThreadItem &b) {
            return lastActivity.value(a.id) > lastActivity.value(b.id);
        });
    m_threads.setThreads(threads);
}

bool FeedbackController::send(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        setErrorMessage(tr("Xin viết nội dung góp ý."));
        return false;
    }
    return act([&](LocalActions &actions) { return actions.postFeedback(text.trimmed()); });
}

bool FeedbackController::reply(const QString &feedbackId, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        setErrorMessage(tr("Xin viết nội dung trả lời."));
        return false;
    }
    return act(
        [&](LocalActions &actions) { return actions.postFeedback(text.trimmed(), feedbackId); });
}
