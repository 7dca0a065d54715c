// The admin commands on the real binary (DESIGN.md section 6), on a database holding the demo
// province: `import-members` imports all rows or none with line-numbered errors; `publish`
// stores a document, its attachment in chunks, the change and the audit entry; `member move`
// changes the cell, the accounts' scope and the change log; a secretary account moves its
// member's pending profile requests to the committee above; bad arguments fail with one line.
// Runs on SQLite and PostgreSQL (ServerProcess).
#include "databaseprobe.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestServerAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void importMembersAddsEveryRow();
    void importMembersRefusesBadFiles_data();
    void importMembersRefusesBadFiles();
    void publishCreatesADocument();
    void publishRefusesBadArguments_data();
    void publishRefusesBadArguments();
    void memberMoveChangesCellAndScope();
    void memberMoveRefusesBadTargets_data();
    void memberMoveRefusesBadTargets();
    void aNewSecretaryAccountSendsPendingRequestsAbove();
    void badArgumentsFailWithOneLine_data();
    void badArgumentsFailWithOneLine();

private:
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    QList<QVariantList> rows(const QString &sql, const QVariantList &binds = {});
    [[nodiscard]] QJsonObject account(const QString &login) const;
    [[nodiscard]] QString orgId(const QString &name);
    // Runs a command with this test's database inserted after "--db".
    [[nodiscard]] ServerProcess::Result cli(const QStringList &arguments);

    ServerProcess m_server;
    QSqlDatabase m_db;
    QJsonArray m_accounts;
};

void TestServerAdmin::initTestCase()
{
    const QString accounts = m_server.demoAccountsFile();
    const auto demo = m_server.runDemo(DemoTimeoutMs);
    QVERIFY2(demo.finished && demo.exitCode == 0, demo.standardError.constData());
    QFile file(accounts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_accounts = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(!m_accounts.isEmpty());
    QString error;
    m_db = m_server.openDatabase(u"admin-checks"_s, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
}

void TestServerAdmin::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"admin-checks"_s);
}

QList<QVariantList> TestServerAdmin::rows(const QString &sql, const QVariantList &binds)
{
    return DatabaseProbe(m_db).rows(sql, binds);
}

QVariant TestServerAdmin::scalar(const QString &sql, const QVariantList &binds)
{
    return DatabaseProbe(m_db).scalar(sql, binds);
}

QJsonObject TestServerAdmin::account(const QString &login) const
{
    for (const QJsonValue &value : m_accounts) {
        if (value[u"login"_s].toString() == login)
            return value.toObject();
    }
    return {};
}

QString TestServerAdmin::orgId(const QString &name)
{
    return scalar(u"SELECT id FROM organizations WHERE name = ?"_s, { name }).toString();
}

ServerProcess::Result TestServerAdmin::cli(const QStringList &arguments)
{
    QStringList withDb = arguments;
    withDb.insert(arguments.indexOf(u"--db"_s) + 1, m_server.databaseArgument());
    return ServerProcess::run(withDb);
}

