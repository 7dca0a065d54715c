#include "http/apiserver.h"

#include "auth/authapi.h"
#include "blobs/blobapi.h"
#include "db/serverdatabase.h"
#include "healthinfo.h"
#include "http/apiresponse.h"
#include "http/guardedserver.h"
#include "http/serverlog.h"
#include "protocol.h"
#include "sync/syncapi.h"

#include <QMetaEnum>
#include <QSslServer>
#include <QTcpServer>

#include <QTimer>

#include <sys/resource.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    return QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method)))
        .toUpper();
}

// "GET, POST" for an Allow header.
QByteArray allowHeader(QHttpServerRequest::Methods methods)
{
    const QMetaEnum meta = QMetaEnum::fromType<QHttpServerRequest::Method>();
    QByteArrayList names;
    for (int i = 0; i < meta.keyCount(); ++i) {
        const auto method = QHttpServerRequest::Method(meta.value(i));
        if (method != QHttpServerRequest::Method::Unknown
            && method != QHttpServerRequest::Method::AnyKnown && methods.testFlag(method))
            names.append(QByteArray(meta.key(i)).toUpper());
    }
    return names.join(", ");
}

// Descriptors the process needs besides its connections: the database, the listening socket,
// blob files being read or written, log and pipes.
constexpr qint64 kReservedDescriptors = 200;

// The most connections the process's open-file limit lets it hold (serve raises its soft
// limit to the hard one at start): a connection beyond it fails in accept(), and Qt's
// QTcpServer stops accepting altogether after such an error; within it, a connection over
// maxConnections is accepted and answered 503.
int connectionsWithinOpenFiles(int maxConnections, qint64 *openFiles)
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) {
        *openFiles = -1;
        return maxConnections;
    }
    *openFiles = qint64(limit.rlim_cur);
    return int(std::clamp<qint64>(*openFiles - kReservedDescriptors, 1, maxConnections));
}

} // namespace

ApiServer::ApiServer(ServerDatabase &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    registerRoutes();
    m_http.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            answerMissing(request, std::move(responder));
        });
    m_http.afterRequest([](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        // Method, path and status only: never the query, headers or body.
        qCDebug(lcHttp).noquote() << methodName(request.method()) << request.url().path()
                                  << int(response.statusCode());
        return std::move(response);
    });
}

ApiServer::~ApiServer() = default;

void ApiServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

QTcpServer *ApiServer::makeServer()
{
    // Our own QTcpServer (instead of QHttpServer::listen) keeps the reason of a failure, and
    // guards every connection (limits, timeouts) before QHttpServer parses it.
    qint64 openFiles = -1;
    const int fitting = connectionsWithinOpenFiles(m_limits.maxConnections, &openFiles);
    if (fitting < m_limits.maxConnections) {
        qCWarning(lcServer).noquote()
            << u"the open files limit (%1) holds fewer connections than --max-connections %2: "
               "raise it (ulimit -n, LimitNOFILE)"_s.arg(openFiles)
                   .arg(m_limits.maxConnections);
        m_limits.maxConnections = fitting;
        // Held pulls still leave a fifth of the connections to active requests.
        m_limits.maxLivePulls = std::min(m_limits.maxLivePulls, std::max(1, fitting * 4 / 5));
        m_limits.maxLivePullsPerAddress
            = std::min(m_limits.maxLivePullsPerAddress, m_limits.maxLivePulls);
    }
    qCInfo(lcServer).noquote() << u"can hold %1 connections, %2 of them live pulls (open files "
                                  "limit %3)"_s.arg(m_limits.maxConnections)
                                      .arg(m_limits.maxLivePulls)
                                      .arg(openFiles < 0 ? u"none"_s : QString::number(openFiles));
    const auto limiter = std::make_shared<ConnectionLimiter>(m_limits);
    QTcpServer *server = nullptr;
    if (m_tls) {
        auto *sslServer = new GuardedServer<QSslServer>(limiter, this);
        sslServer->setSslConfiguration(*m_tls);
        sslServer->setHandshakeTimeout(10000);
        server = sslServer;
    } else {
        server = new GuardedServer<QTcpServer>(limiter, this);
    }
    // Qt stops accepting for good after an accept() error that is not temporary (out of
    // descriptors, of memory): try again shortly instead.
    connect(server, &QTcpServer::acceptError, server, [server](QAbstractSocket::SocketError) {
        qCWarning(lcServer).noquote() << "cannot accept a connection:" << server->errorString();
        QTimer::singleShot(std::chrono::milliseconds(200), server, [server] {
            if (server->isListening())
                server->resumeAccepting();
        });
    });
    return server;
}

