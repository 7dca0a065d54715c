// `handbook-server demo` on the real binary (DESIGN.md sections 1 and 6): the demo province has
// the expected shape, full member profiles, documents of every kind with PDF attachments stored
// in chunks, meetings in the coming month, a change log that follows the conventions, and
// accounts that sign in; its year of history (issue 20: past meetings, the members' accounts
// and phones, monthly documents and their reading) gives the committees' figures that look
// real, while the members' own accounts cannot sign in; a second run is refused and a new
// database gets the same province.
// Runs on SQLite and PostgreSQL (ServerProcess).
#include "databaseprobe.h"
#include "serverprocess.h"
#include "testhttp.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int DemoTimeoutMs = 120000;
// The password hash of the history's member accounts (demo/demoactivity.h): no password
// verifies against it.
const QString kNoPassword = u"!demo-account-without-password"_s;

// The single line a failing command must print on stderr.
QString oneLine(const ServerProcess::Result &result)
{
    return result.standardError.count('\n') == 1
        ? QString::fromUtf8(result.standardError).trimmed()
        : u"<not one line: %1>"_s.arg(QString::fromUtf8(result.standardError));
}

} // namespace

class TestServerDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void demoLoadsTheProvince();
    void demoMembersHaveFullProfiles();
    void demoDocumentsAndAttachments();
    void demoMeetingsAreInTheComingMonth();
    void demoRecordsEveryChange();
    void demoAccountsShareAndSplitCells();
    void demoPasswordsSignIn();
    void demoHistoryLooksReal();
    void demoHistoryAccountsCannotSignIn();
    void demoWithoutHistory();
    void demoTwiceRefuses();
    void demoIsReproducible();

private:
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    QList<QVariantList> rows(const QString &sql, const QVariantList &binds = {});
    [[nodiscard]] QJsonObject account(const QString &login) const;

    ServerProcess m_server;
    QSqlDatabase m_db;
    QJsonArray m_accounts;
};

void TestServerDemo::initTestCase()
{
    const QString accounts = m_server.demoAccountsFile();
    ServerProcess::setDemoHistory(ServerProcess::DemoHistory::Full);
    const auto demo = m_server.runDemo(DemoTimeoutMs);
    QVERIFY2(demo.finished && demo.exitCode == 0, demo.standardError.constData());
    QVERIFY(demo.standardOutput.contains("800 members"));
    QFile file(accounts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_accounts = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(!m_accounts.isEmpty());
    QVERIFY2(!(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)),
        "the accounts file holds passwords: only its owner may read it");
    QString error;
    m_db = m_server.openDatabase(u"demo-checks"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
}

void TestServerDemo::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"demo-checks"_s);
}

QList<QVariantList> TestServerDemo::rows(const QString &sql, const QVariantList &binds)
{
    return DatabaseProbe(m_db).rows(sql, binds);
}

QVariant TestServerDemo::scalar(const QString &sql, const QVariantList &binds)
{
    return DatabaseProbe(m_db).scalar(sql, binds);
}

QJsonObject TestServerDemo::account(const QString &login) const
{
    for (const QJsonValue &value : m_accounts) {
        if (value[u"login"_s].toString() == login)
            return value.toObject();
    }
    return {};
}

void TestServerDemo::demoLoadsTheProvince()
{
    const auto kinds = rows(u"SELECT kind, COUNT(*) FROM organizations GROUP BY kind"_s);
    QHash<QString, int> count;
    for (const auto &row : kinds)
        count.insert(row.at(0).toString(), row.at(1).toInt());
    QCOMPARE(count.value(u"province"_s), 1);
    QVERIFY(count.value(u"district"_s) >= 4); // 3 huyện/thành phố + committees under the province
    QVERIFY(count.value(u"grassroots"_s) >= 10);
    QVERIFY(count.value(u"cell"_s) >= 40);
    const int members = scalar(u"SELECT COUNT(*) FROM members"_s).toInt();
    QVERIFY2(members >= 750 && members <= 850, qPrintable(QString::number(members)));
    // Every member in a cell; every cell has members; the closure table is complete.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM members m JOIN organizations o ON o.id = m.org_id "
                    "WHERE o.kind <> 'cell'"_s)
                 .toInt(),
        0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM organizations o WHERE o.kind = 'cell' AND NOT EXISTS "
                    "(SELECT 1 FROM members m WHERE m.org_id = o.id)"_s)
                 .toInt(),
        0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM org_closure c JOIN organizations o ON o.id = "
                    "c.descendant_id WHERE o.kind = 'cell' AND c.depth = 3"_s)
                 .toInt(),
        count.value(u"cell"_s));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM org_closure WHERE depth = 0"_s).toInt(),
        scalar(u"SELECT COUNT(*) FROM organizations"_s).toInt());
}

