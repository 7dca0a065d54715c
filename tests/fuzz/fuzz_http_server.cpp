// libFuzzer target: handbook-server's HTTP handling end to end. The input is the raw bytes a
// client writes on one connection; they go through a loopback socket into the real ApiServer
// (connection guard, QHttpServer's parser, the router, authentication and every route's
// handler) over a SQLite database holding the demo province, with two signed-in devices whose
// access tokens the seeds use (a secretary and a member, see kSecretaryToken, kMemberToken).
// Properties: the server never crashes; everything it answers is HTTP; it never answers 500
// (DESIGN.md section 5: a malformed request is a 400, never a 500).
// Each input waits only until the server has read and answered everything it was sent (no
// timeout): then the connection is dropped and the next input gets a fresh one.
#include "auth/tokenstore.h"
#include "db/databasespec.h"
#include "db/schemamigrator.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "demo/demoaccounts.h"
#include "demo/demoloader.h"
#include "fuzzsupport.h"
#include "http/apiserver.h"

#include <QDir>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {

// Access tokens of the two demo accounts signed in by the harness (43 base64url characters,
// as TokenStore makes them); seeds send them as "Authorization: Bearer <token>".
constexpr auto kSecretaryToken = "secretary-fuzz-token-0000000000000000000000"_L1;
constexpr auto kMemberToken = "member-fuzz-token-0000000000000000000000000"_L1;
static_assert(kSecretaryToken.size() == 43 && kMemberToken.size() == 43);
// Event-loop rounds an input may take before the harness gives up on it (a stuck server).
constexpr int kMaxRounds = 20000;

struct Harness
{
    QTemporaryDir dir { FuzzSupport::scratchTemplate() };
    std::unique_ptr<ServerDatabase> database;
    std::unique_ptr<ApiServer> server;
    quint16 port = 0;
};

Harness *harness = nullptr;

[[noreturn]] void die(const QByteArray &what)
{
    std::fprintf(stderr, "fuzz_http_server: %s\n", what.constData());
    std::abort();
}

struct SignedIn
{
    QString login;
    QString deviceId;
    QLatin1StringView token;
};

QList<SignedIn> signedIn()
{
    return { { u"bithu.a"_s, u"fuzz-secretary-device"_s, kSecretaryToken },
        { u"dangvien.a1"_s, u"fuzz-member-device"_s, kMemberToken } };
}

void addDevices(const QSqlDatabase &db)
{
    for (const SignedIn &device : signedIn()) {
        runSql(db,
            u"INSERT INTO devices (id, user_id, name, platform, created_at) "
            "VALUES (?, ?, 'fuzz', 'fuzz', '2025-01-01T00:00:00.000Z')"_s,
            { device.deviceId, DemoAccounts::userId(device.login) });
    }
}

// Gives both devices their access token again (an input may have signed one out).
void keepSignedIn(const QSqlDatabase &db)
{
    for (const SignedIn &device : signedIn()) {
        runSql(db,
            u"INSERT OR IGNORE INTO access_tokens (token_hash, device_id, user_id, expires_at) "
            "VALUES (?, ?, ?, '9999-12-31T23:59:59.999Z')"_s,
            { TokenStore::hash(QString(device.token)), device.deviceId,
                DemoAccounts::userId(device.login) });
    }
}

void setUp()
{
    harness = new Harness;
    if (!harness->dir.isValid())
        die("cannot make a temporary directory");
    QString error;
    const auto spec
        = DatabaseSpec::parse(u"sqlite:"_s + harness->dir.filePath(u"server.db"_s), &error);
    if (!spec)
        die(error.toUtf8());
    harness->database = std::make_unique<ServerDatabase>(*spec);
    if (!harness->database->open(&error) || !SchemaMigrator(*harness->database).migrate(&error))
        die(error.toUtf8());
    try {
        if (!DemoLoader(*harness->database).load(&error))
            die(error.toUtf8());
        addDevices(harness->database->connection());
    } catch (const DbError &dbError) {
        die(dbError.what());
    }
    harness->server = std::make_unique<ApiServer>(*harness->database);
    harness->port = harness->server->listen(QHostAddress::LocalHost, 0, &error);
    if (harness->port == 0)
        die(error.toUtf8());
    // The database goes when the fuzzer exits (the harness itself lives until then).
    std::atexit([] { QDir(harness->dir.path()).removeRecursively(); });
}

