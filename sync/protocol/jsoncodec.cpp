#include "jsoncodec.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool fail(QString *error, QString reason)
{
    if (error)
        *error = std::move(reason);
    return false;
}

// The member, or an undefined value with *error set when it is missing or null.
QJsonValue member(const QJsonObject &object, QStringView key, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        fail(error, u"missing field \"%1\""_s.arg(key));
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

bool wrongType(QString *error, QStringView key, QLatin1StringView expected)
{
    return fail(error, u"field \"%1\" must be %2"_s.arg(key, expected));
}

} // namespace

std::optional<QJsonObject> JsonCodec::parseObject(const QByteArray &body, QString *error)
{
    if (body.trimmed().isEmpty()) {
        fail(error, u"body is empty; a JSON object is expected"_s);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error,
            u"body is not valid JSON: %1 at offset %2"_s.arg(parseError.errorString())
                .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error, u"body must be a JSON object"_s);
        return std::nullopt;
    }
    return document.object();
}

QByteArray JsonCodec::toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QString> JsonCodec::requireString(
    const QJsonObject &object, QStringView key, QString *error)
{
    const QJsonValue value = member(object, key, error);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString()) {
        wrongType(error, key, "a string"_L1);
        return std::nullopt;
    }
    return value.toString();
}

std::optional<qint64> JsonCodec::requireInteger(
    const QJsonObject &object, QStringView key, QString *error)
{
    // 2^53 - 1, JavaScript's Number.MAX_SAFE_INTEGER: 2^53 itself also stands for 2^53 + 1.
    // The server checks mutation ids against the same bound.
    constexpr double maxExact = 9007199254740991.0;
    const QJsonValue value = member(object, key, error);
    if (value.isUndefined())
        return std::nullopt;
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number
        || std::fabs(number) > maxExact) {
        wrongType(error, key, "an integer"_L1);
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<bool> JsonCodec::requireBool(
    const QJsonObject &object, QStringView key, QString *error)
{
    const QJsonValue value = member(object, key, error);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isBool()) {
        wrongType(error, key, "true or false"_L1);
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QJsonObject> JsonCodec::requireObject(
    const QJsonObject &object, QStringView key, QString *error)
{
    const QJsonValue value = member(object, key, error);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject()) {
        wrongType(error, key, "an object"_L1);
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonArray> JsonCodec::requireArray(
    const QJsonObject &object, QStringView key, QString *error)
{
    const QJsonValue value = member(object, key, error);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray()) {
        wrongType(error, key, "an array"_L1);
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QString> JsonCodec::optionalString(
    const QJsonObject &object, QStringView key, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString()) {
        wrongType(error, key, "a string or null"_L1);
        return std::nullopt;
    }
    return value.toString();
}
