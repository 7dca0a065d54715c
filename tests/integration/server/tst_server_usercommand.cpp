// `handbook-server user create|reset-password|set-role` against a real server's database:
// what each changes (passwords, sessions, must_change_password, role, scope generation),
// its audit entries, and one-line failures with the right exit code.
#include "authfixture.h"
#include "protocol.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The one line a failing command prints on stderr.
QString onlyLine(const QByteArray &standardError)
{
    return standardError.count('\n') == 1
        ? QString::fromUtf8(standardError).trimmed()
        : u"<not one line: %1>"_s.arg(QString::fromUtf8(standardError));
}

} // namespace

class TestServerUserCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resetPasswordAndSetRole();
    void userCommandErrors_data();
    void userCommandErrors();
    void passwordFromStandardInputOrEnvironment();
    void serverFilesAreTheOwnersOnly();

private:
    AuthFixture m_fx;
};

void TestServerUserCommand::initTestCase()
{
    QString error;
    QVERIFY2(m_fx.start(&error), qPrintable(error));
    QVERIFY(!m_fx.createUser(u"an"_s, u"mat-khau-an-1"_s, u"member"_s, u"cell-a"_s, u"m-an"_s)
                 .isEmpty());
}

void TestServerUserCommand::resetPasswordAndSetRole()
{
    const QString id
        = m_fx.createUser(u"lan"_s, u"mat-khau-so-9"_s, u"member"_s, u"cell-b"_s, u"m-cuong"_s);
    QVERIFY(!id.isEmpty());
    const auto login = m_fx.login(u"lan"_s, u"mat-khau-so-9"_s, u"dev-l"_s);
    QCOMPARE(login.status, 200);
    const auto reset = AuthFixture::cli({ u"user"_s, u"reset-password"_s, u"--db"_s, m_fx.db(),
        u"--login"_s, u"lan"_s, u"--password"_s, u"tam-thoi-so-9"_s });
    QCOMPARE(reset.exitCode, 0);
    QCOMPARE(m_fx.me(login.body.value(u"access_token").toString()).errorCode(),
        QString(Protocol::ErrorCode::Unauthenticated));
    QCOMPARE(m_fx.login(u"lan"_s, u"mat-khau-so-9"_s, u"dev-l"_s).status, 401);
    const auto again = m_fx.login(u"lan"_s, u"tam-thoi-so-9"_s, u"dev-l"_s);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body.value(u"must_change_password").toBool(), true);
    QCOMPARE(m_fx.auditCount(u"user.reset_password"_s, u"ok"_s), 1);
    // The temporary password opens nothing but the password change.
    QCOMPARE(m_fx.me(again.body.value(u"access_token").toString()).errorCode(),
        u"password_change_required"_s);
    QCOMPARE(m_fx.post(QString(Protocol::Path::AuthPassword),
                     QJsonObject { { u"old_password"_s, u"tam-thoi-so-9"_s },
                         { u"new_password"_s, u"mat-khau-moi-so-9"_s } },
                     again.body.value(u"access_token").toString())
                 .status,
        200);

    const qint64 generation
        = m_fx.scalar(u"SELECT scope_generation FROM users WHERE id = ?"_s, { id }).toLongLong();
    const auto setRole = AuthFixture::cli({ u"user"_s, u"set-role"_s, u"--db"_s, m_fx.db(),
        u"--login"_s, u"lan"_s, u"--role"_s, u"secretary"_s });
    QCOMPARE(setRole.exitCode, 0);
    QCOMPARE(m_fx.scalar(u"SELECT scope_generation FROM users WHERE id = ?"_s, { id }).toLongLong(),
        generation + 1);
    const auto me = m_fx.me(again.body.value(u"access_token").toString());
    QCOMPARE(me.body.value(u"user").toObject().value(u"role").toString(), u"secretary"_s);
    const auto committee = AuthFixture::cli({ u"user"_s, u"set-role"_s, u"--db"_s, m_fx.db(),
        u"--login"_s, u"lan"_s, u"--role"_s, u"committee"_s, u"--org"_s, u"province"_s });
    QCOMPARE(committee.exitCode, 0);
    QCOMPARE(
        m_fx.scalar(u"SELECT org_id FROM users WHERE id = ?"_s, { id }).toString(), u"province"_s);
    QCOMPARE(m_fx.auditCount(u"user.set_role"_s, u"ok"_s), 2);
}

