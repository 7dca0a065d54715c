#include "nginxprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

QString NginxProcess::executable()
{
    const QString found = QStandardPaths::findExecutable(u"nginx"_s);
    if (!found.isEmpty())
        return found;
    return QStandardPaths::findExecutable(u"nginx"_s, { u"/usr/sbin"_s, u"/usr/local/sbin"_s });
}

NginxProcess::NginxProcess()
    : m_dir(QDir::tempPath() + u"/handbook-nginx-XXXXXX"_s)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    const pid_t test = ::getpid();
    // Runs in the child between fork and exec: only async-signal-safe calls.
    m_process.setChildProcessModifier([test] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != test)
            ::_exit(126);
    });
}

NginxProcess::~NginxProcess()
{
    stop();
}

QString NginxProcess::configuration(
    const QString &directory, quint16 port, const QList<QUrl> &upstreams, int failTimeout)
{
    QString servers;
    for (const QUrl &upstream : upstreams)
        servers += u"        server %1:%2 max_fails=1 fail_timeout=%3s;\n"_s.arg(upstream.host())
                       .arg(upstream.port())
                       .arg(failTimeout);
    // The http block of docs/deploy.md without TLS (loopback), with every path in `directory`.
    return uR"(daemon off;
master_process off;
pid %1/nginx.pid;
error_log %1/error.log notice;
events { worker_connections 2048; }
http {
    log_format upstreams '$request_method $uri $status $upstream_addr $upstream_status $upstream_cache_status';
    access_log %1/access.log upstreams;
    client_body_temp_path %1/body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    proxy_cache_path %1/blobs levels=1:2 keys_zone=blobs:8m max_size=1g inactive=30d use_temp_path=off;

    upstream handbook {
%2        keepalive 32;
    }
    # Responses the server marks no-store (restricted documents' files) are never cached.
    map $upstream_http_cache_control $handbook_no_store { ~*no-store 1; default 0; }
    # Only downloads (GET) use the blob cache; HEAD and PUT (uploads) always reach a server.
    map $request_method $handbook_not_get { GET 0; default 1; }

    server {
        listen 127.0.0.1:%3;
        client_max_body_size 51m;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_connect_timeout 2s;
        proxy_read_timeout 60s;
        # A server that is down or restarting: the request goes to another one (GET, HEAD).
        proxy_next_upstream error timeout http_502 http_503;
        proxy_next_upstream_tries 3;

        location / {
            proxy_pass http://handbook;
        }
        # Pushes are idempotent (mutation ids): safe to send again to another server.
        location = /v1/sync/push {
            proxy_pass http://handbook;
            proxy_next_upstream error timeout http_502 http_503 non_idempotent;
        }
        # Blobs are named by their SHA-256 and never change: nginx keeps their bytes, but a
        # server decides every download (auth subrequest) before nginx serves them.
        location /v1/blobs/ {
            auth_request /_blob_access;
            error_page 403 = @blob_not_found;
            error_page 401 = @blob_uncached;
            proxy_pass http://handbook;
            proxy_cache blobs;
            proxy_cache_key $uri;
            proxy_cache_valid 200 30d;
            proxy_cache_convert_head off;
            proxy_cache_lock on;
            proxy_ignore_headers Cache-Control Expires;
            proxy_cache_bypass $handbook_not_get;
            proxy_no_cache $handbook_not_get $handbook_no_store;
            add_header X-Cache-Status $upstream_cache_status always;
        }
        # GET: may this user read the blob? The server answers a one-byte range (206) or 404
        # (absent, incomplete or not visible); other methods are decided by the server itself.
        location = /_blob_access {
            internal;
            if ($request_method != GET) { return 204; }
            proxy_pass http://handbook$request_uri;
            proxy_pass_request_body off;
            proxy_set_header Content-Length "";
            proxy_set_header Range "bytes=0-0";
            proxy_set_header If-None-Match "";
            proxy_set_header If-Range "";
            proxy_intercept_errors on;
            error_page 404 = @blob_denied;
            error_page 416 = @blob_allowed;
        }
        location @blob_denied { return 403; }
        # 416: the blob is empty, and the server checked the user before the range.
        location @blob_allowed { return 204; }
        # Not signed in, or the token expired: the server's own answer (its error code).
        location @blob_uncached {
            proxy_pass http://handbook;
        }
        location @blob_not_found {
            default_type application/json;
            add_header Cache-Control no-store always;
            return 404 '{"error":{"code":"not_found","message":"no such blob"}}';
        }
    }
}
)"_s.arg(directory, servers)
        .arg(port);
}

bool NginxProcess::start(const QList<QUrl> &upstreams, QString *error, int timeoutMs)
{
    if (!m_dir.isValid()) {
        *error = u"cannot create a temporary directory: "_s + m_dir.errorString();
        return false;
    }
    if (executable().isEmpty()) {
        *error = u"nginx is not installed"_s;
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    // Another process may take the free port between the probe and nginx's bind: try again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (startOnce(upstreams, error, int(deadline.remainingTime())))
            return true;
        if (deadline.hasExpired() || !errorLog().contains(u"Address already in use"_s))
            return false;
    }
    return false;
}

bool NginxProcess::startOnce(const QList<QUrl> &upstreams, QString *error, int timeoutMs)
{
    const quint16 port = freePort();
    if (port == 0) {
        *error = u"no free port on 127.0.0.1"_s;
        return false;
    }
    QFile config(m_dir.filePath(u"nginx.conf"_s));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || config.write(configuration(m_dir.path(), port, upstreams, m_failTimeout).toUtf8()) < 0) {
        *error = u"cannot write "_s + config.fileName();
        return false;
    }
    config.close();
    QFile::remove(m_dir.filePath(u"error.log"_s));
    // -e: the log of start-up errors, before the configuration's error_log applies.
    m_process.start(executable(),
        { u"-p"_s, m_dir.path(), u"-c"_s, config.fileName(), u"-e"_s,
            m_dir.filePath(u"error.log"_s) });
    if (!m_process.waitForStarted(10000)) {
        *error = u"cannot run %1: %2"_s.arg(executable(), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(200)) {
            m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
            return true;
        }
        m_process.waitForFinished(50); // returns early only if nginx exits
    }
    *error = u"nginx did not start on port %1: %2 %3"_s.arg(port).arg(
        QString::fromLocal8Bit(m_process.readAll()), errorLog());
    stop();
    return false;
}

void NginxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QStringList NginxProcess::accessLog() const
{
    return readFile(m_dir.filePath(u"access.log"_s)).split(u'\n', Qt::SkipEmptyParts);
}

QString NginxProcess::errorLog() const
{
    return readFile(m_dir.filePath(u"error.log"_s));
}
