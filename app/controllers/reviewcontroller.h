// The review of profile change requests: a secretary's of the cell's pending requests, a
// committee's of those of the secretaries of the cells directly below (ReviewModel: the
// member, the current and the asked-for values side by side, the reason), approved or
// rejected with a reason on the device and sent as profile.request.decide at the next sync.
// A decision is held for a few seconds first (the request leaves the list at once) so that
// "Hoàn tác" can take it back before it is queued.
#pragma once

#include "profilerequestmodel.h"
#include "sessioncontroller.h"
#include "undowindow.h"
#include "wirevalues.h"

class ReviewController : public SessionController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ReviewModel *requests READ requests CONSTANT)
    // The signed-in user is a cell secretary or a committee (others see an explanation).
    Q_PROPERTY(bool canReview READ canReview NOTIFY reviewChanged)
    // What the last decision did, for a confirmation line; empty before one.
    Q_PROPERTY(QString lastDecision READ lastDecision NOTIFY reviewChanged)
    // A decision is held and can still be undone (lastDecision says which).
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY reviewChanged)

public:
    static constexpr int kMaxReason = Protocol::Limit::DecisionReason;
    // How long a decision can be undone before it is queued.
    static constexpr int kUndoMilliseconds = UndoWindow::kMilliseconds;

    explicit ReviewController(QObject *parent = nullptr);
    // A decision still held is queued: leaving the page does not lose it.
    ~ReviewController() override;

    [[nodiscard]] ReviewModel *requests() { return &m_requests; }
    [[nodiscard]] bool canReview() const { return m_canReview; }
    [[nodiscard]] QString lastDecision() const { return m_lastDecision; }
    [[nodiscard]] bool canUndo() const { return !m_held.requestId.isEmpty(); }

    // Approves a pending request (the member's profile changes once the server agrees). The
    // decision is held for kUndoMilliseconds, then queued (a decision before then queues the
    // held one first).
    Q_INVOKABLE bool approve(const QString &requestId);
    // Rejects a pending request; the reason is required and shown to the member. Held the same.
    Q_INVOKABLE bool reject(const QString &requestId, const QString &reason);
    // Takes the held decision back: the request is listed again, nothing is queued.
    Q_INVOKABLE void undo();
    // Queues the held decision now (its time ran out, or the page is left).
    Q_INVOKABLE bool commitHeld();

Q_SIGNALS:
    void reviewChanged();

protected:
    void load(SqliteDatabase &db) override;

private:
    struct HeldDecision
    {
        QString requestId;
        QString decision;
        QString reason;
        QString memberName;
    };

    bool hold(const QString &requestId, const QString &decision, const QString &reason);
    bool decide(const QString &requestId, const QString &decision, const QString &reason,
        const QString &name);

    ReviewModel m_requests;
    bool m_canReview = false;
    QString m_lastDecision;
    HeldDecision m_held;
    UndoWindow m_undoWindow;
};
