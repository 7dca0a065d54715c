#include "sync/entityserializer.h"

#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "publicationsignature.h"
#include "records/devicelist.h"
#include "records/documentdrafts.h"
#include "records/meetingoutcomes.h"
#include "records/membertransfers.h"
#include "records/orgstatistics.h"
#include "records/reviews.h"
#include "records/signerregistry.h"
#include "records/studies.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlRecord>
#include <algorithm>

using namespace Qt::StringLiterals;
namespace RowType = Protocol::RowType;

namespace {

// How a column becomes a JSON value.
enum class Kind { Text, Integer, Bool, JsonArray, JsonObject };

struct Column
{
    const char *name;
    Kind kind = Kind::Text;
};

struct TypeSpec
{
    QLatin1StringView type;
    const char *table; // some tables are named like their type
    std::initializer_list<Column> columns;
};

const TypeSpec kSimpleTypes[] = {
    { RowType::Organization, "organizations",
        { { "id" }, { "parent_id" }, { "name" }, { "kind" } } },
    { RowType::Meeting, "meetings",
        { { "id" }, { "org_id" }, { "title" }, { "starts_at" }, { "location" }, { "agenda" },
            { "document_ids", Kind::JsonArray }, { "status" }, { "cancel_reason" }, { "minutes" },
            { "minutes_attachments", Kind::JsonArray }, { "minutes_at" }, { "ended_at" } } },
    { RowType::Attendance, RowType::Attendance.data(),
        { { "id" }, { "meeting_id" }, { "member_id" }, { "rsvp" }, { "reason" },
            { "present", Kind::Bool } } },
    { RowType::ReadReceipt, "read_receipts",
        { { "id" }, { "document_id" }, { "member_id" }, { "read_at" } } },
    { RowType::Note, "notes",
        { { "id" }, { "document_id" }, { "text" }, { "anchor" }, { "updated_at" } } },
    { RowType::Bookmark, "bookmarks", { { "id" }, { "document_id" }, { "created_at" } } },
    { RowType::Notification, "notifications",
        { { "id" }, { "org_id" }, { "kind" }, { "title" }, { "body" }, { "ref_type" }, { "ref_id" },
            { "created_at" } } },
    { RowType::ProfileRequest, "profile_requests",
        { { "id" }, { "member_id" }, { "fields", Kind::JsonObject }, { "reason" }, { "status" },
            { "decided_by" }, { "decision_reason" }, { "created_at" } } },
    { RowType::Feedback, RowType::Feedback.data(),
        { { "id" }, { "org_id" }, { "member_id" }, { "text" }, { "reply_to" }, { "created_at" } } },
};

QJsonValue toJson(const QVariant &value, Kind kind)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (kind) {
    case Kind::Integer:
        return value.toLongLong();
    case Kind::Bool:
        return value.toLongLong() != 0;
    case Kind::JsonArray:
        return QJsonDocument::fromJson(value.toString().toUtf8()).array();
    case Kind::JsonObject:
        return QJsonDocument::fromJson(value.toString().toUtf8()).object();
    case Kind::Text:
        break;
    }
    return value.toString();
}

QString columnList(std::initializer_list<Column> columns)
{
    QStringList names;
    for (const Column &column : columns)
        names << QString::fromLatin1(column.name);
    return names.join(u", "_s);
}

} // namespace

EntitySerializer::EntitySerializer(const QSqlDatabase &db, const AuthenticatedUser &viewer)
    : m_db(db)
    , m_viewer(viewer)
{ }

const QStringList &EntitySerializer::profileFields()
{
    static const QStringList fields { u"full_name"_s, u"birth_date"_s, u"gender"_s, u"ethnicity"_s,
        u"religion"_s, u"hometown"_s, u"address"_s, u"phone"_s, u"email"_s, u"citizen_id"_s,
        u"party_card_no"_s, u"admission_date"_s, u"official_date"_s, u"position"_s, u"education"_s,
        u"political_theory"_s, u"work_history"_s, u"commendations"_s, u"discipline"_s };
    return fields;
}

std::optional<EntitySerializer::Entity> EntitySerializer::read(
    const QString &type, const QString &id)
{
    const QHash<QString, Entity> found = readMany(type, { id });
    const auto it = found.constFind(id);
    if (it == found.cend())
        return std::nullopt;
    return *it;
}

