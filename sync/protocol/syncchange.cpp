#include "syncchange.h"

#include "jsoncodec.h"

using namespace Qt::StringLiterals;

QJsonObject SyncChange::toJson() const
{
    QJsonObject object { { u"type"_s, type }, { u"id"_s, id },
        { u"op"_s, isDelete() ? u"delete"_s : u"put"_s } };
    if (!isDelete()) {
        object.insert(u"version"_s, version);
        object.insert(u"data"_s, data);
    }
    return object;
}

std::optional<SyncChange> SyncChange::fromJson(const QJsonObject &object, QString *error)
{
    const auto type = JsonCodec::requireString(object, u"type", error);
    const auto id = type ? JsonCodec::requireString(object, u"id", error) : std::nullopt;
    const auto op = id ? JsonCodec::requireString(object, u"op", error) : std::nullopt;
    if (!op)
        return std::nullopt;
    if (type->isEmpty() || id->isEmpty()) {
        if (error)
            *error = u"a change needs a non-empty type and id"_s;
        return std::nullopt;
    }
    SyncChange change { *type, *id, Op::Delete, 0, {} };
    if (*op == u"delete")
        return change;
    if (*op != u"put") {
        if (error)
            *error = u"field \"op\" must be \"put\" or \"delete\""_s;
        return std::nullopt;
    }
    const auto version = JsonCodec::requireInteger(object, u"version", error);
    const auto data = version ? JsonCodec::requireObject(object, u"data", error) : std::nullopt;
    if (!data)
        return std::nullopt;
    change.op = Op::Put;
    change.version = *version;
    change.data = *data;
    return change;
}
