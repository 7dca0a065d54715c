#include "schemamigrations.h"

#include <algorithm>

namespace {

// v1: facts about this database as a whole (e.g. which demo data it holds).
constexpr const char *v1ServerMeta[] = {
    "CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

constexpr Migration steps[] = {
    { 1, "server_meta", v1ServerMeta, v1ServerMeta },
};

constexpr bool strictlyIncreasingFromOne()
{
    for (std::size_t i = 0; i < std::size(steps); ++i) {
        if (steps[i].version != int(i) + 1 || steps[i].sqlite.empty()
            || steps[i].postgresql.empty())
            return false;
    }
    return true;
}
static_assert(strictlyIncreasingFromOne(),
    "migration versions must be 1, 2, 3... in order, each with statements");

} // namespace

std::span<const Migration> SchemaMigrations::all()
{
    return steps;
}

int SchemaMigrations::latestVersion()
{
    return steps[std::size(steps) - 1].version;
}