void TestServerDemo::demoMembersHaveFullProfiles()
{
    static const QRegularExpression mobile(u"^0(3[2-9]|5[689]|7[06-9]|8[1-9]|9[0-9])[0-9]{7}$"_s);
    static const QRegularExpression twelveDigits(u"^[0-9]{12}$"_s);
    QSet<QString> citizenIds;
    int withEmail = 0;
    const auto members = rows(u"SELECT full_name, birth_date, gender, ethnicity, religion, "
                              "hometown, address, phone, email, citizen_id, party_card_no, "
                              "admission_date, official_date, position, education, "
                              "political_theory, work_history FROM members"_s);
    for (const auto &m : members) {
        const QString name = m.at(0).toString();
        for (const int i : { 0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 13, 14, 15, 16 })
            QVERIFY2(!m.at(i).toString().isEmpty(), qPrintable(u"%1: field %2"_s.arg(name).arg(i)));
        QCOMPARE(name, name.normalized(QString::NormalizationForm_C));
        const QString middle = name.section(u' ', 1, 1);
        QVERIFY2(m.at(2).toString() == u"Nữ"_s ? middle != u"Văn"_s : middle != u"Thị"_s,
            qPrintable(name));
        QVERIFY2(mobile.match(m.at(7).toString()).hasMatch(), qPrintable(m.at(7).toString()));
        QVERIFY(twelveDigits.match(m.at(9).toString()).hasMatch());
        QVERIFY2(!citizenIds.contains(m.at(9).toString()), "citizen ids are unique");
        citizenIds.insert(m.at(9).toString());
        withEmail += m.at(8).toString().contains(u'@') ? 1 : 0;
        const QDate birth = QDate::fromString(m.at(1).toString(), Qt::ISODate);
        const QDate admission = QDate::fromString(m.at(11).toString(), Qt::ISODate);
        QVERIFY(birth.isValid() && admission.isValid() && admission >= birth.addYears(18));
        if (m.at(12).isNull())
            QCOMPARE(m.at(13).toString(), u"Đảng viên dự bị"_s);
        else
            QCOMPARE(QDate::fromString(m.at(12).toString(), Qt::ISODate), admission.addYears(1));
        QVERIFY(u"Sơ cấp Trung cấp Cao cấp"_s.contains(m.at(15).toString()));
        const QJsonArray history = QJsonDocument::fromJson(m.at(16).toString().toUtf8()).array();
        QVERIFY2(!history.isEmpty() && history.first().isString(), qPrintable(m.at(16).toString()));
    }
    QVERIFY(withEmail * 10 >= int(members.size()) * 8);
    QCOMPARE(scalar(u"SELECT COUNT(DISTINCT ethnicity) FROM members"_s).toInt() >= 5, true);
    // One secretary per cell.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM members WHERE position = 'Bí thư chi bộ'"_s).toInt(),
        scalar(u"SELECT COUNT(*) FROM organizations WHERE kind = 'cell'"_s).toInt());
}

