#include "entityserializer.h"

#include "sqlrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

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
    const char *type;
    const char *table;
    std::initializer_list<Column> columns;
};

const TypeSpec kSimpleTypes[] = {
    { "organization", "organizations", { { "id" }, { "parent_id" }, { "name" }, { "kind" } } },
    { "meeting", "meetings",
        { { "id" }, { "org_id" }, { "title" }, { "starts_at" }, { "location" }, { "agenda" },
            { "document_ids", Kind::JsonArray }, { "status" }, { "cancel_reason" } } },
    { "attendance", "attendance",
        { { "id" }, { "meeting_id" }, { "member_id" }, { "rsvp" }, { "reason" },
            { "present", Kind::Bool } } },
    { "read_receipt", "read_receipts",
        { { "id" }, { "document_id" }, { "member_id" }, { "read_at" } } },
    { "note", "notes",
        { { "id" }, { "document_id" }, { "text" }, { "anchor" }, { "updated_at" } } },
    { "bookmark", "bookmarks", { { "id" }, { "document_id" }, { "created_at" } } },
    { "notification", "notifications",
        { { "id" }, { "kind" }, { "title" }, { "body" }, { "ref_type" }, { "ref_id" },
            { "created_at" } } },
    { "profile_request", "profile_requests",
        { { "id" }, { "member_id" }, { "fields", Kind::JsonObject }, { "reason" }, { "status" },
            { "decided_by" }, { "decision_reason" }, { "created_at" } } },
    { "feedback", "feedback",
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
    if (type == u"member")
        return member(id);
    if (type == u"document")
        return document(id);
    for (const TypeSpec &spec : kSimpleTypes) {
        if (type != QLatin1StringView(spec.type))
            continue;
        const bool versioned = type == u"meeting" || type == u"attendance";
        QSqlQuery query = runSql(m_db,
            u"SELECT %1%2 FROM %3 WHERE id = ?"_s.arg(columnList(spec.columns),
                versioned ? u", version"_s : QString(), QString::fromLatin1(spec.table)),
            { id });
        if (!query.next())
            return std::nullopt;
        Entity entity;
        int index = 0;
        for (const Column &column : spec.columns)
            entity.data.insert(
                QLatin1StringView(column.name), toJson(query.value(index++), column.kind));
        if (versioned)
            entity.version = query.value(index).toLongLong();
        return entity;
    }
    return std::nullopt;
}

bool EntitySerializer::seesFullProfileOf(const QString &memberId, const QString &memberOrg)
{
    if (memberId == m_viewer.memberId)
        return true;
    if (m_viewer.isSecretary() && memberOrg == m_viewer.orgId)
        return true;
    return m_viewer.isCommittee()
        && scalarSql(m_db,
            u"SELECT 1 FROM org_closure WHERE ancestor_id = ? AND descendant_id = ?"_s,
            { m_viewer.orgId, memberOrg })
               .isValid();
}

std::optional<EntitySerializer::Entity> EntitySerializer::member(const QString &id)
{
    QSqlQuery query = runSql(m_db,
        u"SELECT id, org_id, version, %1 FROM members WHERE id = ?"_s.arg(
            profileFields().join(u", "_s)),
        { id });
    if (!query.next())
        return std::nullopt;
    Entity entity;
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
    return entity;
}

std::optional<EntitySerializer::Entity> EntitySerializer::document(
    const QString &id, bool evenRestricted)
{
    QSqlQuery query = runSql(m_db,
        u"SELECT id, org_id, audience_org_id, kind, number, title, issued_date, "
        "issuer, summary, body, classification, meeting_id, published_at, "
        "version FROM documents WHERE id = ? AND withdrawn_at IS NULL"_s,
        { id });
    if (!query.next())
        return std::nullopt;
    static const char *names[]
        = { "id", "org_id", "audience_org_id", "kind", "number", "title", "issued_date", "issuer",
              "summary", "body", "classification", "meeting_id", "published_at" };
    Entity entity;
    for (int i = 0; i < int(std::size(names)); ++i)
        entity.data.insert(QLatin1StringView(names[i]), toJson(query.value(i), Kind::Text));
    entity.version = query.value(13).toLongLong();
    // Restricted documents travel without body and attachments; they are fetched on demand.
    if (!evenRestricted && entity.data.value(u"classification"_s).toString() == u"restricted") {
        entity.data.remove(u"body"_s);
        return entity;
    }
    QSqlQuery attachments = runSql(m_db,
        u"SELECT sha256, size, mime, name FROM document_attachments "
        "WHERE document_id = ? ORDER BY position"_s,
        { id });
    QJsonArray list;
    while (attachments.next()) {
        list.append(QJsonObject { { u"sha256"_s, attachments.value(0).toString() },
            { u"size"_s, attachments.value(1).toLongLong() },
            { u"mime"_s, attachments.value(2).toString() },
            { u"name"_s, attachments.value(3).toString() } });
    }
    entity.data.insert(u"attachments"_s, list);
    return entity;
}
