#include "mutationargs.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

MutationArgs::MutationArgs(const QJsonObject &args)
    : m_args(args)
{ }

std::optional<QString> MutationArgs::text(const QString &key, int maxLength)
{
    const QJsonValue value = m_args.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        m_rejection
            = MutationOutcome::rejected(u"invalid_args"_s, u"Thiếu thông tin: %1."_s.arg(key));
        return std::nullopt;
    }
    if (value.toString().size() > maxLength) {
        m_rejection = MutationOutcome::rejected(
            u"invalid_args"_s, u"%1 quá dài (tối đa %2 ký tự)."_s.arg(key).arg(maxLength));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QString> MutationArgs::optionalText(const QString &key, int maxLength)
{
    const QJsonValue value = m_args.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString()) {
        m_rejection
            = MutationOutcome::rejected(u"invalid_args"_s, u"%1 phải là chuỗi ký tự."_s.arg(key));
        return std::nullopt;
    }
    if (value.toString().size() > maxLength) {
        m_rejection = MutationOutcome::rejected(
            u"invalid_args"_s, u"%1 quá dài (tối đa %2 ký tự)."_s.arg(key).arg(maxLength));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QString> MutationArgs::id(const QString &key)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_.:-]{1,64}$"_s);
    const QJsonValue value = m_args.value(key);
    if (!value.isString() || !pattern.match(value.toString()).hasMatch()) {
        m_rejection
            = MutationOutcome::rejected(u"invalid_args"_s, u"Mã %1 không hợp lệ."_s.arg(key));
        return std::nullopt;
    }
    return value.toString();
}
