#include "blobfixture.h"

#include "databaseprobe.h"
#include "protocol.h"
#include "testbytes.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// A NULL that QPSQL can type.
QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

const QString now = u"2025-07-10T08:00:00.000Z"_s;

QString blobPath(const QString &sha256)
{
    return QString(Protocol::Path::BlobsPrefix) + sha256;
}

} // namespace

BlobFixture::BlobFixture()
    : m_connectionName(u"blobfixture-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

BlobFixture::~BlobFixture()
{
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool BlobFixture::start(QString *error, const QStringList &serveArguments)
{
    if (m_server.databaseArgument().isEmpty())
        return m_server.start(error); // fails, saying why there is no database
    const auto init = ServerProcess::run({ u"init"_s, u"--db"_s, m_server.databaseArgument() });
    if (init.exitCode != 0) {
        *error = u"init failed: "_s + QString::fromUtf8(init.standardError);
        return false;
    }
    m_db = m_server.openDatabase(m_connectionName, error);
    return m_db.isValid() && populate(error) && m_server.start(error, serveArguments);
}

bool BlobFixture::populate(QString *error)
{
    using namespace FixtureIds;
    bool ok = exec(u"INSERT INTO organizations (id, parent_id, name, kind, created_at) "
                   "VALUES (?, ?, ?, 'province', ?)"_s,
        { province, nullText(), u"Tỉnh ủy"_s, now });
    for (const QString &cell : { cellA, cellB }) {
        ok = ok
            && exec(u"INSERT INTO organizations (id, parent_id, name, kind, created_at) "
                    "VALUES (?, ?, ?, 'cell', ?)"_s,
                { cell, province, u"Chi bộ "_s + cell, now })
            && exec(u"INSERT INTO org_closure (ancestor_id, descendant_id, depth) "
                    "VALUES (?, ?, 1)"_s,
                { province, cell });
    }
    for (const QString &org : { province, cellA, cellB })
        ok = ok
            && exec(u"INSERT INTO org_closure (ancestor_id, descendant_id, depth) "
                    "VALUES (?, ?, 0)"_s,
                { org, org });
    const QList<QStringList> members { { u"m-sec-a"_s, cellA, u"Nguyễn Văn An"_s },
        { u"m-mem-a"_s, cellA, u"Trần Thị Bình"_s }, { u"m-mem-b"_s, cellB, u"Lê Văn Cường"_s } };
    for (const QStringList &m : members)
        ok = ok
            && exec(u"INSERT INTO members (id, org_id, full_name, updated_at) "
                    "VALUES (?, ?, ?, ?)"_s,
                { m[0], m[1], m[2], now });
    if (!ok) {
        *error = u"cannot write the fixture's organisations and members"_s;
        return false;
    }
    const QList<QStringList> users { { secretaryA, u"secretary"_s, cellA, u"m-sec-a"_s },
        { memberA, u"member"_s, cellA, u"m-mem-a"_s },
        { memberB, u"member"_s, cellB, u"m-mem-b"_s },
        { committee, u"committee"_s, province, {} } };
    for (const QStringList &u : users) {
        QStringList arguments { u"user"_s, u"create"_s, u"--db"_s, m_server.databaseArgument(),
            u"--login"_s, u[0], u"--password"_s, password, u"--role"_s, u[1], u"--org"_s, u[2] };
        if (!u[3].isEmpty())
            arguments << u"--member"_s << u[3];
        const auto created = ServerProcess::run(arguments);
        if (created.exitCode != 0) {
            *error = u"user create %1 failed: %2"_s.arg(
                u[0], QString::fromUtf8(created.standardError));
            return false;
        }
    }
    return true;
}

QString BlobFixture::signIn(const QString &login)
{
    TestHttp http(baseUrl());
    const HttpAnswer answer = http.login(login, FixtureIds::password);
    const QString token = answer.json.value(u"access_token"_s).toString();
    if (token.isEmpty())
        qWarning("cannot sign in as %s: %d %s", qPrintable(login), answer.status,
            answer.body.constData());
    return token;
}

bool BlobFixture::addDocument(const QString &id, const QString &audienceOrg, const QString &sha256,
    qint64 size, const QString &mime, const QString &classification)
{
    return exec(u"INSERT INTO documents (id, org_id, audience_org_id, kind, title, "
                "classification, published_at) VALUES (?, ?, ?, 'plan', ?, ?, ?)"_s,
               { id, audienceOrg, audienceOrg, u"Kế hoạch "_s + id, classification, now })
        && exec(u"INSERT INTO document_attachments (document_id, position, sha256, size, mime, "
                "name) VALUES (?, 0, ?, ?, ?, ?)"_s,
            { id, sha256, size, mime, id + u".pdf"_s });
}

HttpAnswer BlobFixture::put(
    const QString &token, const QString &sha256, const QByteArray &bytes, const QByteArray &range)
{
    TestHttp http(baseUrl());
    http.setToken(token);
    QList<QPair<QByteArray, QByteArray>> headers { { "Content-Type", "application/octet-stream" } };
    if (!range.isEmpty())
        headers.append({ "Content-Range", range });
    return http.send("PUT", blobPath(sha256), bytes, headers);
}

HttpAnswer BlobFixture::get(const QString &token, const QString &sha256,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    TestHttp http(baseUrl());
    http.setToken(token);
    return http.send("GET", blobPath(sha256), {}, headers);
}

HttpAnswer BlobFixture::head(const QString &token, const QString &sha256)
{
    TestHttp http(baseUrl());
    http.setToken(token);
    return http.head(blobPath(sha256));
}

QByteArray BlobFixture::contentRange(qint64 first, qint64 last, qint64 total)
{
    return "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
        + QByteArray::number(total);
}

bool BlobFixture::exec(const QString &sql, const QVariantList &binds)
{
    return DatabaseProbe(m_db).exec(sql, binds);
}

QVariant BlobFixture::scalar(const QString &sql, const QVariantList &binds)
{
    return DatabaseProbe(m_db).scalar(sql, binds);
}

QString BlobFixture::sha256(const QByteArray &bytes)
{
    return sha256Of(bytes);
}

QByteArray BlobFixture::sampleBytes(qint64 size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = quint32(seed) * 2654435761u;
    for (qint64 i = 0; i < size; ++i) {
        state = state * 1664525u + 1013904223u;
        bytes[i] = char(state >> 24);
    }
    return bytes;
}
