#include "cellcontroller.h"

#include "actionerrors.h"
#include "syncstore.h"
#include "vaultsyncstore.h"

CellController::CellController(QObject *parent)
    : SessionController(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void CellController::load(SqliteDatabase &db)
{
    AuthUser user;
    try {
        user = VaultSyncStore(session()->vault()).user();
    } catch (const SyncStoreError &) {
        // Read as a plain member: the screens then offer nothing a member cannot do.
    }
    if (user.role != m_role || user.memberId != m_memberId || user.orgId != m_orgId) {
        m_role = user.role;
        m_memberId = user.memberId;
        m_orgId = user.orgId;
        Q_EMIT identityChanged();
    }
    loadCell(db);
}

bool CellController::act(
    const std::function<LocalActions::Result(LocalActions &)> &action, LocalActions::Result *result)
{
    LocalActions::Result outcome;
    const bool reached = withDatabase([&](SqliteDatabase &db) {
        LocalActions actions(db, [this] { return now(); });
        outcome = action(actions);
    });
    if (result)
        *result = outcome;
    if (!reached)
        return false;
    if (!outcome.ok()) {
        setErrorMessage(actionMessage(outcome.error));
        return false;
    }
    if (outcome.mutationId > 0)
        Q_EMIT localChangeMade();
    reload();
    return true;
}

QString CellController::actionMessage(const QString &code)
{
    return ActionErrors::message(ActionErrors::Action::CellChange, code);
}