void TestServerAdmin::importMembersAddsEveryRow()
{
    const QString cell = orgId(u"Chi bộ tổ dân phố số 5"_s);
    const int before = scalar(u"SELECT COUNT(*) FROM members"_s).toInt();
    const QString csv = u"\uFEFFfull_name,org_id,gender,birth_date,ethnicity,religion,phone,"
                        "citizen_id,admission_date,official_date,address,work_history\r\n"
                        "Nguyễn Văn Tâm,%1,Nam,1988-06-02,Kinh,Không,0912 345 678,018088000001,"
                        "2012-03-03,2013-03-03,\"số 7, ngõ 12, đường Quang Trung\",\"2010–2016: "
                        "Giáo viên\n2016–nay: Kế toán\"\r\n"
                        "Hoàng Thị Mai,%1,Nữ,1999-09-09,Tày,Không,+84 97 123 4567,018199000002,"
                        "2025-02-02,,,\r\n"
                        "\"Lê \"\"Bé\"\" Hòa\",%1,nữ,1975-01-31,,,,,,,,\r\n"_s.arg(cell);
    const QString path = m_server.directory() + u"/good.csv"_s;
    QVERIFY(writeFile(path, csv.toUtf8()));
    const auto result = cli({ u"import-members"_s, u"--db"_s, path });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    QCOMPARE(result.standardOutput.trimmed(), "imported 3 members"_ba);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM members"_s).toInt(), before + 3);
    const auto tam = rows(u"SELECT phone, address, work_history, position, id FROM members "
                          "WHERE citizen_id = '018088000001'"_s);
    QCOMPARE(tam.size(), 1);
    QCOMPARE(tam[0][0].toString(), u"0912345678"_s);
    QCOMPARE(tam[0][1].toString(), u"số 7, ngõ 12, đường Quang Trung"_s);
    QCOMPARE(QJsonDocument::fromJson(tam[0][2].toString().toUtf8()).array().size(), 2);
    QCOMPARE(tam[0][3].toString(), u"Đảng viên"_s);
    QCOMPARE(scalar(u"SELECT position FROM members WHERE citizen_id = '018199000002'"_s).toString(),
        u"Đảng viên dự bị"_s);
    QCOMPARE(scalar(u"SELECT gender FROM members WHERE full_name = ?"_s, { u"Lê \"Bé\" Hòa"_s })
                 .toString(),
        u"Nữ"_s);
    QCOMPARE(scalar(u"SELECT org_id FROM changes WHERE type = 'member' AND entity_id = ?"_s,
                 { tam[0][4] })
                 .toString(),
        cell);
}

void TestServerAdmin::importMembersRefusesBadFiles_data()
{
    QTest::addColumn<QString>("csv"); // %1: a cell, %2: a grassroots organisation
    QTest::addColumn<QString>("error");
    const QString header
        = u"full_name,org_id,gender,birth_date,citizen_id,admission_date,official_date\n"_s;
    const QString good = u"Đinh Văn Một,%1,Nam,1980-01-01,018080000011,2001-01-01,2002-01-01\n"_s;
    QTest::newRow("bad date after a multi-line row")
        << header + good + u"\"Trần\nVăn Hai\",%1,Nam,1981-01-01,,,\nBa,%1,Nam,1982-02-30,,,\n"_s
        << u"line 5: birth_date: not a date (YYYY-MM-DD)"_s;
    QTest::newRow("not a cell") << header + good + u"Bốn,%2,Nam,1980-01-01,,,\n"_s
                                << u"line 3: org_id: not a cell"_s;
    QTest::newRow("citizen id") << header + good + u"Năm,%1,Nam,1980-01-01,01808000001,,\n"_s
                                << u"line 3: citizen_id: must be 12 digits"_s;
    QTest::newRow("same citizen id twice")
        << header + good + good << u"line 3: citizen_id: the same number is on line 2"_s;
    QTest::newRow("dates out of order")
        << header + good + u"Sáu,%1,Nam,1980-01-01,,2003-05-05,2003-01-01\n"_s
        << u"line 3: official_date: before admission_date"_s;
    QTest::newRow("admitted too young") << header + u"Bảy,%1,Nam,1990-01-01,,2000-01-01,\n"_s
                                        << u"line 2: admission_date: must be at least 18 years"_s;
    QTest::newRow("gender") << header + u"Tám,%1,Khác,1980-01-01,,,\n"_s
                            << u"line 2: gender: expected Nam or Nữ"_s;
    QTest::newRow("missing name") << header + good + u",%1,Nam,1980-01-01,,,\n"_s
                                  << u"line 3: full_name: required"_s;
    QTest::newRow("missing column") << u"full_name,org_id,gender\nChín,%1,Nam\n"_s
                                    << u"line 1: missing column \"birth_date\""_s;
    QTest::newRow("unknown column") << u"full_name,org_id,gender,birth_date,salary\n"_s
                                    << u"line 1: unknown column \"salary\""_s;
    QTest::newRow("field count") << header + good + u"Mười,%1,Nam\n"_s
                                 << u"line 3: expected 7 fields, found 3"_s;
    QTest::newRow("unclosed quote") << header + good + u"\"Mười một,%1,Nam,1980-01-01,,,\n"_s
                                    << u"line 3: a quoted field is not closed"_s;
    QTest::newRow("empty file") << QString() << u"line 1: missing header row"_s;
}

