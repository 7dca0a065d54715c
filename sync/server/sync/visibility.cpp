#include "sync/visibility.h"

#include "db/sqlrunner.h"
#include "mutationnames.h"

using namespace Qt::StringLiterals;

Visibility::Visibility(const QSqlDatabase &db, const AuthenticatedUser &user)
    : m_db(db)
    , m_user(user)
{ }

QStringList Visibility::ancestry() const
{
    QSqlQuery query = runSql(m_db,
        u"SELECT ancestor_id FROM org_closure WHERE descendant_id = ? "
        "ORDER BY depth"_s,
        { m_user.orgId });
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

QStringList Visibility::subtree() const
{
    QSqlQuery query = runSql(
        m_db, u"SELECT descendant_id FROM org_closure WHERE ancestor_id = ?"_s, { m_user.orgId });
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

bool Visibility::canSeeOrganization(const QString &orgId) const
{
    // Own ancestry and own organisation; committees also their subtree.
    if (scalarSql(m_db, u"SELECT 1 FROM org_closure WHERE ancestor_id = ? AND descendant_id = ?"_s,
            { orgId, m_user.orgId })
            .isValid())
        return true;
    return m_user.isCommittee()
        && scalarSql(m_db,
            u"SELECT 1 FROM org_closure WHERE ancestor_id = ? AND descendant_id = ?"_s,
            { m_user.orgId, orgId })
               .isValid();
}

bool Visibility::canSeeDocument(const QString &documentId) const
{
    // canSeeOrganization of the document's audience in the same statement: a push checks this
    // for every read receipt and note, inside the writers' lock (WriteTransaction).
    return scalarSql(m_db,
        u"SELECT 1 FROM documents d WHERE d.id = ? AND d.withdrawn_at IS NULL "
        "AND (EXISTS (SELECT 1 FROM org_closure WHERE ancestor_id = d.audience_org_id "
        "AND descendant_id = ?) OR (? = 1 AND EXISTS (SELECT 1 FROM org_closure "
        "WHERE ancestor_id = ? AND descendant_id = d.audience_org_id)))"_s,
        { documentId, m_user.orgId, m_user.isCommittee() ? 1 : 0, m_user.orgId })
        .isValid();
}

bool Visibility::canSeeMeeting(const QString &meetingId) const
{
    const QVariant org
        = scalarSql(m_db, u"SELECT org_id FROM meetings WHERE id = ?"_s, { meetingId });
    if (!org.isValid() || org.isNull())
        return false;
    if (org.toString() == m_user.orgId)
        return true;
    return m_user.isCommittee()
        && scalarSql(m_db,
            u"SELECT 1 FROM org_closure WHERE ancestor_id = ? AND descendant_id = ?"_s,
            { m_user.orgId, org.toString() })
               .isValid();
}

bool Visibility::canSeeBlob(const QString &sha256) const
{
    QSqlQuery query = runSql(m_db,
        u"SELECT DISTINCT document_id FROM document_attachments WHERE sha256 = ?"_s, { sha256 });
    QStringList documents;
    while (query.next())
        documents << query.value(0).toString();
    // Checked after the rows are read (QPSQL loses a result when another statement runs).
    for (const QString &id : std::as_const(documents)) {
        if (canSeeDocument(id))
            return true;
    }
    // A file of a meeting's minutes (DESIGN.md 8.5): to whoever sees the meeting. The hash is
    // 64 hex digits (the blob routes check it), so the pattern holds no wildcard of its own.
    QStringList meetings;
    forEachRow(m_db, u"SELECT id FROM meetings WHERE minutes_attachments LIKE ?"_s,
        { u"%\"sha256\":\""_s + sha256 + u"\"%"_s },
        [&meetings](const QSqlQuery &query) { meetings << query.value(0).toString(); });
    for (const QString &id : std::as_const(meetings)) {
        if (canSeeMeeting(id))
            return true;
    }
    return false;
}

bool Visibility::holdsBlob(const QString &sha256) const
{
    return !m_user.userId.isEmpty()
        && scalarSql(m_db,
            u"SELECT 1 FROM blob_holders h JOIN blobs b ON b.sha256 = h.sha256 "
            "WHERE h.sha256 = ? AND h.user_id = ? AND b.complete = 1 AND h.size = b.size "
            "AND h.received = b.size AND h.intact = 1"_s,
            { sha256, m_user.userId })
               .isValid();
}

bool Visibility::canReadBlob(const QString &sha256) const
{
    return holdsBlob(sha256) || canSeeBlob(sha256);
}

bool Visibility::canShareBlob(const QString &sha256) const
{
    if (holdsBlob(sha256))
        return true;
    QSqlQuery query = runSql(m_db,
        u"SELECT DISTINCT a.document_id FROM document_attachments a JOIN documents d "
        "ON d.id = a.document_id WHERE a.sha256 = ? AND d.classification <> 'restricted'"_s,
        { sha256 });
    QStringList documents;
    while (query.next())
        documents << query.value(0).toString();
    // Checked after the rows are read (QPSQL loses a result when another statement runs).
    for (const QString &id : std::as_const(documents)) {
        if (canSeeDocument(id))
            return true;
    }
    return false;
}

bool Visibility::isSecretaryOfMember(const QString &memberId) const
{
    return m_user.isSecretary() && !memberId.isEmpty() && orgOfMember(memberId) == m_user.orgId;
}

QString Visibility::orgOfMember(const QString &memberId) const
{
    return scalarSql(m_db, u"SELECT org_id FROM members WHERE id = ?"_s, { memberId }).toString();
}

bool Visibility::exists(const QString &table, const QString &id) const
{
    // The feedback table is named like its row type.
    static const QStringList tables { u"documents"_s, u"meetings"_s, u"members"_s,
        QString(Protocol::RowType::Feedback), u"profile_requests"_s, u"blobs"_s };
    Q_ASSERT(tables.contains(table));
    if (!tables.contains(table))
        return false;
    const QString key = table == u"blobs" ? u"sha256"_s : u"id"_s;
    const QString extra = table == u"documents" ? u" AND withdrawn_at IS NULL"_s : QString();
    return scalarSql(m_db, u"SELECT 1 FROM %1 WHERE %2 = ?%3"_s.arg(table, key, extra), { id })
        .isValid();
}
