#include "testhttp.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>
#include <zlib.h>

using namespace Qt::StringLiterals;

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpAnswer::errorCode() const
{
    return json.value(u"error"_s).toObject().value(u"code"_s).toString();
}

TestHttp::TestHttp(QUrl base)
    : m_base(std::move(base))
{ }

HttpAnswer TestHttp::get(const QString &path)
{
    return send("GET", path);
}

HttpAnswer TestHttp::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
        { { "Content-Type", "application/json" } });
}

HttpAnswer TestHttp::send(const QByteArray &method, const QString &path, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return finish(m_network.sendCustomRequest(request(path, headers), method, body));
}

HttpAnswer TestHttp::head(const QString &path)
{
    return finish(m_network.head(request(path, {})));
}

QNetworkRequest TestHttp::request(
    const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    QUrl url = m_base;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return request;
}

HttpAnswer TestHttp::finish(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(25000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        answer.headers << pair;
    reply->deleteLater();
    return answer;
}

HttpAnswer TestHttp::login(const QString &login, const QString &password, const QString &deviceId)
{
    const QString device
        = deviceId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : deviceId;
    HttpAnswer answer = post(u"/v1/auth/login"_s,
        QJsonObject { { u"login"_s, login }, { u"password"_s, password },
            { u"device"_s,
                QJsonObject { { u"id"_s, device }, { u"name"_s, u"Test"_s },
                    { u"platform"_s, u"test"_s } } } });
    if (answer.status == 200)
        m_token = answer.json.value(u"access_token"_s).toString();
    return answer;
}

QByteArray gunzip(const QByteArray &gzip)
{
    z_stream stream {};
    if (inflateInit2(&stream, 15 + 16) != Z_OK) // gzip only
        return {};
    QByteArray out;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gzip.constData()));
    stream.avail_in = uInt(gzip.size());
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
        stream.avail_out = uInt(chunk.size());
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(chunk.constData(), chunk.size() - qsizetype(stream.avail_out));
    }
    inflateEnd(&stream);
    return result == Z_STREAM_END && stream.avail_in == 0 ? out : QByteArray();
}