void TestServerAdmin::importMembersRefusesBadFiles()
{
    QFETCH(QString, csv);
    QFETCH(QString, error);
    const int members = scalar(u"SELECT COUNT(*) FROM members"_s).toInt();
    const int changes = scalar(u"SELECT COUNT(*) FROM changes"_s).toInt();
    const QString path = m_server.directory() + u"/bad.csv"_s;
    QVERIFY(writeFile(path,
        QString(csv)
            .replace(u"%1"_s, orgId(u"Chi bộ xóm Đồng Tiến"_s))
            .replace(u"%2"_s, orgId(u"Đảng bộ xã La Sơn"_s))
            .toUtf8()));
    const auto result = cli({ u"import-members"_s, u"--db"_s, path });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(oneLine(result).contains(error), qPrintable(oneLine(result)));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM members"_s).toInt(), members);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM changes"_s).toInt(), changes);
}

void TestServerAdmin::publishCreatesADocument()
{
    const QString publisher = orgId(u"Đảng bộ thành phố Sơn Lâm"_s);
    const QString audience = orgId(u"Chi bộ tổ dân phố số 5"_s);
    const QString body = m_server.directory() + u"/body.txt"_s;
    QVERIFY(writeFile(body, u"Kính gửi các đồng chí đảng viên.\n\nNội dung thứ hai."_s.toUtf8()));
    QByteArray pdf = "%PDF-1.4\n";
    for (int i = 0; pdf.size() < 300 * 1024; ++i) // more than one 256 KiB chunk
        pdf += QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256);
    const QString attachment = m_server.directory() + u"/Phụ lục.pdf"_s;
    QVERIFY(writeFile(attachment, pdf));
    const auto result = cli({ u"publish"_s, u"--db"_s, u"--org"_s, publisher, u"--audience"_s,
        audience, u"--kind"_s, u"notice"_s, u"--number"_s, u"77-TB/ThU"_s, u"--title"_s,
        u"Thông báo lịch ra quân tháng này"_s, u"--summary"_s, u"Tóm tắt."_s, u"--body-file"_s,
        body, u"--classification"_s, u"public"_s, u"--issued-date"_s, u"2025-11-20"_s,
        u"--issuer"_s, u"Văn phòng Thành ủy Sơn Lâm"_s, u"--attach"_s, attachment });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    const QString id = QString::fromUtf8(result.standardOutput).trimmed();
    QVERIFY2(QRegularExpression(u"^[0-9a-f-]{36}$"_s).match(id).hasMatch(), qPrintable(id));
    const auto document = rows(u"SELECT org_id, audience_org_id, kind, number, title, "
                               "issued_date, issuer, summary, body, classification FROM documents "
                               "WHERE id = ?"_s,
        { id });
    QCOMPARE(document.size(), 1);
    QCOMPARE(document[0][0].toString(), publisher);
    QCOMPARE(document[0][1].toString(), audience);
    QCOMPARE(document[0][2].toString(), u"notice"_s);
    QCOMPARE(document[0][3].toString(), u"77-TB/ThU"_s);
    QCOMPARE(document[0][5].toString(), u"2025-11-20"_s);
    QCOMPARE(document[0][6].toString(), u"Văn phòng Thành ủy Sơn Lâm"_s);
    QCOMPARE(document[0][8].toString(), u"Kính gửi các đồng chí đảng viên.\n\nNội dung thứ hai."_s);
    QCOMPARE(document[0][9].toString(), u"public"_s);
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    const auto attached = rows(u"SELECT sha256, size, mime, name FROM document_attachments "
                               "WHERE document_id = ?"_s,
        { id });
    QCOMPARE(attached.size(), 1);
    QCOMPARE(attached[0][0].toString(), sha);
    QCOMPARE(attached[0][1].toLongLong(), pdf.size());
    QCOMPARE(attached[0][2].toString(), u"application/pdf"_s);
    QCOMPARE(attached[0][3].toString(), u"Phụ lục.pdf"_s);
    QCOMPARE(scalar(u"SELECT complete FROM blobs WHERE sha256 = ?"_s, { sha }).toInt(), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM blob_chunks WHERE sha256 = ?"_s, { sha }).toInt(), 2);
    QCOMPARE(scalar(u"SELECT org_id FROM changes WHERE type = 'document' AND entity_id = ? "
                    "AND op = 'put'"_s,
                 { id })
                 .toString(),
        audience);
    QCOMPARE(scalar(u"SELECT action FROM audit_log WHERE target_id = ?"_s, { id }).toString(),
        u"publish"_s);
}

