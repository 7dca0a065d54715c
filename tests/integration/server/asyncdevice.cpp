#include "asyncdevice.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

QNetworkReply *AsyncDevice::send(
    const QUrl &server, const QString &pathAndQuery, const QJsonObject &body)
{
    QUrl url = server;
    const qsizetype question = pathAndQuery.indexOf(u'?');
    url.setPath(pathAndQuery.left(question));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (body.isEmpty())
        return network.get(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    return network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonObject AsyncDevice::push(const QString &name, const QJsonObject &args)
{
    const QJsonObject mutation { { u"id"_s, nextMutation++ }, { u"name"_s, name },
        { u"args"_s, args } };
    return { { u"device_id"_s, id }, { u"mutations"_s, QJsonArray { mutation } } };
}

AsyncReply AsyncDevice::take(QNetworkReply *reply)
{
    reply->deleteLater();
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        QJsonDocument::fromJson(reply->readAll()).object() };
}

AsyncReply AsyncDevice::wait(QNetworkReply *reply, int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished())
        reply->abort();
    return take(reply);
}
