#include "wiremutation.h"

#include "jsoncodec.h"

using namespace Qt::StringLiterals;

QJsonObject WireMutation::toJson() const
{
    return QJsonObject { { u"id"_s, id }, { u"name"_s, name }, { u"args"_s, args } };
}

std::optional<WireMutation> WireMutation::fromJson(const QJsonObject &object, QString *error)
{
    const auto id = JsonCodec::requireInteger(object, u"id", error);
    const auto name = id ? JsonCodec::requireString(object, u"name", error) : std::nullopt;
    const auto args = name ? JsonCodec::requireObject(object, u"args", error) : std::nullopt;
    if (!args)
        return std::nullopt;
    if (*id < 1) {
        if (error)
            *error = u"field \"id\" must be at least 1"_s;
        return std::nullopt;
    }
    return WireMutation { *id, *name, *args };
}