// Bytes the kernel holds for this descriptor that its owner has not read yet.
int unread(int fd)
{
    int count = 0;
    return fd >= 0 && ::ioctl(fd, FIONREAD, &count) == 0 ? count : 0;
}

// The descriptor of the server's end of the client's connection, or -1 while it is not
// accepted. (QHttpServer owns the server's sockets; the kernel tells which one it is.)
int serverEnd(const QTcpSocket &client)
{
    const int clientFd = int(client.socketDescriptor());
    for (int fd = 0; fd < clientFd + 64; ++fd) {
        if (fd == clientFd)
            continue;
        sockaddr_in local {};
        sockaddr_in peer {};
        socklen_t localSize = sizeof local;
        socklen_t peerSize = sizeof peer;
        if (::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localSize) == 0
            && local.sin_family == AF_INET && ntohs(local.sin_port) == harness->port
            && ::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerSize) == 0
            && ntohs(peer.sin_port) == client.localPort())
            return fd;
    }
    return -1;
}

// Runs the event loop until `done` or kMaxRounds rounds; false when it never became true.
template<typename Condition> bool spin(Condition done)
{
    for (int round = 0; round < kMaxRounds; ++round) {
        if (done())
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    return done();
}

// Each answer on the connection: an HTTP/1.x status line, headers, a Content-Length body.
void checkAnswers(const QByteArray &bytes)
{
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        if (!bytes.sliced(pos).startsWith("HTTP/1."))
            die("the server wrote something that is not an HTTP answer: "
                + bytes.sliced(pos).left(200));
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n", pos);
        if (headEnd < 0)
            die("an answer's head does not end: " + bytes.sliced(pos).left(200));
        const QByteArray head = bytes.sliced(pos, headEnd - pos);
        const int status = head.mid(9, 3).toInt();
        if (status < 100 || status == 500)
            die("the server answered " + head.left(12) + ": " + bytes.sliced(pos).left(600));
        qint64 length = status < 200 ? 0 : -1; // 1xx answers have no body
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (length < 0)
            return; // no length: nothing more to frame
        const qsizetype bodyStart = headEnd + 4;
        pos = bodyStart + length;
        // The answer to HEAD announces a length but has no body.
        if (pos != bytes.size() && !bytes.sliced(std::min(pos, bytes.size())).startsWith("HTTP/1.")
            && bytes.sliced(bodyStart).startsWith("HTTP/1."))
            pos = bodyStart;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::application();
    FuzzSupport::silenceQt();
    setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    try {
        keepSignedIn(harness->database->connection());
    } catch (const DbError &dbError) {
        die(dbError.what());
    }
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, harness->port);
    int server = -1;
    if (!spin([&] {
            if (client.state() == QAbstractSocket::ConnectedState)
                server = serverEnd(client);
            return server >= 0;
        }))
        die("the server did not accept a connection");

    client.write(reinterpret_cast<const char *>(data), qint64(size));
    // Until every byte is out, the server has read all of them, and nothing more arrives for
    // a few rounds of the event loop (the server answers as it reads; its answers are
    // flushed on the next round).
    int quietRounds = 0;
    qint64 received = -1;
    const bool settled = spin([&] {
        const bool busy = client.bytesToWrite() > 0 || unread(server) > 0
            || unread(int(client.socketDescriptor())) > 0;
        if (busy || client.bytesAvailable() != received) {
            received = client.bytesAvailable();
            quietRounds = 0;
            return false;
        }
        return ++quietRounds >= 8;
    });
    if (!settled)
        die("the server did not settle after an input");
    const QByteArray answers = client.readAll();
    // FUZZ_SHOW_ANSWERS=1: print the answers' status lines (to check what seeds reach).
    static const bool show = qEnvironmentVariableIsSet("FUZZ_SHOW_ANSWERS");
    if (show) {
        for (const QByteArray &line : answers.split('\n')) {
            if (line.startsWith("HTTP/1.") || line.startsWith("{"))
                std::fprintf(stderr, "  %s\n", line.left(160).trimmed().constData());
        }
    }
    checkAnswers(answers);

    client.abort();
    for (int round = 0; round < 4; ++round)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
