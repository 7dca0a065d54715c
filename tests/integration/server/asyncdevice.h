// A signed-in device for the concurrency tests: sends requests to any of several server
// processes without waiting, so that many can be under way at once.
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

class QNetworkReply;

// What a finished reply brought: the HTTP status (0 without one) and the JSON body.
struct AsyncReply
{
    int status = 0;
    QJsonObject json;
};

struct AsyncDevice
{
    QString login;
    QString id; // the device id it signed in with
    QString token; // its access token
    QNetworkAccessManager network; // its own connections
    qint64 nextMutation = 1;

    // GET `pathAndQuery` on `server`, or POST `body` when there is one.
    QNetworkReply *send(
        const QUrl &server, const QString &pathAndQuery, const QJsonObject &body = {});
    // A push body with one mutation of this device, using the next mutation id.
    [[nodiscard]] QJsonObject push(const QString &name, const QJsonObject &args);
    // The status and body of a finished reply (which is then deleted later).
    [[nodiscard]] static AsyncReply take(QNetworkReply *reply);
    // Waits, at most `timeoutMs`, for the reply to finish; then take()s it.
    [[nodiscard]] static AsyncReply wait(QNetworkReply *reply, int timeoutMs = 30000);
};
