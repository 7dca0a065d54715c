#include "vaultsession.h"

#include "documentverification.h"
#include "sqlitedatabase.h"
#include "syncstate.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcSession, "handbook.session", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace {
constexpr int kRetryTickMs = 250;
constexpr int kMaxReportedProblems = 5;
} // namespace

VaultSession::VaultSession(Vault::Options options, QObject *parent)
    : QObject(parent)
    , m_clock(options.clock ? options.clock : [] { return QDateTime::currentDateTimeUtc(); })
    , m_vault(std::make_unique<Vault>(std::move(options)))
{
    m_retryTimer.setInterval(kRetryTickMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &VaultSession::updateRetryCountdown);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &VaultSession::finishOperation);
    refreshFromDisk();
}

VaultSession::~VaultSession()
{
    // The worker uses m_vault: let it finish before the vault goes away.
    m_watcher.waitForFinished();
}

QString VaultSession::accountDirForDataDir(const QString &dataDir)
{
    static const QRegularExpression plainId(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
    QString id = QStringLiteral("local");
    QFile file(QDir(dataDir).filePath(QStringLiteral("current-account")));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QString line = QString::fromUtf8(file.readLine(256)).trimmed();
        if (plainId.match(line).hasMatch())
            id = line;
        else if (!line.isEmpty())
            qCWarning(lcSession) << "ignoring current-account: not a plain account id";
    }
    return QDir(dataDir).filePath(QStringLiteral("accounts/") + id);
}

QString VaultSession::pinWeakness(const QString &pin, const QDate &birthDate)
{
    if (pin.size() < 2)
        return {};
    bool same = true, up = true, down = true;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int previous = pin.at(i - 1).digitValue();
        const int digit = pin.at(i).digitValue();
        if (previous < 0 || digit < 0)
            return {};
        same = same && digit == previous;
        up = up && digit == (previous + 1) % 10;
        down = down && digit == (previous + 9) % 10;
    }
    if (same)
        return tr("Mã PIN toàn một chữ số thì rất dễ đoán. Đồng chí hãy chọn mã khác.");
    if (up || down)
        return tr("Mã PIN là dãy số liền nhau (như 123456 hay 654321) thì rất dễ đoán. "
                  "Đồng chí hãy chọn mã khác.");
    if (birthDate.isValid()) {
        QSet<QString> forms;
        for (const QString &format : { u"ddMMyy"_s, u"ddMMyyyy"_s, u"yyyyMMdd"_s, u"yyMMdd"_s,
                 u"MMddyy"_s, u"MMddyyyy"_s, u"dMyy"_s, u"dMyyyy"_s, u"Mdyyyy"_s, u"yyyyMd"_s })
            forms.insert(birthDate.toString(format));
        if (forms.contains(pin))
            return tr("Mã PIN là ngày sinh của đồng chí thì người khác dễ đoán. Đồng chí hãy "
                      "chọn mã khác.");
    }
    return {};
}

QString VaultSession::weakPinReason(const QString &pin)
{
    return pinWeakness(pin, ownBirthDate());
}

QDate VaultSession::ownBirthDate()
{
    if (m_state != Unlocked || !m_vault->isOpen())
        return {};
    try {
        const QString memberId = SyncState(m_vault->database()).value(u"member_id"_s);
        if (memberId.isEmpty())
            return {};
        Statement query(m_vault->database(),
            "SELECT json_extract(data, '$.birth_date') FROM members WHERE id = ?");
        query.bind(1, memberId);
        if (query.step())
            return QDate::fromString(query.text(0), Qt::ISODate);
    } catch (const StorageError &error) {
        qCWarning(lcSession) << "cannot read the member's birth date:" << error.what();
    }
    return {};
}

