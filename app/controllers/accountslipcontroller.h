// The temporary password slips waiting to be seen (issue 20): the passwords the server handed
// back for account.create / account.reset_password (AccountSecrets), each shown once, large,
// with the login, the member's name, the server address and a QR code of the server profile
// (ServerProfileText: the address and the account's pins, what the sign-in field takes).
// "In phiếu" writes the A4 slip (PasswordSlip); "Đã ghi lại" deletes the password from the
// vault. An answer that was lost (a replay carries no password) is listed with the message
// that says so and a reset (account.reset_password, queued like every committee action).
#pragma once

#include "sessioncontroller.h"

#include <QVariantList>

class AccountSlipController : public SessionController
{
    Q_OBJECT
    QML_ELEMENT
    // [{mutationId, memberId, memberName, login, password, lost, message}], newest first.
    Q_PROPERTY(QVariantList slips READ slips NOTIFY slipsChanged)
    // The server as shown on the slip, and the line its QR code holds.
    Q_PROPERTY(QString serverAddress READ serverAddress NOTIFY slipsChanged)
    Q_PROPERTY(QString serverProfile READ serverProfile NOTIFY slipsChanged)

public:
    explicit AccountSlipController(QObject *parent = nullptr);

    [[nodiscard]] QVariantList slips() const { return m_slips; }
    [[nodiscard]] QString serverAddress() const { return m_serverAddress; }
    [[nodiscard]] QString serverProfile() const { return m_serverProfile; }

    // The message of a lost answer.
    [[nodiscard]] static QString lostMessage();

    // "Đã ghi lại": the password leaves the vault.
    Q_INVOKABLE bool dismiss(qint64 mutationId);
    // "In phiếu": the A4 slip to a local file (a path or a file: URL).
    Q_INVOKABLE bool printSlip(qint64 mutationId, const QString &fileOrUrl);
    // A lost answer's "Đặt lại mật khẩu": queues account.reset_password for the member and
    // forgets the loss (the new answer brings a new slip).
    Q_INVOKABLE bool resetAgain(qint64 mutationId);

Q_SIGNALS:
    void slipsChanged();
    // A reset was queued (the page asks the sync to run soon).
    void localChangeMade();

protected:
    void load(SqliteDatabase &db) override;

private:
    [[nodiscard]] QVariantMap slip(qint64 mutationId) const;

    QVariantList m_slips;
    QString m_serverAddress;
    QString m_serverProfile;
    QString m_issuedBy;
};
