// "scripts/run with a display opens a window that syncs": runs scripts/demo-session,
// the part of scripts/run after setup and build (scripts/run execs it, so these are its steps,
// not a copy), with a display: an Xvfb of its own, a free port, a temporary RUN_DIR. The
// script loads the demo province, serves it on loopback, signs the client in with
// `handbook sync --login` and opens the window; the test types the PIN into the window as a
// user does (xdotool: keys through the X server) and waits until the window's sync banner
// shows "Đã đồng bộ" after a sync of its own (the app prints the headline as rendered and the
// sync's last success with HANDBOOK_PRINT_WINDOW_STATUS=1, WindowStatus). Fails when the window
// cannot sync with the server whose address `handbook sync` stored. Ends the client, the script
// (whose exit ends the server) and Xvfb by their process ids. Xvfb and xdotool come from
// scripts/setup.
#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString kPin = u"246810"_s; // scripts/run's default $PIN

// Generous bounds for a slow (sanitized) build; the test passes as soon as the state is seen.
constexpr int kStartMs = 120000; // demo province, server, `handbook sync`, window
constexpr int kSyncMs = 60000; // PIN to "Đã đồng bộ"

// `process` ends with the test process, and (groupLeader) leads a process group of its own,
// so that what it starts can be ended together.
void endWithTest(QProcess &process, bool groupLeader)
{
    const pid_t test = ::getpid();
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([test, groupLeader] {
        if (groupLeader)
            ::setsid();
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != test)
            ::_exit(126);
    });
}

// The last "window: sync: ..." line of `output`, for failure messages.
QString lastWindowLine(const QByteArray &output)
{
    const qsizetype at = output.lastIndexOf("window: sync:");
    return at < 0 ? u"(the window printed no sync headline)"_s
                  : QString::fromUtf8(output.mid(at, output.indexOf('\n', at) - at));
}

} // namespace

class TestRunWindow : public QObject
{
    Q_OBJECT

    QProcess m_xvfb;
    QProcess m_script;
    QByteArray m_output; // the script's and its programs' stdout and stderr
    QString m_display;
    QProcessEnvironment m_xenv; // DISPLAY for xdotool
    pid_t m_clientPid = 0;

    // Runs xdotool with `arguments` on the test's display; its stdout, trimmed.
    QString xdotool(const QStringList &arguments, bool *ok = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(m_xenv);
        process.start(u"xdotool"_s, arguments);
        const bool done = process.waitForFinished(10000)
            && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        if (ok)
            *ok = done;
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    // When `handbook sync` in the script last synced (its JSON line's last_sync).
    QDateTime cliLastSync() const
    {
        const QRegularExpressionMatch match = QRegularExpression(u"\"last_sync\":\"([^\"]+)\""_s)
                                                  .match(QString::fromUtf8(m_output));
        return match.hasMatch() ? QDateTime::fromString(match.captured(1), Qt::ISODateWithMs)
                                : QDateTime();
    }

    // Whether the window has shown "Đã đồng bộ" with a last success after `after`.
    bool windowSyncedAfter(const QDateTime &after) const
    {
        const QString prefix = u"window: sync: Đã đồng bộ | last success "_s;
        const QStringList lines = QString::fromUtf8(m_output).split(u'\n');
        for (const QString &line : lines) {
            if (line.startsWith(prefix)
                && QDateTime::fromString(line.mid(prefix.size()), Qt::ISODateWithMs) > after)
                return true;
        }
        return false;
    }

    bool scriptRunning() const { return m_script.state() != QProcess::NotRunning; }

    // Why the script's run went wrong and what the window showed last (cleanup() prints all
    // the script printed).
    QByteArray failure(const QString &what) const
    {
        return (what + u"; last: "_s + lastWindowLine(m_output)).toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &tool : { u"Xvfb"_s, u"xdotool"_s })
            QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                qPrintable(tool + u" is not installed (scripts/setup installs it)"_s));