quint16 ApiServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    QTcpServer *server = makeServer();
    // Qt's default backlog (50) overflows when many phones connect at once (after a network
    // comes back, or 10,000 live pulls reopening): the kernel then drops SYNs and clients wait
    // for their one-second retries. The workers' shared socket uses SOMAXCONN too.
    server->setListenBacklogSize(SOMAXCONN);
    if (!server->listen(address, port)) {
        *error = u"cannot listen on %1 port %2: %3"_s.arg(address.toString())
                     .arg(port)
                     .arg(server->errorString());
        delete server;
        return 0;
    }
    m_http.bind(server);
    return server->serverPort();
}

quint16 ApiServer::listenOnDescriptor(qintptr descriptor, QString *error)
{
    QTcpServer *server = makeServer();
    if (!server->setSocketDescriptor(descriptor)) {
        *error = u"cannot accept on the inherited socket %1: %2"_s.arg(descriptor)
                     .arg(server->errorString());
        delete server;
        return 0;
    }
    m_http.bind(server);
    return server->serverPort();
}

void ApiServer::registerRoutes()
{
    addRoute(Protocol::Path::Health, QHttpServerRequest::Method::Get, [this] { return health(); });
    m_auth = std::make_unique<AuthApi>(m_database);
    m_auth->registerRoutes(*this);
    m_sync = std::make_unique<SyncApi>(m_database);
    m_sync->registerRoutes(*this);
    m_blobs = std::make_unique<BlobApi>(m_database);
    m_blobs->registerRoutes(*this);
}

QHttpServerResponse ApiServer::health() const
{
    QString reason;
    if (!m_database.ping(&reason)) {
        qCWarning(lcServer) << "health: database does not answer:" << reason;
        return ApiResponse::error(ApiResponse::Status::ServiceUnavailable,
            Protocol::ErrorCode::Unavailable, u"the database does not answer"_s);
    }
    const HealthInfo info(
        u"ok"_s, QStringLiteral(HANDBOOK_VERSION), m_database.spec().backendName());
    return ApiResponse::json(info.toJson());
}

void ApiServer::answerMissing(
    const QHttpServerRequest &request, QHttpServerResponder &&responder) const
{
    const QString path = request.url().path();
    const QString shownPath = path.size() > 100 ? path.left(100) + u"..."_s : path;
    const auto allowed = m_allowedMethods.constFind(path);
    if (allowed != m_allowedMethods.cend()) {
        QHttpServerResponse response = ApiResponse::error(ApiResponse::Status::MethodNotAllowed,
            Protocol::ErrorCode::MethodNotAllowed,
            u"%1 is not allowed on %2"_s.arg(
                QLatin1StringView(methodName(request.method())), shownPath));
        response.setHeader("Allow", allowHeader(*allowed));
        qCDebug(lcHttp).noquote() << methodName(request.method()) << path << 405;
        return response.write(std::move(responder));
    }
    qCDebug(lcHttp).noquote() << methodName(request.method()) << path << 404;
    ApiResponse::error(ApiResponse::Status::NotFound, Protocol::ErrorCode::NotFound,
        u"no such route: %1"_s.arg(shownPath))
        .write(std::move(responder));
}
