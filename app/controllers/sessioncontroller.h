// The base of the screen controllers that read the vault: holds the VaultSession the screen
// binds (`session: VaultSession`), calls reload() whenever the vault opens and whenever its
// data changed (a sync, or a change queued by another screen: VaultSession::dataChanged), and
// turns storage failures into a Vietnamese message. Pages do not wire reloads themselves.
#pragma once

#include "vaultsession.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <functional>

class SqliteDatabase;

class SessionController : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(VaultSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)

public:
    explicit SessionController(QObject *parent = nullptr);

    [[nodiscard]] VaultSession *session() const { return m_session; }
    void setSession(VaultSession *session);
    // Empty when the last read or action worked.
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    // Reads the screen's data again (nothing while the vault is locked).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sessionChanged();
    void errorChanged();

protected:
    // The open vault's database, or null while the vault is not open.
    [[nodiscard]] SqliteDatabase *database() const;
    // Reads everything from `db`; may throw StorageError (reload() catches it).
    virtual void load(SqliteDatabase &db) = 0;
    // Runs `work` on the open database; false (with errorMessage set) if it failed.
    bool withDatabase(const std::function<void(SqliteDatabase &)> &work);
    void setErrorMessage(const QString &message);
    // Whether a change of the vault's data made elsewhere (VaultSession::dataChanged) reloads
    // this screen at once. Screens where a list rebuilt under the user's finger or a form
    // would get in the way (attendance marked in place, the reader, pickers, long lists)
    // return false: they read again when they are shown.
    [[nodiscard]] virtual bool reloadsOnDataChange() const { return true; }

private:
    QPointer<VaultSession> m_session;
    QString m_errorMessage;
};
