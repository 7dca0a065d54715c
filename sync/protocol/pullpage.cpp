#include "pullpage.h"

#include "jsoncodec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject PullPage::toJson() const
{
    QJsonArray list;
    for (const SyncChange &change : changes)
        list.append(change.toJson());
    return QJsonObject { { u"changes"_s, list }, { u"cursor"_s, cursor },
        { u"has_more"_s, hasMore }, { u"reset"_s, reset } };
}

std::optional<PullPage> PullPage::fromJson(const QJsonObject &object, QString *error)
{
    const auto list = JsonCodec::requireArray(object, u"changes", error);
    const auto cursor = list ? JsonCodec::requireString(object, u"cursor", error) : std::nullopt;
    const auto hasMore = cursor ? JsonCodec::requireBool(object, u"has_more", error) : std::nullopt;
    if (!hasMore)
        return std::nullopt;
    // "reset" may be left out by a server that never resets.
    std::optional<bool> reset = false;
    if (object.contains(u"reset"_s))
        reset = JsonCodec::requireBool(object, u"reset", error);
    if (!reset)
        return std::nullopt;
    if (cursor->isEmpty()) {
        if (error)
            *error = u"field \"cursor\" must not be empty"_s;
        return std::nullopt;
    }
    PullPage page;
    page.cursor = *cursor;
    page.hasMore = *hasMore;
    page.reset = *reset;
    page.changes.reserve(list->size());
    for (qsizetype i = 0; i < list->size(); ++i) {
        QString reason;
        const auto change = list->at(i).isObject()
            ? SyncChange::fromJson(list->at(i).toObject(), &reason)
            : std::nullopt;
        if (!change) {
            if (error)
                *error = u"changes[%1]: %2"_s.arg(i).arg(
                    reason.isEmpty() ? u"not an object"_s : reason);
            return std::nullopt;
        }
        page.changes.append(*change);
    }
    return page;
}

std::optional<PullPage> PullPage::fromBytes(const QByteArray &body, QString *error)
{
    const auto object = JsonCodec::parseObject(body, error);
    return object ? fromJson(*object, error) : std::nullopt;
}
