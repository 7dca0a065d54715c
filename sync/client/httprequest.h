// One HTTP request to the server, independent of the network stack (see HttpTransport).
#pragma once

#include "protocol.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrlQuery>
#include <chrono>
#include <utility>

struct HttpRequest
{
    QByteArray method = "GET"; // GET, HEAD, POST, PUT
    QString path; // absolute API path, e.g. Protocol::Path::SyncPull
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers; // Authorization is added by AuthSession
    QByteArray body;
    QByteArray contentType // of a non-empty body
        = QByteArray(Protocol::JsonMimeType.data(), Protocol::JsonMimeType.size());
    // How long no byte may move before the exchange fails with "timeout"; zero: the
    // transport's default. A held live pull (DESIGN.md 8.7) waits longer than any other call.
    std::chrono::milliseconds timeout { 0 };

    // Sets (or replaces) a header.
    void setHeader(const QByteArray &name, const QByteArray &value);
    // The value of a header (case-insensitive name), or empty.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};
