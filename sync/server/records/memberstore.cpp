#include "records/memberstore.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "records/profilerequestscope.h"
#include "records/reviews.h"
#include "records/studies.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QDateTime>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString now()
{
    return Timestamps::toIso(QDateTime::currentDateTimeUtc());
}

bool isCellOffice(const QString &position)
{
    return position.startsWith(u"Bí thư"_s) || position.startsWith(u"Phó Bí thư"_s)
        || position.startsWith(u"Chi ủy viên"_s);
}

} // namespace

MemberStore::MemberStore(WriteTransaction &transaction)
    : m_transaction(transaction)
    , m_insert(transaction.db())
{ }

QString MemberStore::insert(const MemberProfile &profile)
{
    // One prepared statement for every member of a bulk load.
    const QStringList fields = MemberProfile::fieldNames();
    if (!m_prepared) {
        const QString sql = u"INSERT INTO members (id, org_id, %1, version, updated_at) "
                            "VALUES (?, ?%2, 1, ?)"_s.arg(
                                fields.join(u", "_s), u", ?"_s.repeated(int(fields.size())));
        if (!m_insert.prepare(sql))
            throw DbError::fromSql(m_insert.lastError());
        m_prepared = true;
    }
    const QString id
        = profile.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : profile.id;
    m_insert.addBindValue(id);
    m_insert.addBindValue(profile.orgId);
    for (const QString &field : fields)
        m_insert.addBindValue(textOrNull(profile.field(field)));
    m_insert.addBindValue(now());
    if (!m_insert.exec())
        throw DbError::fromSql(m_insert.lastError());
    m_transaction.recordChange(
        Protocol::RowType::Member, id, Protocol::ChangeOp::Put, profile.orgId, id);
    return id;
}

MemberStore::Move MemberStore::move(const QString &memberId, const QString &cellId)
{
    const QSqlDatabase db = m_transaction.db();
    QSqlQuery current
        = runSql(db, u"SELECT org_id, position FROM members WHERE id = ?"_s, { memberId });
    if (!current.next())
        throw DbError(u"no member %1"_s.arg(memberId));
    Move result;
    result.fromOrgId = current.value(0).toString();
    const QString position = current.value(1).toString();
    if (result.fromOrgId == cellId)
        return result;
    result.changed = true;

    execSql(db,
        u"UPDATE members SET org_id = ?, position = ?, version = version + 1, updated_at = ? "
        "WHERE id = ?"_s,
        { cellId, isCellOffice(position) ? u"Đảng viên"_s : textOrNull(position), now(),
            memberId });
    result.secretaryDemoted
        = scalarSql(db, u"SELECT COUNT(*) FROM users WHERE member_id = ? AND role = 'secretary'"_s,
              { memberId })
              .toLongLong()
        > 0;
    execSql(db,
        u"UPDATE users SET org_id = ?, role = 'member' "
        "WHERE member_id = ? AND role IN ('member', 'secretary')"_s,
        { cellId, memberId });
    QSqlQuery bumped = runSql(db,
        u"UPDATE users SET scope_generation = scope_generation + 1 WHERE member_id = ?"_s,
        { memberId });
    result.usersUpdated = bumped.numRowsAffected();
    m_transaction.recordChange(
        Protocol::RowType::Member, memberId, Protocol::ChangeOp::Put, cellId, memberId);
    result.requestsRescoped = ProfileRequestScope::rescopePending(m_transaction, memberId);
    // Studies: the member's submissions follow them; both chains' progress is recounted.
    Studies::followMember(
        m_transaction, memberId, result.fromOrgId, cellId, QDateTime::currentDateTimeUtc());
    // The annual review: an undecided self-review of an open cycle follows them too.
    Reviews::followMember(
        m_transaction, memberId, result.fromOrgId, cellId, QDateTime::currentDateTimeUtc());
    return result;
}
