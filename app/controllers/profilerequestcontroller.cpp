#include "profilerequestcontroller.h"

#include "actionerrors.h"
#include "localactions.h"
#include "mutationnames.h"
#include "profilecatalog.h"
#include "profilecontroller.h"
#include "profilefields.h"
#include "profilerules.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

ProfileRequestController::ProfileRequestController(QObject *parent)
    : SessionController(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

QVariantList ProfileRequestController::fieldChoices() const
{
    QVariantList choices;
    for (const QString &group : ProfileFields::groups()) {
        for (const QString &field : ProfileFields::fieldsOf(group)) {
            if (ProfileRules::isRequestable(field))
                choices.append(QVariantMap {
                    { u"field"_s, field }, { u"label"_s, ProfileFields::label(field) } });
        }
    }
    return choices;
}

void ProfileRequestController::setField(const QString &field)
{
    if (m_field == field)
        return;
    m_field = ProfileRules::isRequestable(field) ? field : QString();
    Q_EMIT fieldChanged();
    setNewValue(ProfileFields::inputText(m_field, m_profile.value(m_field)));
    setErrors({}, m_reasonError);
}

QString ProfileRequestController::fieldLabel() const
{
    return m_field.isEmpty() ? QString() : ProfileFields::label(m_field);
}

QString ProfileRequestController::currentValue() const
{
    return ProfileFields::display(m_field, m_profile.value(m_field));
}

QString ProfileRequestController::inputHint() const
{
    return ProfileFields::inputHint(m_field);
}

bool ProfileRequestController::multiLine() const
{
    return ProfileFields::isMultiLine(m_field);
}

void ProfileRequestController::setNewValue(const QString &value)
{
    if (m_newValue == value)
        return;
    m_newValue = value;
    Q_EMIT newValueChanged();
    if (!m_valueError.isEmpty())
        setErrors({}, m_reasonError);
}

void ProfileRequestController::setReason(const QString &reason)
{
    if (m_reason == reason)
        return;
    m_reason = reason;
    Q_EMIT reasonChanged();
    if (!m_reasonError.isEmpty())
        setErrors(m_valueError, {});
}

void ProfileRequestController::setErrors(const QString &value, const QString &reason)
{
    if (m_valueError == value && m_reasonError == reason)
        return;
    m_valueError = value;
    m_reasonError = reason;
    Q_EMIT errorsChanged();
    // "Hãy sửa những chỗ ghi màu đỏ" goes with the last red mark.
    if (m_valueError.isEmpty() && m_reasonError.isEmpty())
        setErrorMessage({});
}

void ProfileRequestController::load(SqliteDatabase &db)
{
    ProfileCatalog catalog(db);
    const QString me = catalog.viewer().memberId;
    m_profile = me.isEmpty() ? QJsonObject() : catalog.member(me).value_or(QJsonObject());
    QList<ProfileRequestRow> rows;
    if (!me.isEmpty()) {
        for (const QJsonObject &request : catalog.requestsOf(me))
            rows.append(ProfileRequestRow::from(request, m_profile,
                catalog.waitsToBeSent(QString(Protocol::RowType::ProfileRequest),
                    request.value(u"id"_s).toString())));
    }
    m_requests.setRequests(rows);
    Q_EMIT fieldChanged(); // the current value may have changed
}

bool ProfileRequestController::validate()
{
    QString valueError;
    QString reasonError;
    if (m_field.isEmpty()) {
        valueError = tr("Hãy chọn thông tin cần thay đổi.");
    } else {
        const QString wire = ProfileFields::fromInput(m_field, m_newValue);
        if (wire == ProfileRules::normalised(m_field, m_profile.value(m_field).toString())) {
            valueError = tr("Thông tin sửa thành giống thông tin hiện nay.");
        } else {
            const ProfileRules::Issue issue = ProfileRules::check(
                m_profile, { { m_field, wire } }, ProfileController::vietnamToday(m_clock));
            valueError = ProfileFields::problemText(issue.problem, issue.field);
        }
    }
    if (m_reason.trimmed().isEmpty())
        reasonError = tr("Hãy ghi lý do thay đổi (ví dụ: đã tốt nghiệp, có quyết định mới).");
    else if (m_reason.size() > kMaxReason)
        reasonError = tr("Lý do quá dài (tối đa %1 ký tự).").arg(kMaxReason);
    setErrors(valueError, reasonError);
    return valueError.isEmpty() && reasonError.isEmpty();
}

bool ProfileRequestController::submit()
{
    if (!validate()) {
        setErrorMessage(tr("Hãy sửa những chỗ ghi màu đỏ rồi gửi lại."));
        return false;
    }
    const QJsonObject fields { { m_field, ProfileFields::fromInput(m_field, m_newValue) } };
    LocalActions::Result result;
    if (!withDatabase([&](SqliteDatabase &db) {
            result = LocalActions(db).requestProfileChange(fields, m_reason.trimmed());
        }))
        return false;
    if (!result.ok()) {
        setErrorMessage(ActionErrors::message(ActionErrors::Action::ProfileRequest, result.error));
        return false;
    }
    m_field.clear();
    m_newValue.clear();
    m_reason.clear();
    Q_EMIT fieldChanged();
    Q_EMIT newValueChanged();
    Q_EMIT reasonChanged();
    reload();
    Q_EMIT submitted();
    return true;
}
