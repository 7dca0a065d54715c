// Concurrency against three handbook-server processes sharing one database, as behind a load
// balancer (DESIGN.md section 4). One process answers one request at a time, so only several
// processes make requests really overlap in the database.
// - The same push batch sent at once on five connections (spread over the processes), round
//   after round, is applied exactly once and every answer is the same.
// - Writers on several devices push while readers page with a small limit: when the writers
//   stop, each reader's replica equals a fresh full pull and holds every change written. On
//   PostgreSQL sequence values commit out of order; the server serialises writers with an
//   advisory lock, and this test catches a cursor that skips a late commit.
#include "asyncdevice.h"
#include "db/databasespec.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "pagedreplica.h"
#include "serverprocess.h"
#include "testhttp.h"
#include "writereadrace.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString inFuture(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODateWithMs);
}

} // namespace

class TestServerConcurrency : public QObject
{
    Q_OBJECT

    ServerProcess m_main;
    ServerProcess m_second;
    ServerProcess m_third;
    QList<QUrl> m_servers;
    std::unique_ptr<ServerDatabase> m_db;
    QHash<QString, QJsonObject> m_accounts; // login -> demo account

    QSqlDatabase db() const { return m_db->connection(); }
    qint64 number(const QString &sql, const QVariantList &binds = {}) const
    {
        return scalarSql(db(), sql, binds).toLongLong();
    }
    QString accountField(const QString &login, const QString &field) const
    {
        return m_accounts.value(login).value(field).toString();
    }

    // Signs a new device of `login` in (on the first server); aborts the run if that fails.
    std::unique_ptr<AsyncDevice> signIn(const QString &login) const
    {
        auto device = std::make_unique<AsyncDevice>();
        device->login = login;
        device->id = newId();
        TestHttp http(m_servers.first());
        const HttpAnswer answer = http.login(login, accountField(login, u"password"_s), device->id);
        if (answer.status != 200)
            qFatal("login of %s failed: %d", qPrintable(login), answer.status);
        device->token = answer.json.value(u"access_token"_s).toString();
        return device;
    }

    // Pulls after the replica's cursor until has_more is false, round robin over the servers.
    bool pullAll(AsyncDevice &device, PagedReplica &replica, int limit) const
    {
        for (int guard = 0; guard < 1000; ++guard) {
            QString path = u"/v1/sync/pull?limit=%1"_s.arg(limit);
            if (!replica.cursor.isEmpty())
                path += u"&cursor="_s + replica.cursor;
            const AsyncReply answer
                = AsyncDevice::wait(device.send(m_servers.at(guard % m_servers.size()), path));
            if (answer.status != 200 || !replica.apply(answer.json))
                return false;
            if (!answer.json.value(u"has_more"_s).toBool())
                return true;
        }
        return false;
    }

    // A meeting of the secretary's cell in a week; its id, or empty if it was refused.
    QString newMeeting(AsyncDevice &secretary) const
    {
        const QString id = newId();
        const QJsonObject args { { u"id"_s, id }, { u"title"_s, u"Họp chi bộ thường kỳ"_s },
            { u"starts_at"_s, inFuture(7 * 86400) }, { u"location"_s, u"Hội trường"_s },
            { u"agenda"_s, u"Sinh hoạt thường kỳ"_s }, { u"document_ids"_s, QJsonArray {} } };
        const AsyncReply answer = AsyncDevice::wait(secretary.send(
            m_servers.first(), u"/v1/sync/push"_s, secretary.push(u"meeting.create"_s, args)));
        const QJsonValue result = answer.json.value(u"results"_s).toArray().first();
        return result[u"status"_s].toString() == u"applied" ? id : QString();
    }

    // Documents cell A can see (audience: the cell or an ancestor).
    QStringList documentsOfCellA(int count) const
    {
        QSqlQuery query = runSql(db(),
            u"SELECT id FROM documents WHERE withdrawn_at IS NULL AND audience_org_id IN "
            "(SELECT ancestor_id FROM org_closure WHERE descendant_id = ?) ORDER BY id"_s,
            { accountField(u"bithu.a"_s, u"org_id"_s) });
        QStringList ids;
        while (ids.size() < count && query.next())
            ids << query.value(0).toString();
        return ids;
    }

    // One push body sent at once on `connections` connections (each its own network manager,
    // spread over the server processes); every answer.
    QList<AsyncReply> sendEverywhere(const QString &token, const QJsonObject &body, int connections)
    {
        std::vector<std::unique_ptr<AsyncDevice>> devices;
        QList<AsyncReply> answers;
        QEventLoop loop;
        int pending = connections;
        for (int i = 0; i < connections; ++i) {
            auto device = std::make_unique<AsyncDevice>();
            device->token = token;
            QNetworkReply *reply
                = device->send(m_servers.at(i % m_servers.size()), u"/v1/sync/push"_s, body);
            connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                answers << AsyncDevice::take(reply);
                if (--pending == 0)
                    loop.quit();
            });
            devices.push_back(std::move(device));
        }
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        return answers;
    }