void TestServerDemo::demoDocumentsAndAttachments()
{
    QVERIFY(scalar(u"SELECT COUNT(*) FROM documents"_s).toInt() >= 60);
    QCOMPARE(scalar(u"SELECT COUNT(DISTINCT kind) FROM documents"_s).toInt(), 9);
    QCOMPARE(scalar(u"SELECT COUNT(DISTINCT classification) FROM documents"_s).toInt(), 3);
    QCOMPARE(scalar(u"SELECT COUNT(DISTINCT o.kind) FROM documents d JOIN organizations o "
                    "ON o.id = d.audience_org_id"_s)
                 .toInt(),
        4);
    for (const auto &d : rows(u"SELECT number, title, issued_date, issuer, summary, body "
                              "FROM documents"_s)) {
        for (const QVariant &field : d) {
            QVERIFY2(!field.toString().trimmed().isEmpty(), qPrintable(d.at(0).toString()));
            QCOMPARE(field.toString(), field.toString().normalized(QString::NormalizationForm_C));
        }
        QVERIFY(QDate::fromString(d.at(2).toString(), Qt::ISODate).isValid());
    }
    // The main documents have several paragraphs.
    QVERIFY(scalar(u"SELECT COUNT(*) FROM documents WHERE LENGTH(body) > 1000"_s).toInt() >= 20);
    QVERIFY(scalar(u"SELECT COUNT(*) FROM documents WHERE number = '43-KH/TU'"_s).toInt() == 1);

    // Attachments: complete blobs whose chunks (at most 256 KiB) hash to the recorded sha256.
    const auto attachments
        = rows(u"SELECT a.sha256, a.size, a.mime, a.name, b.size, b.complete "
               "FROM document_attachments a JOIN blobs b ON b.sha256 = a.sha256"_s);
    QVERIFY(attachments.size() >= 5);
    bool multiChunk = false;
    for (const auto &a : attachments) {
        QCOMPARE(a.at(2).toString(), u"application/pdf"_s);
        QVERIFY(a.at(3).toString().endsWith(u".pdf"_s));
        QCOMPARE(a.at(1).toLongLong(), a.at(4).toLongLong());
        QCOMPARE(a.at(5).toInt(), 1);
        QByteArray bytes;
        const auto chunks
            = rows(u"SELECT bytes FROM blob_chunks WHERE sha256 = ? ORDER BY seq"_s, { a.at(0) });
        for (const auto &chunk : chunks) {
            QVERIFY(chunk.at(0).toByteArray().size() <= 256 * 1024);
            bytes += chunk.at(0).toByteArray();
        }
        multiChunk = multiChunk || chunks.size() > 1;
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(bytes.size(), a.at(1).toLongLong());
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
            a.at(0).toString());
    }
    QVERIFY2(multiChunk, "one attachment is larger than a chunk");
}

void TestServerDemo::demoMeetingsAreInTheComingMonth()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM organizations o WHERE o.kind = 'cell' AND NOT EXISTS "
                    "(SELECT 1 FROM meetings m WHERE m.org_id = o.id)"_s)
                 .toInt(),
        0);
    // The year of history (demo/demohistory.h) is done and in the past; the coming ones
    // are scheduled.
    QVERIFY(scalar(u"SELECT COUNT(*) FROM meetings WHERE status = 'done'"_s).toInt() > 0);
    for (const auto &m : rows(u"SELECT starts_at FROM meetings WHERE status = 'done'"_s))
        QVERIFY(QDateTime::fromString(m.at(0).toString(), Qt::ISODateWithMs) < now);
    for (const auto &m : rows(u"SELECT id, org_id, title, starts_at, location, agenda, "
                              "document_ids, status FROM meetings WHERE status <> 'done'"_s)) {
        const QDateTime starts = QDateTime::fromString(m.at(3).toString(), Qt::ISODateWithMs);
        QVERIFY2(starts > now && starts < now.addDays(30), qPrintable(m.at(3).toString()));
        QCOMPARE(m.at(7).toString(), u"scheduled"_s);
        QVERIFY(!m.at(2).toString().isEmpty() && !m.at(4).toString().isEmpty());
        QVERIFY(m.at(5).toString().count(u'\n') >= 3);
        const QJsonArray ids = QJsonDocument::fromJson(m.at(6).toString().toUtf8()).array();
        QVERIFY(!ids.isEmpty());
        for (const QJsonValue &id : ids) {
            // The cell can see it: the audience is the cell or one of its ancestors.
            QCOMPARE(scalar(u"SELECT COUNT(*) FROM documents d JOIN org_closure c ON "
                            "c.ancestor_id = d.audience_org_id WHERE d.id = ? AND "
                            "c.descendant_id = ?"_s,
                         { id.toString(), m.at(1) })
                         .toInt(),
                1);
        }
    }
}

