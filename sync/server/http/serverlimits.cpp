#include "http/serverlimits.h"

#include "protocol.h"

using namespace Qt::StringLiterals;

namespace {

const QString maxBodyOption = u"max-body-bytes"_s;
const QString maxBlobOption = u"max-blob-bytes"_s;
const QString idleTimeoutOption = u"idle-timeout"_s;
const QString maxConnectionsOption = u"max-connections"_s;

// A strictly positive integer option value, or nullopt with *error.
std::optional<qint64> positive(
    const QCommandLineParser &parser, const QString &name, qint64 fallback, QString *error)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value <= 0) {
        *error
            = u"--%1 must be a positive whole number, not \"%2\""_s.arg(name, parser.value(name));
        return std::nullopt;
    }
    return value;
}

} // namespace

qint64 ServerLimits::maxBodyBytesFor(QStringView path) const
{
    return path.startsWith(Protocol::Path::BlobsPrefix) ? maxBlobBytes : maxJsonBodyBytes;
}

qint64 ServerLimits::maxRequestBytes() const
{
    return maxHeaderBytes + std::max(maxJsonBodyBytes, maxBlobBytes);
}

QList<QCommandLineOption> ServerLimits::options()
{
    return {
        QCommandLineOption(maxBodyOption, u"Largest JSON request body."_s, u"bytes"_s),
        QCommandLineOption(maxBlobOption, u"Largest blob."_s, u"bytes"_s),
        QCommandLineOption(idleTimeoutOption, u"Idle connection timeout."_s, u"seconds"_s),
        QCommandLineOption(maxConnectionsOption, u"Most connections at once."_s, u"n"_s),
    };
}

std::optional<ServerLimits> ServerLimits::fromCommandLine(
    const QCommandLineParser &parser, QString *error)
{
    ServerLimits limits;
    const auto body = positive(parser, maxBodyOption, limits.maxJsonBodyBytes, error);
    if (!body)
        return std::nullopt;
    const auto blob = positive(parser, maxBlobOption, limits.maxBlobBytes, error);
    if (!blob)
        return std::nullopt;
    const auto idle = positive(parser, idleTimeoutOption,
        std::chrono::duration_cast<std::chrono::seconds>(limits.idleTimeout).count(), error);
    if (!idle)
        return std::nullopt;
    const auto connections = positive(parser, maxConnectionsOption, limits.maxConnections, error);
    if (!connections)
        return std::nullopt;
    if (*connections > 1000000) {
        *error = u"--max-connections is at most 1000000"_s;
        return std::nullopt;
    }
    limits.maxJsonBodyBytes = *body;
    limits.maxBlobBytes = *blob;
    limits.idleTimeout = std::chrono::seconds(std::min<qint64>(*idle, 86400));
    limits.maxConnections = int(*connections);
    return limits;
}

QString ServerLimits::usage()
{
    return u"                       [--max-body-bytes <n>]  largest JSON body (default 1 MiB)\n"
           "                       [--max-blob-bytes <n>]  largest blob (default 50 MiB)\n"
           "                       [--idle-timeout <s>]    close idle connections (default 30)\n"
           "                       [--max-connections <n>] more are answered 503 (default 512)\n"_s;
}
