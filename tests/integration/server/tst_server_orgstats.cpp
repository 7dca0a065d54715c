// The committees' figures (DESIGN.md 8.4; docs/protocol-extensions.md "Oversight, accounts and
// transfers") against the real server with the demo province: `stats refresh` writes one
// org_stats row per organisation and month, and every figure of a cell, the organisations
// above it and the province is compared with counts made here from the raw tables through
// org_closure (the server rolls counts up its tree in memory: two different ways to the same
// numbers). A second refresh with nothing changed logs no change; a secretary pulls only her
// cell's rows and a committee user only its subtree's. Runs on SQLite and PostgreSQL.
#include "cellfixture.h"
#include "databaseprobe.h"
#include "mutationnames.h"
#include "protocol.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>
#include <cmath>

using namespace Qt::StringLiterals;
namespace RowType = Protocol::RowType;

namespace {

constexpr int kVietnamOffset = 7 * 3600;

// The first instant (UTC) of the Vietnam month holding `utc`, `back` months before.
QDateTime monthStart(const QDateTime &utc, int back)
{
    const QDate local = utc.toUTC().addSecs(kVietnamOffset).date();
    const QDate first = QDate(local.year(), local.month(), 1).addMonths(-back);
    return QDateTime(first, QTime(0, 0), Qt::UTC).addSecs(-kVietnamOffset);
}

QString monthText(const QDateTime &start)
{
    return start.addSecs(kVietnamOffset).date().toString(u"yyyy-MM"_s);
}

} // namespace

class TestServerOrgStats : public QObject
{
    Q_OBJECT

    CellFixture f;
    std::unique_ptr<DatabaseProbe> probe;
    QStringList chain; // cell A, then each organisation above it up to the province
    QDateTime refreshedAt;
    QString meeting; // cell A's, this month, written by initTestCase

    qint64 number(const QString &sql, const QVariantList &binds = {}) const
    {
        return probe->scalar(sql, binds).toLongLong();
    }
    // The change log keeps one row per entity and scope, moved to a new seq by each change.
    qint64 changeRows() const
    {
        return number(
            u"SELECT COUNT(*) FROM changes WHERE type = ?"_s, { QString(RowType::OrgStats) });
    }
    qint64 lastSeq() const { return number(u"SELECT MAX(seq) FROM changes"_s); }
    qint64 changesAfter(qint64 seq) const
    {
        return number(u"SELECT COUNT(*) FROM changes WHERE type = ? AND seq > ?"_s,
            { QString(RowType::OrgStats), seq });
    }
    QString subtree(const QString &column) const
    {
        return column + u" IN (SELECT descendant_id FROM org_closure WHERE ancestor_id = ?)"_s;
    }

    // The figures of `org` for the month [start, end) as of `now`, counted from the raw rows.
    QJsonObject expected(const QString &org, const QDateTime &start, const QDateTime &end) const;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refreshWritesEveryOrganisation();
    void figuresMatchTheRawRows_data();
    void figuresMatchTheRawRows();
    void secondRefreshChangesNothing();
    void aChangeRewritesOnlyItsChain();
    void pullsStayInTheSubtree();
    void aDeviceIsLoggedOncePerDay();
};

