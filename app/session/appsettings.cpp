#include "appsettings.h"

#include "blobcatalog.h"
#include "datasize.h"
#include "privatefiles.h"
#include "sqlitedatabase.h"
#include "vaultsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStorageInfo>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
const auto kTextScale = u"ui/text_scale"_s;
const auto kLanguage = u"ui/language"_s;
const auto kIdleLock = u"security/idle_lock_minutes"_s;
const auto kBackgroundLock = u"security/background_lock_seconds"_s;
} // namespace

AppSettings::AppSettings(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_settings(QDir(dataDir).filePath(u"settings.ini"_s), QSettings::IniFormat)
{
    // Nothing secret, but the user's alone like the rest of the data directory (QSettings
    // keeps an existing file's permissions when it rewrites it).
    if (QFileInfo::exists(dataDir))
        PrivateFiles::createFile(m_settings.fileName());
    m_textScale
        = std::clamp(m_settings.value(kTextScale, 1.0).toDouble(), kMinTextScale, kMaxTextScale);
    const QString language = m_settings.value(kLanguage, u"vi"_s).toString();
    m_language = language == u"en"_s ? language : u"vi"_s;
    const int minutes = m_settings.value(kIdleLock, 5).toInt();
    m_idleLockMinutes = idleLockChoices().contains(minutes) ? minutes : 5;
    const int seconds = m_settings.value(kBackgroundLock, kDefaultBackgroundLockSeconds).toInt();
    m_backgroundLockSeconds
        = backgroundLockChoices().contains(seconds) ? seconds : kDefaultBackgroundLockSeconds;
}

void AppSettings::setTextScale(double scale)
{
    overrideTextScale(scale);
    m_settings.setValue(kTextScale, m_textScale);
}

void AppSettings::overrideTextScale(double scale)
{
    if (!std::isfinite(scale))
        return;
    // Steps of 5 % are enough; it keeps the saved value tidy.
    scale = std::round(std::clamp(scale, kMinTextScale, kMaxTextScale) * 20.0) / 20.0;
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    Q_EMIT textScaleChanged();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language != u"vi"_s && language != u"en"_s)
        return;
    if (m_applyLanguage && !m_applyLanguage(language))
        return;
    m_settings.setValue(kLanguage, language);
    if (m_language == language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
}

void AppSettings::setBackgroundLockSeconds(int seconds)
{
    if (!backgroundLockChoices().contains(seconds) || seconds == m_backgroundLockSeconds)
        return;
    m_backgroundLockSeconds = seconds;
    m_settings.setValue(kBackgroundLock, seconds);
    Q_EMIT backgroundLockSecondsChanged();
}

QString AppSettings::backgroundLockText(int seconds) const
{
    if (seconds <= 0)
        return tr("Ngay lập tức");
    return tr("Sau %n phút", nullptr, seconds / 60);
}

void AppSettings::setIdleLockMinutes(int minutes)
{
    if (!idleLockChoices().contains(minutes) || minutes == m_idleLockMinutes)
        return;
    m_idleLockMinutes = minutes;
    m_settings.setValue(kIdleLock, minutes);
    Q_EMIT idleLockMinutesChanged();
}

QString AppSettings::version()
{
    return QCoreApplication::applicationVersion();
}

void AppSettings::refreshStorage()
{
    qint64 used = 0;
    QDirIterator it(QDir(m_dataDir).filePath(u"accounts"_s), QDir::Files | QDir::Hidden,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        used += it.fileInfo().size();
    }
    const QStorageInfo volume(m_dataDir);
    m_storageUsed = used;
    m_storageFree = volume.isValid() ? volume.bytesAvailable() : 0;
    m_attachmentsKnown = false;
    m_attachmentsUsed = 0;
    m_attachmentsLimit = 0;
    if (m_session && m_session->state() == VaultSession::Unlocked) {
        try {
            BlobCatalog catalog(m_session->vault().database());
            m_attachmentsUsed = catalog.storedBytes();
            m_attachmentsLimit = catalog.storageLimit();
            m_attachmentsKnown = true;
        } catch (const StorageError &) {
            // Left unknown (no attachments line); the storage check reports damage.
            m_attachmentsUsed = 0;
        }
    }
    Q_EMIT storageChanged();
}

QString AppSettings::formatBytes(double bytes) const
{
    // Powers of 1024 named KB, MB, GB: the attachment limit (500 × 1024² bytes) then reads
    // "500 MB" as it is meant, not "524,3 MB".
    return DataSize::text(qint64(bytes));
}
