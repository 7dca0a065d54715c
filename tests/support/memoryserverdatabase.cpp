#include "memoryserverdatabase.h"

#include "db/databasespec.h"
#include "db/schemamigrator.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "records/orgtree.h"

using namespace Qt::StringLiterals;

namespace {

constexpr auto kNow = "2026-11-22T08:00:00.000Z";

DatabaseSpec memorySpec()
{
    QString error;
    const auto spec = DatabaseSpec::parse(u"sqlite::memory:"_s, &error);
    if (!spec)
        qFatal("no in-memory database spec: %s", qPrintable(error));
    return *spec;
}

} // namespace

MemoryServerDatabase::MemoryServerDatabase()
    : m_database(memorySpec())
{ }

bool MemoryServerDatabase::open(QString *error)
{
    if (!m_database.open(error) || !SchemaMigrator(m_database).migrate(error))
        return false;
    try {
        writeTree();
    } catch (const DbError &failure) {
        *error = QString::fromUtf8(failure.what());
        return false;
    }
    return true;
}

void MemoryServerDatabase::writeTree()
{
    WriteTransaction tx(m_database);
    OrgTree::add(tx, { u"p"_s, {}, u"Tỉnh"_s, u"province"_s });
    OrgTree::add(tx, { u"d"_s, u"p"_s, u"Huyện"_s, u"district"_s });
    OrgTree::add(tx, { u"cell-a"_s, u"d"_s, u"Chi bộ A"_s, u"cell"_s });
    OrgTree::add(tx, { u"cell-b"_s, u"d"_s, u"Chi bộ B"_s, u"cell"_s });
    tx.commit();
    addMember(u"m-an"_s, u"cell-a"_s, u"member"_s);
    addMember(u"m-binh"_s, u"cell-a"_s, u"secretary"_s);
    addMember(u"m-cuong"_s, u"cell-b"_s, u"member"_s);
    addMember(u"m-dung"_s, u"cell-b"_s, u"secretary"_s);
    const QVariantList committee { u"u-committee"_s, u"committee"_s, u"d"_s,
        QString::fromLatin1(kNow) };
    runSql(db(),
        u"INSERT INTO users (id, login, password_hash, member_id, role, org_id, created_at) "
        "VALUES (?, 'committee', '-', NULL, ?, ?, ?)"_s,
        committee);
    runSql(db(),
        u"INSERT INTO devices (id, user_id, name, platform, created_at) "
        "VALUES ('dev-committee', 'u-committee', 'Phone', 'android', ?)"_s,
        { QString::fromLatin1(kNow) });
}

void MemoryServerDatabase::addMember(const QString &id, const QString &orgId, const QString &role)
{
    const QString now = QString::fromLatin1(kNow);
    runSql(db(), u"INSERT INTO members (id, org_id, full_name, updated_at) VALUES (?, ?, ?, ?)"_s,
        { id, orgId, u"Đồng chí "_s + id, now });
    runSql(db(),
        u"INSERT INTO users (id, login, password_hash, member_id, role, org_id, created_at) "
        "VALUES (?, ?, '-', ?, ?, ?, ?)"_s,
        { u"u-"_s + id, id, id, role, orgId, now });
    runSql(db(),
        u"INSERT INTO devices (id, user_id, name, platform, created_at) "
        "VALUES (?, ?, 'Phone', 'android', ?)"_s,
        { u"dev-"_s + id, u"u-"_s + id, now });
}

AuthenticatedUser MemoryServerDatabase::user(const QString &who) const
{
    const QString userId = u"u-"_s + who;
    QSqlQuery query = runSql(
        db(), u"SELECT login, member_id, role, org_id FROM users WHERE id = ?"_s, { userId });
    if (!query.next())
        qFatal("no user %s in the in-memory tree", qPrintable(who));
    return AuthenticatedUser { userId, query.value(0).toString(), query.value(1).toString(),
        query.value(2).toString(), query.value(3).toString(), u"dev-"_s + who, 1 };
}

void MemoryServerDatabase::addMeeting(const QString &id, const QString &orgId)
{
    runSql(db(),
        u"INSERT INTO meetings (id, org_id, title, starts_at, location) VALUES (?, ?, ?, ?, ?)"_s,
        { id, orgId, u"Sinh hoạt "_s + id, u"2026-12-01T01:00:00.000Z"_s, u"Nhà văn hóa"_s });
}

void MemoryServerDatabase::addDocument(
    const QString &id, const QString &audienceOrgId, const QString &classification)
{
    runSql(db(),
        u"INSERT INTO documents (id, org_id, audience_org_id, kind, title, classification, "
        "published_at) VALUES (?, 'p', ?, 'resolution', ?, ?, ?)"_s,
        { id, audienceOrgId, u"Nghị quyết "_s + id, classification, QString::fromLatin1(kNow) });
}

void MemoryServerDatabase::withdrawDocument(const QString &id)
{
    runSql(db(), u"UPDATE documents SET withdrawn_at = ? WHERE id = ?"_s,
        { QString::fromLatin1(kNow), id });
}

void MemoryServerDatabase::attach(const QString &documentId, const QString &sha256)
{
    runSql(db(),
        u"INSERT INTO document_attachments (document_id, position, sha256, size, mime, name) "
        "VALUES (?, (SELECT COUNT(*) FROM document_attachments WHERE document_id = ?), ?, 10, "
        "'application/pdf', 'tep.pdf')"_s,
        { documentId, documentId, sha256 });
}

void MemoryServerDatabase::addHeldBlob(const QString &sha256, const QString &userId)
{
    runSql(db(),
        u"INSERT INTO blobs (sha256, size, received, complete, created_at, uploaded_by) "
        "VALUES (?, 10, 10, 1, ?, ?)"_s,
        { sha256, QString::fromLatin1(kNow), userId });
    runSql(db(),
        u"INSERT INTO blob_holders (sha256, user_id, size, received, intact) VALUES (?, ?, 10, 10, 1)"_s,
        { sha256, userId });
}