private Q_SLOTS:
    void initTestCase();
    void samePushOnParallelConnectionsAppliesOnce();
    void readersMissNothingWhileWritersWrite();
};

void TestServerConcurrency::initTestCase()
{
    QString error;
    QVERIFY2(m_main.start(&error), qPrintable(error));
    const QString accounts = m_main.directory() + u"/accounts.json"_s;
    const auto demo = ServerProcess::run(
        QStringList { u"demo"_s, u"--db"_s, m_main.databaseArgument(), u"--accounts"_s, accounts }
            + ServerProcess::demoHistoryArguments(),
        120000);
    QVERIFY2(demo.finished && demo.exitCode == 0, demo.standardError.constData());
    QFile file(accounts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array())
        m_accounts.insert(value[u"login"_s].toString(), value.toObject());
    // Two more processes serve the same database (the last --db wins; their own database,
    // initialised by ServerProcess, stays unused). A login through each proves they share it.
    for (ServerProcess *extra : { &m_second, &m_third })
        QVERIFY2(extra->start(&error, { u"--db"_s, m_main.databaseArgument() }), qPrintable(error));
    m_servers = { m_main.baseUrl(), m_second.baseUrl(), m_third.baseUrl() };
    for (const QUrl &server : std::as_const(m_servers)) {
        TestHttp http(server);
        QCOMPARE(http.login(u"quantri"_s, accountField(u"quantri"_s, u"password"_s)).status, 200);
    }
    const auto spec = DatabaseSpec::parse(m_main.databaseArgument(), &error);
    QVERIFY2(spec, qPrintable(error));
    m_db = std::make_unique<ServerDatabase>(*spec);
    QVERIFY2(m_db->open(&error), qPrintable(error));
}

void TestServerConcurrency::samePushOnParallelConnectionsAppliesOnce()
{
    constexpr int kRounds = 8;
    constexpr int kConnections = 5;
    auto secretary = signIn(u"bithu.a"_s);
    const QString meeting = newMeeting(*secretary);
    QVERIFY(!meeting.isEmpty());
    const QStringList documents = documentsOfCellA(kRounds);
    QCOMPARE(documents.size(), kRounds);
    auto member = signIn(u"dangvien.a1"_s);
    const QString memberId = accountField(u"dangvien.a1"_s, u"member_id"_s);
    const qint64 version = number(u"SELECT version FROM members WHERE id = ?"_s, { memberId });

    // Each round a batch of five mutations whose second application would show: a second
    // feedback with the same id is refused, versions would step twice, rows would double.
    QList<QJsonObject> batches;
    for (int round = 0; round < kRounds; ++round) {
        const auto mutation = [round](int n, const QString &name, const QJsonObject &args) {
            return QJsonObject { { u"id"_s, 5 * round + n }, { u"name"_s, name },
                { u"args"_s, args } };
        };
        const QJsonArray mutations {
            mutation(1, u"note.put"_s,
                { { u"id"_s, newId() }, { u"document_id"_s, documents.at(round) },
                    { u"text"_s, u"Ghi chú vòng %1"_s.arg(round) } }),
            mutation(2, u"feedback.post"_s,
                { { u"id"_s, newId() }, { u"text"_s, u"Góp ý %1"_s.arg(round) } }),
            mutation(3, u"profile.update"_s,
                { { u"fields"_s,
                      QJsonObject { { u"phone"_s, u"098765432"_s + QString::number(round) } } },
                    { u"base_version"_s, version + round } }),
            mutation(4, u"meeting.rsvp"_s,
                { { u"meeting_id"_s, meeting },
                    { u"status"_s, round % 2 ? u"absent"_s : u"attending"_s } }),
            mutation(5, u"document.read"_s, { { u"document_id"_s, documents.at(round) } }),
        };
        batches << QJsonObject { { u"device_id"_s, member->id }, { u"mutations"_s, mutations } };
    }

    for (int round = 0; round < kRounds; ++round) {
        const QList<AsyncReply> answers
            = sendEverywhere(member->token, batches.at(round), kConnections);
        QCOMPARE(answers.size(), kConnections);
        for (const AsyncReply &answer : answers) {
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.json.value(u"last_mutation_id"_s).toInteger(), 5 * round + 5);
            QCOMPARE(answer.json.value(u"results"_s), answers.first().json.value(u"results"_s));
        }
        for (const QJsonValue &result : answers.first().json.value(u"results"_s).toArray())
            QCOMPARE(result[u"status"_s].toString(), u"applied"_s);

        // Exactly once: one row each, one version step each.
        const QJsonArray mutations = batches.at(round).value(u"mutations"_s).toArray();
        const QString note = mutations.at(0)[u"args"_s][u"id"_s].toString();
        const QString feedback = mutations.at(1)[u"args"_s][u"id"_s].toString();
        QCOMPARE(number(u"SELECT count(*) FROM notes WHERE id = ?"_s, { note }), 1);
        QCOMPARE(number(u"SELECT count(*) FROM changes WHERE type = 'note' AND entity_id = ?"_s,
                     { note }),
            1);
        QCOMPARE(number(u"SELECT count(*) FROM feedback WHERE id = ?"_s, { feedback }), 1);
        QCOMPARE(number(u"SELECT version FROM members WHERE id = ?"_s, { memberId }),
            version + round + 1);
        QCOMPARE(
            number(u"SELECT version FROM attendance WHERE id = ?"_s, { meeting + u':' + memberId }),
            round + 1);
        QCOMPARE(number(u"SELECT count(*) FROM read_receipts WHERE member_id = ?"_s, { memberId }),
            round + 1);
        QCOMPARE(
            number(u"SELECT count(*) FROM mutation_results WHERE device_id = ?"_s, { member->id }),
            5 * round + 5);
        QCOMPARE(number(u"SELECT last_mutation_id FROM devices WHERE id = ?"_s, { member->id }),
            5 * round + 5);
    }

    // An old batch sent again everywhere: answered as before, nothing applied again.
    const qint64 lastChange = number(u"SELECT max(seq) FROM changes"_s);
    for (const AsyncReply &answer : sendEverywhere(member->token, batches.first(), kConnections)) {
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(u"last_mutation_id"_s).toInteger(), 5 * kRounds);
        QCOMPARE(answer.json.value(u"results"_s).toArray().size(), 5);
    }
    QCOMPARE(number(u"SELECT max(seq) FROM changes"_s), lastChange);
    QCOMPARE(
        number(u"SELECT version FROM members WHERE id = ?"_s, { memberId }), version + kRounds);
    qInfo("%d rounds of 5 mutations, each batch sent at once on %d connections to %d server "
          "processes",
        kRounds, kConnections, int(m_servers.size()));
}

