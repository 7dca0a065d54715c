#include "mutations/mutationargs.h"

#include "protocol.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
namespace Code = Protocol::ErrorCode;

MutationArgs::MutationArgs(const QJsonObject &args)
    : m_args(args)
{ }

std::optional<QString> MutationArgs::text(const QString &key, int maxLength)
{
    const QJsonValue value = m_args.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        m_rejection
            = MutationOutcome::rejected(Code::InvalidArgs, u"Thiếu thông tin: %1."_s.arg(key));
        return std::nullopt;
    }
    if (value.toString().size() > maxLength) {
        m_rejection = MutationOutcome::rejected(
            Code::InvalidArgs, u"%1 quá dài (tối đa %2 ký tự)."_s.arg(key).arg(maxLength));
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
            = MutationOutcome::rejected(Code::InvalidArgs, u"%1 phải là chuỗi ký tự."_s.arg(key));
        return std::nullopt;
    }
    if (value.toString().size() > maxLength) {
        m_rejection = MutationOutcome::rejected(
            Code::InvalidArgs, u"%1 quá dài (tối đa %2 ký tự)."_s.arg(key).arg(maxLength));
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
            = MutationOutcome::rejected(Code::InvalidArgs, u"Mã %1 không hợp lệ."_s.arg(key));
        return std::nullopt;
    }
    return value.toString();
}

MutationOutcome MutationArgs::unknownArguments(const QJsonObject &args, const MutationSpec &spec)
{
    QStringList unknown;
    const auto check
        = [&unknown](const QJsonObject &object, const QStringList &allowed, const QString &prefix) {
              for (auto it = object.begin(); it != object.end(); ++it) {
                  if (!allowed.contains(it.key()))
                      unknown << prefix + it.key();
              }
          };
    check(args, spec.arguments, {});
    for (auto shape = spec.shapes.begin(); shape != spec.shapes.end(); ++shape) {
        const QJsonValue value = args.value(shape.key());
        if (value.isObject())
            check(value.toObject(), shape.value(), shape.key() + u'.');
        for (const QJsonValue &item : value.toArray()) {
            if (item.isObject())
                check(item.toObject(), shape.value(), shape.key() + u'.');
        }
    }
    if (unknown.isEmpty())
        return MutationOutcome::ok();
    unknown.removeDuplicates();
    // Names are the client's own text: shown shortened, never more than a few.
    QStringList shown;
    for (const QString &name : std::as_const(unknown).first(qMin(unknown.size(), 5)))
        shown << (name.size() > 40 ? name.left(40) + u'…' : name);
    return MutationOutcome::rejected(Code::InvalidArgs,
        u"Máy chủ không nhận tham số: %1."_s.arg(
            shown.join(u", "_s) + (unknown.size() > shown.size() ? u", …"_s : QString())));
}