bool VaultSession::createPin(const QString &pin, const QString &confirmation)
{
    if (m_watcher.isRunning() || m_state != NoVault)
        return false;
    if (pin != confirmation) {
        setError(QStringLiteral("pin_mismatch"), tr("Mã PIN nhập lại không khớp"));
        return false;
    }
    if (!Vault::isValidPin(pin)) {
        setError(VaultError(VaultError::InvalidPin));
        return false;
    }
    if (const QString weakness = pinWeakness(pin); !weakness.isEmpty()) {
        setError(u"pin_weak"_s, weakness);
        return false;
    }
    return runInBackground(
        [pin = QString(pin)](Vault &vault) mutable {
            Outcome outcome { vault.create(pin), {}, false };
            wipeString(pin);
            return outcome;
        },
        false);
}

bool VaultSession::unlock(const QString &pin)
{
    if (m_watcher.isRunning() || m_state != Locked)
        return false;
    // The vault itself enforces the delay and counts the attempt.
    return runInBackground(
        [pin = QString(pin), shippedRootKey = RootKeyStore::shipped()](Vault &vault) mutable {
            Outcome outcome { vault.unlock(pin), {}, false };
            wipeString(pin);
            // An account signed in before this version shipped a root key pins it now (a
            // pinned key is never replaced), so its signed documents can be shown.
            if (outcome.error.ok() && !shippedRootKey.isEmpty()) {
                try {
                    DocumentVerification::pinRootKey(vault.database(), shippedRootKey);
                } catch (const StorageError &) {
                    // Nothing pinned: the documents stay apart as "no root key".
                }
            }
            return outcome;
        },
        false);
}

bool VaultSession::changePin(const QString &oldPin, const QString &newPin)
{
    if (m_watcher.isRunning() || (m_state != Locked && m_state != Unlocked))
        return false;
    if (!Vault::isValidPin(newPin)) {
        setError(VaultError(VaultError::InvalidPin));
        return false;
    }
    if (const QString weakness = weakPinReason(newPin); !weakness.isEmpty()) {
        setError(u"pin_weak"_s, weakness);
        return false;
    }
    return runInBackground(
        [oldPin = QString(oldPin), newPin = QString(newPin)](Vault &vault) mutable {
            Outcome outcome { vault.changePin(oldPin, newPin), {}, false };
            wipeString(oldPin);
            wipeString(newPin);
            return outcome;
        },
        true);
}

bool VaultSession::checkStorage()
{
    if (m_watcher.isRunning() || m_state != Unlocked)
        return false;
    return runInBackground(
        [](Vault &vault) {
            return Outcome { {}, vault.checkStorage(), true };
        },
        false);
}

void VaultSession::lock()
{
    if (m_watcher.isRunning()) {
        m_lockRequested = true;
        return;
    }
    m_vault->lock();
    setStorageReport({}, false);
    clearError();
    refreshFromDisk();
}

bool VaultSession::wipe()
{
    if (m_watcher.isRunning())
        return false;
    m_vault->lock();
    const VaultError error = m_vault->wipe();
    setStorageReport({}, false);
    if (error.ok())
        clearError();
    else
        setError(error);
    qCInfo(lcSession) << "wipe:" << error.codeName();
    refreshFromDisk();
    return error.ok();
}

bool VaultSession::adopt(std::unique_ptr<Vault> vault)
{
    if (m_watcher.isRunning() || !vault)
        return false;
    if (m_vault->isOpen())
        m_vault->lock();
    m_vault = std::move(vault);
    setStorageReport({}, false);
    clearError();
    refreshFromDisk();
    return true;
}

void VaultSession::clearError()
{
    setError(QString(), QString());
}

bool VaultSession::runInBackground(std::function<Outcome(Vault &)> work, bool isPinChange)
{
    m_pinChangeRunning = isPinChange;
    clearError();
    setState(Busy);
    Vault *vault = m_vault.get();
    m_watcher.setFuture(QtConcurrent::run([vault, work = std::move(work)]() -> Outcome {
        try {
            return work(*vault);
        } catch (const StorageError &e) {
            return Outcome { VaultError(e.isDamage() ? VaultError::Damaged : VaultError::Io,
                                 QString::fromUtf8(e.what())),
                {}, false };
        } catch (const std::exception &e) {
            return Outcome { VaultError(VaultError::Io, QString::fromUtf8(e.what())), {}, false };
        }
    }));
    return true;
}

