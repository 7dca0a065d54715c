// The body of POST /v1/sync/push: {"device_id", "mutations": [...]}, ids strictly increasing.
#pragma once

#include "wiremutation.h"

#include <QByteArray>
#include <QList>

struct PushRequest
{
    QString deviceId;
    QList<WireMutation> mutations;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QByteArray toBytes() const;
    // Strict: device_id a string, every mutation valid, ids strictly increasing.
    [[nodiscard]] static std::optional<PushRequest> fromJson(
        const QJsonObject &object, QString *error);
};