void TestServerOrgStats::initTestCase()
{
    QString error;
    ServerProcess::setDemoHistory(ServerProcess::DemoHistory::Full); // figures of a real year
    QVERIFY2(f.start(&error), qPrintable(error));
    probe = std::make_unique<DatabaseProbe>(f.db());

    const QString cellA = f.secretary.orgId;
    for (QString at = cellA; !at.isEmpty(); at
         = probe->scalar(u"SELECT parent_id FROM organizations WHERE id = ?"_s, { at }).toString())
        chain << at;
    QVERIFY2(chain.size() >= 3, "the demo's cells are at least two levels below the province");

    // History the figures must see: a meeting of cell A begun this month with some members
    // present, one cancelled (never counted), a document to the province read by a few of
    // cell A, an account's device seen today, a pending profile request and a pending
    // transfer out of cell A.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start = monthStart(now, 0);
    const QString begun = Timestamps::toIso(start.addSecs(start.secsTo(now) / 2));
    const QList<QVariantList> members
        = probe->rows(u"SELECT id FROM members WHERE org_id = ? ORDER BY id"_s, { cellA });
    QVERIFY(members.size() >= 4);
    meeting = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(probe->exec(u"INSERT INTO meetings (id, org_id, title, starts_at, status) VALUES "
                        "(?, ?, 'Sinh hoạt chi bộ', ?, ?)"_s,
        { meeting, cellA, begun, QString(Protocol::MeetingStatus::Done) }));
    QVERIFY(probe->exec(u"INSERT INTO meetings (id, org_id, title, starts_at, status) VALUES "
                        "(?, ?, 'Hoãn', ?, ?)"_s,
        { QUuid::createUuid().toString(QUuid::WithoutBraces), cellA, begun,
            QString(Protocol::MeetingStatus::Cancelled) }));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(probe->exec(u"INSERT INTO attendance (id, meeting_id, member_id, present) VALUES "
                            "(?, ?, ?, ?)"_s,
            { QUuid::createUuid().toString(QUuid::WithoutBraces), meeting, members.at(i).at(0),
                i < 2 ? 1 : 0 }));
    }
    const QString document = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(probe->exec(u"INSERT INTO documents (id, org_id, audience_org_id, kind, title, "
                        "published_at) VALUES (?, ?, ?, ?, 'Nghị quyết', ?)"_s,
        { document, chain.constLast(), chain.constLast(),
            QString(Protocol::DocumentKind::Resolution), begun }));
    for (int i = 0; i < 2; ++i) {
        QVERIFY(probe->exec(u"INSERT INTO read_receipts (id, document_id, member_id, read_at) "
                            "VALUES (?, ?, ?, ?)"_s,
            { QUuid::createUuid().toString(QUuid::WithoutBraces), document, members.at(i).at(0),
                begun }));
    }
    const QString secretaryUser
        = probe->scalar(u"SELECT id FROM users WHERE login = ?"_s, { f.secretary.login })
              .toString();
    const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(probe->exec(u"INSERT INTO devices (id, user_id, created_at, last_seen_at) VALUES "
                        "(?, ?, ?, ?)"_s,
        { device, secretaryUser, begun, Timestamps::toIso(now) }));
    QVERIFY(probe->exec(u"INSERT INTO device_days (device_id, day) VALUES (?, ?)"_s,
        { device, now.date().toString(Qt::ISODate) }));
    QVERIFY(probe->exec(u"INSERT INTO profile_requests (id, member_id, fields, status, "
                        "created_at) VALUES (?, ?, '{}', ?, ?)"_s,
        { QUuid::createUuid().toString(QUuid::WithoutBraces), members.at(3).at(0),
            QString(Protocol::ProfileRequestStatus::Pending), begun }));
    const QString otherCell = f.stranger.orgId;
    QVERIFY(otherCell != cellA);
    QVERIFY(probe->exec(u"INSERT INTO member_transfers (id, member_id, from_org_id, to_org_id, "
                        "reason, status, requested_by, requested_at) VALUES (?, ?, ?, ?, "
                        "'Chuyển công tác', ?, ?, ?)"_s,
        { QUuid::createUuid().toString(QUuid::WithoutBraces), members.at(3).at(0), cellA, otherCell,
            QString(Protocol::TransferStatus::Pending), secretaryUser, begun }));

    const auto refreshed = f.cli({ u"stats"_s, u"refresh"_s, u"--months"_s, u"2"_s, u"--db"_s });
    QVERIFY2(refreshed.finished && refreshed.exitCode == 0, refreshed.standardError.constData());
    refreshedAt = QDateTime::currentDateTimeUtc();
}

void TestServerOrgStats::cleanupTestCase()
{
    probe.reset();
}

