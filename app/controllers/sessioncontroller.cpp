#include "sessioncontroller.h"

#include "outbox.h"

#include "sqlitedatabase.h"
#include "vaultsession.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcScreens, "handbook.screens")

SessionController::SessionController(QObject *parent)
    : QObject(parent)
{ }

void SessionController::setSession(VaultSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &VaultSession::stateChanged, this, [this] {
            if (m_session->state() == VaultSession::Unlocked)
                reload();
        });
        // The screen that made a change shows it already.
        connect(m_session, &VaultSession::dataChanged, this, [this](QObject *origin) {
            if (origin != this && reloadsOnDataChange())
                reload();
        });
    }
    Q_EMIT sessionChanged();
    reload();
}

SqliteDatabase *SessionController::database() const
{
    if (!m_session || m_session->state() != VaultSession::Unlocked || !m_session->vault().isOpen())
        return nullptr;
    return &m_session->vault().database();
}

void SessionController::reload()
{
    withDatabase([this](SqliteDatabase &db) { load(db); });
}

bool SessionController::withDatabase(const std::function<void(SqliteDatabase &)> &work)
{
    SqliteDatabase *db = database();
    if (!db)
        return false;
    try {
        // A change queued for the server (an action of the member) should go out soon.
        const int pendingBefore = Outbox(*db).pendingCount();
        work(*db);
        setErrorMessage({});
        if (Outbox(*db).pendingCount() > pendingBefore && m_session)
            m_session->noteLocalChange(this);
        return true;
    } catch (const StorageError &error) {
        // The code only: never row content.
        qCWarning(lcScreens) << "reading the vault failed, SQLite code" << error.code();
        setErrorMessage(tr("Không đọc được dữ liệu trên máy. Hãy thử “Kiểm tra bộ nhớ”."));
        return false;
    }
}

void SessionController::setErrorMessage(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorChanged();
}
