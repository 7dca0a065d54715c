// Feedback to the cell: a member sends a question or suggestion and sees the secretary's
// reply under it; the secretary sees every member's feedback and replies (feedback.post).
// A new message is held for a few seconds first ("Đang gửi… Hoàn tác"): undo gives its text
// back and queues nothing; then it is queued. While held it is also kept in the vault as a
// draft, so that closing the page queues it and locking the app (the vault closes before it
// can be queued) or a crash leaves it as a draft in the editor the next time.
#pragma once

#include "cellcontroller.h"
#include "feedbackthreadmodel.h"
#include "undowindow.h"
#include "wirevalues.h"

class FeedbackController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    // Threads, the most recently active first.
    Q_PROPERTY(FeedbackThreadModel *threads READ threads CONSTANT)
    // The message just sent and still held (empty when none): it can be undone.
    Q_PROPERTY(QString heldText READ heldText NOTIFY heldChanged)
    // A message written earlier and not sent (held when the app locked, or its queuing
    // failed), for the editor; empty when none.
    Q_PROPERTY(QString draft READ draft NOTIFY draftChanged)

public:
    static constexpr int kMaxText = Protocol::Limit::FeedbackText;

    explicit FeedbackController(QObject *parent = nullptr);
    // A message still held is queued: leaving the page does not lose it.
    ~FeedbackController() override;

    [[nodiscard]] FeedbackThreadModel *threads() { return &m_threads; }
    [[nodiscard]] QString heldText() const { return m_held; }
    [[nodiscard]] QString draft() const { return m_draft; }
    // The window of the held message (tests end it with elapse()).
    [[nodiscard]] UndoWindow *undoWindow() { return &m_undoWindow; }

    // A new question or suggestion to the cell: held for UndoWindow::kMilliseconds, then
    // queued (sending another queues the held one first).
    Q_INVOKABLE bool send(const QString &text);
    // Takes the held message back: returns its text, nothing is queued.
    Q_INVOKABLE QString undo();
    // Queues the held message now (its time ran out, or the page is left).
    Q_INVOKABLE bool commitHeld();
    // The editor took the draft.
    Q_INVOKABLE void takeDraft();
    // The secretary's reply to a thread.
    Q_INVOKABLE bool reply(const QString &feedbackId, const QString &text);

Q_SIGNALS:
    void heldChanged();
    void draftChanged();

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    void setHeld(const QString &text);
    void setDraft(const QString &text);

    FeedbackThreadModel m_threads;
    UndoWindow m_undoWindow;
    QString m_held;
    QString m_draft;
};