QJsonObject TestServerOrgStats::expected(
    const QString &org, const QDateTime &start, const QDateTime &end) const
{
    const QString from = Timestamps::toIso(start);
    const QString to = Timestamps::toIso(end);
    const QDate lastDay = end.addMSecs(-1).date();
    QJsonObject e;
    e[u"cells"_s] = number(
        u"SELECT COUNT(*) FROM organizations WHERE kind = 'cell' AND "_s + subtree(u"id"_s),
        { org });
    e[u"members"_s]
        = number(u"SELECT COUNT(*) FROM members WHERE "_s + subtree(u"org_id"_s), { org });
    e[u"accounts"_s] = number(u"SELECT COUNT(DISTINCT m.id) FROM members m JOIN users u ON "
                              "u.member_id = m.id WHERE u.disabled = 0 AND "_s
            + subtree(u"m.org_id"_s),
        { org });
    e[u"active_devices"_s] = number(
        u"SELECT COUNT(DISTINCT m.id) FROM members m JOIN users u ON u.member_id = m.id JOIN "
        "devices d ON d.user_id = u.id JOIN device_days dd ON dd.device_id = d.id WHERE "
        "d.revoked_at IS NULL AND dd.day >= ? AND dd.day <= ? AND "_s
            + subtree(u"m.org_id"_s),
        { lastDay.addDays(-29).toString(Qt::ISODate), lastDay.toString(Qt::ISODate), org });

    const QString meetings = u"FROM meetings mt JOIN organizations o ON o.id = mt.org_id WHERE "
                             "o.kind = 'cell' AND mt.status <> 'cancelled' AND mt.starts_at >= ? "
                             "AND mt.starts_at < ? AND "_s
        + subtree(u"mt.org_id"_s);
    e[u"meetings_held"_s] = number(u"SELECT COUNT(*) "_s + meetings, { from, to, org });
    e[u"cells_met"_s]
        = number(u"SELECT COUNT(DISTINCT mt.org_id) "_s + meetings, { from, to, org });
    const qint64 present = number(u"SELECT COUNT(*) FROM attendance a JOIN members m ON m.id = "
                                  "a.member_id JOIN meetings mt ON mt.id = a.meeting_id AND "
                                  "mt.org_id = m.org_id JOIN organizations o ON o.id = mt.org_id "
                                  "WHERE a.present = 1 AND o.kind = 'cell' AND mt.status <> "
                                  "'cancelled' AND mt.starts_at >= ? AND mt.starts_at < ? AND "_s
            + subtree(u"mt.org_id"_s),
        { from, to, org });
    const qint64 expectedPresent
        = number(u"SELECT COUNT(*) FROM members m JOIN meetings mt ON mt.org_id = m.org_id "_s
                + meetings.mid(u"FROM meetings mt "_s.size()),
            { from, to, org });
    e[u"attendance_rate"_s]
        = expectedPresent == 0 ? QJsonValue() : QJsonValue(double(present) / expectedPresent);

    // Documents and studies: per item, the subtree's members in its audience.
    const auto audience = [&](const QString &items, const QVariantList &binds,
                              const QString &doneSql, const char *count, const char *rate) {
        qint64 n = 0, done = 0, total = 0;
        for (const QVariantList &item : probe->rows(items, binds)) {
            const QVariantList both { org, item.at(1) };
            const qint64 inAudience = number(u"SELECT COUNT(*) FROM members m WHERE "_s
                    + subtree(u"m.org_id"_s) + u" AND "_s + subtree(u"m.org_id"_s),
                both);
            if (inAudience == 0)
                continue;
            ++n;
            total += inAudience;
            done += number(doneSql + subtree(u"m.org_id"_s) + u" AND "_s + subtree(u"m.org_id"_s),
                { item.at(0), org, item.at(1) });
        }
        e[QLatin1StringView(count)] = n;
        e[QLatin1StringView(rate)]
            = total == 0 ? QJsonValue() : QJsonValue(double(done) / double(total));
    };
    audience(u"SELECT id, audience_org_id FROM documents WHERE published_at >= ? AND "
             "published_at < ? AND withdrawn_at IS NULL"_s,
        { from, to },
        u"SELECT COUNT(*) FROM read_receipts r JOIN members m ON m.id = r.member_id WHERE "
        "r.document_id = ? AND "_s,
        "documents_published", "read_rate");
    audience(u"SELECT id, audience_org_id FROM studies WHERE created_at < ? AND (closed_at IS "
             "NULL OR closed_at >= ?)"_s,
        { to, from },
        u"SELECT COUNT(*) FROM study_submissions s JOIN members m ON m.id = s.member_id WHERE "
        "s.study_id = ? AND "_s,
        "studies_open", "study_completion");

    e[u"profile_requests_pending"_s] = number(
        u"SELECT COUNT(*) FROM profile_requests p JOIN members m ON m.id = p.member_id WHERE "
        "p.created_at < ? AND (p.status = 'pending' OR p.decided_at >= ?) AND "_s
            + subtree(u"m.org_id"_s),
        { to, to, org });
    e[u"transfers_pending"_s] = number(
        u"SELECT COUNT(*) FROM member_transfers t WHERE t.requested_at < ? AND (t.status = "
        "'pending' OR t.decided_at >= ?) AND ("_s
            + subtree(u"t.from_org_id"_s) + u" OR "_s + subtree(u"t.to_org_id"_s) + u")"_s,
        { to, to, org, org });
    return e;
}

