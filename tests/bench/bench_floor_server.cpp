// The HTTP floor of the no-change pull: the server's own HTTP stack (ApiServer: QHttpServer
// behind the same connection guards and limits, one thread per process) with one more route,
// GET /bench/static, that answers a fixed JSON body of a given size with no database work.
// With --workers <n> (n > 1) it serves as `handbook-server serve --workers <n>` does: a
// listening socket made as the supervisor makes it (SOMAXCONN), then n processes accepting on
// it with ApiServer::listenOnDescriptor, as the workers do. The processes are forked before
// anything of Qt exists (each then makes its own application and event loop); each child ends
// with its parent. With one, it listens as `serve --workers 1` does (ApiServer::listen).
//   bench_floor_server --body <file> [--workers <n>]
//       prints "listening on http://127.0.0.1:<port>"
#include "db/databasespec.h"
#include "db/serverdatabase.h"
#include "http/apiresponse.h"
#include "http/apiserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// A listening socket on 127.0.0.1, inherited by the forked processes; -1 on failure.
int listeningSocket(quint16 *port)
{
    const int descriptor = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (descriptor < 0)
        return -1;
    const int on = 1;
    ::setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (::bind(descriptor, reinterpret_cast<const sockaddr *>(&address), length) != 0
        || ::listen(descriptor, SOMAXCONN) != 0
        || ::getsockname(descriptor, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        ::close(descriptor);
        return -1;
    }
    *port = ntohs(address.sin_port);
    return descriptor;
}

} // namespace

int main(int argc, char *argv[])
{
    // The options, read before Qt exists (the processes fork first).
    const char *bodyPath = nullptr;
    int workers = 1;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--body") == 0)
            bodyPath = argv[++i];
        else if (std::strcmp(argv[i], "--workers") == 0)
            workers = std::atoi(argv[++i]);
    }
    if (bodyPath == nullptr || workers < 1 || workers > 64) {
        std::fprintf(stderr, "usage: bench_floor_server --body <file> [--workers 1..64]\n");
        return 2;
    }
    int descriptor = -1;
    if (workers > 1) {
        quint16 port = 0;
        descriptor = listeningSocket(&port);
        if (descriptor < 0) {
            std::perror("bench_floor_server: listening socket");
            return 1;
        }
        std::printf("listening on http://127.0.0.1:%d\n", port);
        std::fflush(stdout);
        const pid_t parent = ::getpid();
        for (int i = 1; i < workers; ++i) {
            const pid_t child = ::fork();
            if (child < 0) {
                std::perror("bench_floor_server: fork");
                return 1;
            }
            if (child == 0) {
                ::prctl(PR_SET_PDEATHSIG, SIGTERM);
                if (::getppid() != parent)
                    ::_exit(0);
                break;
            }
        }
    }

    QCoreApplication app(argc, argv);
    QFile file(QString::fromLocal8Bit(bodyPath));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_floor_server: cannot read --body\n");
        return 1;
    }
    const QByteArray body = file.readAll();

    // ApiServer needs a database for its own routes; this one is never asked anything.
    QTemporaryDir dir;
    QString error;
    const auto spec = DatabaseSpec::parse(u"sqlite:"_s + dir.filePath(u"floor.db"_s), &error);
    ServerDatabase database(*spec);
    if (!database.open(&error)) {
        std::fprintf(stderr, "bench_floor_server: %s\n", qPrintable(error));
        return 1;
    }
    ApiServer server(database);
    server.addRoute(QLatin1StringView("/bench/static"), QHttpServerRequest::Method::Get, [body] {
        QHttpServerResponse response(QByteArrayLiteral("application/json"), body);
        response.setHeader("Cache-Control", "no-store");
        return response;
    });
    if (descriptor >= 0) {
        if (server.listenOnDescriptor(descriptor, &error) == 0) {
            std::fprintf(stderr, "bench_floor_server: %s\n", qPrintable(error));
            return 1;
        }
    } else {
        const quint16 port = server.listen(QHostAddress::LocalHost, 0, &error);
        if (port == 0) {
            std::fprintf(stderr, "bench_floor_server: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("listening on http://127.0.0.1:%d\n", port);
        std::fflush(stdout);
    }
    return QCoreApplication::exec();
}
