// Editing my contact fields (phone, email, current address): each value is checked on the
// device with the shared ProfileRules before anything is queued, with a clear Vietnamese
// message under the field; the changed fields go out with profile.update at the next sync
// (shown at once on this device).
#pragma once

#include "sessioncontroller.h"

#include <QDateTime>
#include <functional>

class ContactEditor : public SessionController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY valuesChanged)
    Q_PROPERTY(QString email READ email WRITE setEmail NOTIFY valuesChanged)
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY valuesChanged)
    Q_PROPERTY(QString phoneError READ phoneError NOTIFY errorsChanged)
    Q_PROPERTY(QString emailError READ emailError NOTIFY errorsChanged)
    Q_PROPERTY(QString addressError READ addressError NOTIFY errorsChanged)
    // Something differs from the stored values.
    Q_PROPERTY(bool changed READ changed NOTIFY valuesChanged)
    // My profile is on this device (else there is nothing to edit yet).
    Q_PROPERTY(bool ready READ ready NOTIFY valuesChanged)

public:
    using Clock = std::function<QDateTime()>;

    explicit ContactEditor(QObject *parent = nullptr);

    [[nodiscard]] QString phone() const { return m_values.value(QStringLiteral("phone")); }
    [[nodiscard]] QString email() const { return m_values.value(QStringLiteral("email")); }
    [[nodiscard]] QString address() const { return m_values.value(QStringLiteral("address")); }
    void setPhone(const QString &value) { setValue(QStringLiteral("phone"), value); }
    void setEmail(const QString &value) { setValue(QStringLiteral("email"), value); }
    void setAddress(const QString &value) { setValue(QStringLiteral("address"), value); }
    [[nodiscard]] QString phoneError() const { return m_errors.value(QStringLiteral("phone")); }
    [[nodiscard]] QString emailError() const { return m_errors.value(QStringLiteral("email")); }
    [[nodiscard]] QString addressError() const { return m_errors.value(QStringLiteral("address")); }
    [[nodiscard]] bool changed() const;
    [[nodiscard]] bool ready() const { return m_ready; }

    // Checks the changed fields; false (with the messages set) when one is wrong.
    Q_INVOKABLE bool validate();
    // Validates, then queues profile.update with the changed fields. False when nothing
    // changed, a value is wrong or storing failed (errorMessage says which).
    Q_INVOKABLE bool save();
    // Back to the stored values.
    Q_INVOKABLE void revert();

    // For tests: what "now" is (defaults to the system clock).
    void setClock(Clock clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void valuesChanged();
    void errorsChanged();
    // The change was queued (it reaches the server at the next sync).
    void saved();

protected:
    void load(SqliteDatabase &db) override;
    // A form: it reads again when shown.
    [[nodiscard]] bool reloadsOnDataChange() const override { return false; }

private:
    void setValue(const QString &field, const QString &value);
    [[nodiscard]] QStringList changedFields() const;

    Clock m_clock;
    QHash<QString, QString> m_stored; // as stored (normalised)
    QHash<QString, QString> m_values; // as typed
    QHash<QString, QString> m_errors;
    bool m_edited = false;
    bool m_ready = false;
};
