// Asking the cell to change a field I cannot edit myself (education level, political theory
// level, hometown, work history, ...): the field, its current value, the new value and a
// reason, checked on the device with the shared ProfileRules, then queued as
// profile.request; and the list of my requests with their status (pending, approved,
// rejected with the secretary's reason).
#pragma once

#include "profilerequestmodel.h"
#include "sessioncontroller.h"
#include "wirevalues.h"

#include <QDateTime>
#include <QJsonObject>
#include <QVariantList>
#include <functional>

class ProfileRequestController : public SessionController
{
    Q_OBJECT
    QML_ELEMENT
    // The fields that need a request, for a picker: [{field, label}] in screen order.
    Q_PROPERTY(QVariantList fieldChoices READ fieldChoices CONSTANT)
    // The field to change (wire name); choosing one fills newValue with its current value.
    Q_PROPERTY(QString field READ field WRITE setField NOTIFY fieldChanged)
    Q_PROPERTY(QString fieldLabel READ fieldLabel NOTIFY fieldChanged)
    Q_PROPERTY(QString currentValue READ currentValue NOTIFY fieldChanged)
    Q_PROPERTY(QString inputHint READ inputHint NOTIFY fieldChanged)
    Q_PROPERTY(bool multiLine READ multiLine NOTIFY fieldChanged)
    Q_PROPERTY(QString newValue READ newValue WRITE setNewValue NOTIFY newValueChanged)
    Q_PROPERTY(QString reason READ reason WRITE setReason NOTIFY reasonChanged)
    Q_PROPERTY(QString valueError READ valueError NOTIFY errorsChanged)
    Q_PROPERTY(QString reasonError READ reasonError NOTIFY errorsChanged)
    // My requests, newest first.
    Q_PROPERTY(ProfileRequestModel *requests READ requests CONSTANT)

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int kMaxReason = Protocol::Limit::ProfileRequestReason;

    explicit ProfileRequestController(QObject *parent = nullptr);

    [[nodiscard]] QVariantList fieldChoices() const;
    [[nodiscard]] QString field() const { return m_field; }
    void setField(const QString &field);
    [[nodiscard]] QString fieldLabel() const;
    [[nodiscard]] QString currentValue() const;
    [[nodiscard]] QString inputHint() const;
    [[nodiscard]] bool multiLine() const;
    [[nodiscard]] QString newValue() const { return m_newValue; }
    void setNewValue(const QString &value);
    [[nodiscard]] QString reason() const { return m_reason; }
    void setReason(const QString &reason);
    [[nodiscard]] QString valueError() const { return m_valueError; }
    [[nodiscard]] QString reasonError() const { return m_reasonError; }
    [[nodiscard]] ProfileRequestModel *requests() { return &m_requests; }

    // Checks the new value (over my current profile: dates in order) and the reason.
    Q_INVOKABLE bool validate();
    // Validates, then queues profile.request; clears the form. False when something is wrong.
    Q_INVOKABLE bool submit();

    // For tests: what "now" is (defaults to the system clock).
    void setClock(Clock clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void fieldChanged();
    void newValueChanged();
    void reasonChanged();
    void errorsChanged();
    // The request was queued (it reaches the secretary after the next sync).
    void submitted();

protected:
    void load(SqliteDatabase &db) override;

private:
    void setErrors(const QString &value, const QString &reason);

    Clock m_clock;
    QJsonObject m_profile; // my profile as on this device
    QString m_field;
    QString m_newValue;
    QString m_reason;
    QString m_valueError;
    QString m_reasonError;
    ProfileRequestModel m_requests;
};
