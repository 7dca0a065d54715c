// The review of profile change requests: a secretary's of the cell's pending requests, a
// committee's of those of the secretaries of the cells directly below (ReviewModel: the
// member, the current and the asked-for values side by side, the reason), approved or
// rejected with a reason on the device and sent as profile.request.decide at the next sync.
#pragma once

#include "profilerequestmodel.h"
#include "sessioncontroller.h"

class ReviewController : public SessionController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ReviewModel *requests READ requests CONSTANT)
    // The signed-in user is a cell secretary or a committee (others see an explanation).
    Q_PROPERTY(bool canReview READ canReview NOTIFY reviewChanged)
    // What the last decision did, for a confirmation line; empty before one.
    Q_PROPERTY(QString lastDecision READ lastDecision NOTIFY reviewChanged)

public:
    static constexpr int kMaxReason = 1000;

    explicit ReviewController(QObject *parent = nullptr);

    [[nodiscard]] ReviewModel *requests() { return &m_requests; }
    [[nodiscard]] bool canReview() const { return m_canReview; }
    [[nodiscard]] QString lastDecision() const { return m_lastDecision; }

    // Approves a pending request (the member's profile changes once the server agrees).
    Q_INVOKABLE bool approve(const QString &requestId);
    // Rejects a pending request; the reason is required and shown to the member.
    Q_INVOKABLE bool reject(const QString &requestId, const QString &reason);

Q_SIGNALS:
    void reviewChanged();

protected:
    void load(SqliteDatabase &db) override;

private:
    bool decide(const QString &requestId, const QString &decision, const QString &reason);

    ReviewModel m_requests;
    bool m_canReview = false;
    QString m_lastDecision;
};
