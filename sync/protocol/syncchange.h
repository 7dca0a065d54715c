// One change of a pull page (DESIGN.md section 5, Pull): a "put" carries the row's version
// and its data; a "delete" only names the row.
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

struct SyncChange
{
    enum class Op { Put, Delete };

    QString type; // e.g. "document"; the client ignores types it does not know
    QString id;
    Op op = Op::Put;
    qint64 version = 0; // put only
    QJsonObject data; // put only

    [[nodiscard]] bool isDelete() const { return op == Op::Delete; }
    // {"type", "id", "op", "version"?, "data"?}.
    [[nodiscard]] QJsonObject toJson() const;
    // Strict: type and id non-empty strings, op "put" (with integer version and object data)
    // or "delete"; nullopt with *error set otherwise.
    [[nodiscard]] static std::optional<SyncChange> fromJson(
        const QJsonObject &object, QString *error);
};
