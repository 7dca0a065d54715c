// The server schema as an ordered list of versioned steps (the same list for SQLite and
// PostgreSQL, each step spelled for both). Append new steps; never edit an applied one.
#pragma once

#include <span>

// One step: its version (strictly increasing, from 1) and the statements that apply it:
// those both databases share first, then the ones spelled for each.
struct Migration
{
    int version;
    const char *name;
    std::span<const char *const> common;
    std::span<const char *const> sqlite;
    std::span<const char *const> postgresql;
};

class SchemaMigrations
{
public:
    // Every step in version order.
    [[nodiscard]] static std::span<const Migration> all();
    // The version a database has after all steps.
    [[nodiscard]] static int latestVersion();
};
