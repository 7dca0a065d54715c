#include "fileplaces.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {
// `location`'s folder when it exists and is not `home` (xdg-user-dirs points a missing
// Documents at the home folder).
QUrl existingPlace(QStandardPaths::StandardLocation location, const QString &home)
{
    const QString path = QStandardPaths::writableLocation(location);
    if (path.isEmpty() || !QFileInfo(path).isDir()
        || QDir::cleanPath(path) == QDir::cleanPath(home))
        return {};
    return QUrl::fromLocalFile(QDir::cleanPath(path));
}

QString cleanLocalPath(const QUrl &folder)
{
    return folder.isLocalFile() ? QDir::cleanPath(folder.toLocalFile()) : QString();
}
} // namespace

FilePlaces::FilePlaces(QObject *parent)
    : QObject(parent)
{
    const QString home = QDir::homePath();
    m_documents = existingPlace(QStandardPaths::DocumentsLocation, home);
    m_downloads = existingPlace(QStandardPaths::DownloadLocation, home);
    if (QFileInfo(home).isDir())
        m_home = QUrl::fromLocalFile(QDir::cleanPath(home));
}

QUrl FilePlaces::start() const
{
    if (!m_documents.isEmpty())
        return m_documents;
    if (!m_downloads.isEmpty())
        return m_downloads;
    return m_home.isEmpty() ? QUrl::fromLocalFile(QDir::rootPath()) : m_home;
}

QString FilePlaces::folderName(const QUrl &folder) const
{
    if (!m_documents.isEmpty() && sameFolder(folder, m_documents))
        return tr("Tài liệu");
    if (!m_downloads.isEmpty() && sameFolder(folder, m_downloads))
        return tr("Tải về");
    if (!m_home.isEmpty() && sameFolder(folder, m_home))
        return tr("Thư mục nhà");
    const QString path = cleanLocalPath(folder);
    if (path.isEmpty())
        return folder.toDisplayString();
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? QDir::toNativeSeparators(path) : name;
}

QString FilePlaces::pathText(const QUrl &folder)
{
    const QString path = cleanLocalPath(folder);
    return path.isEmpty() ? folder.toDisplayString() : QDir::toNativeSeparators(path);
}

QUrl FilePlaces::folderOf(const QUrl &file)
{
    const QString path = cleanLocalPath(file);
    if (path.isEmpty() || QDir(path).isRoot())
        return {};
    return QUrl::fromLocalFile(QFileInfo(path).path());
}

bool FilePlaces::sameFolder(const QUrl &a, const QUrl &b)
{
    const QString left = cleanLocalPath(a);
    return left.isEmpty() ? a == b : left == cleanLocalPath(b);
}
