#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
constexpr auto kOwnerDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
    | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
constexpr auto kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
    | QFileDevice::WriteUser;
} // namespace

namespace PrivateFiles {

bool makeDir(const QString &dir)
{
    // Each missing level is made owner-only, not only the last one.
    QStringList missing;
    QFileInfo info(QDir::cleanPath(QDir(dir).absolutePath()));
    while (!info.exists() && !info.isRoot() && !info.filePath().isEmpty()) {
        missing.prepend(info.filePath());
        info = QFileInfo(info.path());
    }
    if (!QDir().mkpath(dir))
        return false;
    bool ok = true;
    for (const QString &level : std::as_const(missing))
        ok = restrictDir(level) && ok;
    return restrictDir(dir) && ok;
}

bool restrictDir(const QString &dir)
{
    return QFile::setPermissions(dir, kOwnerDir);
}

bool restrictFile(const QString &file)
{
    return QFile::setPermissions(file, kOwnerFile);
}

bool createFile(const QString &file)
{
    if (!QFile::exists(file)) {
        QFile created(file);
        // QFile::open with permissions creates the file with them (no window with wider ones).
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile))
            return QFile::exists(file) && restrictFile(file);
        created.close();
    }
    return restrictFile(file);
}

} // namespace PrivateFiles
