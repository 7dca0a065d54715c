// The answer of POST /v1/sync/push: {"last_mutation_id", "results": [...]}. Every mutation
// with an id at or below last_mutation_id has been consumed by the server.
#pragma once

#include "wiremutationresult.h"

#include <QByteArray>
#include <QList>

struct PushReply
{
    qint64 lastMutationId = 0;
    QList<WireMutationResult> results;

    [[nodiscard]] QJsonObject toJson() const;
    // Strict: integer last_mutation_id >= 0 and valid results.
    [[nodiscard]] static std::optional<PushReply> fromJson(
        const QJsonObject &object, QString *error);
    [[nodiscard]] static std::optional<PushReply> fromBytes(const QByteArray &body, QString *error);
};
