#include "withdrawcontroller.h"

#include "actionerrors.h"
#include "approvalactions.h"
#include "mutationnames.h"
#include "outbox.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "syncstate.h"

using namespace Qt::StringLiterals;

WithdrawController::WithdrawController(QObject *parent)
    : CellController(parent)
{ }

void WithdrawController::setDocumentId(const QString &id)
{
    if (m_documentId == id)
        return;
    m_documentId = id;
    Q_EMIT documentIdChanged();
    reload();
}

void WithdrawController::loadCell(SqliteDatabase &db)
{
    const QString type(Protocol::RowType::Document);
    const auto document
        = m_documentId.isEmpty() ? std::nullopt : ReplicaStore(db).get(type, m_documentId);
    const QString role = SyncState(db).value(u"role"_s);
    const bool committee = role == Protocol::Role::Committee || role == Protocol::Role::Admin;
    m_title = document ? document->value(u"title"_s).toString() : QString();
    m_canWithdraw = document && committee && !orgId().isEmpty()
        && document->value(u"org_id"_s).toString() == orgId();
    m_pending = document && Outbox(db).hasPendingChange(type, m_documentId);
    Q_EMIT stateChanged();
}

bool WithdrawController::withdraw(const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        setErrorMessage(tr("Xin ghi rõ lý do thu hồi: đảng viên sẽ đọc được lý do này."));
        return false;
    }
    LocalActions::Result result;
    const bool reached = withDatabase([&](SqliteDatabase &db) {
        result
            = ApprovalActions(db, [this] { return now(); }).withdrawDocument(m_documentId, reason);
    });
    if (!reached)
        return false;
    if (!result.ok()) {
        setErrorMessage(ActionErrors::message(ActionErrors::Action::Publishing, result.error));
        return false;
    }
    Q_EMIT localChangeMade();
    reload();
    return true;
}