void TestServerConcurrency::readersMissNothingWhileWritersWrite()
{
    constexpr int kPerWriter = 30;
    const QString phoneA1 = u"0912000"_s, phoneB1 = u"0913000"_s;
    WriteReadRace race(m_servers);
    // Secretaries share documents with their cells (each share also notifies the cell).
    const auto share = [](const QString &cell) {
        return [cell](int n) {
            return std::pair { u"document.share"_s,
                QJsonObject { { u"id"_s, newId() },
                    { u"title"_s, u"Thông báo %1 số %2"_s.arg(cell).arg(n) },
                    { u"kind"_s, u"notice"_s },
                    { u"body"_s, u"Nội dung thông báo số %1"_s.arg(n) } } };
        };
    };
    race.addWriter(signIn(u"bithu.a"_s), 0, kPerWriter, share(u"chi bộ A"_s));
    race.addWriter(signIn(u"bithu.b"_s), 1, kPerWriter, share(u"chi bộ B"_s));
    // A secretary creates meetings and renames each: a change that replaces an older one.
    auto meetings = std::make_shared<QStringList>();
    race.addWriter(signIn(u"bithu.a"_s), 2, kPerWriter, [meetings](int n) {
        if (n % 2 == 0)
            meetings->append(newId());
        const QJsonObject args { { u"id"_s, meetings->last() },
            { u"title"_s, n % 2 ? u"Họp số %1 (đã sửa)"_s.arg(n - 1) : u"Họp số %1"_s.arg(n) },
            { u"starts_at"_s, inFuture(86400 * (2 + n / 2)) }, { u"location"_s, u"Hội trường"_s },
            { u"agenda"_s, u"Sinh hoạt"_s }, { u"document_ids"_s, QJsonArray {} } };
        return std::pair { n % 2 ? u"meeting.update"_s : u"meeting.create"_s, args };
    });
    // Members change their phone, start feedback threads and write notes, in turn.
    const QString document = documentsOfCellA(1).value(0);
    const auto memberWrites = [document](const QString &phonePrefix) {
        return [document, phonePrefix](int n) {
            if (n % 3 == 0)
                return std::pair { u"profile.update"_s,
                    QJsonObject { { u"fields"_s,
                        QJsonObject { { u"phone"_s,
                            phonePrefix + u"%1"_s.arg(n, 3, 10, QChar(u'0')) } } } } };
            if (n % 3 == 1)
                return std::pair { u"feedback.post"_s,
                    QJsonObject { { u"id"_s, newId() }, { u"text"_s, u"Góp ý số %1"_s.arg(n) } } };
            return std::pair { u"note.put"_s,
                QJsonObject { { u"id"_s, newId() }, { u"document_id"_s, document },
                    { u"text"_s, u"Ghi chú số %1"_s.arg(n) } } };
        };
    };
    race.addWriter(signIn(u"dangvien.a1"_s), 1, kPerWriter, memberWrites(phoneA1));
    race.addWriter(signIn(u"dangvien.b1"_s), 2, kPerWriter, memberWrites(phoneB1));
    // The readers start from a full pull, then page after their cursor with a small limit: the
    // admin (the whole province) and the secretary of cell A (with its members' rows).
    for (const auto &[login, limit] :
        { std::pair { u"quantri"_s, 5 }, std::pair { u"bithu.a"_s, 3 } }) {
        auto device = signIn(login);
        PagedReplica start;
        QVERIFY(pullAll(*device, start, 1000));
        race.addReader(std::move(device), start, limit);
    }

    const qint64 firstChange = number(u"SELECT max(seq) FROM changes"_s);
    QElapsedTimer clock;
    clock.start();
    const bool ended = race.run(120000, 20000);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(race.failures().isEmpty(), qPrintable(race.failures().mid(0, 5).join(u'\n')));
    QVERIFY2(ended, "the race did not end in time");
    qInfo("%d pushes by 5 writers on %d server processes wrote %lld change rows in %lld ms",
        race.pushes(), int(m_servers.size()),
        number(u"SELECT count(*) FROM changes WHERE seq > ?"_s, { firstChange }), elapsed);

    // Each paged replica equals a fresh full pull.
    for (int i = 0; i < race.readers(); ++i) {
        const PagedReplica &paged = race.replica(i);
        QVERIFY(!paged.sawReset);
        PagedReplica fresh;
        QVERIFY(pullAll(*signIn(race.reader(i).login), fresh, 1000));
        qInfo("%s: %d pages of up to %d while writing, %d changes in all; fresh pull: %d changes",
            qPrintable(race.reader(i).login), paged.pages - 1, i == 0 ? 5 : 3, paged.changes,
            fresh.changes);
        const QString difference = paged.differenceFrom(fresh);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // And every change written reached the readers that may see it.
    const PagedReplica &admin = race.replica(0);
    const PagedReplica &secretary = race.replica(1);
    QCOMPARE(meetings->size(), kPerWriter / 2);
    for (const QString &id : std::as_const(*meetings)) {
        const QJsonObject title { { u"title"_s,
            scalarSql(db(), u"SELECT title FROM meetings WHERE id = ?"_s, { id }).toString() } };
        QVERIFY(title.value(u"title"_s).toString().endsWith(u"(đã sửa)"_s));
        QCOMPARE(admin.data(u"meeting"_s, id).value(u"title"_s), title.value(u"title"_s));
        QCOMPARE(secretary.data(u"meeting"_s, id).value(u"title"_s), title.value(u"title"_s));
    }
    QSqlQuery shared = runSql(
        db(), u"SELECT id, audience_org_id FROM documents WHERE title LIKE 'Thông báo chi bộ %'"_s);
    int documents = 0;
    while (shared.next()) {
        ++documents;
        QVERIFY(admin.rows.value(u"document"_s).contains(shared.value(0).toString()));
        if (shared.value(1).toString() == accountField(u"bithu.a"_s, u"org_id"_s))
            QVERIFY(secretary.rows.value(u"document"_s).contains(shared.value(0).toString()));
    }
    QCOMPARE(documents, 2 * kPerWriter);
    const QString a1 = accountField(u"dangvien.a1"_s, u"member_id"_s);
    const QString b1 = accountField(u"dangvien.b1"_s, u"member_id"_s);
    const QString lastPhone = u"%1"_s.arg((kPerWriter - 1) / 3 * 3, 3, 10, QChar(u'0'));
    QCOMPARE(admin.data(u"member"_s, a1).value(u"phone"_s).toString(), phoneA1 + lastPhone);
    QCOMPARE(secretary.data(u"member"_s, a1).value(u"phone"_s).toString(), phoneA1 + lastPhone);
    QCOMPARE(admin.data(u"member"_s, b1).value(u"phone"_s).toString(), phoneB1 + lastPhone);
    QSqlQuery feedback = runSql(
        db(), u"SELECT id FROM feedback WHERE member_id = ? AND text LIKE 'Góp ý số %'"_s, { a1 });
    int threads = 0;
    for (; feedback.next(); ++threads)
        QVERIFY(secretary.rows.value(u"feedback"_s).contains(feedback.value(0).toString()));
    QCOMPARE(threads, kPerWriter / 3);
}

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_server_concurrency.moc"
