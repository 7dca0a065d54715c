// Opens the database of an admin command (user, device, ...): it must exist and be at the
// latest schema version, else the command stops with a one-line reason ("run init first").
// A typo in an SQLite path must not create an empty database.
#pragma once

#include "db/databasespec.h"

#include <QString>

class ServerDatabase;

class AdminDatabase
{
public:
    // Opens `database` (made from `spec`) and checks its schema; false with a one-line *error.
    [[nodiscard]] static bool open(ServerDatabase &database, QString *error);
};