void TestServerDemo::demoRecordsEveryChange()
{
    for (const auto &[type, table] :
        { std::pair { u"organization"_s, u"organizations"_s }, { u"member"_s, u"members"_s },
            { u"document"_s, u"documents"_s }, { u"meeting"_s, u"meetings"_s },
            { u"review_cycle"_s, u"review_cycles"_s }, { u"self_review"_s, u"self_reviews"_s },
            { u"review_summary"_s, u"review_summaries"_s } }) {
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM changes WHERE type = ? AND op = 'put'"_s, { type })
                     .toInt(),
            scalar(u"SELECT COUNT(*) FROM %1"_s.arg(table)).toInt());
    }
    // A self-review -> its cell, owned by its member.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM changes c JOIN self_reviews s ON s.id = c.entity_id "
                    "WHERE c.type = 'self_review' AND (c.org_id <> s.org_id OR "
                    "c.owner_member_id <> s.member_id)"_s)
                 .toInt(),
        0);
    // The conventions: member -> its cell and itself; document -> audience; meeting -> cell.
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM changes c JOIN members m ON m.id = c.entity_id "
               "WHERE c.type = 'member' AND (c.org_id <> m.org_id OR c.owner_member_id <> m.id)"_s)
            .toInt(),
        0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM changes c JOIN documents d ON d.id = c.entity_id "
                    "WHERE c.type = 'document' AND c.org_id <> d.audience_org_id"_s)
                 .toInt(),
        0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM changes c JOIN meetings m ON m.id = c.entity_id "
                    "WHERE c.type = 'meeting' AND c.org_id <> m.org_id"_s)
                 .toInt(),
        0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM changes c JOIN organizations o ON o.id = c.entity_id "
                    "WHERE c.type = 'organization' AND c.org_id <> o.id"_s)
                 .toInt(),
        0);
}

void TestServerDemo::demoAccountsShareAndSplitCells()
{
    QSet<QString> roles;
    for (const QJsonValue &value : m_accounts)
        roles.insert(value[u"role"_s].toString());
    QCOMPARE(roles, (QSet<QString> { u"member"_s, u"secretary"_s, u"committee"_s, u"admin"_s }));
    const QJsonObject a1 = account(u"dangvien.a1"_s), a2 = account(u"dangvien.a2"_s);
    const QJsonObject secretary = account(u"bithu.a"_s), b1 = account(u"dangvien.b1"_s);
    const QJsonObject above = account(u"thanhuy.sonlam"_s), other = account(u"huyenuy.daiphu"_s);
    const QString cellA = a1[u"org_id"_s].toString();
    QCOMPARE(secretary[u"role"_s].toString(), u"secretary"_s);
    QCOMPARE(secretary[u"org_id"_s].toString(), cellA);
    QCOMPARE(a2[u"org_id"_s].toString(), cellA);
    QVERIFY(a2[u"member_id"_s] != a1[u"member_id"_s]);
    QVERIFY(b1[u"org_id"_s].toString() != cellA);
    const auto contains = [this](const QJsonValue &ancestor, const QString &descendant) {
        return scalar(u"SELECT COUNT(*) FROM org_closure WHERE ancestor_id = ? "
                      "AND descendant_id = ?"_s,
                   { ancestor.toString(), descendant })
                   .toInt()
            == 1;
    };
    QCOMPARE(above[u"role"_s].toString(), u"committee"_s);
    QVERIFY(contains(above[u"org_id"_s], cellA));
    QVERIFY(!contains(other[u"org_id"_s], cellA));
    QVERIFY(contains(other[u"org_id"_s], b1[u"org_id"_s].toString()));
    // Accounts and members agree with the database.
    for (const QJsonValue &value : m_accounts) {
        const auto user = rows(u"SELECT role, org_id, member_id, password_hash, "
                               "must_change_password FROM users WHERE login = ?"_s,
            { value[u"login"_s].toString() });
        QCOMPARE(user.size(), 1);
        QCOMPARE(user[0][0].toString(), value[u"role"_s].toString());
        QCOMPARE(user[0][1].toString(), value[u"org_id"_s].toString());
        QCOMPARE(user[0][2].toString(), value[u"member_id"_s].toString());
        QVERIFY(user[0][3].toString().startsWith(u"$argon2id$"_s));
        QVERIFY(!user[0][3].toString().contains(value[u"password"_s].toString()));
        if (!value[u"member_id"_s].isNull())
            QCOMPARE(scalar(u"SELECT org_id FROM members WHERE id = ?"_s,
                         { value[u"member_id"_s].toString() })
                         .toString(),
                value[u"org_id"_s].toString());
    }
    // Every other account is a member's of the year of history, without a password.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM users WHERE password_hash LIKE '$argon2id$%'"_s).toInt(),
        int(m_accounts.size()));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM users WHERE password_hash NOT LIKE '$argon2id$%' AND "
                    "(password_hash <> ? OR member_id IS NULL OR role NOT IN ('member', "
                    "'secretary') OR must_change_password <> 0)"_s,
                 { kNoPassword })
                 .toInt(),
        0);
}

