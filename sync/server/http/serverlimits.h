// How much a client may send and for how long: request body limits (413 beyond them),
// connection hygiene against slow or idle clients. `serve` reads them from its options.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <chrono>
#include <optional>

struct ServerLimits
{
    // A JSON request body (login, push, ...): larger ones get 413 payload_too_large.
    qint64 maxJsonBodyBytes = 1024 * 1024;
    // One blob (a whole PUT, or the total of a chunked upload): larger ones get 413.
    qint64 maxBlobBytes = 50 * 1024 * 1024;
    // The request line and headers together: larger ones get 431.
    qint64 maxHeaderBytes = 64 * 1024;
    // A connection that sends nothing for this long is closed (408 when a request was begun);
    // a request's headers must also arrive within this time from its first byte.
    std::chrono::milliseconds idleTimeout = std::chrono::seconds(30);
    // A request body must arrive at least this fast on average (after idleTimeout of grace).
    qint64 minBodyBytesPerSecond = 1024;
    // Open connections beyond this many are answered 503 and closed. Held live pulls
    // (DESIGN.md 8.7) are open connections: the default leaves room for 16,000 of them plus
    // 4,000 active ones (a connection costs a file descriptor; serve raises its soft limit).
    int maxConnections = 20000;
    // Live pulls held at once from one client address (LoginRateLimiter::addressKey); more
    // are answered 429 rate_limited with Retry-After: 60 and the app polls instead.
    int maxLivePullsPerAddress = 1000;
    // Live pulls held at once by this process; more are answered 503 with Retry-After. Kept
    // below maxConnections, so that held connections never take every slot from active ones.
    int maxLivePulls = 16000;
    // Request bodies being received at once, in bytes announced by Content-Length, across all
    // connections; a request that would exceed it is answered 503 with Retry-After.
    qint64 maxInFlightBodyBytes = 512 * 1024 * 1024;

    // The body limit for a request to `path`: blob routes have their own.
    [[nodiscard]] qint64 maxBodyBytesFor(QStringView path) const;
    // The header limit plus the largest body limit: no connection buffers more than this
    // for one request.
    [[nodiscard]] qint64 maxRequestBytes() const;

    // The `serve` options that override the defaults.
    [[nodiscard]] static QList<QCommandLineOption> options();
    // The defaults with the options given on the command line applied; nullopt with a
    // one-line *error for a value that is not a positive number.
    [[nodiscard]] static std::optional<ServerLimits> fromCommandLine(
        const QCommandLineParser &parser, QString *error);
    // The `serve` usage lines of these options.
    [[nodiscard]] static QString usage();
};
