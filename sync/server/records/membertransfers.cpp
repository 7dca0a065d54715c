#include "records/membertransfers.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "wirevalues.h"

#include <QList>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
namespace ChangeOp = Protocol::ChangeOp;
namespace RowType = Protocol::RowType;
namespace TransferStatus = Protocol::TransferStatus;

namespace {

// The two changes of a write: the committees above either cell pull it. recordChange keeps
// one scope per entity (a second scope would turn the first into a delete, as for a member
// moving), so the sending cell's row goes through it and the receiving cell's is written
// beside it, in the same group of the change log.
void recordChanges(WriteTransaction &tx, const MemberTransfer &transfer)
{
    tx.recordChange(RowType::MemberTransfer, transfer.id, ChangeOp::Put, transfer.fromOrgId);
    const QString type(RowType::MemberTransfer);
    execSql(tx.db(), u"DELETE FROM changes WHERE type = ? AND entity_id = ? AND org_id = ?"_s,
        { type, transfer.id, transfer.toOrgId });
    execSql(tx.db(),
        u"INSERT INTO changes (txn, type, entity_id, op, org_id, owner_member_id) "
        "VALUES (?, ?, ?, ?, ?, NULL)"_s,
        { tx.id(), type, transfer.id, QString(ChangeOp::Put), transfer.toOrgId });
}

QJsonValue orNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

// How a row names the user who acted: the member's name, else the login (committee
// accounts often have no member record).
QJsonValue userName(const QVariant &login, const QVariant &fullName)
{
    if (!fullName.isNull() && !fullName.toString().trimmed().isEmpty())
        return fullName.toString().trimmed();
    return orNull(login);
}

} // namespace

std::optional<MemberTransfer> MemberTransfers::find(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery query = runSql(db,
        u"SELECT id, member_id, from_org_id, to_org_id, reason, status, requested_by, "
        "requested_at FROM member_transfers WHERE id = ?"_s,
        { id });
    if (!query.next())
        return std::nullopt;
    return MemberTransfer { query.value(0).toString(), query.value(1).toString(),
        query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
        query.value(5).toString(), query.value(6).toString(), query.value(7).toString() };
}

bool MemberTransfers::hasPending(const QSqlDatabase &db, const QString &memberId)
{
    return scalarSql(db, u"SELECT 1 FROM member_transfers WHERE member_id = ? AND status = ?"_s,
        { memberId, QString(TransferStatus::Pending) })
        .isValid();
}

void MemberTransfers::request(WriteTransaction &tx, const MemberTransfer &transfer)
{
    execSql(tx.db(),
        u"INSERT INTO member_transfers (id, member_id, from_org_id, to_org_id, reason, status, "
        "requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { transfer.id, transfer.memberId, transfer.fromOrgId, transfer.toOrgId, transfer.reason,
            QString(TransferStatus::Pending), transfer.requestedBy, transfer.requestedAt });
    recordChanges(tx, transfer);
}

void MemberTransfers::decide(WriteTransaction &tx, const MemberTransfer &transfer,
    const QString &status, const QString &decidedBy, const QString &decidedAt,
    const QString &reason)
{
    execSql(tx.db(),
        u"UPDATE member_transfers SET status = ?, decided_by = ?, decided_at = ?, "
        "decision_reason = ?, version = version + 1 WHERE id = ?"_s,
        { status, decidedBy, decidedAt, textOrNull(reason), transfer.id });
    recordChanges(tx, transfer);
}

QHash<QString, MemberTransfers::Row> MemberTransfers::rows(
    const QSqlDatabase &db, const QStringList &ids)
{
    QHash<QString, Row> found;
    constexpr qsizetype kChunk = 256;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QStringList chunk = ids.mid(from, kChunk);
        QStringList marks;
        QVariantList binds;
        for (const QString &id : chunk) {
            marks << u"?"_s;
            binds << id;
        }
        QList<QSqlRecord> records;
        forEachRow(db,
            u"SELECT t.id, t.member_id, m.full_name, t.from_org_id, fo.name, t.to_org_id, "
            "tor.name, t.reason, t.status, ru.login, rm.full_name, t.requested_at, du.login, "
            "dm.full_name, t.decided_at, t.decision_reason, t.version FROM member_transfers t "
            "JOIN members m ON m.id = t.member_id "
            "JOIN organizations fo ON fo.id = t.from_org_id "
            "JOIN organizations tor ON tor.id = t.to_org_id "
            "LEFT JOIN users ru ON ru.id = t.requested_by "
            "LEFT JOIN members rm ON rm.id = ru.member_id "
            "LEFT JOIN users du ON du.id = t.decided_by "
            "LEFT JOIN members dm ON dm.id = du.member_id WHERE t.id IN (%1)"_s.arg(
                marks.join(u", "_s)),
            binds, [&records](const QSqlQuery &query) { records.append(query.record()); });
        for (const QSqlRecord &row : std::as_const(records)) {
            const auto text = [&row](int i) { return row.value(i).toString(); };
            const QJsonObject data { { u"id"_s, text(0) }, { u"member_id"_s, text(1) },
                { u"member_name"_s, text(2) }, { u"from_org_id"_s, text(3) },
                { u"from_org_name"_s, text(4) }, { u"to_org_id"_s, text(5) },
                { u"to_org_name"_s, text(6) }, { u"reason"_s, text(7) }, { u"status"_s, text(8) },
                { u"requested_by_name"_s, userName(row.value(9), row.value(10)) },
                { u"requested_at"_s, text(11) },
                { u"decided_by_name"_s,
                    row.value(12).isNull() ? QJsonValue()
                                           : userName(row.value(12), row.value(13)) },
                { u"decided_at"_s, orNull(row.value(14)) },
                { u"decision_reason"_s, orNull(row.value(15)) } };
            found.insert(text(0), Row { data, row.value(16).toLongLong() });
        }
    }
    return found;
}