QHash<QString, EntitySerializer::Entity> EntitySerializer::readMany(
    const QString &type, const QStringList &ids)
{
    if (type == RowType::Member)
        return members(ids);
    if (type == RowType::Document)
        return documents(ids, false);
    if (type == RowType::Signer)
        return signers(ids);
    if (type == RowType::DocumentDraft) {
        QHash<QString, Entity> found;
        const auto drafts = DocumentDrafts::rows(m_db, ids);
        for (auto it = drafts.cbegin(); it != drafts.cend(); ++it)
            found.insert(it.key(), Entity { it->data, it->version });
        return found;
    }
    if (type == RowType::MemberTransfer) {
        QHash<QString, Entity> found;
        const auto rows = MemberTransfers::rows(m_db, ids);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            found.insert(it.key(), Entity { it->data, it->version });
        return found;
    }
    if (type == RowType::Study || type == RowType::StudySubmission
        || type == RowType::StudyProgress) {
        const auto rows = type == RowType::Study ? Studies::studyRows(m_db, ids)
            : type == RowType::StudySubmission   ? Studies::submissionRows(m_db, ids)
                                                 : Studies::progressRows(m_db, ids);
        QHash<QString, Entity> found;
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            found.insert(it.key(), Entity { it->data, it->version });
        return found;
    }
    if (type == RowType::ReviewCycle || type == RowType::SelfReview
        || type == RowType::ReviewSummary) {
        const auto rows = type == RowType::ReviewCycle ? Reviews::cycleRows(m_db, ids)
            : type == RowType::SelfReview              ? Reviews::selfReviewRows(m_db, ids)
                                                       : Reviews::summaryRows(m_db, ids);
        QHash<QString, Entity> found;
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            found.insert(it.key(), Entity { it->data, it->version });
        return found;
    }
    if (type == RowType::OrgStats) {
        QHash<QString, Entity> found;
        const auto rows = OrgStatistics::rows(m_db, ids);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            found.insert(it.key(), Entity { it->data, it->version });
        return found;
    }
    if (type == RowType::MeetingComment || type == RowType::Vote || type == RowType::VoteCast) {
        const auto rows = type == RowType::MeetingComment ? MeetingOutcomes::commentRows(m_db, ids)
            : type == RowType::Vote                       ? MeetingOutcomes::voteRows(m_db, ids)
                                                          : MeetingOutcomes::castRows(m_db, ids);
        QHash<QString, Entity> found;
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            found.insert(it.key(), Entity { it->data, it->version });
        return found;
    }
    if (type == RowType::Meeting) {
        // The minutes' author by name (DESIGN.md 8.5), null while there are no minutes.
        QHash<QString, Entity> found = simple(type, ids);
        const QHash<QString, QString> authors = MeetingOutcomes::minutesAuthors(m_db, ids);
        for (auto it = found.begin(); it != found.end(); ++it) {
            const auto author = authors.constFind(it.key());
            it->data.insert(u"minutes_by_name"_s,
                author == authors.cend() ? QJsonValue() : QJsonValue(*author));
        }
        return found;
    }
    if (type == RowType::Device) {
        QHash<QString, Entity> found;
        const auto rows = DeviceList::rows(m_db, ids);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            found.insert(it.key(), Entity { it->data, it->version });
        return found;
    }
    return simple(type, ids);
}

namespace {

// Runs `sql` (with one "%1" for a list of placeholders) for the ids, a few hundred at a time
// (SQLite and PostgreSQL both cap the number of bound values), calling `row` for each row.
// The rows of a chunk are read before `row` runs, so `row` may query the database itself
// (QPSQL loses the rest of a result when another statement runs on the connection meanwhile).
template<typename Row>
void forEachChunk(const QSqlDatabase &db, const QString &sql, const QStringList &ids, Row row)
{
    constexpr qsizetype kChunk = 512;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QStringList chunk = ids.mid(from, kChunk);
        // The list is padded to a power of two by repeating its last id (IN ignores
        // duplicates), so a connection prepares at most ten shapes of each statement instead
        // of one per list length.
        qsizetype size = 1;
        while (size < chunk.size())
            size *= 2;
        QStringList marks;
        QVariantList binds;
        for (qsizetype i = 0; i < size; ++i) {
            marks << u"?"_s;
            binds << chunk.at(std::min(i, chunk.size() - 1));
        }
        QList<QSqlRecord> records;
        forEachRow(db, sql.arg(marks.join(u", "_s)), binds,
            [&records](const QSqlQuery &query) { records.append(query.record()); });
        for (const QSqlRecord &record : std::as_const(records))
            row(record);
    }
}

} // namespace

