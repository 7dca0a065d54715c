#include "replicastore.h"

#include "mutationnames.h"
#include "searchindex.h"
#include "sqlitedatabase.h"
#include "wirevalues.h"

#include <QJsonDocument>
#include <array>
#include <sqlite3.h>

namespace RowType = Protocol::RowType;

namespace {

// One replicated type: its table and the data fields copied into columns.
struct TableSpec
{
    QLatin1StringView type;
    const char *table; // some tables are named like their type
    std::array<const char *, 9> columns; // nullptr-terminated when shorter
};

constexpr TableSpec kTables[] = {
    { RowType::Organization, "organizations", { "parent_id", "name", "kind" } },
    { RowType::Member, "members", { "org_id", "full_name", "position" } },
    { RowType::Document, "documents",
        { "org_id", "audience_org_id", "kind", "number", "title", "issued_date", "published_at",
            "classification", "meeting_id" } },
    { RowType::Meeting, "meetings", { "org_id", "title", "starts_at", "status" } },
    { RowType::Attendance, RowType::Attendance.data(), { "meeting_id", "member_id" } },
    { RowType::ReadReceipt, "read_receipts", { "document_id", "member_id", "read_at" } },
    { RowType::Note, "notes", { "document_id", "updated_at" } },
    { RowType::Bookmark, "bookmarks", { "document_id", "created_at" } },
    { RowType::Notification, "notifications", { "kind", "created_at" } },
    { RowType::ProfileRequest, "profile_requests", { "member_id", "status" } },
    { RowType::Feedback, RowType::Feedback.data(), { "org_id", "member_id", "created_at" } },
    { RowType::Signer, "signers", { "org_id", "user_id" } },
    { RowType::DocumentDraft, "document_drafts", { "org_id", "status", "updated_at" } },
    { RowType::Study, "studies", { "org_id", "audience_org_id", "due_date", "status" } },
    { RowType::StudySubmission, "study_submissions", { "study_id", "member_id", "status" } },
    { RowType::StudyProgress, RowType::StudyProgress.data(), { "study_id", "org_id" } },
    { RowType::OrgStats, RowType::OrgStats.data(), { "org_id", "month" } },
    { RowType::Device, "devices", { "user_id", "member_id", "status" } },
    { RowType::MemberTransfer, "member_transfers",
        { "member_id", "from_org_id", "to_org_id", "status" } },
    { RowType::MeetingComment, "meeting_comments", { "meeting_id", "created_at" } },
    { RowType::Vote, "votes", { "meeting_id", "status" } },
    { RowType::VoteCast, "vote_casts", { "vote_id", "member_id" } },
    { RowType::ReviewCycle, "review_cycles", { "year", "status" } },
    { RowType::SelfReview, "self_reviews", { "cycle_id", "member_id", "org_id", "status" } },
    { RowType::ReviewSummary, "review_summaries", { "cycle_id", "org_id" } },
};

const TableSpec &specFor(const QString &type)
{
    for (const TableSpec &spec : kTables) {
        if (type == spec.type)
            return spec;
    }
    throw StorageError(SQLITE_MISUSE, QStringLiteral("unknown replicated type: ") + type);
}

QString tableName(const TableSpec &spec)
{
    return QString::fromLatin1(spec.table);
}

} // namespace

ReplicaStore::ReplicaStore(SqliteDatabase &db)
    : m_db(db)
{ }

ReplicaStore::~ReplicaStore() = default;

QStringList ReplicaStore::types()
{
    QStringList result;
    for (const TableSpec &spec : kTables)
        result << QString(spec.type);
    return result;
}

bool ReplicaStore::isKnownType(const QString &type)
{
    for (const TableSpec &spec : kTables) {
        if (type == spec.type)
            return true;
    }
    return false;
}

Statement &ReplicaStore::upsert(const QString &type)
{
    std::shared_ptr<Statement> &statement = m_upserts[type];
    if (statement)
        return *statement;
    const TableSpec &spec = specFor(type);
    QStringList columns { QStringLiteral("id") };
    QStringList updates;
    for (const char *column : spec.columns) {
        if (!column)
            break;
        columns << QString::fromLatin1(column);
        updates << QStringLiteral("%1 = excluded.%1").arg(QString::fromLatin1(column));
    }
    columns << QStringLiteral("version") << QStringLiteral("data");
    updates << QStringLiteral("version = excluded.version")
            << QStringLiteral("data = excluded.data");
    QStringList placeholders;
    for (int i = 1; i <= columns.size(); ++i)
        placeholders << QStringLiteral("?%1").arg(i);
    const QString sql
        = QStringLiteral("INSERT INTO %1(%2) VALUES(%3) ON CONFLICT(id) DO UPDATE SET %4")
              .arg(
                  tableName(spec), columns.join(u','), placeholders.join(u','), updates.join(u','));
    statement = std::make_shared<Statement>(m_db, sql.toUtf8().constData());
    return *statement;
}

