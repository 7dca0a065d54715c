// The base of the cell's screens: who I am in the cell (member or secretary, from
// the vault's signed-in user), "now" for tests, and LocalActions with their failures turned
// into Vietnamese messages.
#pragma once

#include "localactions.h"
#include "sessioncontroller.h"
#include "wirevalues.h"

#include <QDateTime>
#include <QVariantList>
#include <functional>

class CellController : public SessionController
{
    Q_OBJECT
    QML_ANONYMOUS
    // The signed-in user is the secretary of the cell (the server decides; this only chooses
    // which buttons to show).
    Q_PROPERTY(bool isSecretary READ isSecretary NOTIFY identityChanged)

public:
    using Clock = std::function<QDateTime()>;

    explicit CellController(QObject *parent = nullptr);

    [[nodiscard]] bool isSecretary() const { return m_role == Protocol::Role::Secretary; }
    // For tests: what "now" is (defaults to the system clock).
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // The Vietnamese message for a LocalActions error code.
    [[nodiscard]] static QString actionMessage(const QString &code);

Q_SIGNALS:
    void identityChanged();
    // A local action was queued for the server (the page asks the sync to run soon).
    void localChangeMade();

protected:
    // Reads the signed-in user, then loadCell().
    void load(SqliteDatabase &db) final;
    virtual void loadCell(SqliteDatabase &db) = 0;

    [[nodiscard]] QDateTime now() const { return m_clock(); }
    [[nodiscard]] QString memberId() const { return m_memberId; }
    [[nodiscard]] QString orgId() const { return m_orgId; }
    // The meetings a document can be attached to, for a picker ({meetingId, label}): "none"
    // first, then the cell's scheduled meetings still to come, and `keepMeetingId` whatever
    // its state (the one already chosen).
    [[nodiscard]] QVariantList attachableMeetings(
        SqliteDatabase &db, const QString &keepMeetingId) const;
    // Runs one local action on the open vault, then reloads the screen; false (with
    // errorMessage set) when the vault is closed or the action failed.
    bool act(const std::function<LocalActions::Result(LocalActions &)> &action,
        LocalActions::Result *result = nullptr);

private:
    Clock m_clock;
    QString m_role;
    QString m_memberId;
    QString m_orgId;
};
