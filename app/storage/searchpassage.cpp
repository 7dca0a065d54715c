#include "searchpassage.h"

#include "sqlitedatabase.h"

#include <QByteArray>
#include <QList>
#include <algorithm>
#include <sqlite3.h>

namespace {

struct Hit
{
    int offset; // token offset in its column
    int phrase;
    int size; // tokens of the phrase
};

struct Window
{
    int column = -1;
    int first = 0; // first token shown
    int distinct = 0;
    int hits = 0;
};

// Tokens [first, first + length) of a column, matches marked, collected by xTokenize.
struct Writer
{
    const char *text;
    int first;
    int length;
    QList<int> marked; // token offsets to mark, sorted
    QByteArray open, close, ellipsis;
    QByteArray out;
    int token = 0;
    int copied = 0; // bytes of text already written
    int markedAt = 0; // index into `marked`
    bool more = false; // a token follows the window
};

int writeToken(void *context, int flags, const char *, int, int start, int end)
{
    if (flags & FTS5_TOKEN_COLOCATED)
        return SQLITE_OK;
    auto *w = static_cast<Writer *>(context);
    const int index = w->token++;
    if (index < w->first)
        return SQLITE_OK;
    if (index >= w->first + w->length) {
        w->more = true;
        return SQLITE_DONE; // the rest of the column is not needed
    }
    if (index == w->first) {
        if (w->first > 0) {
            w->out += w->ellipsis;
            w->copied = start;
        }
    }
    w->out.append(w->text + w->copied, start - w->copied);
    while (w->markedAt < w->marked.size() && w->marked.at(w->markedAt) < index)
        ++w->markedAt;
    const bool mark = w->markedAt < w->marked.size() && w->marked.at(w->markedAt) == index;
    if (mark)
        w->out += w->open;
    w->out.append(w->text + start, end - start);
    if (mark)
        w->out += w->close;
    w->copied = end;
    return SQLITE_OK;
}

QByteArray argument(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return text ? QByteArray(text, sqlite3_value_bytes(value)) : QByteArray();
}

void passage(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argCount,
    sqlite3_value **args)
{
    if (argCount != 4) {
        sqlite3_result_error(result, "passage(): wrong number of arguments", -1);
        return;
    }
    const int length = std::max(1, sqlite3_value_int(args[3]));
    const int phrases = api->xPhraseCount(fts);
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    QList<Hit> hits;
    QList<int> columns;
    hits.reserve(instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK) {
            hits.append({ offset, phrase, api->xPhraseSize(fts, phrase) });
            columns.append(column);
        }
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    // The instances come ordered by column, then offset. A window starts at each match and
    // slides over the column's matches: the count of each phrase inside it is kept.
    Window best;
    QList<int> inside(phrases, 0);
    for (int begin = 0; begin < hits.size();) {
        int end = begin;
        while (end < hits.size() && columns.at(end) == columns.at(begin))
            ++end;
        std::fill(inside.begin(), inside.end(), 0);
        int distinct = 0;
        int last = begin; // first hit past the window
        for (int i = begin; i < end; ++i) {
            while (last < end
                && hits.at(last).offset + hits.at(last).size <= hits.at(i).offset + length) {
                if (inside[hits.at(last).phrase]++ == 0)
                    ++distinct;
                ++last;
            }
            if (last == i) { // a phrase longer than the window: shown from its start
                if (inside[hits.at(last).phrase]++ == 0)
                    ++distinct;
                ++last;
            }
            // Equal windows: the later column (the title is shown highlighted already; the
            // body says more than the summary).
            if (distinct > best.distinct || (distinct == best.distinct && last - i > best.hits)
                || (distinct == best.distinct && last - i == best.hits
                    && columns.at(begin) > best.column)) {
                // Centre the matches in the window, inside the column's tokens.
                const int span
                    = hits.at(last - 1).offset + hits.at(last - 1).size - hits.at(i).offset;
                int first = hits.at(i).offset - (length - span) / 2;
                int tokens = 0;
                if (api->xColumnSize(fts, columns.at(begin), &tokens) == SQLITE_OK)
                    first = std::min(first, tokens - length);
                best = { columns.at(begin), std::max(0, first), distinct, last - i };
            }
            if (--inside[hits.at(i).phrase] == 0)
                --distinct;
        }
        begin = end;
    }
    if (best.column < 0) {
        sqlite3_result_text(result, "", 0, SQLITE_STATIC);
        return;
    }
    const char *text = nullptr;
    int bytes = 0;
    rc = api->xColumnText(fts, best.column, &text, &bytes);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    Writer writer { text, best.first, length, {}, argument(args[0]), argument(args[1]),
        argument(args[2]), {} };
    for (int i = 0; i < hits.size(); ++i) {
        if (columns.at(i) != best.column)
            continue;
        for (int t = 0; t < hits.at(i).size; ++t)
            writer.marked.append(hits.at(i).offset + t);
    }
    std::sort(writer.marked.begin(), writer.marked.end());
    rc = api->xTokenize(fts, text, bytes, &writer, writeToken);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    if (writer.more)
        writer.out += writer.ellipsis;
    else
        writer.out.append(text + writer.copied, bytes - writer.copied);
    sqlite3_result_text(result, writer.out.constData(), int(writer.out.size()), SQLITE_TRANSIENT);
}

fts5_api *fts5ApiOf(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

void SearchPassage::registerWith(SqliteDatabase &db)
{
    fts5_api *api = fts5ApiOf(db.handle());
    if (!api)
        throw StorageError(SQLITE_ERROR, QStringLiteral("FTS5 is not available"));
    const int rc = api->xCreateFunction(api, "passage", nullptr, passage, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc);
}
