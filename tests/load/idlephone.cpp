#include "idlephone.h"

#include "loadstats.h"
#include "pullquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

IdlePhone::IdlePhone(const QUrl &server, const QHostAddress &source, QByteArray token,
    QString cursor, int waitSeconds, QObject *parent)
    : QObject(parent)
    , m_http(server.host(), quint16(server.port()))
    , m_token(std::move(token))
    , m_cursor(std::move(cursor))
    , m_waitSeconds(waitSeconds)
{
    m_http.setLocalAddress(source);
    // As the app: the transport gives a live pull its wait plus 15 s.
    m_http.setTimeout((waitSeconds + 15) * 1000);
}

void IdlePhone::start()
{
    m_running = true;
    open();
}

void IdlePhone::stop()
{
    m_running = false;
    m_http.cancel();
}

void IdlePhone::open()
{
    if (!m_running)
        return;
    using namespace Protocol::PullQuery;
    QByteArray target = "/v1/sync/pull?" + QByteArray(Limit.data(), Limit.size()) + "=500&"
        + QByteArray(Wait.data(), Wait.size()) + '=' + QByteArray::number(m_waitSeconds);
    if (!m_cursor.isEmpty())
        target += '&' + QByteArray(Cursor.data(), Cursor.size()) + '='
            + QUrl::toPercentEncoding(m_cursor);
    m_http.send("GET", target, m_token, {}, [this](HttpConnection::Response &&response) {
        ++m_answers;
        if (m_observer)
            m_observer(response.status == 200);
        if (response.status == 200) {
            const QJsonObject page = QJsonDocument::fromJson(response.body).object();
            const bool changes = !page.value(u"changes"_s).toArray().isEmpty();
            m_cursor = page.value(u"cursor"_s).toString(m_cursor);
            if (m_stats)
                m_stats->success(
                    changes ? u"idle live pull: with changes"_s : u"idle live pull: empty"_s,
                    response.micros);
            QTimer::singleShot(0, this, &IdlePhone::open);
            return;
        }
        if (m_stats)
            m_stats->failure(u"idle live pull: error"_s,
                response.status ? u"HTTP %1"_s.arg(response.status) : response.error);
        // A phone backs off before it tries again (the app falls back to polling).
        QTimer::singleShot(5000, this, &IdlePhone::open);
    });
}