        // Xvfb picks a free display and writes its number to its stdout (-displayfd 1).
        endWithTest(m_xvfb, false);
        m_xvfb.setProcessChannelMode(QProcess::SeparateChannels);
        m_xvfb.start(u"Xvfb"_s,
            { u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"480x900x24"_s, u"-nolisten"_s,
                u"tcp"_s });
        QVERIFY2(m_xvfb.waitForStarted(), qPrintable(m_xvfb.errorString()));
        QByteArray number;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         number += m_xvfb.readAllStandardOutput();
                         return number.contains('\n') || m_xvfb.state() == QProcess::NotRunning;
                     },
                     20000),
            "Xvfb did not say its display");
        number = number.trimmed();
        QVERIFY2(!number.isEmpty(), m_xvfb.readAllStandardError().constData());
        m_display = u":"_s + QString::fromLatin1(number);
        m_xenv = QProcessEnvironment::systemEnvironment();
        m_xenv.insert(u"DISPLAY"_s, m_display);
    }

    void windowOfScriptsRunSyncs()
    {
        QTemporaryDir runDir;
        QVERIFY(runDir.isValid());
        QTcpServer probe; // a free port for the script's server
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();

        // The user's environment with a display: no offscreen platform or style from CTest,
        // scripts/run's defaults for LOGIN and PIN.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : { u"QT_QPA_PLATFORM"_s, u"QT_QUICK_CONTROLS_STYLE"_s,
                 u"WAYLAND_DISPLAY"_s, u"LOGIN"_s, u"PIN"_s })
            env.remove(name);
        env.insert(u"DISPLAY"_s, m_display);
        env.insert(u"BUILD_DIR"_s, QStringLiteral(HANDBOOK_BUILD_DIR));
        env.insert(u"RUN_DIR"_s, runDir.path());
        env.insert(u"PORT"_s, QString::number(port));
        env.insert(u"HANDBOOK_PRINT_WINDOW_STATUS"_s, u"1"_s);
        // The member's window only: with the secretary's window beside it (issue 23's room),
        // the window found first could be hers.
        env.insert(u"ROOM"_s, u"0"_s);
        m_script.setProcessEnvironment(env);
        m_script.setProcessChannelMode(QProcess::MergedChannels);
        endWithTest(m_script, true);
        connect(&m_script, &QProcess::readyRead, this, [this] { m_output += m_script.readAll(); });
        m_script.start(QStringLiteral(HANDBOOK_SOURCE_DIR "/scripts/demo-session"), {});
        QVERIFY2(m_script.waitForStarted(), qPrintable(m_script.errorString()));

        // The window: mapped once Main.qml is created (the unlock page, the vault is locked).
        QString window;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         window = xdotool(
                             { u"search"_s, u"--onlyvisible"_s, u"--class"_s, u"handbook"_s })
                                      .section(u'\n', 0, 0);
                         return !window.isEmpty() || !scriptRunning();
                     },
                     kStartMs),
            failure(u"no window within the bound"_s).constData());
        QVERIFY2(!window.isEmpty(),
            failure(u"scripts/demo-session ended without a window"_s).constData());
        QVERIFY2(m_output.contains("client: opening the window"),
            failure(u"a window without scripts/run's display branch"_s).constData());
        m_clientPid = xdotool({ u"getwindowpid"_s, window }).toInt();
        QVERIFY2(m_clientPid > 0, "the window has no process id");

        // The user unlocks with the PIN from the keyboard (the PIN pad takes digits and Enter).
        bool ok = false;
        xdotool({ u"windowfocus"_s, u"--sync"_s, window }, &ok);
        QVERIFY2(ok, "xdotool could not focus the window");
        xdotool({ u"type"_s, u"--delay"_s, u"20"_s, kPin }, &ok);
        QVERIFY2(ok, "xdotool could not type the PIN");
        xdotool({ u"key"_s, u"Return"_s }, &ok);
        QVERIFY(ok);

        // "Đã đồng bộ" also shows before the window's first sync has run: it counts once the
        // banner's last success is later than that of `handbook sync`.
        const QDateTime signedIn = cliLastSync();
        QVERIFY2(signedIn.isValid(), failure(u"handbook sync printed no last_sync"_s).constData());
        QVERIFY2(QTest::qWaitFor(
                     [&] { return windowSyncedAfter(signedIn) || !scriptRunning(); }, kSyncMs),
            failure(u"the window did not show \"Đã đồng bộ\" after a sync of its own"_s)
                .constData());
        QVERIFY2(windowSyncedAfter(signedIn),
            failure(u"scripts/demo-session ended before the window synced"_s).constData());
        for (const QString &line : QString::fromUtf8(m_output).split(u'\n'))
            if (line.startsWith(u"window: "_s))
                qInfo().noquote() << line;

        // Closing the window ends scripts/run, and its exit stops the server.
        QCOMPARE(::kill(m_clientPid, SIGTERM), 0);
        QVERIFY2(m_script.waitForFinished(30000),
            failure(u"the script outlived its window"_s).constData());
        m_clientPid = 0;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         QTcpSocket socket;
                         socket.connectToHost(QHostAddress::LocalHost, port);
                         return !socket.waitForConnected(1000);
                     },
                     30000),
            "the server still answers after scripts/run ended");
    }

    void cleanup()
    {
        if (m_clientPid > 0)
            ::kill(m_clientPid, SIGTERM);
        m_clientPid = 0;
        if (scriptRunning()) {
            const pid_t group = static_cast<pid_t>(m_script.processId());
            ::kill(-group, SIGTERM); // the script, its server and client
            if (!m_script.waitForFinished(10000))
                ::kill(-group, SIGKILL);
            m_script.waitForFinished();
        }
        if (QTest::currentTestFailed())
            qWarning().noquote() << u"scripts/demo-session printed:\n"_s
                    + QString::fromUtf8(m_output);
        m_output.clear();
    }

    void cleanupTestCase()
    {
        if (m_xvfb.state() != QProcess::NotRunning) {
            m_xvfb.terminate();
            if (!m_xvfb.waitForFinished(10000)) {
                m_xvfb.kill();
                m_xvfb.waitForFinished();
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRunWindow)
#include "tst_run_window.moc"
