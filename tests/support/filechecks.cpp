#include "filechecks.h"

#include <QDirIterator>
#include <QFileInfo>

using namespace Qt::StringLiterals;

QStringList notOwnerOnly(const QString &dir)
{
    constexpr auto kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    QStringList found;
    const auto check = [&](const QFileInfo &info) {
        if (info.permissions() & kOthers)
            found << u"%1 %2"_s.arg(info.filePath()).arg(int(info.permissions()), 0, 16);
    };
    check(QFileInfo(dir));
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        check(QFileInfo(it.next()));
    return found;
}
