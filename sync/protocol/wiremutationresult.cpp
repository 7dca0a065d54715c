#include "wiremutationresult.h"

#include "jsoncodec.h"

using namespace Qt::StringLiterals;

QJsonObject WireMutationResult::toJson() const
{
    QJsonObject object { { u"id"_s, id }, { u"status"_s, applied ? u"applied"_s : u"rejected"_s } };
    if (!applied)
        object.insert(
            u"error"_s, QJsonObject { { u"code"_s, errorCode }, { u"message"_s, errorMessage } });
    else if (!data.isEmpty())
        object.insert(u"data"_s, data);
    return object;
}

std::optional<WireMutationResult> WireMutationResult::fromJson(
    const QJsonObject &object, QString *error)
{
    const auto id = JsonCodec::requireInteger(object, u"id", error);
    const auto status = id ? JsonCodec::requireString(object, u"status", error) : std::nullopt;
    if (!status)
        return std::nullopt;
    if (*status != u"applied" && *status != u"rejected") {
        if (error)
            *error = u"field \"status\" must be \"applied\" or \"rejected\""_s;
        return std::nullopt;
    }
    WireMutationResult result { *id, *status == u"applied", {}, {}, {} };
    if (result.applied) {
        if (!object.contains(u"data"_s) || object.value(u"data"_s).isNull())
            return result;
        const auto data = JsonCodec::requireObject(object, u"data", error);
        if (!data)
            return std::nullopt;
        result.data = *data;
        return result;
    }
    if (!object.contains(u"error"_s) || object.value(u"error"_s).isNull())
        return result;
    const auto details = JsonCodec::requireObject(object, u"error", error);
    const auto code = details ? JsonCodec::requireString(*details, u"code", error) : std::nullopt;
    const auto message
        = code ? JsonCodec::optionalString(*details, u"message", error) : std::nullopt;
    if (!message)
        return std::nullopt;
    result.errorCode = *code;
    result.errorMessage = *message;
    return result;
}
