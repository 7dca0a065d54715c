// The app's own settings (`AppSettings` in QML), kept per device in <data-dir>/settings.ini
// (nothing secret): text size for the whole app, language, the idle time after which the
// vault locks itself; plus what "Cài đặt" shows about storage (the attachments stored
// against their limit, the space the account's data uses, the free space on the device).
#pragma once

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QtQml/qqmlregistration.h>
#include <functional>

class VaultSession;

class AppSettings : public QObject
{
    Q_OBJECT
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int idleLockMinutes READ idleLockMinutes WRITE setIdleLockMinutes NOTIFY
            idleLockMinutesChanged)
    Q_PROPERTY(QList<int> idleLockChoices READ idleLockChoices CONSTANT)
    Q_PROPERTY(int idleLockIndex READ idleLockIndex NOTIFY idleLockMinutesChanged)
    // How long the app may stay in the background (another app in front, the screen off,
    // the task switcher) before the vault locks: 0 = at once.
    Q_PROPERTY(int backgroundLockSeconds READ backgroundLockSeconds WRITE setBackgroundLockSeconds
            NOTIFY backgroundLockSecondsChanged)
    Q_PROPERTY(QList<int> backgroundLockChoices READ backgroundLockChoices CONSTANT)
    Q_PROPERTY(int backgroundLockIndex READ backgroundLockIndex NOTIFY backgroundLockSecondsChanged)
    // Bytes, as double for QML (no 64-bit integers there).
    Q_PROPERTY(double storageUsed READ storageUsedBytes NOTIFY storageChanged)
    Q_PROPERTY(double storageFree READ storageFreeBytes NOTIFY storageChanged)
    // Attachments stored in the open vault and the limit of automatic downloads
    // (BlobCatalog); attachmentsKnown is false while no vault is open.
    Q_PROPERTY(bool attachmentsKnown READ attachmentsKnown NOTIFY storageChanged)
    Q_PROPERTY(double attachmentsUsed READ attachmentsUsedBytes NOTIFY storageChanged)
    Q_PROPERTY(double attachmentsLimit READ attachmentsLimitBytes NOTIFY storageChanged)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    // Applies a language ("vi" or "en") to the running app; false if it cannot.
    using LanguageApplier = std::function<bool(const QString &)>;

    static constexpr double kMinTextScale = 1.0;
    static constexpr double kMaxTextScale = 2.0;

    // `dataDir` holds settings.ini and the accounts whose size is reported.
    explicit AppSettings(const QString &dataDir, QObject *parent = nullptr);

    void setLanguageApplier(LanguageApplier applier) { m_applyLanguage = std::move(applier); }
    // The session whose open vault's attachments refreshStorage() reports (not owned).
    void setVaultSession(VaultSession *session) { m_session = session; }

    [[nodiscard]] double textScale() const { return m_textScale; }
    // Clamped to 1.0-2.0 and saved.
    void setTextScale(double scale);
    // For this run only (the --text-scale option): not saved.
    void overrideTextScale(double scale);
    [[nodiscard]] QString language() const { return m_language; }
    // "vi" or "en"; saved and applied at once.
    void setLanguage(const QString &language);
    [[nodiscard]] int idleLockMinutes() const { return m_idleLockMinutes; }
    // One of idleLockChoices(); saved.
    void setIdleLockMinutes(int minutes);
    [[nodiscard]] static QList<int> idleLockChoices() { return { 1, 2, 5, 10, 30 }; }
    // Where idleLockMinutes() is in idleLockChoices().
    [[nodiscard]] int idleLockIndex() const
    {
        return int(idleLockChoices().indexOf(m_idleLockMinutes));
    }
    [[nodiscard]] int backgroundLockSeconds() const { return m_backgroundLockSeconds; }
    // One of backgroundLockChoices(); saved.
    void setBackgroundLockSeconds(int seconds);
    [[nodiscard]] static QList<int> backgroundLockChoices() { return { 0, 60, 300 }; }
    static constexpr int kDefaultBackgroundLockSeconds = 60;
    [[nodiscard]] int backgroundLockIndex() const
    {
        return int(backgroundLockChoices().indexOf(m_backgroundLockSeconds));
    }
    // "Ngay lập tức", "1 phút", "5 phút": a choice of backgroundLockChoices() in words.
    Q_INVOKABLE QString backgroundLockText(int seconds) const;
    // Bytes under accounts/ (the vaults and their attachments).
    [[nodiscard]] qint64 storageUsed() const { return m_storageUsed; }
    // Bytes free on the device where the data lives.
    [[nodiscard]] qint64 storageFree() const { return m_storageFree; }
    [[nodiscard]] double storageUsedBytes() const { return double(m_storageUsed); }
    [[nodiscard]] double storageFreeBytes() const { return double(m_storageFree); }
    [[nodiscard]] bool attachmentsKnown() const { return m_attachmentsKnown; }
    [[nodiscard]] qint64 attachmentsUsed() const { return m_attachmentsUsed; }
    [[nodiscard]] qint64 attachmentsLimit() const { return m_attachmentsLimit; }
    [[nodiscard]] double attachmentsUsedBytes() const { return double(m_attachmentsUsed); }
    [[nodiscard]] double attachmentsLimitBytes() const { return double(m_attachmentsLimit); }
    [[nodiscard]] static QString version();

    // Measures the storage again.
    Q_INVOKABLE void refreshStorage();
    // "12,5 MB" style text for a byte count (powers of 1024), in the current language.
    Q_INVOKABLE QString formatBytes(double bytes) const;

Q_SIGNALS:
    void textScaleChanged();
    void languageChanged();
    void idleLockMinutesChanged();
    void backgroundLockSecondsChanged();
    void storageChanged();

private:
    QString m_dataDir;
    QSettings m_settings;
    LanguageApplier m_applyLanguage;
    double m_textScale = 1.0;
    QString m_language;
    int m_idleLockMinutes = 5;
    int m_backgroundLockSeconds = kDefaultBackgroundLockSeconds;
    qint64 m_storageUsed = 0;
    qint64 m_storageFree = 0;
    QPointer<VaultSession> m_session;
    bool m_attachmentsKnown = false;
    qint64 m_attachmentsUsed = 0;
    qint64 m_attachmentsLimit = 0;
};
