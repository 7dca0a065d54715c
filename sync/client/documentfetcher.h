// What a restricted document keeps off the device (DESIGN.md section 5): its body and
// attachments, fetched on demand with the signed-in session (GET /v1/documents/<id>, then
// GET /v1/blobs/<sha256>) and handed over in memory only. Nothing here writes to disk.
#pragma once

#include "apierror.h"
#include "apiresult.h"
#include "httpresponse.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

class AuthSession;

class DocumentFetcher : public QObject
{
    Q_OBJECT
    // False after a fetch could not reach the server (true again after one that did); the
    // app may also set it from its own view of the network. A fetch is tried either way.
    Q_PROPERTY(bool online READ isOnline WRITE setOnline NOTIFY onlineChanged)

public:
    using DocumentHandler = std::function<void(const ApiResult<QJsonObject> &)>;
    using BytesHandler = std::function<void(const ApiResult<QByteArray> &)>;

    // The largest attachment fetched into memory (the server's blob limit).
    static constexpr qint64 kMaxAttachmentBytes = 50LL * 1024 * 1024;
    // Client-side code of an attachment larger than kMaxAttachmentBytes.
    static constexpr QLatin1StringView TooLarge { "attachment_too_large" };

    // `auth` is not owned and must outlive the fetcher (or be destroyed with it).
    explicit DocumentFetcher(AuthSession *auth, QObject *parent = nullptr);

    [[nodiscard]] bool isOnline() const { return m_online; }
    void setOnline(bool online);

    // The full document ({"id", ..., "body", "attachments"}), restricted ones included.
    // `done` runs once, later, unless `context` is destroyed first.
    void fetchDocument(const QString &id, QObject *context, DocumentHandler done);
    // An attachment's bytes, whole, checked against `sha256`; `size` as the document says.
    void fetchAttachment(const QString &sha256, qint64 size, QObject *context, BytesHandler done);

    // The Vietnamese text the reader shows for a failed fetch (offline, signed out,
    // not visible, ...): plain words, never the server's technical message.
    [[nodiscard]] static QString messageFor(const ApiError &error);

Q_SIGNALS:
    void onlineChanged();

private:
    // Notes whether the server was reached; returns the error of the answer (null if 2xx).
    ApiError noteAnswer(const HttpResponse &response);

    QPointer<AuthSession> m_auth;
    bool m_online = true;
};
