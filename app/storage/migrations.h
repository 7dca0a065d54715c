// The vault's schema as an ordered list of versioned steps (PRAGMA user_version).
#pragma once

class SqliteDatabase;

class Migrations
{
public:
    enum class Result { Ok, TooNew };

    [[nodiscard]] static int latestVersion();
    // Applies every step after the database's version up to `target`, all in one
    // transaction. TooNew when the database is newer than this code (nothing touched).
    static Result migrate(SqliteDatabase &db, int target = latestVersion());
    [[nodiscard]] static int currentVersion(SqliteDatabase &db);
};
