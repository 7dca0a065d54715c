#include "approvalcontroller.h"

#include "actionerrors.h"
#include "approvalactions.h"
#include "mutationnames.h"
#include "outbox.h"
#include "replicastore.h"
#include "signerkeys.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "vaultsession.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
namespace DraftStatus = Protocol::DraftStatus;

namespace {
const QTimeZone kVietnam(7 * 3600);
} // namespace

ApprovalController::ApprovalController(QObject *parent)
    : CellController(parent)
{ }

void ApprovalController::setDraftId(const QString &id)
{
    if (m_draftId == id)
        return;
    m_draftId = id;
    Q_EMIT draftIdChanged();
    reload();
}

bool ApprovalController::submitted() const
{
    return m_status == DraftStatus::Submitted;
}

bool ApprovalController::returned() const
{
    return m_status == DraftStatus::Returned;
}

bool ApprovalController::published() const
{
    return m_status == DraftStatus::Published;
}

void ApprovalController::loadCell(SqliteDatabase &db)
{
    const QString type(Protocol::RowType::DocumentDraft);
    const auto draft = m_draftId.isEmpty() ? std::nullopt : ReplicaStore(db).get(type, m_draftId);
    m_status = draft ? draft->value(u"status"_s).toString() : QString();
    m_title = draft ? draft->value(u"title"_s).toString() : QString();
    m_authorName = draft ? draft->value(u"author_name"_s).toString() : QString();
    m_returnReason = draft ? draft->value(u"return_reason"_s).toString() : QString();
    m_pending = draft && Outbox(db).hasPendingChange(type, m_draftId);
    // The author is a user; the user's member id is compared too (both name the same person).
    const QString author = draft ? draft->value(u"author_id"_s).toString() : QString();
    const QString userId = SyncState(db).value(u"user_id"_s);
    m_ownDraft = !author.isEmpty()
        && (author == userId || (!memberId().isEmpty() && author == memberId()));

    SignerKeys keys(db);
    const auto key = keys.current();
    const auto certification = key ? SignerKeys::certification(keys.signerRow(key->publicKey),
                                   now().toTimeZone(kVietnam).date())
                                   : SignerKeys::Certification::NotSent;
    if (!key)
        m_signBlockedReason = tr("Máy này chưa có khóa ký của đồng chí. Hãy tạo khóa ký và "
                                 "nhờ cán bộ quản trị chứng thực trước khi ký ban hành.");
    else if (certification == SignerKeys::Certification::NotSent
        || certification == SignerKeys::Certification::Registered)
        m_signBlockedReason = tr("Khóa ký của đồng chí chưa được chứng thực. Hãy gọi cán bộ "
                                 "quản trị và đọc mã khóa trong mục “Khóa ký của tôi”.");
    else if (certification == SignerKeys::Certification::Revoked)
        m_signBlockedReason = tr("Khóa ký của đồng chí đã bị thu hồi, không ký được nữa.");
    else if (certification == SignerKeys::Certification::Expired)
        m_signBlockedReason = tr("Chứng thực khóa ký của đồng chí đã hết hạn. Hãy liên hệ "
                                 "cán bộ quản trị để gia hạn.");
    else
        m_signBlockedReason.clear();
    Q_EMIT draftChanged();
}

bool ApprovalController::queue(const std::function<QString(SqliteDatabase &)> &action)
{
    QString error;
    const bool reached = withDatabase([&](SqliteDatabase &db) { error = action(db); });
    if (!reached)
        return false;
    if (!error.isEmpty()) {
        setErrorMessage(ActionErrors::message(ActionErrors::Action::Publishing, error));
        return false;
    }
    Q_EMIT localChangeMade();
    reload();
    return true;
}

bool ApprovalController::returnDraft(const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        setErrorMessage(tr("Xin ghi rõ lý do trả lại để người soạn biết cần sửa gì."));
        return false;
    }
    return queue([&](SqliteDatabase &db) {
        return ApprovalActions(db, [this] { return now(); }).returnDraft(m_draftId, reason).error;
    });
}

bool ApprovalController::signAndPublish(const QString &pin)
{
    if (!session() || !database())
        return false;
    if (!canSign()) {
        setErrorMessage(m_signBlockedReason);
        return false;
    }
    // The same check as unlocking: a wrong PIN counts towards the limit and signs nothing.
    const VaultError pinCheck = session()->vault().checkPin(pin);
    if (!pinCheck.ok()) {
        setErrorMessage(pinCheck.message());
        if (pinCheck.code() == VaultError::Wiped)
            session()->lock(); // the account's data is gone: back to signing in
        return false;
    }
    return queue([&](SqliteDatabase &db) {
        return ApprovalActions(db, [this] { return now(); }).publishDraft(m_draftId).error;
    });
}
