// An upper bound of the bytes a JSON value takes when written compactly
// (QJsonDocument::toJson(QJsonDocument::Compact)), computed without writing it: pull pages
// stop at a byte budget (ChangeFeed) and must not build the page twice to know its size.
#pragma once

#include <QJsonValue>

namespace JsonSize {

// Never less than the compact UTF-8 size; strings are exact up to escapes of control
// characters (counted at their longest, \uXXXX), numbers count 24 bytes.
[[nodiscard]] qint64 upperBound(const QJsonValue &value);

} // namespace JsonSize
