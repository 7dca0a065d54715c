#include "signerkeycontroller.h"

#include "actionerrors.h"
#include "approvalactions.h"
#include "mutationnames.h"
#include "outbox.h"
#include "publicationsignature.h"
#include "signerkeys.h"
#include "sqlitedatabase.h"
#include "syncstate.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QTimeZone kVietnam(7 * 3600);

SignerKeyController::Status toStatus(SignerKeys::Certification certification)
{
    switch (certification) {
    case SignerKeys::Certification::NotSent:
        return SignerKeyController::NotSent;
    case SignerKeys::Certification::Registered:
        return SignerKeyController::Registered;
    case SignerKeys::Certification::Certified:
        return SignerKeyController::Certified;
    case SignerKeys::Certification::Revoked:
        return SignerKeyController::Revoked;
    case SignerKeys::Certification::Expired:
        return SignerKeyController::Expired;
    }
    return SignerKeyController::NotSent;
}

} // namespace

SignerKeyController::SignerKeyController(QObject *parent)
    : CellController(parent)
{ }

void SignerKeyController::loadCell(SqliteDatabase &db)
{
    SyncState state(db);
    const QString role = state.value(u"role"_s);
    m_isCommittee = role == Protocol::Role::Committee || role == Protocol::Role::Admin;
    m_suggestedName.clear();
    if (const QString id = memberId(); !id.isEmpty()) {
        Statement query(db, "SELECT ifnull(full_name, '') FROM members WHERE id = ?");
        query.bind(1, id);
        if (query.step())
            m_suggestedName = query.text(0);
    }
    SignerKeys keys(db);
    const auto key = keys.current();
    m_fingerprint.clear();
    m_keyId = key ? key->id : QString();
    m_publicKey = key ? PublicationSignature::toBase64(key->publicKey) : QString();
    m_validUntil.clear();
    m_canResend = false;
    if (!key) {
        m_status = NoKey;
    } else {
        m_fingerprint = PublicationSignature::fingerprint(key->publicKey);
        const auto row = keys.signerRow(key->publicKey);
        m_status = toStatus(SignerKeys::certification(row, now().toTimeZone(kVietnam).date()));
        if (row) {
            m_validUntil = QDate::fromString(row->value(u"valid_until"_s).toString(), Qt::ISODate)
                               .toString(u"dd/MM/yyyy"_s);
        } else {
            bool queued = false;
            for (const PendingMutation &pending : Outbox(db).pending()) {
                queued = queued
                    || (pending.name == Protocol::Mutation::SignerRegister
                        && pending.args.value(u"id"_s).toString() == key->id);
            }
            m_canResend = !queued;
        }
    }
    Q_EMIT keyChanged();
}

QString SignerKeyController::statusText() const
{
    switch (m_status) {
    case NoKey:
        return tr("Chưa có khóa ký");
    case NotSent:
        return tr("Chưa gửi");
    case Registered:
        return tr("Chờ chứng thực");
    case Certified:
        return m_validUntil.isEmpty() ? tr("Đã chứng thực")
                                      : tr("Đã chứng thực đến %1").arg(m_validUntil);
    case Revoked:
        return tr("Đã thu hồi");
    case Expired:
        return tr("Hết hạn");
    }
    return {};
}

QString SignerKeyController::statusHint() const
{
    switch (m_status) {
    case NoKey:
        return tr("Để ký ban hành văn bản, máy này cần một khóa ký riêng của đồng chí. Khóa "
                  "được tạo và cất giữ ngay trên máy, không gửi đi đâu; chỉ phần công khai "
                  "được gửi lên máy chủ để chứng thực.");
    case NotSent:
        return m_canResend ? tr("Khóa ký chưa đến được máy chủ. Hãy bấm “Gửi lại”.")
                           : tr("Khóa ký sẽ được gửi lên máy chủ ở lần đồng bộ tới.");
    case Registered:
        return tr("Hãy gọi điện cho cán bộ quản trị và đọc dãy mã dưới đây. Khi khóa được "
                  "chứng thực, đồng chí mới ký ban hành văn bản được.");
    case Certified:
        return tr("Đồng chí có thể ký ban hành văn bản bằng khóa này.");
    case Revoked:
        return tr("Khóa này đã bị thu hồi và không ký được nữa. Hãy liên hệ cán bộ quản trị.");
    case Expired:
        return tr("Chứng thực của khóa này đã hết hạn. Hãy liên hệ cán bộ quản trị để gia hạn.");
    }
    return {};
}

QStringList SignerKeyController::fingerprintGroups() const
{
    return m_fingerprint.split(u' ', Qt::SkipEmptyParts);
}

bool SignerKeyController::createKey(const QString &name)
{
    LocalActions::Result result;
    const bool reached = withDatabase([&](SqliteDatabase &db) {
        result = ApprovalActions(db, [this] { return now(); }).registerSigner(name);
    });
    if (!reached)
        return false;
    if (!result.ok()) {
        setErrorMessage(ActionErrors::message(ActionErrors::Action::Publishing, result.error));
        return false;
    }
    if (result.mutationId > 0)
        Q_EMIT localChangeMade();
    reload();
    return true;
}
