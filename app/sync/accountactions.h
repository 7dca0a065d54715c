// A committee's account, device and transfer actions (DESIGN.md 8.4, issue 20): account.create,
// account.reset_password, device.revoke, member.transfer.request and member.transfer.decide.
// Like StudyOrganiserActions, each queues its mutation together with its local effect in ONE
// vault transaction, the rows it touched marked pending ("đang chờ gửi", then "đang chờ máy
// chủ") until the server answers, and rolled back if it rejects them: the member row shows its
// new account at once, a revoked phone its status, a requested transfer appears in the history.
// The temporary password comes back in the push answer (AccountSecrets), never from here.
// Only what the device can know is checked here (arguments, limits, the row exists); the
// server decides the subtree.
#pragma once

#include "localactions.h"

#include <QString>

class AccountActions
{
public:
    using Result = LocalActions::Result;
    using Clock = LocalActions::Clock;

    // `db` is the open vault's database (not owned).
    explicit AccountActions(SqliteDatabase &db, Clock clock = {});

    // A login suggested from a member's name: folded, without spaces or marks, lower case
    // ("Nguyễn Văn Hải" -> "nguyenvanhai"), cut to Limit::Login; the user may edit it.
    [[nodiscard]] static QString suggestLogin(const QString &fullName);
    // `user create`'s rule: 1..64 of A-Z a-z 0-9 . _ @ -.
    [[nodiscard]] static bool isValidLogin(const QString &login);

    // account.create; `role` member or secretary. A member row that already has an account:
    // conflict. The member row shows {login, role, must_change_password} while pending.
    Result createAccount(const QString &memberId, const QString &login, const QString &role);
    // account.reset_password of the account of `memberId` (its row's account.user_id).
    Result resetPassword(const QString &memberId);
    // device.revoke; the device row shows "revoked" while pending.
    Result revokeDevice(const QString &deviceId);
    // member.transfer.request to the cell `toOrgId` with a reason (1..Limit::TransferReason).
    Result requestTransfer(const QString &memberId, const QString &toOrgId, const QString &reason);
    // member.transfer.decide: accept, or reject with an optional reason; pending ones only.
    Result decideTransfer(
        const QString &transferId, const QString &decision, const QString &reason);

private:
    Result record(const QString &name, const QJsonObject &args, const QList<RowRef> &rows,
        const std::function<void()> &apply, const QString &rowId);

    SqliteDatabase &m_db;
    Clock m_clock;
};
