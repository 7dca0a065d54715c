// Routes for blobs (DESIGN.md section 5, Blobs): PUT /v1/blobs/<sha256> (whole or in
// Content-Range chunks, hash-checked; another user's unfinished upload is refused with 409),
// HEAD (size when complete, else 404 with Upload-Offset for the uploader only) and GET; HEAD
// and GET answer 200 only to users who hold the blob or can see a document referencing it,
// anyone else the 404 of an absent blob (Range, ETag).
#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QString>

class ApiServer;
class ServerDatabase;
struct AuthenticatedUser;
struct ServerLimits;

class BlobApi
{
public:
    explicit BlobApi(ServerDatabase &database);
    // Adds this area's routes to the server.
    void registerRoutes(ApiServer &server);

    // Whether `text` names a blob: 64 lower-case hex digits.
    [[nodiscard]] static bool isSha256(const QString &text);

private:
    void answer(
        const QString &sha256, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    [[nodiscard]] QHttpServerResponse put(
        const QString &sha256, const QHttpServerRequest &request, const AuthenticatedUser &user);
    void head(
        const QString &sha256, const AuthenticatedUser &user, QHttpServerResponder &responder);
    void get(const QString &sha256, const QHttpServerRequest &request,
        const AuthenticatedUser &user, QHttpServerResponder &&responder);
    // Notes a refused request in the audit log (best effort).
    void auditDenied(const AuthenticatedUser &user, const QHttpServerRequest &request,
        const QString &action, const QString &sha256);

    ServerDatabase &m_database;
    const ServerLimits *m_limits = nullptr;
};
