// `handbook-server demo` on the real binary (DESIGN.md sections 1 and 6): the demo province has
// the expected shape, full member profiles, documents of every kind with PDF attachments stored
// in chunks, meetings in the coming month, a change log that follows the conventions, and
// accounts that sign in; a second run is refused and a new database gets the same province.
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
            { u"document"_s, u"documents"_s }, { u"meeting"_s, u"meetings"_s } }) {
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM changes WHERE type = ? AND op = 'put'"_s, { type })
                     .toInt(),
            scalar(u"SELECT COUNT(*) FROM %1"_s.arg(table)).toInt());
    }
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
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM users"_s).toInt(), int(m_accounts.size()));
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
        { u"demo"_s, u"--db"_s, other.databaseArgument(), u"--accounts"_s, accounts },
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
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"demo-other"_s);
}

QTEST_GUILESS_MAIN(TestServerDemo)
#include "tst_server_demo.moc"