void TestServerUserCommand::userCommandErrors_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "user", before "--db <db>"
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    const QStringList create { u"create"_s, u"--password"_s, u"mat-khau-moi"_s };
    QTest::newRow("no subcommand") << QStringList() << 2 << u"subcommand"_s;
    QTest::newRow("bad role") << create
            + QStringList { u"--login"_s, u"x1"_s, u"--role"_s, u"king"_s, u"--org"_s, u"cell-a"_s }
                              << 2 << u"king"_s;
    QTest::newRow("unknown org") << create
            + QStringList { u"--login"_s, u"x2"_s, u"--role"_s, u"admin"_s, u"--org"_s, u"mars"_s }
                                 << 1 << u"mars"_s;
    QTest::newRow("duplicate login") << create
            + QStringList { u"--login"_s, u"an"_s, u"--role"_s, u"admin"_s, u"--org"_s,
                  u"province"_s } << 1
                                     << u"exists"_s;
    QTest::newRow("member without member id") << create
            + QStringList { u"--login"_s, u"x3"_s, u"--role"_s, u"member"_s, u"--org"_s,
                  u"cell-a"_s } << 1 << u"--member"_s;
    QTest::newRow("member of another cell") << create
            + QStringList { u"--login"_s, u"x4"_s, u"--role"_s, u"member"_s, u"--org"_s,
                  u"cell-a"_s, u"--member"_s, u"m-cuong"_s }
                                            << 1 << u"cell-b"_s;
    QTest::newRow("weak password") << QStringList { u"create"_s, u"--password"_s, u"12345678"_s,
        u"--login"_s, u"x5"_s, u"--role"_s, u"admin"_s, u"--org"_s, u"province"_s }
                                   << 2 << u"digits"_s;
    QTest::newRow("no login") << QStringList { u"create"_s, u"--password"_s, u"mat-khau-moi"_s }
                              << 2 << u"--login"_s;
    QTest::newRow("reset unknown login") << QStringList { u"reset-password"_s, u"--login"_s,
        u"ghost"_s, u"--password"_s, u"mat-khau-moi"_s }
                                         << 1 << u"ghost"_s;
    QTest::newRow("set-role unknown org") << QStringList { u"set-role"_s, u"--login"_s, u"an"_s,
        u"--role"_s, u"committee"_s, u"--org"_s, u"mars"_s }
                                          << 1 << u"mars"_s;
}

void TestServerUserCommand::userCommandErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    const QStringList full = QStringList { u"user"_s } + arguments
        + (arguments.isEmpty() ? QStringList() : QStringList { u"--db"_s, m_fx.db() });
    const auto result = AuthFixture::cli(full);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, exitCode);
    const QString line = onlyLine(result.standardError);
    QVERIFY2(line.startsWith(u"handbook-server: ") && line.contains(reason), qPrintable(line));
    QCOMPARE(m_fx.scalar(u"SELECT COUNT(*) FROM users WHERE login LIKE 'x%'"_s).toInt(), 0);
}

