#include "accountactions.h"

#include "actionerrors.h"
#include "mutationnames.h"
#include "outbox.h"
#include "pendingrows.h"
#include "protocol.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "timestamps.h"
#include "vietnamesefold.h"
#include "wirevalues.h"

#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;
namespace Mutation = Protocol::Mutation;
namespace RowType = Protocol::RowType;
namespace Code = Protocol::ErrorCode;
namespace Limit = Protocol::Limit;

namespace {

constexpr auto failure = &LocalActions::Result::failure;

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

AccountActions::AccountActions(SqliteDatabase &db, Clock clock)
    : m_db(db)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

QString AccountActions::suggestLogin(const QString &fullName)
{
    QString login = VietnameseFold::words(fullName).join(QString());
    static const QRegularExpression outside(u"[^a-z0-9]"_s);
    login.remove(outside);
    return login.left(Limit::Login);
}

bool AccountActions::isValidLogin(const QString &login)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._@-]{1,64}$"_s);
    return pattern.match(login).hasMatch();
}

AccountActions::Result AccountActions::record(const QString &name, const QJsonObject &args,
    const QList<RowRef> &rows, const std::function<void()> &apply, const QString &rowId)
{
    try {
        Transaction transaction(m_db);
        const qint64 id = Outbox(m_db).enqueue(name, args, rows);
        PendingRows(m_db).saveBeforeImages(id, rows);
        apply();
        transaction.commit();
        return { id, rowId, {} };
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

AccountActions::Result AccountActions::createAccount(
    const QString &memberId, const QString &login, const QString &role)
{
    const QString trimmed = login.trimmed();
    if (!isValidLogin(trimmed)
        || (role != Protocol::Role::Member && role != Protocol::Role::Secretary))
        return failure(Code::InvalidArgs);
    try {
        ReplicaStore replica(m_db);
        auto member = replica.get(QString(RowType::Member), memberId);
        if (!member)
            return failure(Code::NotFound);
        if (member->value(u"account"_s).isObject())
            return failure(Code::Conflict);
        member->insert(u"account"_s,
            QJsonObject { { QString(Protocol::ResultData::UserId), QJsonValue() },
                { QString(Protocol::ResultData::Login), trimmed }, { u"role"_s, role },
                { u"must_change_password"_s, true }, { u"disabled"_s, false } });
        const qint64 version = replica.version(QString(RowType::Member), memberId).value_or(0);
        return record(
            QString(Mutation::AccountCreate),
            { { u"member_id"_s, memberId }, { QString(Protocol::ResultData::Login), trimmed },
                { u"role"_s, role } },
            { { QString(RowType::Member), memberId } },
            [&] { replica.put(QString(RowType::Member), memberId, version, *member); }, memberId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

AccountActions::Result AccountActions::resetPassword(const QString &memberId)
{
    try {
        ReplicaStore replica(m_db);
        const auto member = replica.get(QString(RowType::Member), memberId);
        if (!member)
            return failure(Code::NotFound);
        const QString userId = member->value(u"account"_s)
                                   .toObject()
                                   .value(QString(Protocol::ResultData::UserId))
                                   .toString();
        if (userId.isEmpty())
            return failure(Code::NotFound); // no account yet (or its creation not answered)
        // The member row is marked pending so the page shows "đang chờ"; it does not change.
        return record(
            QString(Mutation::AccountResetPassword),
            { { QString(Protocol::ResultData::UserId), userId } },
            { { QString(RowType::Member), memberId } }, [] {}, memberId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

AccountActions::Result AccountActions::revokeDevice(const QString &deviceId)
{
    try {
        ReplicaStore replica(m_db);
        auto device = replica.get(QString(RowType::Device), deviceId);
        if (!device)
            return failure(Code::NotFound);
        device->insert(u"status"_s, QString(Protocol::DeviceStatus::Revoked));
        device->insert(u"revoked_at"_s, Timestamps::toIso(m_clock()));
        const qint64 version = replica.version(QString(RowType::Device), deviceId).value_or(0);
        return record(
            QString(Mutation::DeviceRevoke), { { u"device_id"_s, deviceId } },
            { { QString(RowType::Device), deviceId } },
            [&] { replica.put(QString(RowType::Device), deviceId, version, *device); }, deviceId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

AccountActions::Result AccountActions::requestTransfer(
    const QString &memberId, const QString &toOrgId, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty() || why.size() > Limit::TransferReason || toOrgId.isEmpty())
        return failure(Code::InvalidArgs);
    try {
        ReplicaStore replica(m_db);
        const auto member = replica.get(QString(RowType::Member), memberId);
        const auto to = replica.get(QString(RowType::Organization), toOrgId);
        if (!member || !to)
            return failure(Code::NotFound);
        const QString fromOrgId = member->value(u"org_id"_s).toString();
        if (fromOrgId == toOrgId)
            return failure(Code::InvalidArgs);
        const auto from = replica.get(QString(RowType::Organization), fromOrgId);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString me = SyncState(m_db).value(u"member_id"_s);
        const auto requester = replica.get(QString(RowType::Member), me);
        const QJsonObject row { { u"id"_s, id }, { u"member_id"_s, memberId },
            { u"member_name"_s, member->value(u"full_name"_s) }, { u"from_org_id"_s, fromOrgId },
            { u"from_org_name"_s, from ? from->value(u"name"_s) : QJsonValue() },
            { u"to_org_id"_s, toOrgId }, { u"to_org_name"_s, to->value(u"name"_s) },
            { u"reason"_s, why }, { u"status"_s, QString(Protocol::TransferStatus::Pending) },
            { u"requested_by_name"_s, requester ? requester->value(u"full_name"_s) : QJsonValue() },
            { u"requested_at"_s, Timestamps::toIso(m_clock()) }, { u"decided_by_name"_s, {} },
            { u"decided_at"_s, {} }, { u"decision_reason"_s, {} } };
        return record(
            QString(Mutation::MemberTransferRequest),
            { { u"id"_s, id }, { u"member_id"_s, memberId }, { u"to_org_id"_s, toOrgId },
                { u"reason"_s, why } },
            { { QString(RowType::MemberTransfer), id } },
            [&] { replica.put(QString(RowType::MemberTransfer), id, 0, row); }, id);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

AccountActions::Result AccountActions::decideTransfer(
    const QString &transferId, const QString &decision, const QString &reason)
{
    const bool accept = decision == Protocol::TransferDecision::Accept;
    const QString why = reason.trimmed();
    if ((!accept && decision != Protocol::TransferDecision::Reject)
        || why.size() > Limit::TransferDecisionReason)
        return failure(Code::InvalidArgs);
    try {
        ReplicaStore replica(m_db);
        auto transfer = replica.get(QString(RowType::MemberTransfer), transferId);
        if (!transfer)
            return failure(Code::NotFound);
        if (transfer->value(u"status"_s).toString() != Protocol::TransferStatus::Pending)
            return failure(ActionError::AlreadyDecided);
        const auto me
            = replica.get(QString(RowType::Member), SyncState(m_db).value(u"member_id"_s));
        transfer->insert(u"status"_s,
            QString(
                accept ? Protocol::TransferStatus::Accepted : Protocol::TransferStatus::Rejected));
        transfer->insert(u"decided_by_name"_s, me ? me->value(u"full_name"_s) : QJsonValue());
        transfer->insert(u"decided_at"_s, Timestamps::toIso(m_clock()));
        transfer->insert(u"decision_reason"_s, orNull(why));
        const qint64 version
            = replica.version(QString(RowType::MemberTransfer), transferId).value_or(0);
        QJsonObject args { { u"id"_s, transferId }, { u"decision"_s, decision } };
        if (!why.isEmpty())
            args.insert(u"reason"_s, why);
        return record(
            QString(Mutation::MemberTransferDecide), args,
            { { QString(RowType::MemberTransfer), transferId } },
            [&] { replica.put(QString(RowType::MemberTransfer), transferId, version, *transfer); },
            transferId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}
