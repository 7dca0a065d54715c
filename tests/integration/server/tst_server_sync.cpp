// Pull and push against the real server with the demo province: each user sees exactly
// what DESIGN.md section 5 allows, pushes apply exactly once, scope changes reset.
#include "db/databasespec.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "serverprocess.h"
#include "sync/changefeed.h"
#include "testhttp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Account
{
    QString login, password, role, memberId, orgId;
};

// Every change of a full pull, by type and id (the last op wins).
struct Replica
{
    QHash<QString, QHash<QString, QJsonObject>> rows; // type -> id -> data
    QString cursor;
    int pages = 0;
    bool sawReset = false;
    QStringList deletes; // "type/id"

    [[nodiscard]] int count(const QString &type) const { return int(rows.value(type).size()); }
};

} // namespace

class TestServerSync : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    std::unique_ptr<ServerDatabase> m_db;
    QList<Account> m_accounts;

    Account account(const QString &role, int index = 0) const
    {
        int seen = 0;
        for (const Account &a : m_accounts) {
            if (a.role == role && seen++ == index)
                return a;
        }
        return {};
    }

    // A member of `cellOf`'s cell (sameCell) or of another cell.
    Account member(bool sameCellAsSecretary) const
    {
        const Account secretary = account(u"secretary"_s);
        for (const Account &a : m_accounts) {
            if (a.role == u"member" && (a.orgId == secretary.orgId) == sameCellAsSecretary)
                return a;
        }
        return {};
    }

    QSqlDatabase db() const { return m_db->connection(); }

    static Replica pullAll(TestHttp &http, const QString &cursor = {}, int limit = 17)
    {
        Replica replica;
        replica.cursor = cursor;
        for (int guard = 0; guard < 500; ++guard) {
            QString path = u"/v1/sync/pull?limit=%1"_s.arg(limit);
            if (!replica.cursor.isEmpty())
                path += u"&cursor="_s + replica.cursor;
            const HttpAnswer answer = http.get(path);
            if (answer.status != 200)
                qFatal("pull failed: %d %s", answer.status, answer.body.constData());
            ++replica.pages;
            if (answer.json.value(u"reset"_s).toBool()) {
                replica.sawReset = true;
                replica.rows.clear();
            }
            for (const QJsonValue &value : answer.json.value(u"changes"_s).toArray()) {
                const QJsonObject change = value.toObject();
                const QString type = change.value(u"type"_s).toString();
                const QString id = change.value(u"id"_s).toString();
                if (change.value(u"op"_s).toString() == u"delete") {
                    replica.rows[type].remove(id);
                    replica.deletes << type + u'/' + id;
                } else {
                    replica.rows[type].insert(id, change.value(u"data"_s).toObject());
                }
            }
            replica.cursor = answer.json.value(u"cursor"_s).toString();
            if (!answer.json.value(u"has_more"_s).toBool())
                return replica;
        }
        qFatal("pull did not end");
    }

    int countSql(const QString &sql, const QVariantList &binds) const
    {
        try {
            return scalarSql(db(), sql, binds).toInt();
        } catch (const DbError &error) {
            qFatal("query failed: %s", error.what());
        }
    }

    QJsonObject pushOne(TestHttp &http, const QString &deviceId, qint64 id, const QString &name,
        const QJsonObject &args)
    {
        const HttpAnswer answer = http.post(u"/v1/sync/push"_s,
            QJsonObject { { u"device_id"_s, deviceId },
                { u"mutations"_s,
                    QJsonArray { QJsonObject {
                        { u"id"_s, id }, { u"name"_s, name }, { u"args"_s, args } } } } });
        if (answer.status != 200)
            qWarning("push answered %d %s", answer.status, answer.body.constData());
        return answer.json;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const QString accountsFile = m_server.directory() + u"/accounts.json"_s;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        const auto demo
            = ServerProcess::run(QStringList { u"demo"_s, u"--db"_s, m_server.databaseArgument(),
                                     u"--accounts"_s, accountsFile }
                    + ServerProcess::demoHistoryArguments(),
                120000);
        QVERIFY2(demo.finished && demo.exitCode == 0, demo.standardError.constData());
        QFile file(accountsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array()) {
            const QJsonObject o = value.toObject();
            m_accounts << Account { o.value(u"login"_s).toString(),
                o.value(u"password"_s).toString(), o.value(u"role"_s).toString(),
                o.value(u"member_id"_s).toString(), o.value(u"org_id"_s).toString() };
        }
        const auto spec = DatabaseSpec::parse(m_server.databaseArgument(), &error);
        QVERIFY2(spec, qPrintable(error));
        m_db = std::make_unique<ServerDatabase>(*spec);
        QVERIFY2(m_db->open(&error), qPrintable(error));
        QVERIFY(!member(true).login.isEmpty());
        QVERIFY(!member(false).login.isEmpty());
    }

    void memberSeesExactlyTheirScope()
    {
        const Account me = member(true);
        TestHttp http(m_server.baseUrl());
        QCOMPARE(http.login(me.login, me.password).status, 200);
        const Replica replica = pullAll(http);
        QVERIFY(replica.pages > 1); // the test pages through

        // Organisations: exactly the cell and its ancestors.
        const int ancestry
            = countSql(u"SELECT count(*) FROM org_closure WHERE descendant_id = ?"_s, { me.orgId });
        QCOMPARE(replica.count(u"organization"_s), ancestry);
        // Documents: audience is the cell or an ancestor.
        QCOMPARE(replica.count(u"document"_s),
            countSql(
                u"SELECT count(*) FROM documents WHERE withdrawn_at IS NULL AND audience_org_id IN "
                "(SELECT ancestor_id FROM org_closure WHERE descendant_id = ?)"_s,
                { me.orgId }));
        QVERIFY(replica.count(u"document"_s) > 0);
        // Meetings: own cell only.
        QCOMPARE(replica.count(u"meeting"_s),
            countSql(u"SELECT count(*) FROM meetings WHERE org_id = ?"_s, { me.orgId }));
        for (const QJsonObject &meeting : replica.rows.value(u"meeting"_s))
            QCOMPARE(meeting.value(u"org_id"_s).toString(), me.orgId);
        // Members: the cell's directory, own profile in full.
        QCOMPARE(replica.count(u"member"_s),
            countSql(u"SELECT count(*) FROM members WHERE org_id = ?"_s, { me.orgId }));
        for (const QJsonObject &other : replica.rows.value(u"member"_s)) {
            if (other.value(u"id"_s).toString() == me.memberId) {
                QVERIFY(other.contains(u"birth_date"_s));
                QVERIFY(other.contains(u"citizen_id"_s));
            } else {
                const QStringList keys = other.keys();
                QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
                    (QSet<QString> { u"id"_s, u"org_id"_s, u"full_name"_s, u"position"_s }));
            }
        }
        // Nobody else's attendance, receipts, requests or feedback.
        for (const QString &type : { u"attendance"_s, u"read_receipt"_s, u"profile_request"_s,
                 u"feedback"_s, u"note"_s }) {
            for (const QJsonObject &row : replica.rows.value(type)) {
                if (row.contains(u"member_id"_s))
                    QCOMPARE(row.value(u"member_id"_s).toString(), me.memberId);
            }
        }
        // Restricted documents come without body and attachments.
        for (const QJsonObject &document : replica.rows.value(u"document"_s)) {
            if (document.value(u"classification"_s).toString() == u"restricted") {
                QVERIFY(!document.contains(u"body"_s));
                QVERIFY(!document.contains(u"attachments"_s));
            }
        }
    }

    void otherCellSeesNoneOfTheseMeetings()
    {
        const Account other = member(false);
        TestHttp http(m_server.baseUrl());
        QCOMPARE(http.login(other.login, other.password).status, 200);
        const Replica replica = pullAll(http);
        const QString firstCell = member(true).orgId;
        for (const QJsonObject &meeting : replica.rows.value(u"meeting"_s))
            QVERIFY(meeting.value(u"org_id"_s).toString() != firstCell);
        for (const QJsonObject &person : replica.rows.value(u"member"_s))
            QVERIFY(person.value(u"org_id"_s).toString() != firstCell);
    }

    void secretarySeesFullProfilesOfTheCell()
    {
        const Account secretary = account(u"secretary"_s);
        TestHttp http(m_server.baseUrl());
        QCOMPARE(http.login(secretary.login, secretary.password).status, 200);
        const Replica replica = pullAll(http, {}, 500);
        QCOMPARE(replica.count(u"member"_s),
            countSql(u"SELECT count(*) FROM members WHERE org_id = ?"_s, { secretary.orgId }));
        for (const QJsonObject &person : replica.rows.value(u"member"_s))
            QVERIFY(person.contains(u"birth_date"_s));
    }

    void committeeSeesItsSubtree()
    {
        const Account committee = account(u"committee"_s);
        TestHttp http(m_server.baseUrl());
        QCOMPARE(http.login(committee.login, committee.password).status, 200);
        const Replica replica = pullAll(http, {}, 1000);
        QCOMPARE(replica.count(u"member"_s),
            countSql(u"SELECT count(*) FROM members WHERE org_id IN "
                     "(SELECT descendant_id FROM org_closure WHERE ancestor_id = ?)"_s,
                { committee.orgId }));
        QCOMPARE(replica.count(u"meeting"_s),
            countSql(u"SELECT count(*) FROM meetings WHERE org_id IN "
                     "(SELECT descendant_id FROM org_closure WHERE ancestor_id = ?)"_s,
                { committee.orgId }));
    }

    void pushIsAppliedExactlyOnce()
    {
        const Account me = member(true);
        TestHttp http(m_server.baseUrl());
        const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(http.login(me.login, me.password, device).status, 200);
        const Replica replica = pullAll(http);
        const QString documentId = replica.rows.value(u"document"_s).keys().first();
        const QString noteId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject noteArgs { { u"id"_s, noteId }, { u"document_id"_s, documentId },
            { u"text"_s, u"Ghi chú thử"_s } };

        for (int attempt = 0; attempt < 3; ++attempt) {
            const QJsonObject answer = pushOne(http, device, 5, u"note.put"_s, noteArgs);
            QCOMPARE(answer.value(u"last_mutation_id"_s).toInteger(), 5);
            QCOMPARE(answer.value(u"results"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"status"_s)
                         .toString(),
                u"applied"_s);
        }
        const QJsonObject read
            = pushOne(http, device, 6, u"document.read"_s, { { u"document_id"_s, documentId } });
        QCOMPARE(read.value(u"last_mutation_id"_s).toInteger(), 6);
        QCOMPARE(countSql(u"SELECT count(*) FROM notes WHERE id = ?"_s, { noteId }), 1);
        QCOMPARE(
            countSql(
                u"SELECT count(*) FROM read_receipts WHERE document_id = ? AND member_id = ?"_s,
                { documentId, me.memberId }),
            1);
        // An old id sent again with other content changes nothing.
        pushOne(http, device, 5, u"note.put"_s,
            QJsonObject {
                { u"id"_s, noteId }, { u"document_id"_s, documentId }, { u"text"_s, u"khác"_s } });
        QCOMPARE(scalarSql(db(), u"SELECT text FROM notes WHERE id = ?"_s, { noteId }).toString(),
            u"Ghi chú thử"_s);

        // The change reaches the next incremental pull.
        const Replica after = pullAll(http, replica.cursor);
        QVERIFY(after.rows.value(u"note"_s).contains(noteId));
        QVERIFY(after.rows.value(u"read_receipt"_s).contains(documentId + u':' + me.memberId));
        QCOMPARE(after.count(u"member"_s), 0);
    }

    void rejectionIsConsumedAndRepeated()
    {
        const Account me = member(true);
        const Account other = member(false);
        const QString foreignMeeting = scalarSql(
            db(), u"SELECT id FROM meetings WHERE org_id = ? LIMIT 1"_s, { other.orgId })
                                           .toString();
        QVERIFY(!foreignMeeting.isEmpty());
        TestHttp http(m_server.baseUrl());
        const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(http.login(me.login, me.password, device).status, 200);
        QJsonObject answer = pushOne(http, device, 1, u"meeting.rsvp"_s,
            { { u"meeting_id"_s, foreignMeeting }, { u"status"_s, u"attending"_s } });
        QJsonObject result = answer.value(u"results"_s).toArray().first().toObject();
        QCOMPARE(result.value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(result.value(u"error"_s).toObject().value(u"code"_s).toString(), u"not_found"_s);
        QVERIFY(!result.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        QCOMPARE(answer.value(u"last_mutation_id"_s).toInteger(), 1);
        // Sent again: still the same rejection, nothing applied.
        answer = pushOne(http, device, 1, u"meeting.rsvp"_s,
            { { u"meeting_id"_s, foreignMeeting }, { u"status"_s, u"attending"_s } });
        QCOMPARE(
            answer.value(u"results"_s).toArray().first().toObject().value(u"status"_s).toString(),
            u"rejected"_s);
        QCOMPARE(
            countSql(u"SELECT count(*) FROM attendance WHERE meeting_id = ? AND member_id = ?"_s,
                { foreignMeeting, me.memberId }),
            0);
        // The queue is not blocked.
        answer = pushOne(http, device, 2, u"profile.update"_s,
            { { u"fields"_s, QJsonObject { { u"phone"_s, u"0912 345 678"_s } } },
                { u"base_version"_s, 1 } });
        QCOMPARE(
            answer.value(u"results"_s).toArray().first().toObject().value(u"status"_s).toString(),
            u"applied"_s);
        QCOMPARE(scalarSql(db(), u"SELECT phone FROM members WHERE id = ?"_s, { me.memberId })
                     .toString(),
            u"0912345678"_s);
        // Managed fields cannot be changed directly.
        answer = pushOne(http, device, 3, u"profile.update"_s,
            { { u"fields"_s, QJsonObject { { u"education"_s, u"Tiến sĩ"_s } } },
                { u"base_version"_s, 1 } });
        QCOMPARE(answer.value(u"results"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"error"_s)
                     .toObject()
                     .value(u"code"_s)
                     .toString(),
            u"forbidden_field"_s);
    }

    void malformedPullAndPushAre400()
    {
        const Account me = member(true);
        TestHttp http(m_server.baseUrl());
        const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(http.login(me.login, me.password, device).status, 200);
        QCOMPARE(http.get(u"/v1/sync/pull?cursor=garbage!!"_s).errorCode(), u"bad_cursor"_s);
        QCOMPARE(http.get(u"/v1/sync/pull?limit=0"_s).status, 400);
        QCOMPARE(
            http.post(u"/v1/sync/push"_s, { { u"device_id"_s, device }, { u"mutations"_s, 3 } })
                .status,
            400);
        QCOMPARE(
            http.post(u"/v1/sync/push"_s,
                    { { u"device_id"_s, u"someone-else"_s }, { u"mutations"_s, QJsonArray {} } })
                .status,
            400);
        const QJsonArray decreasing { QJsonObject { { u"id"_s, 9 }, { u"name"_s, u"x"_s },
                                          { u"args"_s, QJsonObject {} } },
            QJsonObject { { u"id"_s, 8 }, { u"name"_s, u"x"_s }, { u"args"_s, QJsonObject {} } } };
        QCOMPARE(http.post(u"/v1/sync/push"_s,
                         { { u"device_id"_s, device }, { u"mutations"_s, decreasing } })
                     .status,
            400);
        TestHttp anonymous(m_server.baseUrl());
        QCOMPARE(anonymous.get(u"/v1/sync/pull"_s).status, 401);
    }

    void movedMemberResetsAndLeavesTheOldCell()
    {
        const Account mover = member(true);
        const Account secretary = account(u"secretary"_s);
        const Account stranger = member(false);
        TestHttp moverHttp(m_server.baseUrl());
        TestHttp secretaryHttp(m_server.baseUrl());
        QCOMPARE(moverHttp.login(mover.login, mover.password).status, 200);
        QCOMPARE(secretaryHttp.login(secretary.login, secretary.password).status, 200);
        const Replica moverBefore = pullAll(moverHttp);
        const Replica secretaryBefore = pullAll(secretaryHttp, {}, 500);
        QVERIFY(secretaryBefore.rows.value(u"member"_s).contains(mover.memberId));

        const auto moved = ServerProcess::run({ u"member"_s, u"move"_s, u"--db"_s,
            m_server.databaseArgument(), mover.memberId, stranger.orgId });
        QVERIFY2(moved.finished && moved.exitCode == 0, moved.standardError.constData());

        const Replica moverAfter = pullAll(moverHttp, moverBefore.cursor);
        QVERIFY(moverAfter.sawReset);
        for (const QJsonObject &meeting : moverAfter.rows.value(u"meeting"_s))
            QCOMPARE(meeting.value(u"org_id"_s).toString(), stranger.orgId);
        QVERIFY(moverAfter.count(u"meeting"_s) > 0);

        const Replica secretaryAfter = pullAll(secretaryHttp, secretaryBefore.cursor);
        QVERIFY(secretaryAfter.deletes.contains(u"member/"_s + mover.memberId));
    }

    // A page of large documents stops at the byte budget (4 MiB of JSON)
    // at a transaction's end; a transaction larger than the budget comes alone. On the old
    // code the 1,000-row page carried all eight documents (~13 MB) at once.
    void largeDocumentsArePagedByBytes()
    {
        const Account reader = member(false);
        TestHttp http(m_server.baseUrl());
        QCOMPARE(http.login(reader.login, reader.password).status, 200);
        const Replica before = pullAll(http, {}, 1000);
        const QString root
            = scalarSql(db(), u"SELECT id FROM organizations WHERE parent_id IS NULL"_s, {})
                  .toString();
        QVERIFY(!root.isEmpty());

        // Vietnamese text: two and three UTF-8 bytes a letter, as real bodies have.
        const QString line = u"Đảng viên học tập, quán triệt nghị quyết của Đảng bộ tỉnh. "_s;
        const auto publish = [&](const QString &number, qint64 bytes) {
            QString body;
            while (body.toUtf8().size() < bytes)
                body += line.repeated(1000);
            QFile file(m_server.directory() + u"/body-"_s + QString(number).replace(u'/', u'-')
                + u".txt"_s);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(body.toUtf8());
            file.close();
            const auto published = ServerProcess::run(
                { u"publish"_s, u"--db"_s, m_server.databaseArgument(), u"--org"_s, root,
                    u"--audience"_s, root, u"--kind"_s, u"guidance"_s, u"--number"_s, number,
                    u"--title"_s, u"Tài liệu dài "_s + number, u"--body-file"_s, file.fileName() },
                120000);
            QVERIFY2(
                published.finished && published.exitCode == 0, published.standardError.constData());
        };
        for (int i = 1; i <= 7; ++i)
            publish(u"%1-HD/TU"_s.arg(100 + i), 1024 * 1024);
        publish(u"200-HD/TU"_s, 5 * 1024 * 1024);

        QString cursor = before.cursor;
        QSet<QString> numbers;
        int pages = 0;
        for (bool more = true; more && pages < 50; ++pages) {
            const HttpAnswer answer = http.get(u"/v1/sync/pull?limit=1000&cursor="_s + cursor);
            QCOMPARE(answer.status, 200);
            const QJsonArray changes = answer.json.value(u"changes"_s).toArray();
            QVERIFY(!changes.isEmpty());
            int documents = 0;
            for (const QJsonValue &change : changes) {
                const QJsonObject data = change.toObject().value(u"data"_s).toObject();
                if (change.toObject().value(u"type"_s).toString() == u"document") {
                    ++documents;
                    numbers << data.value(u"number"_s).toString();
                }
            }
            // Over the budget only as the one large document's own transaction.
            if (answer.body.size() > ChangeFeed::kPageBytes) {
                QCOMPARE(documents, 1);
                QVERIFY(answer.body.contains("200-HD/TU"));
            }
            cursor = answer.json.value(u"cursor"_s).toString();
            more = answer.json.value(u"has_more"_s).toBool();
        }
        QCOMPARE(numbers.size(), 8);
        QVERIFY2(pages >= 4, qPrintable(u"%1 pages"_s.arg(pages)));
    }
};

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_server_sync.moc"
