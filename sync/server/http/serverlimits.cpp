#include "http/serverlimits.h"

#include "protocol.h"

using namespace Qt::StringLiterals;

namespace {

const QString maxBodyOption = u"max-body-bytes"_s;
const QString maxBlobOption = u"max-blob-bytes"_s;
const QString idleTimeoutOption = u"idle-timeout"_s;
const QString maxConnectionsOption = u"max-connections"_s;
const QString maxLivePullsPerAddressOption = u"max-live-pulls-per-address"_s;
const QString maxLivePullsOption = u"max-live-pulls"_s;

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
        QCommandLineOption(
            maxLivePullsPerAddressOption, u"Most live pulls held per address."_s, u"n"_s),
        QCommandLineOption(maxLivePullsOption, u"Most live pulls held at once."_s, u"n"_s),
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
    const auto perAddress
        = positive(parser, maxLivePullsPerAddressOption, limits.maxLivePullsPerAddress, error);
    if (!perAddress)
        return std::nullopt;
    // Unless set, at most four fifths of the connections: the rest stay for active requests.
    const auto livePulls = positive(parser, maxLivePullsOption,
        std::min<qint64>(limits.maxLivePulls, std::max<qint64>(1, *connections * 4 / 5)), error);
    if (!livePulls)
        return std::nullopt;
    if (*livePulls >= *connections && *connections > 1) {
        *error = u"--max-live-pulls (%1) must be below --max-connections (%2): held pulls must "
                 "leave connections for active requests"_s.arg(*livePulls)
                     .arg(*connections);
        return std::nullopt;
    }
    limits.maxLivePullsPerAddress = int(std::min<qint64>(*perAddress, *livePulls));
    limits.maxLivePulls = int(*livePulls);
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
           "                       [--max-connections <n>] more are answered 503 (default 20000)\n"
           "                       [--max-live-pulls-per-address <n>]  live pulls held per client\n"
           "                                               address; more get 429 (default 1000)\n"
           "                       [--max-live-pulls <n>]  live pulls held at once; more get 503\n"
           "                                               (default 16000, below --max-connections)\n"_s;
}