void TestServerOrgStats::refreshWritesEveryOrganisation()
{
    const qint64 organisations = number(u"SELECT COUNT(*) FROM organizations"_s);
    for (int back = 0; back < 2; ++back) {
        const QString month = monthText(monthStart(refreshedAt, back));
        QCOMPARE(
            number(u"SELECT COUNT(*) FROM org_stats WHERE month = ?"_s, { month }), organisations);
    }
    // `demo` counted 13 months already; the refresh rewrote some of the last two.
    QCOMPARE(changeRows(), 13 * organisations);
}

void TestServerOrgStats::figuresMatchTheRawRows_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("back");
    for (int back = 0; back < 2; ++back) {
        for (int level = 0; level < 4; ++level) {
            const QByteArray name
                = QByteArray::number(level) + " up, " + QByteArray::number(back) + " months back";
            QTest::newRow(name.constData()) << level << back;
        }
    }
}

void TestServerOrgStats::figuresMatchTheRawRows()
{
    QFETCH(int, level);
    QFETCH(int, back);
    const QString org = chain.value(std::min<int>(level, int(chain.size()) - 1));
    const QDateTime start = monthStart(refreshedAt, back);
    const QDateTime end = std::min(monthStart(refreshedAt, back - 1), refreshedAt);
    const QString month = monthText(start);
    const QList<QVariantList> stored
        = probe->rows(u"SELECT cells, cells_met, members, accounts, active_devices, "
                      "meetings_held, attendance_rate, documents_published, read_rate, "
                      "studies_open, study_completion, profile_requests_pending, "
                      "transfers_pending FROM org_stats WHERE org_id = ? AND month = ?"_s,
            { org, month });
    QCOMPARE(stored.size(), 1);
    const QStringList names { u"cells"_s, u"cells_met"_s, u"members"_s, u"accounts"_s,
        u"active_devices"_s, u"meetings_held"_s, u"attendance_rate"_s, u"documents_published"_s,
        u"read_rate"_s, u"studies_open"_s, u"study_completion"_s, u"profile_requests_pending"_s,
        u"transfers_pending"_s };
    const QJsonObject want = expected(org, start, end);
    for (int i = 0; i < names.size(); ++i) {
        const QVariant got = stored.constFirst().at(i);
        const QJsonValue wanted = want.value(names.at(i));
        if (names.at(i).endsWith(u"_rate"_s) || names.at(i) == u"study_completion"_s) {
            QVERIFY2(got.isNull() == wanted.isNull(), qPrintable(names.at(i)));
            if (!got.isNull())
                QVERIFY2(std::abs(got.toDouble() - wanted.toDouble()) < 1e-4,
                    qPrintable(u"%1: %2 vs %3"_s.arg(names.at(i))
                                   .arg(got.toDouble())
                                   .arg(wanted.toDouble())));
        } else {
            QVERIFY2(got.toLongLong() == wanted.toInteger(),
                qPrintable(u"%1: %2 vs %3"_s.arg(names.at(i))
                               .arg(got.toLongLong())
                               .arg(wanted.toInteger())));
        }
    }
    // The history written for this test shows in this month's figures of cell A's chain.
    if (back == 0) {
        QVERIFY(want.value(u"meetings_held"_s).toInteger() >= 1);
        QVERIFY(want.value(u"active_devices"_s).toInteger() >= 1);
        QVERIFY(want.value(u"transfers_pending"_s).toInteger() >= 1);
        QVERIFY(!want.value(u"read_rate"_s).isNull());
    }
}

void TestServerOrgStats::secondRefreshChangesNothing()
{
    const qint64 before = lastSeq();
    const auto again = f.cli({ u"stats"_s, u"refresh"_s, u"--months"_s, u"2"_s, u"--db"_s });
    QVERIFY2(again.finished && again.exitCode == 0, again.standardError.constData());
    QVERIFY2(again.standardOutput.contains(" 0 rows changed"), again.standardOutput.constData());
    QCOMPARE(changesAfter(before), 0);
}

void TestServerOrgStats::aChangeRewritesOnlyItsChain()
{
    // One more member present at cell A's meeting changes the attendance of cell A's chain
    // (this month), nothing else.
    const QString cellRow = chain.constFirst() + u':' + monthText(monthStart(refreshedAt, 0));
    const qint64 version = number(u"SELECT version FROM org_stats WHERE id = ?"_s, { cellRow });
    QVERIFY(probe->exec(
        u"UPDATE attendance SET present = 1 WHERE present = 0 AND meeting_id = ?"_s, { meeting }));
    const qint64 before = lastSeq();
    const auto again = f.cli({ u"stats"_s, u"refresh"_s, u"--months"_s, u"2"_s, u"--db"_s });
    QVERIFY2(again.finished && again.exitCode == 0, again.standardError.constData());
    QCOMPARE(changesAfter(before), qint64(chain.size()));
    QCOMPARE(number(u"SELECT version FROM org_stats WHERE id = ?"_s, { cellRow }), version + 1);
}