QHash<QString, EntitySerializer::Entity> EntitySerializer::simple(
    const QString &type, const QStringList &ids)
{
    QHash<QString, Entity> found;
    for (const TypeSpec &spec : kSimpleTypes) {
        if (type != spec.type)
            continue;
        const bool versioned = type == RowType::Meeting || type == RowType::Attendance;
        const QString sql = u"SELECT %1%2 FROM %3 WHERE id IN (%4)"_s.arg(columnList(spec.columns),
            versioned ? u", version"_s : QString(), QString::fromLatin1(spec.table), u"%1"_s);
        forEachChunk(m_db, sql, ids, [&](const QSqlRecord &query) {
            Entity entity;
            int index = 0;
            for (const Column &column : spec.columns)
                entity.data.insert(
                    QLatin1StringView(column.name), toJson(query.value(index++), column.kind));
            if (versioned)
                entity.version = query.value(index).toLongLong();
            found.insert(entity.data.value(u"id"_s).toString(), entity);
        });
    }
    return found;
}

bool EntitySerializer::seesFullProfileOf(const QString &memberId, const QString &memberOrg)
{
    if (memberId == m_viewer.memberId)
        return true;
    if (m_viewer.isSecretary() && memberOrg == m_viewer.orgId)
        return true;
    if (!m_viewer.isCommittee())
        return false;
    // Asked once per organisation: a page holds whole cells.
    const auto known = m_inSubtree.constFind(memberOrg);
    if (known != m_inSubtree.cend())
        return *known;
    const bool below = scalarSql(m_db,
        u"SELECT 1 FROM org_closure WHERE ancestor_id = ? AND descendant_id = ?"_s,
        { m_viewer.orgId, memberOrg })
                           .isValid();
    m_inSubtree.insert(memberOrg, below);
    return below;
}

std::optional<EntitySerializer::Entity> EntitySerializer::member(const QString &id)
{
    const QHash<QString, Entity> found = members({ id });
    const auto it = found.constFind(id);
    if (it == found.cend())
        return std::nullopt;
    return *it;
}

QHash<QString, EntitySerializer::Entity> EntitySerializer::members(const QStringList &ids)
{
    QHash<QString, Entity> found;
    forEachChunk(m_db,
        u"SELECT members.id, members.org_id, members.version, %1, u.id, u.login, u.role, "
        "u.must_change_password, "
        "u.disabled FROM members LEFT JOIN users u ON u.member_id = members.id WHERE "
        "members.id IN (%2)"_s.arg(profileFields().join(u", "_s), u"%1"_s),
        ids, [&](const QSqlRecord &query) {
            Entity entity;
            const QString id = query.value(0).toString();
            const QString org = query.value(1).toString();
            entity.version = query.value(2).toLongLong();
            entity.data.insert(u"id"_s, id);
            entity.data.insert(u"org_id"_s, org);
            const bool full = seesFullProfileOf(id, org);
            for (int i = 0; i < profileFields().size(); ++i) {
                const QString &field = profileFields()[i];
                if (full || field == u"full_name" || field == u"position")
                    entity.data.insert(field, toJson(query.value(3 + i), Kind::Text));
            }
            if (full)
                entity.data.insert(u"version"_s, entity.version);
            // The account (issue 20), for committees only: who still needs one. A member with
            // several accounts (rare: a committee account made with --member) shows the first.
            if (m_viewer.isCommittee() && full && !found.contains(id)) {
                const int a = 3 + int(profileFields().size());
                entity.data.insert(u"account"_s,
                    query.value(a).isNull()
                        ? QJsonValue()
                        : QJsonObject { { Protocol::ResultData::UserId, query.value(a).toString() },
                            { Protocol::ResultData::Login, query.value(a + 1).toString() },
                            { u"role"_s, query.value(a + 2).toString() },
                            { u"must_change_password"_s, query.value(a + 3).toLongLong() != 0 },
                            { u"disabled"_s, query.value(a + 4).toLongLong() != 0 } });
            }
            if (found.contains(id))
                return; // a second account of the same member
            found.insert(id, entity);
        });
    return found;
}

