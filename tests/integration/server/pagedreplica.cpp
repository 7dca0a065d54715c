#include "pagedreplica.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

bool PagedReplica::apply(const QJsonObject &page)
{
    if (!page.value(u"changes"_s).isArray() || !page.value(u"cursor"_s).isString())
        return false;
    ++pages;
    if (page.value(u"reset"_s).toBool()) {
        sawReset = true;
        rows.clear();
    }
    for (const QJsonValue &value : page.value(u"changes"_s).toArray()) {
        const QJsonObject change = value.toObject();
        auto &ofType = rows[change.value(u"type"_s).toString()];
        ++changes;
        if (change.value(u"op"_s).toString() == u"delete")
            ofType.remove(change.value(u"id"_s).toString());
        else
            ofType.insert(change.value(u"id"_s).toString(),
                { { u"version"_s, change.value(u"version"_s) },
                    { u"data"_s, change.value(u"data"_s) } });
    }
    cursor = page.value(u"cursor"_s).toString();
    return true;
}

QJsonObject PagedReplica::data(const QString &type, const QString &id) const
{
    return rows.value(type).value(id).value(u"data"_s).toObject();
}

QString PagedReplica::differenceFrom(const PagedReplica &other) const
{
    for (auto type = other.rows.cbegin(); type != other.rows.cend(); ++type) {
        // A device row changes with its own device's requests (the other replica's sign-in
        // logs it), so two replicas pulled at different moments see different versions.
        if (type.key() == u"device")
            continue;
        const auto mine = rows.value(type.key());
        for (auto row = type->cbegin(); row != type->cend(); ++row) {
            if (mine.value(row.key()) != row.value())
                return type.key() + u' ' + row.key() + u" is missing or stale"_s;
        }
        if (mine.size() != type->size())
            return u"%1: %2 rows instead of %3"_s.arg(type.key())
                .arg(mine.size())
                .arg(type->size());
    }
    for (auto type = rows.cbegin(); type != rows.cend(); ++type) {
        if (type.key() == u"device")
            continue;
        if (!other.rows.contains(type.key()) && !type->isEmpty())
            return u"%1: %2 rows too many"_s.arg(type.key()).arg(type->size());
    }
    return {};
}
