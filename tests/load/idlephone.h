// One phone that only keeps a live pull open (DESIGN.md 8.7), as the app does in the
// foreground: GET /v1/sync/pull with wait=<n> on its own keep-alive connection, from a source
// address of its own choosing (many loopback addresses stand for many networks), opened again
// as soon as it is answered. Its device and token are written into the database by the load
// environment (10,000 Argon2id sign-ins would take minutes of CPU and are not what is
// measured). Counts what came back: answers with changes, empty answers when the wait ended,
// errors by reason.
#pragma once

#include "httpconnection.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

class LoadStats;

class IdlePhone : public QObject
{
    Q_OBJECT

public:
    IdlePhone(const QUrl &server, const QHostAddress &source, QByteArray token, QString cursor,
        int waitSeconds, QObject *parent = nullptr);

    // Where answers are counted from now on.
    void setStats(LoadStats *stats) { m_stats = stats; }
    // Told of every answer (true: 200).
    void setObserver(std::function<void(bool)> observer) { m_observer = std::move(observer); }
    // Opens the live pull (and reopens it after each answer) until stop().
    void start();
    void stop();
    // True once its request went out on a connected socket (held from then on, unless answered).
    [[nodiscard]] bool sent() const { return m_http.requestSent(); }
    [[nodiscard]] qint64 answers() const { return m_answers; }

private:
    void open();

    HttpConnection m_http;
    QByteArray m_token;
    QString m_cursor;
    int m_waitSeconds;
    LoadStats *m_stats = nullptr;
    std::function<void(bool)> m_observer;
    bool m_running = false;
    qint64 m_answers = 0;
};