std::optional<EntitySerializer::Entity> EntitySerializer::document(
    const QString &id, bool evenRestricted)
{
    const QHash<QString, Entity> found = documents({ id }, evenRestricted);
    const auto it = found.constFind(id);
    if (it == found.cend())
        return std::nullopt;
    return *it;
}

QHash<QString, EntitySerializer::Entity> EntitySerializer::documents(
    const QStringList &ids, bool evenRestricted)
{
    static const char *names[]
        = { "id", "org_id", "audience_org_id", "kind", "number", "title", "issued_date", "issuer",
              "summary", "body", "classification", "meeting_id", "published_at" };
    QHash<QString, Entity> found;
    QStringList withAttachments;
    QStringList signedRestricted; // travel with the hashes their signature covers
    QSet<QString> signedRestrictedIds;
    forEachChunk(m_db,
        u"SELECT id, org_id, audience_org_id, kind, number, title, issued_date, "
        "issuer, summary, body, classification, meeting_id, published_at, "
        "version, signer_id, signature FROM documents WHERE id IN (%1) AND withdrawn_at IS NULL"_s,
        ids, [&](const QSqlRecord &query) {
            Entity entity;
            for (int i = 0; i < int(std::size(names)); ++i)
                entity.data.insert(QLatin1StringView(names[i]), toJson(query.value(i), Kind::Text));
            entity.version = query.value(13).toLongLong();
            const QString id = query.value(0).toString();
            const bool isSigned = !query.value(14).isNull();
            if (isSigned) {
                entity.data.insert(u"signature"_s,
                    QJsonObject { { u"signer_id"_s, query.value(14).toString() },
                        { u"value"_s, query.value(15).toString() } });
            }
            // Restricted documents travel without body and attachments; they are fetched on
            // demand. A signed one carries the body's hash and the attachments' names, hashes
            // and sizes, so that a device can verify it without them (DESIGN.md 8.1).
            if (!evenRestricted
                && entity.data.value(u"classification"_s).toString()
                    == Protocol::Classification::Restricted) {
                if (isSigned) {
                    entity.data.insert(u"body_sha256"_s,
                        PublicationSignature::bodySha256(query.value(9).toString()));
                    entity.data.insert(u"signed_attachments"_s, QJsonArray());
                    signedRestricted << id;
                    signedRestrictedIds.insert(id);
                }
                entity.data.remove(u"body"_s);
            } else {
                entity.data.insert(u"attachments"_s, QJsonArray());
                withAttachments << id;
            }
            found.insert(id, entity);
        });
    QHash<QString, QJsonArray> attachments;
    QHash<QString, QJsonArray> signedAttachments;
    forEachChunk(m_db,
        u"SELECT document_id, sha256, size, mime, name FROM document_attachments "
        "WHERE document_id IN (%1) ORDER BY document_id, position"_s,
        withAttachments + signedRestricted, [&](const QSqlRecord &query) {
            const QString id = query.value(0).toString();
            if (signedRestrictedIds.contains(id)) {
                signedAttachments[id].append(
                    QJsonObject { { u"sha256"_s, query.value(1).toString() },
                        { u"size"_s, query.value(2).toLongLong() },
                        { u"name"_s, query.value(4).toString() } });
                return;
            }
            attachments[id].append(QJsonObject { { u"sha256"_s, query.value(1).toString() },
                { u"size"_s, query.value(2).toLongLong() },
                { u"mime"_s, query.value(3).toString() },
                { u"name"_s, query.value(4).toString() } });
        });
    for (auto it = attachments.cbegin(); it != attachments.cend(); ++it)
        found[it.key()].data.insert(u"attachments"_s, it.value());
    for (auto it = signedAttachments.cbegin(); it != signedAttachments.cend(); ++it)
        found[it.key()].data.insert(u"signed_attachments"_s, it.value());
    return found;
}

QHash<QString, EntitySerializer::Entity> EntitySerializer::signers(const QStringList &ids)
{
    // Few rows (one per committee user's key): one look-up each.
    QHash<QString, Entity> found;
    for (const QString &id : ids) {
        if (const auto signer = SignerRegistry::find(m_db, id))
            found.insert(id, Entity { signer->rowData(), signer->version });
    }
    return found;
}