void ReplicaStore::put(
    const QString &type, const QString &id, qint64 version, const QJsonObject &given)
{
    const TableSpec &spec = specFor(type);
    // Defence in depth (DESIGN.md: restricted documents are never stored): the server sends a
    // restricted document without its text and attachments, but should one ever come with
    // them, they are dropped here, before the row and the search index see them.
    QJsonObject data = given;
    if (type == RowType::Document
        && data.value(u"classification").toString() == Protocol::Classification::Restricted) {
        data.remove(u"body");
        data.remove(u"attachments");
    }
    Statement &statement = upsert(type);
    statement.reset();
    int index = 1;
    statement.bind(index++, id);
    for (const char *column : spec.columns) {
        if (!column)
            break;
        const QJsonValue value = data.value(QLatin1StringView(column));
        statement.bindVariant(index++, value.isUndefined() ? QVariant() : value.toVariant());
    }
    statement.bind(index++, version);
    statement.bindUtf8(index++, QJsonDocument(data).toJson(QJsonDocument::Compact));
    statement.exec();
    if (type == RowType::Document) {
        if (!m_search)
            m_search = std::make_unique<SearchIndex>(m_db);
        // The texts as they are, rather than read back out of the stored JSON.
        m_search->index(id, data.value(u"title").toString(), data.value(u"number").toString(),
            data.value(u"summary").toString(), data.value(u"body").toString());
    }
}

bool ReplicaStore::remove(const QString &type, const QString &id)
{
    const TableSpec &spec = specFor(type);
    if (type == RowType::Document)
        SearchIndex(m_db).unindex(id);
    Statement statement(m_db,
        QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(tableName(spec)).toUtf8().constData());
    statement.bind(1, id).exec();
    return m_db.changes() > 0;
}

std::optional<QJsonObject> ReplicaStore::get(const QString &type, const QString &id)
{
    Statement statement(m_db,
        QStringLiteral("SELECT data FROM %1 WHERE id = ?1")
            .arg(tableName(specFor(type)))
            .toUtf8()
            .constData());
    statement.bind(1, id);
    if (!statement.step())
        return std::nullopt;
    return QJsonDocument::fromJson(statement.text(0).toUtf8()).object();
}

std::optional<qint64> ReplicaStore::version(const QString &type, const QString &id)
{
    Statement statement(m_db,
        QStringLiteral("SELECT version FROM %1 WHERE id = ?1")
            .arg(tableName(specFor(type)))
            .toUtf8()
            .constData());
    statement.bind(1, id);
    if (!statement.step())
        return std::nullopt;
    return statement.integer(0);
}

int ReplicaStore::count(const QString &type)
{
    return int(m_db.scalar(QStringLiteral("SELECT count(*) FROM %1")
                               .arg(tableName(specFor(type)))
                               .toUtf8()
                               .constData())
                   .toLongLong());
}

bool ReplicaStore::isEmpty()
{
    for (const TableSpec &spec : kTables) {
        const QByteArray sql
            = QByteArray("SELECT EXISTS(SELECT 1 FROM ") + spec.table + QByteArray(")");
        if (m_db.scalar(sql.constData()).toLongLong() != 0)
            return false;
    }
    return true;
}

QList<QJsonObject> ReplicaStore::all(const QString &type)
{
    Statement statement(m_db,
        QStringLiteral("SELECT data FROM %1").arg(tableName(specFor(type))).toUtf8().constData());
    QList<QJsonObject> rows;
    while (statement.step())
        rows << QJsonDocument::fromJson(statement.text(0).toUtf8()).object();
    return rows;
}

QStringList ReplicaStore::ids(const QString &type)
{
    Statement statement(m_db,
        QStringLiteral("SELECT id FROM %1").arg(tableName(specFor(type))).toUtf8().constData());
    QStringList result;
    while (statement.step())
        result << statement.text(0);
    return result;
}
