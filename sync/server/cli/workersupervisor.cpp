#include "cli/workersupervisor.h"

#include "http/serverlog.h"

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

WorkerSupervisor::WorkerSupervisor(
    const QString &program, const QStringList &arguments, int count, QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_arguments(arguments)
{
    for (int i = 0; i < count; ++i) {
        auto *slot = new Slot;
        slot->restart.setSingleShot(true);
        connect(&slot->restart, &QTimer::timeout, this, [this, i] { startSlot(i); });
        m_slots << slot;
    }
    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(kStopGraceMs);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        for (Slot *slot : std::as_const(m_slots)) {
            if (slot->process && slot->process->state() != QProcess::NotRunning) {
                qCWarning(lcServer)
                    << "worker" << slot->process->processId() << "did not stop in time: killing it";
                slot->process->kill();
            }
        }
    });
}

WorkerSupervisor::~WorkerSupervisor()
{
    // Normally empty by now (stop()); otherwise no worker outlives its supervisor.
    for (Slot *slot : std::as_const(m_slots)) {
        if (slot->process) {
            slot->process->disconnect(this);
            slot->process->kill();
            slot->process->waitForFinished(5000);
        }
        delete slot;
    }
}

int WorkerSupervisor::openListeningSocket(
    const QHostAddress &address, quint16 port, quint16 *boundPort, QString *error)
{
    sockaddr_storage storage {};
    socklen_t length = 0;
    // "Any" listens on IPv6 and IPv4 alike, as QTcpServer does.
    const bool any = address == QHostAddress(QHostAddress::Any);
    const bool ipv6 = any || address.protocol() == QAbstractSocket::IPv6Protocol;
    if (ipv6) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR ip = any ? Q_IPV6ADDR {} : address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &ip, sizeof ip);
        length = sizeof(sockaddr_in6);
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    const auto fail = [&](int descriptor, const char *step) {
        *error = u"cannot listen on %1 port %2: %3 (%4)"_s.arg(address.toString())
                     .arg(port)
                     .arg(QString::fromLocal8Bit(std::strerror(errno)), QLatin1StringView(step));
        if (descriptor >= 0)
            ::close(descriptor);
        return -1;
    };
    // Without SOCK_CLOEXEC: the workers inherit it.
    const int descriptor = ::socket(ipv6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (descriptor < 0)
        return fail(-1, "socket");
    const int on = 1;
    const int off = 0;
    ::setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (any)
        ::setsockopt(descriptor, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off);
    if (::bind(descriptor, reinterpret_cast<const sockaddr *>(&storage), length) != 0)
        return fail(descriptor, "bind");
    if (::listen(descriptor, SOMAXCONN) != 0)
        return fail(descriptor, "listen");
    sockaddr_storage bound {};
    socklen_t boundLength = sizeof bound;
    if (::getsockname(descriptor, reinterpret_cast<sockaddr *>(&bound), &boundLength) != 0)
        return fail(descriptor, "getsockname");
    *boundPort = ntohs(ipv6 ? reinterpret_cast<const sockaddr_in6 *>(&bound)->sin6_port
                            : reinterpret_cast<const sockaddr_in *>(&bound)->sin_port);
    return descriptor;
}

void WorkerSupervisor::start()
{
    for (int i = 0; i < m_slots.size(); ++i)
        startSlot(i);
}

void WorkerSupervisor::startSlot(int index)
{
    if (m_stopping)
        return;
    Slot *slot = m_slots[index];
    delete slot->process;
    auto *process = new QProcess(this);
    slot->process = process;
    // The workers write their log lines to the supervisor's own stdout and stderr.
    process->setProcessChannelMode(QProcess::ForwardedChannels);
    process->setInputChannelMode(QProcess::ForwardedInputChannel);
    const pid_t supervisor = getpid();
    // Between fork and exec, in the worker: only async-signal-safe calls.
    process->setChildProcessModifier([supervisor] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != supervisor)
            ::_exit(1);
    });
    connect(process, &QProcess::finished, this,
        [this, index](
            int exitCode, QProcess::ExitStatus status) { onFinished(index, exitCode, status); });
    connect(process, &QProcess::errorOccurred, this, [this, index](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            qCWarning(lcServer) << "worker" << index << "could not start";
            onFinished(index, -1, QProcess::CrashExit);
        }
    });
    slot->lastStart = QDateTime::currentDateTimeUtc();
    process->start(m_program, m_arguments);
    qCInfo(lcServer) << "worker" << index << "started, pid" << process->processId();
}

void WorkerSupervisor::onFinished(int index, int exitCode, QProcess::ExitStatus status)
{
    Slot *slot = m_slots[index];
    if (m_stopping) {
        checkAllStopped();
        return;
    }
    qCWarning(lcServer).noquote() << u"worker %1 %2; restarting it"_s.arg(index).arg(
        status == QProcess::CrashExit ? u"crashed"_s : u"exited with code %1"_s.arg(exitCode));
    const qint64 sinceStart = slot->lastStart.msecsTo(QDateTime::currentDateTimeUtc());
    const qint64 wait
        = qBound(qint64(0), qint64(kRestartIntervalMs) - sinceStart, qint64(kRestartIntervalMs));
    slot->restart.start(int(wait));
}

void WorkerSupervisor::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    for (Slot *slot : std::as_const(m_slots)) {
        slot->restart.stop();
        if (slot->process && slot->process->state() != QProcess::NotRunning)
            slot->process->terminate();
    }
    m_killTimer.start();
    checkAllStopped();
}

void WorkerSupervisor::checkAllStopped()
{
    for (Slot *slot : std::as_const(m_slots)) {
        if (slot->process && slot->process->state() != QProcess::NotRunning)
            return;
    }
    m_killTimer.stop();
    Q_EMIT stopped();
}
