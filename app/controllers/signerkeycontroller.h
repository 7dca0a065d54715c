// "Khóa ký của tôi" (DESIGN.md 8.1): this device's signing key for a committee user: its
// fingerprint in groups large enough to read out over the phone to the operator who certifies
// it, and where it stands (not sent yet, waiting for the certificate, certified until a date,
// revoked, expired). Making the key queues signer.register.
#pragma once

#include "cellcontroller.h"

#include <QStringList>

class SignerKeyController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    // A committee user (only they have a signing key).
    Q_PROPERTY(bool isCommittee READ isCommittee NOTIFY keyChanged)
    Q_PROPERTY(bool hasKey READ hasKey NOTIFY keyChanged)
    Q_PROPERTY(Status status READ status NOTIFY keyChanged)
    // "Chưa gửi", "Chờ chứng thực", "Đã chứng thực đến 31/12/2027", "Đã thu hồi", "Hết hạn".
    Q_PROPERTY(QString statusText READ statusText NOTIFY keyChanged)
    // What the status means for the user and what to do next.
    Q_PROPERTY(QString statusHint READ statusHint NOTIFY keyChanged)
    // "3F2A 91C0 …" and its 8 groups of 4 characters.
    Q_PROPERTY(QString fingerprint READ fingerprint NOTIFY keyChanged)
    Q_PROPERTY(QStringList fingerprintGroups READ fingerprintGroups NOTIFY keyChanged)
    // The key's signer id and public key (base64): public, as sent in signer.register.
    Q_PROPERTY(QString keyId READ keyId NOTIFY keyChanged)
    Q_PROPERTY(QString publicKey READ publicKey NOTIFY keyChanged)
    // The name proposed for a new key: the user's own name when the device knows it.
    Q_PROPERTY(QString suggestedName READ suggestedName NOTIFY keyChanged)
    // The key exists but its registration has not reached the server and is not queued
    // (rejected): createKey() sends it again.
    Q_PROPERTY(bool canResend READ canResend NOTIFY keyChanged)

public:
    enum Status { NoKey, NotSent, Registered, Certified, Revoked, Expired };
    Q_ENUM(Status)

    explicit SignerKeyController(QObject *parent = nullptr);

    [[nodiscard]] bool isCommittee() const { return m_isCommittee; }
    [[nodiscard]] bool hasKey() const { return m_status != NoKey; }
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString statusHint() const;
    [[nodiscard]] QString fingerprint() const { return m_fingerprint; }
    [[nodiscard]] QStringList fingerprintGroups() const;
    [[nodiscard]] QString keyId() const { return m_keyId; }
    [[nodiscard]] QString publicKey() const { return m_publicKey; }
    [[nodiscard]] QString suggestedName() const { return m_suggestedName; }
    [[nodiscard]] bool canResend() const { return m_canResend; }

    // Makes the key (once) and queues its registration under `name` (the signer's name and
    // position, shown to members); false with errorMessage set otherwise.
    Q_INVOKABLE bool createKey(const QString &name);

Q_SIGNALS:
    void keyChanged();

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    bool m_isCommittee = false;
    Status m_status = NoKey;
    QString m_fingerprint;
    QString m_keyId;
    QString m_publicKey;
    QString m_validUntil; // dd/MM/yyyy
    QString m_suggestedName;
    bool m_canResend = false;
};
