// What a user's pulls built up: every row they were given, with its version, as a client's
// replica would hold it (deletes remove rows; a reset starts over).
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

struct PagedReplica
{
    QHash<QString, QHash<QString, QJsonObject>> rows; // type -> id -> {version, data}
    QString cursor;
    int pages = 0;
    int changes = 0;
    bool sawReset = false;

    // Applies one pull page; false when the JSON is not one.
    bool apply(const QJsonObject &page);
    // The data of a row (empty when it is not there).
    [[nodiscard]] QJsonObject data(const QString &type, const QString &id) const;
    // "type id" of the first row of `other` this replica lacks or holds differently, and
    // whether both hold as many rows of every type; empty when they are the same.
    [[nodiscard]] QString differenceFrom(const PagedReplica &other) const;
};
