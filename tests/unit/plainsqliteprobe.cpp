// plain_sqlite_probe <file>: opens <file> with the system's plain SQLite (libsqlite3.so.0,
// loaded at run time) and reads its schema, as anyone who copied the file off the phone
// could. Exit status: SQLite's result code of the read (0 = readable, 26 = SQLITE_NOTADB),
// 100 when the library or its functions cannot be loaded. A process of its own because the
// tests link SQLCipher, whose sqlite3_* symbols would shadow plain SQLite's in-process (and
// RTLD_DEEPBIND, the in-process way round, does not work under AddressSanitizer).
#include <cstdio>
#include <dlfcn.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: plain_sqlite_probe <file>\n");
        return 100;
    }
    void *lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        std::fprintf(stderr, "plain_sqlite_probe: %s\n", dlerror());
        return 100;
    }
    using Open = int (*)(const char *, void **);
    using Exec = int (*)(void *, const char *, void *, void *, char **);
    using Close = int (*)(void *);
    const auto open = reinterpret_cast<Open>(dlsym(lib, "sqlite3_open"));
    const auto exec = reinterpret_cast<Exec>(dlsym(lib, "sqlite3_exec"));
    const auto close = reinterpret_cast<Close>(dlsym(lib, "sqlite3_close"));
    if (!open || !exec || !close)
        return 100;
    void *db = nullptr;
    if (open(argv[1], &db) != 0)
        return 100;
    // Plain SQLite ignores PRAGMA key, so even with a key it cannot read a page.
    exec(db, "PRAGMA key = \"x'00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'\"",
        nullptr, nullptr, nullptr);
    const int rc = exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    close(db);
    dlclose(lib);
    return rc;
}
