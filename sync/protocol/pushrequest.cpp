#include "pushrequest.h"

#include "jsoncodec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject PushRequest::toJson() const
{
    QJsonArray list;
    for (const WireMutation &mutation : mutations)
        list.append(mutation.toJson());
    return QJsonObject { { u"device_id"_s, deviceId }, { u"mutations"_s, list } };
}

QByteArray PushRequest::toBytes() const
{
    return JsonCodec::toBytes(toJson());
}

std::optional<PushRequest> PushRequest::fromJson(const QJsonObject &object, QString *error)
{
    const auto deviceId = JsonCodec::requireString(object, u"device_id", error);
    const auto list
        = deviceId ? JsonCodec::requireArray(object, u"mutations", error) : std::nullopt;
    if (!list)
        return std::nullopt;
    PushRequest request { *deviceId, {} };
    qint64 previous = 0;
    for (qsizetype i = 0; i < list->size(); ++i) {
        QString reason;
        const auto mutation = WireMutation::fromJson(list->at(i).toObject(), &reason);
        if (!mutation || mutation->id <= previous) {
            if (error)
                *error = mutation ? u"mutation ids must increase strictly"_s
                                  : u"mutations[%1]: %2"_s.arg(i).arg(reason);
            return std::nullopt;
        }
        previous = mutation->id;
        request.mutations.append(*mutation);
    }
    return request;
}
