// `serve --workers <n>` with n > 1 (issue 19): this process keeps the listening socket and
// runs n copies of its own executable as workers, each with the same options plus the hidden
// `--listen-fd <fd>` naming the inherited socket; the kernel hands each new connection to
// one of the workers accepting on it. A worker that ends while the supervisor is not
// stopping (a crash, SIGKILL) is started again, at most once a second per slot. Workers get
// SIGTERM if the supervisor dies (PR_SET_PDEATHSIG, set between fork and exec) and exit at
// once if it was already gone. Nothing a request needs lives only in one worker (tokens,
// rate limits, uploads in progress are in the database): docs/decisions.md.
#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

class WorkerSupervisor : public QObject
{
    Q_OBJECT

public:
    // How long stop() waits after SIGTERM before SIGKILL.
    static constexpr int kStopGraceMs = 10000;
    // A slot is restarted at most this often.
    static constexpr int kRestartIntervalMs = 1000;

    // `arguments` are the workers' whole command line after the executable.
    WorkerSupervisor(
        const QString &program, const QStringList &arguments, int count, QObject *parent = nullptr);
    ~WorkerSupervisor() override;

    // A listening TCP socket on address:port (port 0: a free one, in *boundPort) that child
    // processes inherit (no FD_CLOEXEC; Qt 6.4's QProcess closes nothing else); its
    // descriptor, or -1 with a one-line *error.
    [[nodiscard]] static int openListeningSocket(
        const QHostAddress &address, quint16 port, quint16 *boundPort, QString *error);

    // Starts every worker.
    void start();
    // SIGTERM to every worker, SIGKILL to those still running after kStopGraceMs; stopped()
    // once all have ended.
    void stop();

Q_SIGNALS:
    void stopped();

private:
    struct Slot
    {
        QProcess *process = nullptr;
        QDateTime lastStart;
        QTimer restart;
    };

    void startSlot(int index);
    void onFinished(int index, int exitCode, QProcess::ExitStatus status);
    void checkAllStopped();

    QString m_program;
    QStringList m_arguments;
    QList<Slot *> m_slots;
    bool m_stopping = false;
    QTimer m_killTimer;
};
