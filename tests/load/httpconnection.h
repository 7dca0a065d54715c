// One keep-alive HTTP/1.1 connection of a simulated client, event driven (QTcpSocket), so that
// one thread can drive a thousand of them: one request at a time, the answer framed by its
// Content-Length (QHttpServer always sends one), gzip bodies inflated. A request written on a
// reused connection that the server had already closed is sent once more on a new connection
// (what HTTP clients do). Every request is bounded by a timeout. A connection may be bound to a
// local address first (127.0.0.2, ...: many phones seen from many addresses on one machine).
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <functional>

class QTcpSocket;

class HttpConnection : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 0; // 0: no complete answer; `error` says why
        QByteArray body; // inflated when it came gzip-encoded
        QString error; // "timeout", "connection closed", a socket error, "bad response"
        qint64 micros = 0; // from sending the request to the last byte of the answer
    };
    using Done = std::function<void(Response &&)>;

    HttpConnection(QString host, quint16 port, QObject *parent = nullptr);
    ~HttpConnection() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // The source address of the connections opened from now on (bound before connecting).
    void setLocalAddress(const QHostAddress &address) { m_localAddress = address; }
    // Sends one request (`token` as a bearer token unless empty, `body` as JSON for POST);
    // `done` is called exactly once, never from inside send(). One request at a time.
    void send(const QByteArray &method, const QByteArray &target, const QByteArray &token,
        const QByteArray &body, Done done);
    [[nodiscard]] bool busy() const { return bool(m_done); }
    // TCP connections opened so far.
    [[nodiscard]] int connects() const { return m_connects; }
    void close();
    // Drops the request under way without calling its `done` (a live pull the phone gives up).
    void cancel();
    // True once the request under way is on a connected socket.
    [[nodiscard]] bool requestSent() const { return bool(m_done) && m_connected; }

    // gzip (RFC 1952) to plain bytes; empty on corrupt input.
    [[nodiscard]] static QByteArray gunzip(const QByteArray &compressed);

private:
    void open();
    void write();
    void onReadyRead();
    void onClosed();
    void onTimeout();
    // Parses what has arrived; true once the whole answer is there (or it is malformed).
    bool parse();
    void finish(Response &&response);
    void dropSocket();

    QString m_host;
    quint16 m_port;
    int m_timeoutMs = 60000;
    QHostAddress m_localAddress; // null: the kernel chooses
    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QByteArray m_request; // the bytes of the request under way
    QByteArray m_buffer; // what has arrived of its answer
    Done m_done;
    bool m_reused = false; // the request went out on a connection used before
    bool m_retried = false;
    bool m_connected = false;
    int m_connects = 0;
    // The answer's head, once parsed.
    qsizetype m_headEnd = -1;
    int m_status = 0;
    qint64 m_contentLength = -1;
    bool m_gzip = false;
    bool m_closeAfter = false;
};