void TestServerAdmin::publishRefusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments"); // %P publisher, %A audience
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    const QStringList base { u"publish"_s, u"--db"_s, u"--org"_s, u"%P"_s, u"--audience"_s, u"%A"_s,
        u"--number"_s, u"1-TB/ThU"_s, u"--title"_s, u"Tiêu đề"_s };
    QTest::newRow("unknown kind") << base + QStringList { u"--kind"_s, u"memo"_s } << 2
                                  << u"unknown --kind \"memo\""_s;
    QTest::newRow("no kind") << base << 2 << u"--kind is required"_s;
    QTest::newRow("bad class") << base
            + QStringList { u"--kind"_s, u"notice"_s, u"--classification"_s, u"secret"_s }
                               << 2 << u"unknown --classification"_s;
    QTest::newRow("bad date") << base
            + QStringList { u"--kind"_s, u"notice"_s, u"--issued-date"_s, u"20/11/2025"_s }
                              << 2 << u"not a date (YYYY-MM-DD)"_s;
    QTest::newRow("missing attachment")
        << base + QStringList { u"--kind"_s, u"notice"_s, u"--attach"_s, u"/nonexistent/x.pdf"_s }
        << 1 << u"cannot read attachment"_s;
    QTest::newRow("audience outside") << QStringList { u"publish"_s, u"--db"_s, u"--org"_s, u"%A"_s,
        u"--audience"_s, u"%P"_s, u"--kind"_s, u"notice"_s, u"--number"_s, u"1"_s, u"--title"_s,
        u"x"_s } << 1 << u"is not Chi bộ tổ dân phố số 5 or below it"_s;
    QTest::newRow("unknown org") << QStringList { u"publish"_s, u"--db"_s, u"--org"_s,
        u"no-such-org"_s, u"--audience"_s, u"%A"_s, u"--kind"_s, u"notice"_s, u"--number"_s, u"1"_s,
        u"--title"_s, u"x"_s } << 1
                                 << u"no organisation with id no-such-org"_s;
}

void TestServerAdmin::publishRefusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    const QString publisher = orgId(u"Đảng bộ thành phố Sơn Lâm"_s);
    const QString audience = orgId(u"Chi bộ tổ dân phố số 5"_s);
    arguments.replaceInStrings(u"%P"_s, publisher).replaceInStrings(u"%A"_s, audience);
    const int documents = scalar(u"SELECT COUNT(*) FROM documents"_s).toInt();
    const auto result = cli(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(oneLine(result).contains(error), qPrintable(oneLine(result)));
    QVERIFY(result.standardOutput.isEmpty());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM documents"_s).toInt(), documents);
}