void VaultSession::finishOperation()
{
    const Outcome outcome = m_watcher.result();
    const bool wasPinChange = std::exchange(m_pinChangeRunning, false);
    qCInfo(lcSession) << (wasPinChange ? "pin change:" : "operation:") << outcome.error.codeName();

    if (outcome.isStorageCheck)
        setStorageReport(reportText(outcome.report), outcome.report.ok);
    if (!outcome.error.ok()) {
        setError(outcome.error);
        if (outcome.error.attemptsLeft >= 0)
            setAttemptsLeft(outcome.error.attemptsLeft);
        if (outcome.error.code() == VaultError::LockedOut)
            startRetryCountdown(outcome.error.retryAfterSeconds);
    }
    if (std::exchange(m_lockRequested, false)) {
        m_vault->lock();
        setStorageReport({}, false);
    }
    refreshFromDisk();
    if (wasPinChange && outcome.error.ok())
        Q_EMIT pinChanged();
}

void VaultSession::refreshFromDisk()
{
    if (m_vault->isOpen()) {
        setAttemptsLeft(Vault::kMaxAttempts);
        startRetryCountdown(0);
        setState(Unlocked);
    } else if (m_vault->exists()) {
        setAttemptsLeft(Vault::kMaxAttempts - m_vault->failedAttempts());
        startRetryCountdown(m_vault->secondsUntilNextAttempt());
        setState(Locked);
    } else {
        setAttemptsLeft(Vault::kMaxAttempts);
        startRetryCountdown(0);
        setState(NoVault);
    }
}

void VaultSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcSession) << "state" << state;
    Q_EMIT stateChanged();
}

void VaultSession::setError(const VaultError &error)
{
    setError(error.codeName(), error.message());
}

void VaultSession::setError(const QString &code, const QString &message)
{
    if (m_errorCode == code && m_errorMessage == message)
        return;
    m_errorCode = code;
    m_errorMessage = message;
    Q_EMIT errorChanged();
}

void VaultSession::setAttemptsLeft(int attemptsLeft)
{
    attemptsLeft = std::clamp(attemptsLeft, 0, int(Vault::kMaxAttempts));
    if (m_attemptsLeft == attemptsLeft)
        return;
    m_attemptsLeft = attemptsLeft;
    Q_EMIT attemptsLeftChanged();
}

void VaultSession::startRetryCountdown(int seconds)
{
    if (seconds <= 0) {
        m_retryTimer.stop();
    } else {
        m_retryDeadline = m_clock().addSecs(seconds);
        m_retryTimer.start();
    }
    if (m_retryAfterSeconds != std::max(seconds, 0)) {
        m_retryAfterSeconds = std::max(seconds, 0);
        Q_EMIT retryAfterSecondsChanged();
    }
}

void VaultSession::updateRetryCountdown()
{
    const qint64 remainingMs = m_clock().msecsTo(m_retryDeadline);
    const int seconds = remainingMs > 0 ? int((remainingMs + 999) / 1000) : 0;
    if (seconds == 0) {
        m_retryTimer.stop();
        if (m_errorCode == QLatin1String("locked_out"))
            clearError();
    }
    if (m_retryAfterSeconds != seconds) {
        m_retryAfterSeconds = seconds;
        Q_EMIT retryAfterSecondsChanged();
    }
}

QString VaultSession::reportText(const IntegrityReport &report)
{
    if (report.ok)
        return tr("Bộ nhớ an toàn: dữ liệu đầy đủ và không bị thay đổi.");
    QString text = tr("Phát hiện %n lỗi trong bộ nhớ. Hãy báo cho cán bộ phụ trách.", nullptr,
        int(std::max<qsizetype>(report.problems.size(), 1)));
    const qsizetype shown = std::min<qsizetype>(report.problems.size(), kMaxReportedProblems);
    for (qsizetype i = 0; i < shown; ++i)
        text += u'\n' + report.problems.at(i);
    return text;
}

void VaultSession::setStorageReport(const QString &text, bool ok)
{
    if (text == m_storageReport && ok == m_storageOk)
        return;
    m_storageReport = text;
    m_storageOk = ok;
    Q_EMIT storageReportChanged();
}