void TestServerDemo::demoPasswordsSignIn()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    TestHttp http(m_server.baseUrl());
    for (const QJsonValue &value : m_accounts) {
        const HttpAnswer answer
            = http.login(value[u"login"_s].toString(), value[u"password"_s].toString());
        QVERIFY2(answer.status == 200, answer.body.constData());
        const QJsonObject user = answer.json[u"user"_s].toObject();
        QCOMPARE(user[u"role"_s].toString(), value[u"role"_s].toString());
        QCOMPARE(user[u"org_id"_s].toString(), value[u"org_id"_s].toString());
    }
    QCOMPARE(http.login(u"dangvien.a1"_s, u"not-the-password"_s).status, 401);
    QCOMPARE(m_server.stop(), 0);
}

void TestServerDemo::demoHistoryLooksReal()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int members = scalar(u"SELECT COUNT(*) FROM members"_s).toInt();
    // Most members have an account, at an install rate that differs by district; a few cells
    // lag far behind.
    const int withAccount
        = scalar(u"SELECT COUNT(DISTINCT member_id) FROM users WHERE member_id IS NOT NULL"_s)
              .toInt();
    QVERIFY2(withAccount * 100 >= members * 55 && withAccount * 100 <= members * 92,
        qPrintable(u"%1 of %2"_s.arg(withAccount).arg(members)));
    QList<double> cellRates;
    for (const auto &row : rows(u"SELECT m.org_id, COUNT(*), COUNT(u.id) FROM members m LEFT JOIN "
                                "users u ON u.member_id = m.id GROUP BY m.org_id"_s))
        cellRates << row.at(2).toDouble() / row.at(1).toDouble();
    std::sort(cellRates.begin(), cellRates.end());
    QVERIFY2(cellRates.first() < 0.5, "a cell lags behind");
    QVERIFY2(cellRates.last() - cellRates.first() > 0.3, "cells differ");

    // Devices: most seen in the last 30 days; some not for longer; some revoked.
    const QString monthAgo = now.addDays(-30).date().toString(Qt::ISODate);
    const int devices = scalar(u"SELECT COUNT(*) FROM devices"_s).toInt();
    const int recent = scalar(
        u"SELECT COUNT(DISTINCT device_id) FROM device_days WHERE day >= ?"_s, { monthAgo })
                           .toInt();
    QVERIFY2(devices >= withAccount && recent * 100 >= devices * 60 && recent < devices,
        qPrintable(u"%1 of %2 devices seen in 30 days"_s.arg(recent).arg(devices)));
    QVERIFY(scalar(u"SELECT COUNT(*) FROM devices WHERE revoked_at IS NOT NULL"_s).toInt() > 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM device_days WHERE day > ?"_s,
                 { now.date().toString(Qt::ISODate) })
                 .toInt(),
        0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM devices d WHERE NOT EXISTS (SELECT 1 FROM device_days "
                    "dd WHERE dd.device_id = d.id AND dd.day = SUBSTR(d.last_seen_at, 1, 10))"_s)
                 .toInt(),
        0);
    // Every device row of the history is logged in its account's scope, owned by its member
    // (the demo logins' devices are those the tests signed in with).
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM devices d JOIN users u ON u.id = d.user_id WHERE "
                    "u.password_hash = ? AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.type = "
                    "'device' AND c.entity_id = d.id AND c.org_id = u.org_id AND "
                    "c.owner_member_id = u.member_id)"_s,
                 { kNoPassword })
                 .toInt(),
        0);

    // Read receipts of the year's documents, by members with an account, after publishing and
    // never in the future; each logged in the reader's cell.
    const int receipts = scalar(u"SELECT COUNT(*) FROM read_receipts"_s).toInt();
    QVERIFY(receipts > 1000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM read_receipts r JOIN documents d ON d.id = "
                    "r.document_id WHERE r.read_at < d.published_at OR r.read_at > ? OR NOT "
                    "EXISTS (SELECT 1 FROM users u WHERE u.member_id = r.member_id)"_s,
                 { now.toString(Qt::ISODateWithMs) })
                 .toInt(),
        0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM read_receipts r JOIN members m ON m.id = r.member_id "
                    "WHERE NOT EXISTS (SELECT 1 FROM changes c WHERE c.type = 'read_receipt' AND "
                    "c.entity_id = r.id AND c.org_id = m.org_id AND c.owner_member_id = m.id)"_s)
                 .toInt(),
        0);
    // The demo logins' members have no history of their own: the tests' accounts are as
    // the demo made them.
    for (const QJsonValue &value : m_accounts) {
        const QString member = value[u"member_id"_s].toString();
        if (member.isEmpty())
            continue;
        QCOMPARE(
            scalar(u"SELECT COUNT(*) FROM read_receipts WHERE member_id = ?"_s, { member }).toInt(),
            0);
        QCOMPARE(
            scalar(u"SELECT COUNT(*) FROM users WHERE member_id = ?"_s, { member }).toInt(), 1);
    }

    // The committees' figures of the year: the province's active devices, reading and
    // meetings look like a province's, and some cells need attention.
    const auto province = rows(u"SELECT s.members, s.accounts, s.active_devices, s.read_rate, "
                               "s.documents_published, s.cells, s.cells_met FROM org_stats s JOIN "
                               "organizations o ON o.id = s.org_id WHERE o.parent_id IS NULL "
                               "ORDER BY s.month"_s);
    QCOMPARE(province.size(), 13);
    // The twelve past months (this one may have just begun: no document, no meeting yet).
    for (qsizetype i = 0; i + 1 < province.size(); ++i) {
        const auto &month = province.at(i);
        QVERIFY(month.at(4).toInt() >= 1);
        QVERIFY2(month.at(3).toDouble() > 0.2 && month.at(3).toDouble() < 0.95,
            qPrintable(month.at(3).toString()));
        QVERIFY(month.at(6).toInt() * 2 > month.at(5).toInt());
    }
    const auto last = province.constLast();
    QVERIFY2(last.at(2).toDouble() / last.at(0).toDouble() > 0.45
            && last.at(2).toDouble() / last.at(0).toDouble() < 0.9,
        qPrintable(u"%1 active of %2"_s.arg(last.at(2).toInt()).arg(last.at(0).toInt())));
    // The install campaign: fewer accounts were active a year ago.
    QVERIFY(province.constFirst().at(2).toInt() < last.at(2).toInt());
    // Last month, some cells read little and some have few active devices.
    const QString lastMonth
        = scalar(u"SELECT DISTINCT month FROM org_stats ORDER BY month DESC LIMIT 1 OFFSET 1"_s)
              .toString();
    QVERIFY(scalar(u"SELECT COUNT(*) FROM org_stats s JOIN organizations o ON o.id = s.org_id "
                   "WHERE o.kind = 'cell' AND s.month = ? AND s.read_rate < 0.5"_s,
                { lastMonth })
                .toInt()
        > 0);
    QVERIFY(scalar(u"SELECT COUNT(*) FROM org_stats s JOIN organizations o ON o.id = s.org_id "
                   "WHERE o.kind = 'cell' AND s.month = ? AND s.active_devices * 2 < s.members"_s,
                { lastMonth })
                .toInt()
        > 0);
}

