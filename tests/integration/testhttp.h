// A small blocking JSON client for integration tests: one request, a bounded wait, the
// status and the parsed body.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

struct HttpAnswer
{
    int status = 0; // 0 = no HTTP answer (connection failed or timed out)
    QJsonObject json;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] QString errorCode() const;
};

class TestHttp
{
public:
    explicit TestHttp(QUrl base);
    void setToken(const QString &token) { m_token = token; }

    HttpAnswer get(const QString &path);
    HttpAnswer post(const QString &path, const QJsonObject &body);
    HttpAnswer send(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {});

    // Logs in with a fresh device id; returns the login answer and keeps its access token.
    HttpAnswer login(const QString &login, const QString &password, const QString &deviceId = {});

private:
    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_network;
};
