// A small blocking JSON client for integration tests: one request, a bounded wait, the
// status and the parsed body.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
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

// The bytes of a gzip member; empty when `gzip` is not one whole gzip member.
[[nodiscard]] QByteArray gunzip(const QByteArray &gzip);

class TestHttp
{
public:
    explicit TestHttp(QUrl base);
    void setToken(const QString &token) { m_token = token; }

    HttpAnswer get(const QString &path);
    HttpAnswer post(const QString &path, const QJsonObject &body);
    HttpAnswer send(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // A real HEAD (a custom "HEAD" through send() would wait for the announced body).
    HttpAnswer head(const QString &path);

    // Logs in with a fresh device id; returns the login answer and keeps its access token.
    HttpAnswer login(const QString &login, const QString &password, const QString &deviceId = {});

private:
    [[nodiscard]] QNetworkRequest request(
        const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers) const;
    // Waits (bounded) for `reply` to finish and reads it.
    [[nodiscard]] static HttpAnswer finish(QNetworkReply *reply);

    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_network;
};