void TestServerAdmin::memberMoveChangesCellAndScope()
{
    const QJsonObject mover = account(u"dangvien.a2"_s);
    const QJsonObject secretary = account(u"bithu.b"_s);
    const QString target = orgId(u"Chi bộ xóm Khuôn Lặng"_s);
    for (const QJsonObject &who : { mover, secretary }) {
        const QString member = who[u"member_id"_s].toString();
        const auto result = cli({ u"member"_s, u"move"_s, u"--db"_s, member, target });
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
        QCOMPARE(
            scalar(u"SELECT org_id FROM members WHERE id = ?"_s, { member }).toString(), target);
        QCOMPARE(scalar(u"SELECT version FROM members WHERE id = ?"_s, { member }).toInt(), 2);
        const auto user
            = rows(u"SELECT org_id, scope_generation, role FROM users WHERE login = ?"_s,
                { who[u"login"_s].toString() });
        QCOMPARE(user[0][0].toString(), target);
        QCOMPARE(user[0][1].toInt(), 2);
        QCOMPARE(user[0][2].toString(), u"member"_s); // a secretary of another cell no more
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM changes WHERE type = 'member' AND entity_id = ? "
                        "AND op = 'put' AND org_id = ? AND owner_member_id = ?"_s,
                     { member, target, member })
                     .toInt(),
            1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'member.move' AND "
                        "target_id = ?"_s,
                     { member })
                     .toInt(),
            1);
    }
    QCOMPARE(scalar(u"SELECT position FROM members WHERE id = ?"_s,
                 { secretary[u"member_id"_s].toString() })
                 .toString(),
        u"Đảng viên"_s);
    // Moving again to the same cell changes nothing.
    const auto again
        = cli({ u"member"_s, u"move"_s, u"--db"_s, mover[u"member_id"_s].toString(), target });
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(
        scalar(u"SELECT scope_generation FROM users WHERE login = 'dangvien.a2'"_s).toInt(), 2);
}

void TestServerAdmin::memberMoveRefusesBadTargets_data()
{
    QTest::addColumn<QStringList>("arguments"); // %M a member, %C a cell, %G a grassroots org
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    QTest::newRow("not a cell") << QStringList { u"%M"_s, u"%G"_s } << 1 << u"not a cell"_s;
    QTest::newRow("no member") << QStringList { u"nobody"_s, u"%C"_s } << 1
                               << u"no member with id nobody"_s;
    QTest::newRow("no org") << QStringList { u"%M"_s, u"nowhere"_s } << 1
                            << u"no organisation with id nowhere"_s;
    QTest::newRow("missing cell") << QStringList { u"%M"_s } << 2 << u"missing <cell_org_id>"_s;
    QTest::newRow("extra") << QStringList { u"%M"_s, u"%C"_s, u"x"_s } << 2
                           << u"unexpected argument \"x\""_s;
}

void TestServerAdmin::memberMoveRefusesBadTargets()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    const QString member = account(u"dangvien.a1"_s)[u"member_id"_s].toString();
    arguments.replaceInStrings(u"%M"_s, member)
        .replaceInStrings(u"%C"_s, orgId(u"Chi bộ xóm Bảo Biên"_s))
        .replaceInStrings(u"%G"_s, orgId(u"Đảng bộ xã La Sơn"_s));
    const QString before
        = scalar(u"SELECT org_id FROM members WHERE id = ?"_s, { member }).toString();
    const auto result = cli(QStringList { u"member"_s, u"move"_s, u"--db"_s } + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(oneLine(result).contains(error), qPrintable(oneLine(result)));
    QCOMPARE(scalar(u"SELECT org_id FROM members WHERE id = ?"_s, { member }).toString(), before);
}