void TestServerOrgStats::pullsStayInTheSubtree()
{
    const auto statsOrgs = [](const PulledRows &pulled) {
        QSet<QString> orgs;
        for (const QJsonObject &row : pulled.rows.value(QString(RowType::OrgStats)))
            orgs.insert(row.value(u"org_id"_s).toString());
        return orgs;
    };
    auto secretary = f.signIn(f.secretary);
    const PulledRows secretaryRows = CellFixture::pull(*secretary);
    QCOMPARE(statsOrgs(secretaryRows), QSet<QString> { f.secretary.orgId });
    const QJsonObject row = secretaryRows.row(QString(RowType::OrgStats),
        f.secretary.orgId + u':' + monthText(monthStart(refreshedAt, 0)));
    QCOMPARE(row.value(u"org_kind"_s).toString(), u"cell"_s);
    QCOMPARE(row.value(u"parent_id"_s).toString(), chain.value(1));
    QVERIFY(!row.value(u"org_name"_s).toString().isEmpty());
    QVERIFY(row.value(u"members"_s).toInteger() > 0);

    auto committee = f.signIn(f.committee);
    QSet<QString> subtree;
    for (const QVariantList &r :
        probe->rows(u"SELECT descendant_id FROM org_closure WHERE ancestor_id = ?"_s,
            { f.committee.orgId }))
        subtree.insert(r.at(0).toString());
    QCOMPARE(statsOrgs(CellFixture::pull(*committee)), subtree);
}

void TestServerOrgStats::aDeviceIsLoggedOncePerDay()
{
    // The seq of the device's change row: a new change moves it.
    const auto deviceChange = [this](const QString &device) {
        return number(u"SELECT MAX(seq) FROM changes WHERE type = ? AND entity_id = ?"_s,
            { QString(RowType::Device), device });
    };
    const auto stale = [this](const QString &device) {
        const QString before = Timestamps::toIso(QDateTime::currentDateTimeUtc().addSecs(-5 * 60));
        QVERIFY(
            probe->exec(u"UPDATE devices SET last_seen_at = ? WHERE id = ?"_s, { before, device }));
    };
    TestHttp http(f.baseUrl());
    const QString device = CellFixture::newId();
    const HttpAnswer login = http.login(f.member.login, f.member.password, device);
    QCOMPARE(login.status, 200);
    const qint64 signedIn = deviceChange(device);
    QVERIFY(signedIn > 0); // the sign-in logged it

    // Seen on a new day (no day of it noted yet, last seen minutes ago): one change.
    QVERIFY(probe->exec(u"DELETE FROM device_days WHERE device_id = ?"_s, { device }));
    stale(device);
    QCOMPARE(http.get(u"/v1/sync/pull?limit=1"_s).status, 200);
    const qint64 newDay = deviceChange(device);
    QVERIFY(newDay > signedIn);
    QCOMPARE(number(u"SELECT COUNT(*) FROM device_days WHERE device_id = ?"_s, { device }), 1);

    // Seen again the same day (a new access token, so the server reads last_seen_at again
    // and writes it): no change.
    stale(device);
    const HttpAnswer refreshed = http.post(QString(Protocol::Path::AuthRefresh),
        { { u"refresh_token"_s, login.json.value(u"refresh_token"_s) },
            { u"device_id"_s, device } });
    QCOMPARE(refreshed.status, 200);
    http.setToken(refreshed.json.value(u"access_token"_s).toString());
    QCOMPARE(http.get(u"/v1/sync/pull?limit=1"_s).status, 200);
    QCOMPARE(deviceChange(device), newDay);

    // The member pulls the own device's row.
    auto session = std::make_unique<DeviceSession>(f.baseUrl());
    session->http.setToken(refreshed.json.value(u"access_token"_s).toString());
    const PulledRows rows = CellFixture::pull(*session);
    const QJsonObject row = rows.row(QString(RowType::Device), device);
    QCOMPARE(row.value(u"login"_s).toString(), f.member.login);
    QCOMPARE(row.value(u"status"_s).toString(), QString(Protocol::DeviceStatus::Active));
}

QTEST_GUILESS_MAIN(TestServerOrgStats)
#include "tst_server_orgstats.moc"
