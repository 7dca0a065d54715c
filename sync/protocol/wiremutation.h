// One mutation of a push batch: {"id": <int>, "name": "<mutation>", "args": {...}}.
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

struct WireMutation
{
    qint64 id = 0; // strictly increasing per device
    QString name; // one of Protocol::Mutation
    QJsonObject args;

    [[nodiscard]] QJsonObject toJson() const;
    // Strict: integer id >= 1, string name, object args.
    [[nodiscard]] static std::optional<WireMutation> fromJson(
        const QJsonObject &object, QString *error);
};
