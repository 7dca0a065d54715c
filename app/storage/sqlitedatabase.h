// Thin RAII layer over the SQLCipher C API: one connection, prepared statements,
// transactions. Failures throw StorageError; the Vault turns them into VaultError values.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

// A failed SQLite call: the SQLite result code and its message (never any row content).
class StorageError : public std::runtime_error
{
public:
    StorageError(int code, const QString &message);
    [[nodiscard]] int code() const { return m_code; }
    // True for SQLITE_CORRUPT / SQLITE_NOTADB: the file is damaged or not ours.
    [[nodiscard]] bool isDamage() const;

private:
    int m_code;
};

class SqliteDatabase;

// One prepared statement; bind by 1-based index, step(), read columns by 0-based index.
class Statement
{
public:
    Statement(SqliteDatabase &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &text);
    Statement &bind(int index, const char *text) = delete;
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bindBlob(int index, const QByteArray &bytes);
    // Text already in UTF-8 (e.g. JSON as serialised), without a round trip through QString.
    Statement &bindUtf8(int index, const QByteArray &utf8);
    Statement &bindNull(int index);
    Statement &bindVariant(int index, const QVariant &value);

    // Advances; true while a row is available. Throws on error.
    bool step();
    // Runs to completion (for statements without rows).
    void exec();
    void reset();

    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] QVariant value(int column) const;
    [[nodiscard]] int columnCount() const;

private:
    SqliteDatabase &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// An open connection. Not copyable; closes on destruction.
class SqliteDatabase
{
public:
    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Opens (creating if asked) the file; throws StorageError.
    void open(const QString &path, bool create);
    void close();
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }

    // Runs one or more statements without results.
    void exec(const char *sql);
    void exec(const QString &sql);
    // First column of the first row, or a null QVariant.
    [[nodiscard]] QVariant scalar(const char *sql);
    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;

    [[noreturn]] void fail(int code) const;
    [[nodiscard]] sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed uncommitted.
class Transaction
{
public:
    explicit Transaction(SqliteDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    SqliteDatabase &m_db;
    bool m_done = false;
};