// A secretary account for a member makes them their cell's secretary: their pending profile
// requests (the demo has two, of members without an account) move to the committee above in
// the change log, and the cell's scope gets a delete without owner (so the member, who pulls
// the request as its owner, keeps it). A member account moves nothing.
void TestServerAdmin::aNewSecretaryAccountSendsPendingRequestsAbove()
{
    const auto pending = rows(u"SELECT r.id, r.member_id, m.org_id, o.parent_id "
                              "FROM profile_requests r JOIN members m ON m.id = r.member_id "
                              "JOIN organizations o ON o.id = m.org_id "
                              "WHERE r.status = 'pending' ORDER BY r.id"_s);
    QVERIFY(pending.size() >= 2);
    // Change rows of the request: a put is owned by its member, a delete by nobody.
    const auto recorded = [this](const QString &request, const QString &op, const QString &org) {
        const QString owner = op == u"put"_s
            ? scalar(u"SELECT member_id FROM profile_requests WHERE id = ?"_s, { request })
                  .toString()
            : QString(u""_s);
        return scalar(u"SELECT COUNT(*) FROM changes WHERE type = 'profile_request' AND "
                      "entity_id = ? AND op = ? AND org_id = ? AND "
                      "COALESCE(owner_member_id, '') = ?"_s,
            { request, op, org, owner })
            .toInt();
    };
    const auto create = [this](const QString &login, const QString &role, const QVariantList &r) {
        return cli({ u"user"_s, u"create"_s, u"--db"_s, u"--login"_s, login, u"--password"_s,
            u"Mat-khau-tam-2025"_s, u"--role"_s, role, u"--org"_s, r[2].toString(), u"--member"_s,
            r[1].toString() });
    };

    const QVariantList &risen = pending[0];
    const QString request = risen[0].toString();
    QCOMPARE(recorded(request, u"put"_s, risen[2].toString()), 1);
    auto result = create(u"bithu.moi"_s, u"secretary"_s, risen);
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    QCOMPARE(result.standardOutput.count('\n'), 1); // only the new user id
    QCOMPARE(recorded(request, u"put"_s, risen[3].toString()), 1);
    QCOMPARE(recorded(request, u"delete"_s, risen[2].toString()), 1);
    QCOMPARE(recorded(request, u"put"_s, risen[2].toString()), 0);

    const QVariantList &plain = pending[1];
    result = create(u"dangvien.moi"_s, u"member"_s, plain);
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    QCOMPARE(recorded(plain[0].toString(), u"put"_s, plain[2].toString()), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM changes WHERE type = 'profile_request' AND "
                    "entity_id = ?"_s,
                 { plain[0].toString() })
                 .toInt(),
        1);
}

void TestServerAdmin::badArgumentsFailWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("demo without --accounts")
        << QStringList { u"demo"_s, u"--db"_s, u"sqlite:/tmp/x.db"_s } << 2;
    QTest::newRow("demo without --db")
        << QStringList { u"demo"_s, u"--accounts"_s, u"/tmp/a.json"_s } << 2;
    QTest::newRow("demo bad db") << QStringList { u"demo"_s, u"--db"_s, u"mysql://x"_s,
        u"--accounts"_s, u"/tmp/a.json"_s }
                                 << 2;
    QTest::newRow("demo bad history") << QStringList { u"demo"_s, u"--db"_s,
        u"sqlite:/tmp/never.db"_s, u"--accounts"_s, u"/tmp/a.json"_s, u"--history"_s, u"some"_s }
                                      << 2;
    QTest::newRow("demo unwritable accounts") << QStringList { u"demo"_s, u"--db"_s,
        u"sqlite:/tmp/never.db"_s, u"--accounts"_s, u"/nonexistent/dir/a.json"_s }
                                              << 1;
    QTest::newRow("import without file")
        << QStringList { u"import-members"_s, u"--db"_s, u"sqlite:/tmp/x.db"_s } << 2;
    QTest::newRow("import missing file") << QStringList { u"import-members"_s, u"--db"_s,
        u"sqlite:/tmp/x.db"_s, u"/nonexistent.csv"_s }
                                         << 1;
    QTest::newRow("publish without options") << QStringList { u"publish"_s } << 2;
    QTest::newRow("member without subcommand") << QStringList { u"member"_s } << 2;
    QTest::newRow("member unknown subcommand") << QStringList { u"member"_s, u"delete"_s } << 2;
}

void TestServerAdmin::badArgumentsFailWithOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const auto result = ServerProcess::run(arguments);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, exitCode);
    const QString line = oneLine(result);
    QVERIFY2(line.startsWith(u"handbook-server: "_s), qPrintable(line));
    QVERIFY(!QFile::exists(u"/tmp/never.db"_s));
}

QTEST_GUILESS_MAIN(TestServerAdmin)
#include "tst_server_admin.moc"
