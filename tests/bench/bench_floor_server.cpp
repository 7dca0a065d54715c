// The HTTP floor of the no-change pull: the server's own HTTP stack (ApiServer: QHttpServer
// behind the same connection guards and limits, one thread) with one more route,
// GET /bench/static, that answers a fixed JSON body of a given size with no database work.
//   bench_floor_server --body <file>   prints "listening on http://127.0.0.1:<port>"
#include "db/databasespec.h"
#include "db/serverdatabase.h"
#include "http/apiresponse.h"
#include "http/apiserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption bodyOption(u"body"_s, u"The answer's body."_s, u"file"_s);
    parser.addOption(bodyOption);
    parser.process(app);
    QFile file(parser.value(bodyOption));
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
    const quint16 port = server.listen(QHostAddress::LocalHost, 0, &error);
    if (port == 0) {
        std::fprintf(stderr, "bench_floor_server: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%d\n", port);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
