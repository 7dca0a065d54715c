// One answer of GET /v1/sync/pull: {"changes": [...], "cursor", "has_more", "reset"}.
#pragma once

#include "syncchange.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

struct PullPage
{
    QList<SyncChange> changes;
    QString cursor; // opaque; where the next pull starts
    bool hasMore = false; // more pages follow at once
    bool reset = false; // this page starts a full snapshot that replaces the replica

    [[nodiscard]] QJsonObject toJson() const;
    // Strict: every field present with its type, every change valid, a non-empty cursor;
    // nullopt with *error (naming the bad change) otherwise.
    [[nodiscard]] static std::optional<PullPage> fromJson(
        const QJsonObject &object, QString *error);
    // The same from a raw body.
    [[nodiscard]] static std::optional<PullPage> fromBytes(const QByteArray &body, QString *error);
};
