#include "http/jsonsize.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

qint64 stringSize(QStringView text)
{
    qint64 bytes = 2; // the quotes
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f)
            bytes += 6; // \uXXXX at most
        else if (u == u'"' || u == u'\\')
            bytes += 2;
        else if (u < 0x80)
            bytes += 1;
        else if (u < 0x800 || QChar::isSurrogate(u))
            bytes += 2; // a surrogate pair is 4 bytes of UTF-8: 2 for each half
        else
            bytes += 3;
    }
    return bytes;
}

} // namespace

namespace JsonSize {

qint64 upperBound(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return 4;
    case QJsonValue::Bool:
        return 5;
    case QJsonValue::Double:
        return 24;
    case QJsonValue::String:
        return stringSize(value.toString());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        qint64 bytes = 2 + std::max<qint64>(0, array.size() - 1);
        for (const QJsonValue &item : array)
            bytes += upperBound(item);
        return bytes;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        qint64 bytes = 2 + std::max<qint64>(0, object.size() - 1);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            bytes += stringSize(it.key()) + 1 + upperBound(it.value());
        return bytes;
    }
    case QJsonValue::Undefined:
        return 0;
    }
    return 0;
}

} // namespace JsonSize
