#include "simulatedclient.h"

#include "loadstats.h"
#include "pullquery.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject parse(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// One clock for every client, to time a push against the live pull that brings it back.
qint64 nowNs()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.nsecsElapsed();
}

QByteArray latin1(QLatin1StringView text)
{
    return QByteArray(text.data(), text.size());
}

} // namespace

SimulatedClient::SimulatedClient(
    int index, Account account, const QUrl &server, Settings settings, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_account(std::move(account))
    , m_settings(settings)
    , m_http(server.host(), quint16(server.port()))
    , m_live(server.host(), quint16(server.port()))
    , m_random(quint32(20260000 + index))
{
    setSettings(m_settings);
    m_deviceId = u"load-%1-%2"_s.arg(index, 4, 10, QChar(u'0')).arg(newId().left(8));
}

bool SimulatedClient::fail(const QString &kind, const HttpConnection::Response &response)
{
    QString reason = response.error;
    if (response.status != 0) {
        const QString code
            = parse(response.body).value(u"error"_s).toObject().value(u"code"_s).toString();
        reason = u"HTTP %1 %2"_s.arg(response.status).arg(code).trimmed();
    }
    m_stats->failure(kind, reason);
    return false;
}

void SimulatedClient::signIn(std::function<void(bool)> done)
{
    const QJsonObject body { { u"login"_s, m_account.login }, { u"password"_s, m_account.password },
        { u"device"_s,
            QJsonObject { { u"id"_s, m_deviceId }, { u"name"_s, u"Máy thử tải"_s },
                { u"platform"_s, u"load"_s } } } };
    m_http.send("POST", "/v1/auth/login", {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
        [this, done](HttpConnection::Response &&response) {
            if (response.status != 200)
                return done(fail(u"login"_s, response));
            m_token = parse(response.body).value(u"access_token"_s).toString().toLatin1();
            if (m_token.isEmpty()) {
                m_anomalies << u"login answered without an access token"_s;
                return done(fail(u"login"_s, { 0, {}, u"no access token"_s, response.micros }));
            }
            m_stats->success(u"login"_s, response.micros);
            done(true);
        });
}

void SimulatedClient::pullPage(const QString &kind, std::function<void(bool, bool)> done)
{
    using namespace Protocol::PullQuery;
    QByteArray target = "/v1/sync/pull?" + latin1(Limit) + "=500";
    if (!m_cursor.isEmpty())
        target += '&' + latin1(Cursor) + '=' + QUrl::toPercentEncoding(m_cursor);
    m_http.send(
        "GET", target, m_token, {}, [this, kind, done](HttpConnection::Response &&response) {
            if (response.status != 200)
                return done(fail(kind, response), false);
            const QJsonObject page = parse(response.body);
            if (!page.value(u"changes"_s).isArray() || !page.value(u"cursor"_s).isString()) {
                m_anomalies << u"a pull page without changes or cursor"_s;
                return done(fail(kind, { 0, {}, u"not a pull page"_s, response.micros }), false);
            }
            m_stats->success(kind, response.micros);
            m_bytesPulled += response.body.size();
            takeChanges(page);
            m_cursor = page.value(u"cursor"_s).toString();
            done(true, page.value(u"has_more"_s).toBool());
        });
}

void SimulatedClient::takeChanges(const QJsonObject &page)
{
    for (const QJsonValue &change : page.value(u"changes"_s).toArray()) {
        ++m_changes;
        if (change[u"type"_s].toString() != u"document"_s)
            continue;
        const QString id = change[u"id"_s].toString();
        if (change[u"op"_s].toString() == u"put") {
            if (!m_documents.contains(id)) {
                m_documents.insert(id);
                m_documentList << id;
            }
        } else if (m_documents.remove(id)) {
            m_documentList.removeAll(id);
        }
    }
}

void SimulatedClient::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_http.setTimeout(m_settings.timeoutMs);
    // As the app: the transport gives a live pull its wait plus 15 s.
    m_live.setTimeout((m_settings.liveWaitSeconds + 15) * 1000);
}

void SimulatedClient::openLive()
{
    if (!m_liveRunning)
        return;
    using namespace Protocol::PullQuery;
    QByteArray target = "/v1/sync/pull?" + latin1(Limit) + "=500&" + latin1(Wait) + '='
        + QByteArray::number(m_settings.liveWaitSeconds);
    if (!m_liveCursor.isEmpty())
        target += '&' + latin1(Cursor) + '=' + QUrl::toPercentEncoding(m_liveCursor);
    m_live.send("GET", target, m_token, {}, [this](HttpConnection::Response &&response) {
        if (response.status != 200) {
            fail(u"live pull"_s, response);
            // A phone backs off before it tries again.
            QTimer::singleShot(1000, this, &SimulatedClient::openLive);
            return;
        }
        const QJsonObject page = parse(response.body);
        if (!page.value(u"changes"_s).isArray() || !page.value(u"cursor"_s).isString()) {
            m_anomalies << u"a live pull page without changes or cursor"_s;
            fail(u"live pull"_s, { 0, {}, u"not a pull page"_s, response.micros });
            QTimer::singleShot(1000, this, &SimulatedClient::openLive);
            return;
        }
        m_stats->success(u"live pull"_s, response.micros);
        if (!page.value(u"changes"_s).toArray().isEmpty() && m_pushSentNs > 0) {
            // This client's own change (a note, a receipt) came back on the held pull.
            m_stats->success(u"push to live pull"_s, (nowNs() - m_pushSentNs) / 1000);
            m_pushSentNs = 0;
        }
        takeChanges(page);
        m_liveCursor = page.value(u"cursor"_s).toString();
        QTimer::singleShot(0, this, &SimulatedClient::openLive);
    });
}

void SimulatedClient::stopLive()
{
    m_liveRunning = false;
    m_live.cancel();
    m_pushSentNs = 0;
}

void SimulatedClient::pullAll(std::function<void(bool)> done)
{
    pullPage(u"first pull"_s, [this, done](bool ok, bool more) {
        if (ok && more)
            return pullAll(done);
        done(ok);
    });
}

void SimulatedClient::run(
    QDeadlineTimer steadyEnd, QDeadlineTimer drainEnd, std::function<void()> done)
{
    m_steadyEnd = steadyEnd;
    m_drainEnd = drainEnd;
    m_runDone = std::move(done);
    if (m_settings.liveWaitSeconds > 0) {
        m_liveRunning = true;
        m_liveCursor = m_cursor;
        openLive();
    }
    // With pauses, the phones start spread over one pause (not all in the same instant).
    const int pause
        = m_settings.thinkMs > 0 ? int(m_random.bounded(2 * m_settings.thinkMs + 1)) : 0;
    // Precise: Qt's default for a pause of 2 s or more is a coarse timer, which wakes on
    // whole seconds (20 s or more) or other round instants, so the phones acted in bursts at
    // those instants instead of at the uniformly drawn times.
    QTimer::singleShot(pause, Qt::PreciseTimer, this, &SimulatedClient::cycle);
}

void SimulatedClient::cycle()
{
    if (m_steadyEnd.hasExpired())
        return drain();
    if (m_pending.isEmpty())
        makeBatch();
    push(u"push"_s, [this](bool) {
        pullToEnd([this] {
            // A pause that would outlast the steady state ends with it (the drain follows).
            const int pause = m_settings.thinkMs > 0
                ? int(std::min<qint64>(
                    m_random.bounded(2 * m_settings.thinkMs + 1), m_steadyEnd.remainingTime()))
                : 0;
            QTimer::singleShot(pause, Qt::PreciseTimer, this, &SimulatedClient::cycle);
        });
    });
}

void SimulatedClient::pullToEnd(std::function<void()> done)
{
    pullPage(u"pull"_s, [this, done](bool ok, bool more) {
        if (ok && more && !m_steadyEnd.hasExpired())
            return pullToEnd(done);
        done();
    });
}

void SimulatedClient::drain()
{
    if (m_pending.isEmpty() || m_drainEnd.hasExpired()) {
        stopLive();
        if (m_runDone)
            std::exchange(m_runDone, nullptr)();
        return;
    }
    push(u"drain push"_s,
        [this](bool ok) { QTimer::singleShot(ok ? 0 : 500, this, &SimulatedClient::drain); });
}

void SimulatedClient::makeBatch()
{
    const int size = 1 + int(m_random.bounded(m_settings.batchMax));
    for (int i = 0; i < size; ++i) {
        Mutation mutation = makeMutation();
        m_sent << mutation;
        m_pending << mutation;
    }
}

SimulatedClient::Mutation SimulatedClient::makeMutation()
{
    Mutation mutation;
    mutation.id = m_nextId++;
    const int dice = int(m_random.bounded(100));
    // Half notes, a fifth feedback, the rest read receipts (notes once every document is read).
    QString unread;
    if (dice >= 70) {
        for (int tries = 0; tries < 8 && unread.isEmpty() && !m_documentList.isEmpty(); ++tries) {
            const QString candidate
                = m_documentList.at(int(m_random.bounded(int(m_documentList.size()))));
            if (!m_read.contains(candidate))
                unread = candidate;
        }
    }
    if (!unread.isEmpty()) {
        mutation.name = u"document.read"_s;
        mutation.documentId = unread;
        m_read.insert(unread);
    } else if (dice >= 50 || m_documentList.isEmpty()) {
        mutation.name = u"feedback.post"_s;
        mutation.rowId = newId();
        mutation.text = u"Góp ý thử tải %1 số %2"_s.arg(m_account.login).arg(mutation.id);
    } else {
        mutation.name = u"note.put"_s;
        mutation.rowId = newId();
        mutation.documentId = m_documentList.at(int(m_random.bounded(int(m_documentList.size()))));
        mutation.text = u"Ghi chú thử tải %1 số %2"_s.arg(m_account.login).arg(mutation.id);
    }
    return mutation;
}

void SimulatedClient::push(const QString &kind, std::function<void(bool)> done)
{
    QJsonArray mutations;
    for (const Mutation &mutation : std::as_const(m_pending)) {
        QJsonObject args;
        if (mutation.name == u"document.read") {
            args = { { u"document_id"_s, mutation.documentId } };
        } else if (mutation.name == u"note.put") {
            args = { { u"id"_s, mutation.rowId }, { u"document_id"_s, mutation.documentId },
                { u"text"_s, mutation.text } };
        } else {
            args = { { u"id"_s, mutation.rowId }, { u"text"_s, mutation.text } };
        }
        mutations.append(QJsonObject {
            { u"id"_s, mutation.id }, { u"name"_s, mutation.name }, { u"args"_s, args } });
    }
    const QJsonObject body { { u"device_id"_s, m_deviceId }, { u"mutations"_s, mutations } };
    if (m_liveRunning && m_pushSentNs == 0)
        m_pushSentNs = nowNs();
    m_http.send("POST", "/v1/sync/push", m_token,
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        [this, kind, done](HttpConnection::Response &&response) {
            if (response.status != 200)
                return done(fail(kind, response));
            const QJsonObject answer = parse(response.body);
            const QJsonArray results = answer.value(u"results"_s).toArray();
            const qint64 last = answer.value(u"last_mutation_id"_s).toInteger(-1);
            if (results.size() != m_pending.size() || last < m_pending.last().id) {
                m_anomalies << u"push answer does not acknowledge the batch (%1 results, last %2)"_s
                                   .arg(results.size())
                                   .arg(last);
                return done(fail(kind, { 0, {}, u"bad push answer"_s, response.micros }));
            }
            for (qsizetype i = 0; i < results.size(); ++i) {
                const QJsonObject result = results.at(i).toObject();
                const qint64 id = result.value(u"id"_s).toInteger();
                if (id != m_pending.at(i).id)
                    m_anomalies << u"push result %1 answers mutation %2"_s.arg(i).arg(id);
                m_acks.insert(id, result.value(u"status"_s).toString());
            }
            m_pending.clear();
            m_stats->success(kind, response.micros);
            done(true);
        });
}
