#include "loadgenerator.h"

#include "rawhttpclient.h"

#include <QElapsedTimer>
#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cmath>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

struct Connection
{
    int fd = -1;
    qsizetype sent = 0;
    qint64 startedNs = 0;
    QByteArray buffer;
};

int openConnection(const QByteArray &host, quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    ::inet_pton(AF_INET, host.constData(), &address.sin_addr);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

} // namespace

double LoadResult::percentile(double p) const
{
    if (latenciesMs.isEmpty())
        return 0;
    QList<double> sorted = latenciesMs;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype index = std::clamp(qsizetype(std::ceil(p / 100.0 * double(sorted.size()))) - 1,
        qsizetype(0), sorted.size() - 1);
    return sorted.at(index);
}

LoadResult LoadGenerator::run(const QByteArray &host, quint16 port, const QByteArray &request,
    int connections, double warmupSeconds, double seconds, int expectedStatus)
{
    LoadResult result;
    std::vector<Connection> pool(static_cast<std::size_t>(connections));
    std::vector<pollfd> fds(pool.size());
    QElapsedTimer clock;
    clock.start();
    const qint64 measureFrom = qint64(warmupSeconds * 1e9);
    const qint64 stopAt = measureFrom + qint64(seconds * 1e9);
    for (Connection &connection : pool) {
        connection.fd = openConnection(host, port);
        connection.startedNs = clock.nsecsElapsed();
    }
    char chunk[65536];
    while (clock.nsecsElapsed() < stopAt) {
        for (std::size_t i = 0; i < pool.size(); ++i) {
            Connection &c = pool[i];
            if (c.fd < 0) {
                c.fd = openConnection(host, port);
                c.sent = 0;
                c.buffer.clear();
                c.startedNs = clock.nsecsElapsed();
            }
            fds[i] = pollfd { c.fd, short(c.sent < request.size() ? POLLOUT : POLLIN), 0 };
        }
        if (::poll(fds.data(), nfds_t(fds.size()), 100) <= 0)
            continue;
        for (std::size_t i = 0; i < pool.size(); ++i) {
            Connection &c = pool[i];
            if (c.fd < 0 || fds[i].revents == 0)
                continue;
            const auto broken = [&] {
                ::close(c.fd);
                c.fd = -1;
                if (clock.nsecsElapsed() >= measureFrom)
                    ++result.failures;
            };
            if (c.sent < request.size()) {
                const ssize_t n = ::send(c.fd, request.constData() + c.sent,
                    size_t(request.size() - c.sent), MSG_NOSIGNAL);
                if (n < 0 && errno != EAGAIN)
                    broken();
                else if (n > 0)
                    c.sent += n;
                continue;
            }
            const ssize_t n = ::recv(c.fd, chunk, sizeof chunk, 0);
            if (n == 0 || (n < 0 && errno != EAGAIN)) {
                broken();
                continue;
            }
            if (n < 0)
                continue;
            c.buffer.append(chunk, n);
            RawResponse response;
            const qsizetype used = parseHttpResponse(c.buffer, &response);
            if (used < 0) {
                broken();
                continue;
            }
            if (used == 0)
                continue;
            const qint64 now = clock.nsecsElapsed();
            if (c.startedNs >= measureFrom && now < stopAt) {
                if (response.status == expectedStatus) {
                    ++result.requests;
                    result.latenciesMs.append(double(now - c.startedNs) / 1e6);
                    result.responseBytes = used;
                } else {
                    ++result.failures;
                }
            }
            c.buffer.remove(0, used);
            c.sent = 0;
            c.startedNs = now;
        }
    }
    for (Connection &connection : pool) {
        if (connection.fd >= 0)
            ::close(connection.fd);
    }
    result.seconds = seconds;
    return result;
}
