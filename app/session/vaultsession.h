// The QML-facing state of the current account's vault: whether a PIN exists, whether the
// vault is open, what the last PIN attempt said. Slow work (Argon2id) runs off the UI thread.
#pragma once

#include "vault.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

class VaultSession : public QObject
{
    Q_OBJECT

    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY attemptsLeftChanged)
    Q_PROPERTY(int retryAfterSeconds READ retryAfterSeconds NOTIFY retryAfterSecondsChanged)
    Q_PROPERTY(QString storageReport READ storageReport NOTIFY storageReportChanged)
    Q_PROPERTY(bool storageOk READ storageOk NOTIFY storageReportChanged)
    Q_PROPERTY(int minPinLength READ minPinLength CONSTANT)
    Q_PROPERTY(int maxPinLength READ maxPinLength CONSTANT)
    Q_PROPERTY(int maxAttempts READ maxAttempts CONSTANT)

public:
    enum State {
        NoVault, // no PIN has been created for this account on this device
        Locked, // a vault exists; the PIN is needed to open it
        Busy, // a slow operation (key derivation, storage check) is running
        Unlocked, // the vault is open
    };
    Q_ENUM(State)

    // options.accountDir is the account's directory; options.kdf the Argon2id cost;
    // options.clock (optional) the clock for PIN delays and the countdown.
    explicit VaultSession(Vault::Options options, QObject *parent = nullptr);
    ~VaultSession() override;

    // <dataDir>/accounts/<id>/, where <id> is the first line of <dataDir>/current-account,
    // or "local" when that file is missing or does not hold a plain account id.
    [[nodiscard]] static QString accountDirForDataDir(const QString &dataDir);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString errorCode() const { return m_errorCode; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    // PIN attempts left before the account's data is erased.
    [[nodiscard]] int attemptsLeft() const { return m_attemptsLeft; }
    // Seconds before the next PIN attempt is allowed; counts down to 0.
    [[nodiscard]] int retryAfterSeconds() const { return m_retryAfterSeconds; }
    // The result of the last checkStorage(), in Vietnamese; empty before the first check.
    [[nodiscard]] QString storageReport() const { return m_storageReport; }
    [[nodiscard]] bool storageOk() const { return m_storageOk; }
    [[nodiscard]] static int minPinLength() { return 6; }
    [[nodiscard]] static int maxPinLength() { return 12; }
    [[nodiscard]] static int maxAttempts() { return Vault::kMaxAttempts; }

    // Why `pin` is too easy to guess, in Vietnamese (empty when it is not): all one digit,
    // a straight run up or down (123456, 654321, 890123), or `birthDate` in a common form
    // (ddMMyy, ddMMyyyy, yyyyMMdd, yyMMdd, MMddyy, MMddyyyy, and d/M without the zeros).
    [[nodiscard]] static QString pinWeakness(const QString &pin, const QDate &birthDate = {});
    // The same, with the birth date of the open account's member (when the vault is open).
    Q_INVOKABLE QString weakPinReason(const QString &pin);
    // The open account's member's birth date (invalid when locked or unknown).
    [[nodiscard]] QDate ownBirthDate();

    // The vault itself, for the parts of the app that read and write data while Unlocked.
    [[nodiscard]] Vault &vault() { return *m_vault; }

    // Each returns false (and does nothing) when the call is not possible right now,
    // e.g. while another operation is running.
    Q_INVOKABLE bool createPin(const QString &pin, const QString &confirmation);
    Q_INVOKABLE bool unlock(const QString &pin);
    Q_INVOKABLE bool changePin(const QString &oldPin, const QString &newPin);
    Q_INVOKABLE bool checkStorage();
    Q_INVOKABLE void lock();
    // Erases the account's local data (database and key envelope).
    Q_INVOKABLE bool wipe();
    // Takes over a vault opened elsewhere (signing in opens the account's vault); the session
    // then shows that account. `vault` may be open or not. False while an operation runs.
    bool adopt(std::unique_ptr<Vault> vault);
    // A screen (`origin`) queued a change for the server: the sync sends it soon, and the
    // other screens show it (dataChanged).
    void noteLocalChange(QObject *origin = nullptr)
    {
        Q_EMIT localChangeQueued();
        Q_EMIT dataChanged(origin);
    }
    // The open vault's data changed outside the screens (a sync brought or sent something).
    void noteDataChanged() { Q_EMIT dataChanged(nullptr); }
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void stateChanged();
    void errorChanged();
    void attemptsLeftChanged();
    void retryAfterSecondsChanged();
    void storageReportChanged();
    // changePin() succeeded.
    void pinChanged();
    // See noteLocalChange().
    void localChangeQueued();
    // The open vault's data changed: by a sync (`origin` null) or by the screen `origin`.
    // Every screen controller (SessionController) reloads itself on it, except `origin`.
    void dataChanged(QObject *origin);

private:
    // What a background operation hands back to the UI thread.
    struct Outcome
    {
        VaultError error;
        IntegrityReport report;
        bool isStorageCheck = false;
    };

    bool runInBackground(std::function<Outcome(Vault &)> work, bool isPinChange);
    void finishOperation();
    void refreshFromDisk();
    void setState(State state);
    void setError(const VaultError &error);
    void setError(const QString &code, const QString &message);
    void setAttemptsLeft(int attemptsLeft);
    void startRetryCountdown(int seconds);
    void updateRetryCountdown();
    void setStorageReport(const QString &text, bool ok);
    [[nodiscard]] static QString reportText(const IntegrityReport &report);

    Vault::Clock m_clock; // the vault's clock, so the countdown follows an injected one
    std::unique_ptr<Vault> m_vault;
    QFutureWatcher<Outcome> m_watcher;
    bool m_pinChangeRunning = false;
    bool m_lockRequested = false;

    State m_state = NoVault;
    QString m_errorCode;
    QString m_errorMessage;
    int m_attemptsLeft = Vault::kMaxAttempts;
    int m_retryAfterSeconds = 0;
    QTimer m_retryTimer;
    QDateTime m_retryDeadline;
    QString m_storageReport;
    bool m_storageOk = false;
};
