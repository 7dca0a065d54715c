// A member's profile screen: my own (memberId empty) or, for a secretary or committee, a
// member of their scope; every field of DESIGN.md section 1 grouped (identity, Party,
// education, work, contacts), Party age (full years since admission) and the Party badge
// milestones with their dates; for my own profile also the values I asked to change, whether
// an edit still waits to be sent, and notices of contact fields edited on two devices.
#pragma once

#include "milestonemodel.h"
#include "profilefieldmodel.h"
#include "sessioncontroller.h"

#include <QDateTime>
#include <QVariantList>
#include <functional>

class ProfileController : public SessionController
{
    Q_OBJECT
    QML_ELEMENT
    // The member to show; empty = the signed-in member.
    Q_PROPERTY(QString memberId READ memberId WRITE setMemberId NOTIFY memberIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY profileChanged)
    Q_PROPERTY(bool own READ own NOTIFY profileChanged)
    // The whole profile is on this device (else only name and position: the directory).
    Q_PROPERTY(bool full READ full NOTIFY profileChanged)
    Q_PROPERTY(QString fullName READ fullName NOTIFY profileChanged)
    Q_PROPERTY(QString position READ position NOTIFY profileChanged)
    Q_PROPERTY(QString cellName READ cellName NOTIFY profileChanged)
    Q_PROPERTY(ProfileFieldModel *fields READ fields CONSTANT)
    // Full years since the date of admission; -1 when unknown.
    Q_PROPERTY(int partyAge READ partyAge NOTIFY profileChanged)
    Q_PROPERTY(bool probationary READ probationary NOTIFY profileChanged)
    Q_PROPERTY(MilestoneModel *milestones READ milestones CONSTANT)
    // The milestones reached, e.g. "30, 40" (empty when none).
    Q_PROPERTY(QString reachedMilestones READ reachedMilestones NOTIFY profileChanged)
    // My own profile has an edit not yet sent.
    Q_PROPERTY(bool waitingToSend READ waitingToSend NOTIFY profileChanged)
    Q_PROPERTY(int pendingRequestCount READ pendingRequestCount NOTIFY profileChanged)
    // Contact fields edited on two devices: [{title, body, date}], newest first.
    Q_PROPERTY(QVariantList notices READ notices NOTIFY profileChanged)
    // The signed-in user reviews requests (a secretary; a committee while a request of a
    // secretary of a cell directly below waits), and how many wait.
    Q_PROPERTY(bool canReview READ canReview NOTIFY profileChanged)
    Q_PROPERTY(int reviewCount READ reviewCount NOTIFY profileChanged)

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int kMaxNotices = 3;

    explicit ProfileController(QObject *parent = nullptr);

    [[nodiscard]] QString memberId() const { return m_memberId; }
    void setMemberId(const QString &id);
    [[nodiscard]] bool found() const { return m_found; }
    [[nodiscard]] bool own() const { return m_own; }
    [[nodiscard]] bool full() const { return m_full; }
    [[nodiscard]] QString fullName() const { return m_fullName; }
    [[nodiscard]] QString position() const { return m_position; }
    [[nodiscard]] QString cellName() const { return m_cellName; }
    [[nodiscard]] ProfileFieldModel *fields() { return &m_fields; }
    [[nodiscard]] int partyAge() const { return m_partyAge; }
    [[nodiscard]] bool probationary() const { return m_probationary; }
    [[nodiscard]] MilestoneModel *milestones() { return &m_milestones; }
    [[nodiscard]] QString reachedMilestones() const { return m_reached; }
    [[nodiscard]] bool waitingToSend() const { return m_waitingToSend; }
    [[nodiscard]] int pendingRequestCount() const { return m_pendingRequestCount; }
    [[nodiscard]] QVariantList notices() const { return m_notices; }
    [[nodiscard]] bool canReview() const { return m_canReview; }
    [[nodiscard]] int reviewCount() const { return m_reviewCount; }

    // For tests: what "now" is (defaults to the system clock).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Today in Vietnam (UTC+7) by `clock`.
    [[nodiscard]] static QDate vietnamToday(const Clock &clock);

Q_SIGNALS:
    void memberIdChanged();
    void profileChanged();

protected:
    void load(SqliteDatabase &db) override;

private:
    Clock m_clock;
    QString m_memberId;
    bool m_found = false;
    bool m_own = false;
    bool m_full = false;
    QString m_fullName;
    QString m_position;
    QString m_cellName;
    ProfileFieldModel m_fields;
    int m_partyAge = -1;
    bool m_probationary = false;
    MilestoneModel m_milestones;
    QString m_reached;
    bool m_waitingToSend = false;
    int m_pendingRequestCount = 0;
    QVariantList m_notices;
    bool m_canReview = false;
    int m_reviewCount = 0;
};
