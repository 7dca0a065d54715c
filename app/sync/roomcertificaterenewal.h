// The meeting room's device certificate kept fresh by the sync (DESIGN.md 8.8, issue 23): a
// step of every SyncEngine run, after the pull, asking POST /v1/auth/device-certificate when
// the vault holds no usable certificate (none, no device key, not verifying under the pinned
// room key), when its user_id / org_id / role / member_id differ from the signed-in user (a
// moved member, a new role) or when fewer than 60 days remain. A device signed in before
// device keys existed gets its key made then (kept only with the certificate). For a
// secretary the same request refreshes her cell's revocation list (`revoked_devices`, which
// her room refuses): at every run, at most once in 5 minutes (a run follows every local
// change). An account that is no longer a secretary keeps an empty list.
//
// The step never fails a sync: a failure (offline, another pinned room key, a certificate
// that does not verify) only leaves the room not offered and is tried again after an hour. A
// 401 device_revoked ends the run as it does everywhere (the engine wipes the account).
#pragma once

#include "authuser.h"
#include "roomidentitystore.h"

#include <QDateTime>
#include <QObject>
#include <functional>

class ApiError;
class SyncEngine;
class Vault;

class RoomCertificateRenewal : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // A certificate valid for fewer days than this is renewed (the server gives 90).
    static constexpr int kRenewDaysBefore = 60;
    // A secretary's revocation list is asked again after this much time (at her next run).
    static constexpr qint64 kRevokedListSeconds = 5 * 60;
    // After a failed request, nothing is asked for this long.
    static constexpr qint64 kRetrySeconds = 60 * 60;

    enum class Need {
        Nothing,
        Certificate, // none usable, for another user or cell or role, or expiring soon
        RevokedList, // the certificate is fine; a secretary's list is due
    };
    // What a run should ask, from what the vault holds, the signed-in user and the times of
    // the last good answer and of the last failure (invalid when none).
    [[nodiscard]] static Need need(const RoomIdentityStore::Stored &stored, const AuthUser &user,
        const QDateTime &answeredAt, const QDateTime &failedAt, const QDateTime &now);

    // Makes the step of `engine`'s runs (owned by the engine). `vault` must stay open while
    // the engine lives (AccountSync and `handbook sync` destroy the engine first).
    static RoomCertificateRenewal *install(SyncEngine &engine, Vault &vault, Clock clock = {});

Q_SIGNALS:
    // A certificate or a revocation list was stored (the room may be offered now).
    void renewed();

private:
    RoomCertificateRenewal(SyncEngine &engine, Vault &vault, Clock clock);
    void run(const std::function<void(const ApiError &)> &done);
    void noteFailure(const QDateTime &now);

    SyncEngine &m_engine;
    Vault &m_vault;
    Clock m_clock;
};
