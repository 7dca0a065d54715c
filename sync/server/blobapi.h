// Routes for blobs (DESIGN.md section 5, Blobs): PUT /v1/blobs/<sha256> (whole or in
// Content-Range chunks, hash-checked), HEAD (size when complete, else 404 with Upload-Offset)
// and GET (only for users who can see a document referencing the blob; Range, ETag).
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
