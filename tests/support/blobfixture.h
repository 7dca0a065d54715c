// For the blob and malformed-input tests: a handbook-server on a fresh database (SQLite or
// PostgreSQL, see ServerProcess) holding a province with two cells, their members and
// accounts (made with `handbook-server user create`), and documents written straight into
// the database that reference blobs; plus helpers to sign in, upload and download.
#pragma once

#include "serverprocess.h"
#include "testhttp.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

// Who is who in the fixture's province.
namespace FixtureIds {
inline const QString province = QStringLiteral("province");
inline const QString cellA = QStringLiteral("cell-a");
inline const QString cellB = QStringLiteral("cell-b");
// Logins (all with FixtureIds::password).
inline const QString secretaryA = QStringLiteral("sec-a"); // secretary of cell A
inline const QString memberA = QStringLiteral("mem-a"); // member of cell A
inline const QString memberB = QStringLiteral("mem-b"); // member of cell B
inline const QString committee = QStringLiteral("committee"); // the province committee
inline const QString password = QStringLiteral("mat-khau-thu-1");
} // namespace FixtureIds

class BlobFixture
{
public:
    BlobFixture();
    ~BlobFixture();

    // init, the organisation tree, members and accounts, then serve with `serveArguments`
    // (e.g. --max-blob-bytes); false with *error.
    [[nodiscard]] bool start(QString *error, const QStringList &serveArguments = {});
    [[nodiscard]] QUrl baseUrl() const { return m_server.baseUrl(); }
    [[nodiscard]] ServerProcess &server() { return m_server; }

    // A client signed in as `login` (empty token, and a warning, if that failed).
    [[nodiscard]] QString signIn(const QString &login);
    // A published document for `audienceOrg` with one attachment (the blob's name, size and
    // MIME type as the document lists them).
    bool addDocument(const QString &id, const QString &audienceOrg, const QString &sha256,
        qint64 size, const QString &mime = QStringLiteral("application/pdf"),
        const QString &classification = QStringLiteral("internal"));
    // PUT /v1/blobs/<sha256> with `bytes` (and a Content-Range when `range` is given).
    [[nodiscard]] HttpAnswer put(const QString &token, const QString &sha256,
        const QByteArray &bytes, const QByteArray &range = {});
    // GET /v1/blobs/<sha256> with extra headers.
    [[nodiscard]] HttpAnswer get(const QString &token, const QString &sha256,
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // A real HEAD /v1/blobs/<sha256> (no body expected, whatever Content-Length says).
    [[nodiscard]] HttpAnswer head(const QString &token, const QString &sha256);
    // "bytes <first>-<last>/<total>".
    [[nodiscard]] static QByteArray contentRange(qint64 first, qint64 last, qint64 total);

    // Runs a statement on the server's database.
    bool exec(const QString &sql, const QVariantList &binds = {});
    // First column of the first row (invalid when no row).
    [[nodiscard]] QVariant scalar(const QString &sql, const QVariantList &binds = {});

    // Lower-case hex SHA-256.
    [[nodiscard]] static QString sha256(const QByteArray &bytes);
    // `size` bytes that are not all alike (so a misplaced chunk changes the hash).
    [[nodiscard]] static QByteArray sampleBytes(qint64 size, char seed = 'a');

private:
    [[nodiscard]] bool populate(QString *error);

    ServerProcess m_server;
    QSqlDatabase m_db;
    QString m_connectionName;
};
