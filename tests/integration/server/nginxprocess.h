// A throw-away nginx load balancer for the integration tests, in front of several
// handbook-server processes: a generated configuration in a temporary directory (pid file,
// logs, temporary files and the blob cache all in there), one unprivileged process (no
// daemon, no master) listening on a free 127.0.0.1 port, round robin over the upstreams with
// the retry and blob-caching rules of docs/deploy.md. Never the system service. It ends with
// the test process. Every wait is bounded.
#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

class NginxProcess
{
public:
    // The nginx binary (PATH, then /usr/sbin), or empty when it is not installed.
    [[nodiscard]] static QString executable();

    NginxProcess();
    // Stops nginx (SIGTERM, then SIGKILL) and deletes its directory.
    ~NginxProcess();
    NginxProcess(const NginxProcess &) = delete;
    NginxProcess &operator=(const NginxProcess &) = delete;

    // How long nginx leaves a server alone after a failed request (docs/deploy.md: 10 s);
    // call before start().
    void setFailTimeout(int seconds) { m_failTimeout = seconds; }
    // Writes the configuration for these upstreams ("http://127.0.0.1:<port>") and starts
    // nginx; true once it accepts connections. False with *error (and nginx's log) otherwise.
    [[nodiscard]] bool start(const QList<QUrl> &upstreams, QString *error, int timeoutMs = 20000);
    void stop();
    // "http://127.0.0.1:<port>" once started.
    [[nodiscard]] QUrl url() const { return m_url; }
    // The access log so far: one line per request, "<method> <path> <status> <upstream
    // address(es)> <upstream status(es)> <cache status>".
    [[nodiscard]] QStringList accessLog() const;
    // nginx's error log so far.
    [[nodiscard]] QString errorLog() const;

    // The configuration nginx runs with (the test's variant of docs/deploy.md).
    [[nodiscard]] static QString configuration(
        const QString &directory, quint16 port, const QList<QUrl> &upstreams, int failTimeout);

private:
    [[nodiscard]] bool startOnce(const QList<QUrl> &upstreams, QString *error, int timeoutMs);

    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    int m_failTimeout = 10;
};
