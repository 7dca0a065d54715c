#include "vietnamesetokenizer.h"

#include "sqlitedatabase.h"

#include <QByteArray>
#include <sqlite3.h>

// unicode61's remove_diacritics folds ď/Ď (U+010F/U+010E) to d but leaves đ/Đ
// (U+0111/U+0110) alone. Both pairs are two UTF-8 bytes (C4 8F/8E vs C4 91/90), so the
// text is rewritten byte for byte before unicode61 sees it: token offsets stay valid for
// the original text, and passage()/highlight() mark the right characters.
namespace {

struct Wrapper
{
    fts5_tokenizer inner {};
    Fts5Tokenizer *innerInstance = nullptr;
};

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

int createTokenizer(void *context, const char **, int, Fts5Tokenizer **out)
{
    auto *api = static_cast<fts5_api *>(context);
    auto *wrapper = new Wrapper;
    void *innerContext = nullptr;
    int rc = api->xFindTokenizer(api, "unicode61", &innerContext, &wrapper->inner);
    if (rc == SQLITE_OK) {
        const char *args[] = { "remove_diacritics", "2" };
        rc = wrapper->inner.xCreate(innerContext, args, 2, &wrapper->innerInstance);
    }
    if (rc != SQLITE_OK) {
        delete wrapper;
        return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(wrapper);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    auto *wrapper = reinterpret_cast<Wrapper *>(tokenizer);
    wrapper->inner.xDelete(wrapper->innerInstance);
    delete wrapper;
}

int tokenize(Fts5Tokenizer *tokenizer, void *callbackContext, int flags, const char *text,
    int length, int (*callback)(void *, int, const char *, int, int, int))
{
    auto *wrapper = reinterpret_cast<Wrapper *>(tokenizer);
    QByteArray folded(text, length);
    char *bytes = folded.data();
    for (int i = 0; i + 1 < length; ++i) {
        if (static_cast<unsigned char>(bytes[i]) == 0xC4) {
            const auto next = static_cast<unsigned char>(bytes[i + 1]);
            if (next == 0x91)
                bytes[i + 1] = char(0x8F); // đ -> ď
            else if (next == 0x90)
                bytes[i + 1] = char(0x8E); // Đ -> Ď
        }
    }
    return wrapper->inner.xTokenize(
        wrapper->innerInstance, callbackContext, flags, folded.constData(), length, callback);
}

} // namespace

void VietnameseTokenizer::registerWith(SqliteDatabase &db)
{
    fts5_api *api = fts5ApiOf(db.handle());
    if (!api)
        throw StorageError(SQLITE_ERROR, QStringLiteral("FTS5 is not available"));
    fts5_tokenizer tokenizer { createTokenizer, deleteTokenizer, tokenize };
    const int rc = api->xCreateTokenizer(api, "vietnamese", api, &tokenizer, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc);
}
