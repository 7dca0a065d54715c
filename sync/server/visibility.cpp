#include "visibility.h"

#include "sqlrunner.h"

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
    const QVariant audience = scalarSql(m_db,
        u"SELECT audience_org_id FROM documents WHERE id = ? AND withdrawn_at IS NULL"_s,
        { documentId });
    return audience.isValid() && !audience.isNull() && canSeeOrganization(audience.toString());
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
    while (query.next()) {
        if (canSeeDocument(query.value(0).toString()))
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
