#include "db/admindatabase.h"

#include "db/schemamigrations.h"
#include "db/schemamigrator.h"
#include "db/serverdatabase.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

bool AdminDatabase::open(ServerDatabase &database, QString *error)
{
    const DatabaseSpec &spec = database.spec();
    if (spec.backend() == DatabaseSpec::Backend::Sqlite && !QFileInfo::exists(spec.sqlitePath())) {
        *error = u"no database at %1: run handbook-server init --db %2 first"_s.arg(
            spec.sqlitePath(), spec.toDisplayString());
        return false;
    }
    if (!database.open(error))
        return false;
    SchemaMigrator migrator(database);
    const int version = migrator.currentVersion(error);
    if (version < 0)
        return false;
    const int latest = SchemaMigrations::latestVersion();
    if (version != latest) {
        *error = u"the database %1 is at schema version %2, this server needs %3: %4"_s
                     .arg(spec.toDisplayString())
                     .arg(version)
                     .arg(latest)
                     .arg(version < latest ? u"run handbook-server init first"_s
                                           : u"upgrade handbook-server"_s);
        return false;
    }
    return true;
}
