#include "pushreply.h"

#include "jsoncodec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject PushReply::toJson() const
{
    QJsonArray list;
    for (const WireMutationResult &result : results)
        list.append(result.toJson());
    return QJsonObject { { u"last_mutation_id"_s, lastMutationId }, { u"results"_s, list } };
}

std::optional<PushReply> PushReply::fromJson(const QJsonObject &object, QString *error)
{
    const auto last = JsonCodec::requireInteger(object, u"last_mutation_id", error);
    const auto list = last ? JsonCodec::requireArray(object, u"results", error) : std::nullopt;
    if (!list)
        return std::nullopt;
    if (*last < 0) {
        if (error)
            *error = u"field \"last_mutation_id\" must not be negative"_s;
        return std::nullopt;
    }
    PushReply reply { *last, {} };
    for (qsizetype i = 0; i < list->size(); ++i) {
        QString reason;
        const auto result = WireMutationResult::fromJson(list->at(i).toObject(), &reason);
        if (!result) {
            if (error)
                *error = u"results[%1]: %2"_s.arg(i).arg(reason);
            return std::nullopt;
        }
        reply.results.append(*result);
    }
    return reply;
}

std::optional<PushReply> PushReply::fromBytes(const QByteArray &body, QString *error)
{
    const auto object = JsonCodec::parseObject(body, error);
    return object ? fromJson(*object, error) : std::nullopt;
}
