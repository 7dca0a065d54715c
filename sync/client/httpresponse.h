// What came back for one HttpRequest: the status, headers and body, or why nothing usable came.
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QList>
#include <utility>

struct HttpResponse
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    // Set when the exchange failed below HTTP: no answer, or the answer was cut off
    // (network_unreachable, timeout, tls_error). Null otherwise, whatever the status.
    ApiError transportError;

    // The value of a header (case-insensitive name), or empty.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    // True for a complete 2xx answer.
    [[nodiscard]] bool isSuccess() const
    {
        return transportError.isNull() && status >= 200 && status < 300;
    }
};