void TestServerUserCommand::passwordFromStandardInputOrEnvironment()
{
    // `handbook-server user ...` with `input` on its standard input and `environment` added.
    const auto run = [](const QStringList &arguments, const QByteArray &input,
                         const QString &environment = {}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"HANDBOOK_USER_PASSWORD"_s);
        if (!environment.isEmpty())
            env.insert(u"HANDBOOK_USER_PASSWORD"_s, environment);
        process.setProcessEnvironment(env);
        process.start(ServerProcess::executable(), QStringList { u"user"_s } + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished(5000);
            return std::pair { -1, QByteArray() };
        }
        return std::pair { process.exitCode(), process.readAllStandardError() };
    };
    QVERIFY(!m_fx.createUser(u"mai"_s, u"mat-khau-so-11"_s, u"member"_s, u"cell-b"_s, u"m-cuong"_s)
                 .isEmpty());
    // The password never appears on the command line (/proc/<pid>/cmdline).
    const QString temporary = u"Tam-thoi-qua-stdin-4"_s;
    const auto reset = run({ u"reset-password"_s, u"--db"_s, m_fx.db(), u"--login"_s, u"mai"_s,
                               u"--password-stdin"_s },
        temporary.toUtf8() + "\n");
    QVERIFY2(reset.first == 0, reset.second.constData());
    QCOMPARE(m_fx.login(u"mai"_s, u"mat-khau-so-11"_s, u"dev-m"_s).status, 401);
    const auto signedIn = m_fx.login(u"mai"_s, temporary, u"dev-m"_s);
    QCOMPARE(signedIn.status, 200);
    QCOMPARE(signedIn.body.value(u"must_change_password").toBool(), true);

    // From the environment, for a new account (and CRLF on stdin is taken as one line).
    const auto created = run({ u"create"_s, u"--db"_s, m_fx.db(), u"--login"_s, u"tuyet"_s,
                                 u"--role"_s, u"admin"_s, u"--org"_s, u"province"_s },
        {}, u"Mot-mat-khau-tu-moi-truong-5"_s);
    QVERIFY2(created.first == 0, created.second.constData());
    QCOMPARE(m_fx.login(u"tuyet"_s, u"Mot-mat-khau-tu-moi-truong-5"_s, u"dev-x"_s).status, 200);
    const auto crlf = run({ u"reset-password"_s, u"--db"_s, m_fx.db(), u"--login"_s, u"tuyet"_s,
                              u"--password-stdin"_s },
        "Dong-cuoi-windows-6\r\n");
    QVERIFY2(crlf.first == 0, crlf.second.constData());
    QCOMPARE(m_fx.login(u"tuyet"_s, u"Dong-cuoi-windows-6"_s, u"dev-x"_s).status, 200);

    // Nothing on stdin, or both forms: refused, nothing changed.
    const auto empty = run({ u"reset-password"_s, u"--db"_s, m_fx.db(), u"--login"_s, u"mai"_s,
                               u"--password-stdin"_s },
        {});
    QCOMPARE(empty.first, 2);
    QVERIFY2(empty.second.contains("standard input"), empty.second.constData());
    const auto both = run({ u"reset-password"_s, u"--db"_s, m_fx.db(), u"--login"_s, u"mai"_s,
                              u"--password-stdin"_s, u"--password"_s, u"Mat-khau-khac-77"_s },
        "Mat-khau-khac-88\n");
    QCOMPARE(both.first, 2);
    QCOMPARE(m_fx.login(u"mai"_s, temporary, u"dev-m"_s).status, 200);
}

void TestServerUserCommand::serverFilesAreTheOwnersOnly()
{
    if (ServerProcess::backend() != u"sqlite")
        QSKIP("the database file is the SQLite backend's");
    // handbook-server sets umask 077 first: whatever the caller's umask (022 here), the
    // database it creates was never readable by others, not even for a moment.
    const QString file = m_fx.directory() + u"/umask.db"_s;
    const auto init = AuthFixture::cli({ u"init"_s, u"--db"_s, u"sqlite:"_s + file });
    QCOMPARE(init.exitCode, 0);
    const QFileDevice::Permissions permissions = QFile::permissions(file);
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QCOMPARE(permissions
            & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                | QFileDevice::WriteOther),
        QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(TestServerUserCommand)
#include "tst_server_usercommand.moc"
