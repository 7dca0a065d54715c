#include "contacteditor.h"

#include "actionerrors.h"
#include "localactions.h"
#include "profilecatalog.h"
#include "profilecontroller.h"
#include "profilefields.h"
#include "profilerules.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

ContactEditor::ContactEditor(QObject *parent)
    : SessionController(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void ContactEditor::load(SqliteDatabase &db)
{
    ProfileCatalog catalog(db);
    const QString me = catalog.viewer().memberId;
    const auto profile = me.isEmpty() ? std::nullopt : catalog.member(me);
    m_ready = profile.has_value();
    for (const QString &field : ProfileRules::contactFields())
        m_stored.insert(field, profile ? profile->value(field).toString() : QString());
    // What the member is typing is never overwritten by a reload.
    if (!m_edited)
        m_values = m_stored;
    Q_EMIT valuesChanged();
}

void ContactEditor::setValue(const QString &field, const QString &value)
{
    if (m_values.value(field) == value)
        return;
    m_values.insert(field, value);
    m_edited = true;
    if (m_errors.remove(field) > 0) {
        Q_EMIT errorsChanged();
        // "Hãy sửa những chỗ ghi màu đỏ" goes with the last red mark.
        if (m_errors.isEmpty())
            setErrorMessage({});
    }
    Q_EMIT valuesChanged();
}

QStringList ContactEditor::changedFields() const
{
    QStringList fields;
    for (const QString &field : ProfileRules::contactFields()) {
        if (ProfileRules::normalised(field, m_values.value(field))
            != ProfileRules::normalised(field, m_stored.value(field)))
            fields << field;
    }
    return fields;
}

bool ContactEditor::changed() const
{
    return !changedFields().isEmpty();
}

bool ContactEditor::validate()
{
    m_errors.clear();
    const QDate today = ProfileController::vietnamToday(m_clock);
    for (const QString &field : changedFields()) {
        const auto problem = ProfileRules::checkValue(field, m_values.value(field), today);
        if (problem != ProfileRules::Problem::None)
            m_errors.insert(field, ProfileFields::problemText(problem, field));
    }
    Q_EMIT errorsChanged();
    return m_errors.isEmpty();
}

bool ContactEditor::save()
{
    const QStringList fields = changedFields();
    if (fields.isEmpty()) {
        setErrorMessage(tr("Chưa có thay đổi nào để lưu."));
        return false;
    }
    if (!validate()) {
        setErrorMessage(tr("Hãy sửa những chỗ ghi màu đỏ rồi lưu lại."));
        return false;
    }
    QJsonObject changes;
    for (const QString &field : fields)
        changes.insert(field, m_values.value(field).trimmed());
    LocalActions::Result result;
    if (!withDatabase(
            [&](SqliteDatabase &db) { result = LocalActions(db).updateContact(changes); }))
        return false;
    if (!result.ok()) {
        setErrorMessage(ActionErrors::message(ActionErrors::Action::ContactChange, result.error));
        return false;
    }
    m_edited = false;
    reload();
    Q_EMIT saved();
    return true;
}

void ContactEditor::revert()
{
    m_edited = false;
    m_values = m_stored;
    m_errors.clear();
    setErrorMessage({});
    Q_EMIT errorsChanged();
    Q_EMIT valuesChanged();
}
