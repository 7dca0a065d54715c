#include "replicafloor.h"

#include "vault.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <sqlite3.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// The replica tables and the data fields copied into columns: the app's schema
// (app/storage/migrations.cpp, ReplicaStore).
struct Table
{
    const char *type;
    const char *table;
    QList<const char *> columns;
};

const QList<Table> &tables()
{
    static const QList<Table> all {
        { "organization", "organizations", { "parent_id", "name", "kind" } },
        { "member", "members", { "org_id", "full_name", "position" } },
        { "document", "documents",
            { "org_id", "audience_org_id", "kind", "number", "title", "issued_date", "published_at",
                "classification", "meeting_id" } },
        { "meeting", "meetings", { "org_id", "title", "starts_at", "status" } },
        { "attendance", "attendance", { "meeting_id", "member_id" } },
        { "read_receipt", "read_receipts", { "document_id", "member_id", "read_at" } },
        { "note", "notes", { "document_id", "updated_at" } },
        { "bookmark", "bookmarks", { "document_id", "created_at" } },
        { "notification", "notifications", { "kind", "created_at" } },
        { "profile_request", "profile_requests", { "member_id", "status" } },
        { "feedback", "feedback", { "org_id", "member_id", "created_at" } },
    };
    return all;
}

QByteArray text(const QJsonValue &value, bool *isNull)
{
    *isNull = value.isNull() || value.isUndefined();
    if (value.isString())
        return value.toString().toUtf8();
    if (value.isDouble())
        return QByteArray::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? "1" : "0";
    return {};
}

} // namespace

void ReplicaFloor::addPage(const QByteArray &json)
{
    const QJsonArray changes = QJsonDocument::fromJson(json).object().value(u"changes"_s).toArray();
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        if (change.value(u"op"_s).toString() != u"put")
            continue;
        const QString type = change.value(u"type"_s).toString();
        for (int t = 0; t < tables().size(); ++t) {
            const Table &table = tables().at(t);
            if (type != QLatin1StringView(table.type))
                continue;
            const QJsonObject data = change.value(u"data"_s).toObject();
            Row row;
            row.table = t;
            bool isNull = false;
            row.columns << change.value(u"id"_s).toString().toUtf8();
            row.isNull << false;
            for (const char *column : table.columns) {
                row.columns << text(data.value(QLatin1StringView(column)), &isNull);
                row.isNull << isNull;
            }
            row.version = change.value(u"version"_s).toInteger();
            row.columns << QJsonDocument(data).toJson(QJsonDocument::Compact);
            row.isNull << false;
            if (type == u"document") {
                const QDateTime published = QDateTime::fromString(
                    data.value(u"published_at"_s).toString(), Qt::ISODateWithMs);
                row.publishedSecond
                    = published.isValid() ? std::max<qint64>(0, published.toSecsSinceEpoch()) : 0;
                for (const char *field : { "title", "number", "summary", "body" })
                    row.search << data.value(QLatin1StringView(field)).toString().toUtf8();
            }
            m_rows << row;
        }
    }
}

double ReplicaFloor::insert(const QString &dir, QString *error) const
{
    Vault::Options options;
    options.accountDir = dir;
    options.kdf = KdfParams::fastForTests();
    Vault vault(options);
    const VaultError created = vault.create(u"246810"_s);
    if (!created.ok()) {
        *error = u"floor vault: "_s + created.codeName();
        return -1;
    }
    sqlite3 *db = vault.database().handle();
    std::vector<sqlite3_stmt *> statements;
    for (const Table &table : tables()) {
        QByteArray sql = QByteArray("INSERT INTO ") + table.table + "(id";
        for (const char *column : table.columns)
            sql += QByteArray(",") + column;
        sql += ",version,data) VALUES(?";
        sql += QByteArray(",?").repeated(table.columns.size() + 2) + ")";
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr);
        statements.push_back(statement);
    }
    sqlite3_stmt *search = nullptr;
    sqlite3_prepare_v2(db,
        "INSERT INTO document_search(rowid, title, number, summary, body) VALUES(?,?,?,?,?)", -1,
        &search, nullptr);
    sqlite3_stmt *key = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO document_search_keys(doc_rowid, search_rowid) VALUES(?,?)",
        -1, &key, nullptr);
    // The app's search key (SearchIndex: the publication second above the doc_rowid); the
    // index rows go in last, in key order, as FTS5 writes a new segment whenever a key is
    // below the last one.
    std::vector<std::pair<qint64, const Row *>> searchRows;

    QElapsedTimer timer;
    timer.start();
    bool ok = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    for (const Row &row : m_rows) {
        sqlite3_stmt *statement = statements[std::size_t(row.table)];
        const int columns = int(row.columns.size());
        for (int i = 0; i < columns; ++i) {
            const int index = i < columns - 1 ? i + 1 : i + 2; // version comes before data
            if (row.isNull.at(i))
                sqlite3_bind_null(statement, index);
            else
                sqlite3_bind_text(statement, index, row.columns.at(i).constData(),
                    int(row.columns.at(i).size()), SQLITE_STATIC);
        }
        sqlite3_bind_int64(statement, columns, row.version);
        ok = ok && sqlite3_step(statement) == SQLITE_DONE;
        sqlite3_reset(statement);
        if (!row.search.isEmpty()) {
            const qint64 docRowid = sqlite3_last_insert_rowid(db);
            const qint64 searchRowid = (row.publishedSecond << 30) | docRowid;
            sqlite3_bind_int64(key, 1, docRowid);
            sqlite3_bind_int64(key, 2, searchRowid);
            ok = ok && sqlite3_step(key) == SQLITE_DONE;
            sqlite3_reset(key);
            searchRows.emplace_back(searchRowid, &row);
        }
    }
    std::sort(searchRows.begin(), searchRows.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[searchRowid, row] : searchRows) {
        sqlite3_bind_int64(search, 1, searchRowid);
        for (int i = 0; i < 4; ++i)
            sqlite3_bind_text(search, i + 2, row->search.at(i).constData(),
                int(row->search.at(i).size()), SQLITE_STATIC);
        ok = ok && sqlite3_step(search) == SQLITE_DONE;
        sqlite3_reset(search);
    }
    ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!ok)
        *error = u"floor insert failed: "_s + QString::fromUtf8(sqlite3_errmsg(db));
    for (sqlite3_stmt *statement : statements)
        sqlite3_finalize(statement);
    sqlite3_finalize(search);
    sqlite3_finalize(key);
    vault.lock();
    return ok ? seconds : -1;
}