void TestServerDemo::demoHistoryAccountsCannotSignIn()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    TestHttp http(m_server.baseUrl());
    const auto some = rows(u"SELECT login FROM users WHERE password_hash = ? ORDER BY login "
                           "LIMIT 3"_s,
        { kNoPassword });
    QCOMPARE(some.size(), 3);
    for (const auto &row : some) {
        for (const QString &password : { kNoPassword, u"12345678"_s, u"Mật khẩu dài 2026"_s })
            QCOMPARE(http.login(row.at(0).toString(), password).status, 401);
    }
    QCOMPARE(m_server.stop(), 0);
}

void TestServerDemo::demoWithoutHistory()
{
    ServerProcess other;
    const QString accounts = other.directory() + u"/accounts.json"_s;
    const auto demo = ServerProcess::run({ u"demo"_s, u"--db"_s, other.databaseArgument(),
                                             u"--accounts"_s, accounts, u"--history"_s, u"none"_s },
        DemoTimeoutMs);
    QVERIFY2(demo.exitCode == 0, demo.standardError.constData());
    QString error;
    QSqlDatabase db = other.openDatabase(u"demo-none"_s, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    {
        DatabaseProbe probe(db);
        // The province, its documents and coming meetings; no past year.
        QCOMPARE(probe.scalar(u"SELECT COUNT(*) FROM members"_s).toInt(),
            scalar(u"SELECT COUNT(*) FROM members"_s).toInt());
        QVERIFY(probe.scalar(u"SELECT COUNT(*) FROM meetings WHERE status = 'done'"_s).toInt() < 5);
        QCOMPARE(probe.scalar(u"SELECT COUNT(*) FROM users"_s).toInt(), int(m_accounts.size()));
        QCOMPARE(probe.scalar(u"SELECT COUNT(*) FROM read_receipts"_s).toInt(), 0);
        QCOMPARE(probe.scalar(u"SELECT COUNT(*) FROM devices"_s).toInt(), 0);
        QCOMPARE(probe.scalar(u"SELECT COUNT(DISTINCT month) FROM org_stats"_s).toInt(), 2);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"demo-none"_s);
}

void TestServerDemo::demoTwiceRefuses()
{
    const int before = scalar(u"SELECT COUNT(*) FROM changes"_s).toInt();
    const auto again = ServerProcess::run({ u"demo"_s, u"--db"_s, m_server.databaseArgument(),
        u"--accounts"_s, m_server.directory() + u"/again.json"_s });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(oneLine(again).contains(u"already holds the demo"_s), qPrintable(oneLine(again)));
    QVERIFY(!QFile::exists(m_server.directory() + u"/again.json"_s));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM changes"_s).toInt(), before);
}

void TestServerDemo::demoIsReproducible() // but for the passwords
{
    ServerProcess other;
    const QString accounts = other.directory() + u"/accounts.json"_s;
    const auto demo = ServerProcess::run(
        QStringList { u"demo"_s, u"--db"_s, other.databaseArgument(), u"--accounts"_s, accounts }
            + ServerProcess::demoHistoryArguments(),
        DemoTimeoutMs);
    QVERIFY2(demo.exitCode == 0, demo.standardError.constData());
    QFile file(accounts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray second = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(second.size(), m_accounts.size());
    // The data is seeded, the passwords are not (they were the same on
    // every install, the admin's included): every account's differs, and none repeats.
    QSet<QString> passwords;
    for (qsizetype i = 0; i < second.size(); ++i) {
        QCOMPARE(second[i][u"login"_s], m_accounts[i][u"login"_s]);
        QCOMPARE(second[i][u"member_id"_s], m_accounts[i][u"member_id"_s]);
        QVERIFY(second[i][u"password"_s] != m_accounts[i][u"password"_s]);
        QVERIFY(second[i][u"password"_s].toString().size() >= 14);
        passwords << second[i][u"password"_s].toString() << m_accounts[i][u"password"_s].toString();
    }
    QCOMPARE(passwords.size(), 2 * second.size());
    // Neither group nor others may read the passwords.
    QCOMPARE(int(QFile::permissions(accounts) & 0x00ff), 0);
    QString error;
    QSqlDatabase db = other.openDatabase(u"demo-other"_s, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    {
        QSqlQuery query(db);
        QVERIFY(
            query.exec(u"SELECT id, full_name, citizen_id, birth_date FROM members ORDER BY id"_s));
        const auto mine
            = rows(u"SELECT id, full_name, citizen_id, birth_date FROM members ORDER BY id"_s);
        for (const auto &row : mine) {
            QVERIFY(query.next());
            for (int i = 0; i < 4; ++i)
                QCOMPARE(query.value(i).toString(), row.at(i).toString());
        }
        // The year of history too (its dates follow the day it is loaded).
        DatabaseProbe probe(db);
        for (const QString &sql : { u"SELECT COUNT(*) FROM users"_s,
                 u"SELECT COUNT(*) FROM devices WHERE revoked_at IS NULL AND user_id IN (SELECT "
                 "id FROM users WHERE password_hash NOT LIKE '$argon2id$%')"_s,
                 u"SELECT COUNT(*) FROM attendance WHERE present = 1"_s,
                 u"SELECT MIN(login) FROM users WHERE password_hash NOT LIKE '$argon2id$%'"_s,
                 // The annual review's two cycles (DemoReview).
                 u"SELECT COUNT(*) FROM self_reviews WHERE status = 'proposed'"_s,
                 u"SELECT MIN(member_id) FROM self_reviews WHERE decided_rating = "
                 "'not_fulfilled'"_s,
                 u"SELECT SUM(submitted) FROM review_summaries"_s })
            QCOMPARE(probe.scalar(sql).toString(), scalar(sql).toString());
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"demo-other"_s);
}

QTEST_GUILESS_MAIN(TestServerDemo)
#include "tst_server_demo.moc"
