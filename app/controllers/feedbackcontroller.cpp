#include "feedbackcontroller.h"

#include "cellcatalog.h"
#include "homecontroller.h"
#include "syncstate.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The held message, in the vault's local key-value table (never synced).
const QString kHeldKey = u"feedback.held"_s;
} // namespace

FeedbackController::FeedbackController(QObject *parent)
    : CellController(parent)
{
    connect(&m_undoWindow, &UndoWindow::elapsed, this, &FeedbackController::commitHeld);
}

FeedbackController::~FeedbackController()
{
    // Queued without signals: QML is tearing this page down. With the vault locked already,
    // the message stays in it as a draft (loadCell() gives it back).
    m_undoWindow.close();
    SqliteDatabase *db = m_held.isEmpty() ? nullptr : database();
    if (!db)
        return;
    try {
        LocalActions actions(*db);
        // Queued and no longer held in one transaction: never both, never neither.
        actions.alsoWrite([](SqliteDatabase &held) { SyncState(held).remove(kHeldKey); });
        if (actions.postFeedback(m_held).ok()) {
            if (session())
                session()->noteLocalChange(this);
        }
    } catch (const std::exception &) {
        // The vault failed as the page closed: the message stays a draft.
    }
}

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

    // A message held when the app locked (or crashed) comes back as a draft.
    if (m_held.isEmpty() && m_draft.isEmpty())
        setDraft(SyncState(db).value(kHeldKey));
}

bool FeedbackController::send(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setErrorMessage(tr("Xin viết nội dung góp ý."));
        return false;
    }
    if (trimmed.size() > kMaxText) {
        setErrorMessage(tr("Góp ý quá dài (tối đa %1 ký tự).").arg(kMaxText));
        return false;
    }
    // The one before goes first; when it cannot be queued it is back in the editor (with an
    // error) and this one is not taken, so that neither is lost.
    if (!m_held.isEmpty() && !commitHeld())
        return false;
    if (!withDatabase([&](SqliteDatabase &db) { SyncState(db).setValue(kHeldKey, trimmed); }))
        return false;
    setHeld(trimmed);
    m_undoWindow.open();
    return true;
}

QString FeedbackController::undo()
{
    if (m_held.isEmpty())
        return {};
    m_undoWindow.close();
    withDatabase([](SqliteDatabase &db) { SyncState(db).remove(kHeldKey); });
    const QString text = m_held;
    setHeld({});
    return text;
}

bool FeedbackController::commitHeld()
{
    m_undoWindow.close();
    if (m_held.isEmpty())
        return false;
    // m_held stays set while queuing, so that the reload does not take it for a draft.
    const QString text = m_held;
    // Queued and no longer held in one transaction: a crash between the two cannot send it twice.
    const bool queued = act([&](LocalActions &actions) {
        actions.alsoWrite([](SqliteDatabase &db) { SyncState(db).remove(kHeldKey); });
        return actions.postFeedback(text);
    });
    setHeld({});
    // Not queued: back to the editor (with the vault closed it also stays in the vault).
    if (!queued)
        setDraft(text);
    return queued;
}

void FeedbackController::takeDraft()
{
    if (m_draft.isEmpty())
        return;
    withDatabase([](SqliteDatabase &db) { SyncState(db).remove(kHeldKey); });
    setDraft({});
}

void FeedbackController::setHeld(const QString &text)
{
    if (m_held == text)
        return;
    m_held = text;
    Q_EMIT heldChanged();
}

void FeedbackController::setDraft(const QString &text)
{
    if (m_draft == text)
        return;
    m_draft = text;
    Q_EMIT draftChanged();
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
