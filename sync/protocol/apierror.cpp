#include "apierror.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

ApiError::ApiError(QString code, QString message)
    : m_code(std::move(code))
    , m_message(std::move(message))
{ }

QJsonObject ApiError::toJson() const
{
    return QJsonObject { { u"error"_s,
        QJsonObject { { u"code"_s, m_code }, { u"message"_s, m_message } } } };
}

QByteArray ApiError::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

std::optional<ApiError> ApiError::fromJson(const QJsonObject &root)
{
    const QJsonValue error = root.value(u"error");
    if (!error.isObject())
        return std::nullopt;
    const QJsonObject body = error.toObject();
    const QJsonValue code = body.value(u"code");
    if (!code.isString() || code.toString().isEmpty())
        return std::nullopt;
    // A missing or non-string message is tolerated: the code is what clients act on.
    return ApiError(code.toString(), body.value(u"message").toString());
}

std::optional<ApiError> ApiError::fromBytes(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return fromJson(document.object());
}
