// Composition root: builds the session objects, publishes them to QML, loads the UI.
// Debug modes: --self-test (load every QML file of the module, exit) and --screenshot.
#include "documentcatalog.h"
#include "handbookapp.h"
#include "privatefiles.h"
#include "processhygiene.h"
#include "readercatalog.h"
#include "statuscommand.h"
#include "synccommand.h"
#include "textfitcheck.h"
#include "tlsprofile.h"
#include "vaultsession.h"
#include "windowstatus.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>

Q_IMPORT_QML_PLUGIN(HandbookPlugin)

using namespace Qt::StringLiterals;

namespace {

const auto kMainQml = u"qrc:/Handbook/Main.qml"_s;

void printLine(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream);
}

// `--name` or `--name=value` anywhere on the command line (before QCommandLineParser runs).
bool hasArgument(int argc, char **argv, const char *name)
{
    const size_t length = std::strlen(name);
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], name, length) == 0
            && (argv[i][length] == '\0' || argv[i][length] == '='))
            return true;
    }
    return false;
}

// Collects warnings while the self-test loads QML (and still prints them).
QStringList *g_warnings = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_warnings && type != QtDebugMsg && type != QtInfoMsg)
        g_warnings->append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// --self-test: compile every .qml file in the module's resources, create each page, then
// instantiate Main.qml and let it render a frame. One line per file; 0 only if nothing failed or
// warned.
int runSelfTest(QQmlApplicationEngine &engine)
{
    QStringList warnings;
    g_warnings = &warnings;
    g_previousHandler = qInstallMessageHandler(collectWarnings);

    QStringList files;
    QDirIterator it(u":/Handbook"_s, { u"*.qml"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();

    int failures = 0;
    auto report = [&failures, &warnings](const QString &what, QStringList problems) {
        problems += warnings;
        warnings.clear();
        if (problems.isEmpty()) {
            printLine(stdout, u"PASS "_s + what);
            return;
        }
        ++failures;
        printLine(stdout, u"FAIL "_s + what + u": "_s + problems.join(u" | "_s));
    };

    for (const QString &file : std::as_const(files)) {
        QQmlComponent component(&engine, QUrl(u"qrc"_s + file));
        QStringList problems;
        if (component.isLoading())
            problems.append(u"still loading (expected a synchronous resource load)"_s);
        for (const QQmlError &error : component.errors())
            problems.append(error.toString());
        // Pages need nothing but the singletons: create each once, whatever the vault's state.
        if (problems.isEmpty() && file.startsWith(u":/Handbook/pages/"_s)) {
            std::unique_ptr<QObject> page(component.create());
            if (!page)
                problems.append(component.errorString());
            QCoreApplication::processEvents();
        }
        report(file, problems);
    }

    // Instantiate the whole UI and render once.
    QStringList problems;
    engine.load(QUrl(kMainQml));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        problems.append(u"Main.qml did not create a window"_s);
    } else {
        bool rendered = false;
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window, [&rendered] { rendered = true; });
        QTimer timeout;
        timeout.setSingleShot(true);
        timeout.start(10000);
        window->requestUpdate();
        while (!rendered && timeout.isActive())
            QCoreApplication::processEvents(
                QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
        if (!rendered)
            problems.append(u"no frame rendered within 10 s"_s);
    }
    report(u"instantiate "_s + kMainQml, problems);

    qInstallMessageHandler(g_previousHandler);
    g_warnings = nullptr;
    printLine(stdout,
        failures == 0 ? u"self-test: %1 files OK"_s.arg(files.size())
                      : u"self-test: %1 FAILED"_s.arg(failures));
    return failures == 0 ? 0 : 1;
}

// --screenshot-state: drives a fresh session to the page to capture, then calls done().
// "sign-in" and "create-pin" need nothing here; "home" creates a PIN ("change-pin" also opens that
// dialog); "wrong-pin" creates, locks and tries one wrong PIN; "last-attempts" tries wrong PINs
// until 3 attempts are left, skipping the waits by moving the session's clock (skipSeconds). Only
// on an empty data dir.
void driveSession(VaultSession &session, const QString &target,
    const std::function<void(qint64)> &skipSeconds, std::function<void()> done)
{
    if (target == u"sign-in" || target == u"create-pin") {
        done();
        return;
    }
    const QString pin = u"246810"_s;
    const int wrongAttempts = target == u"last-attempts" ? Vault::kMaxAttempts - 3
        : target == u"wrong-pin"                         ? 1
                                                         : 0;
    auto attempts = std::make_shared<int>(0);
    auto finished = std::make_shared<bool>(false);
    auto step = [&session, pin, wrongAttempts, skipSeconds, attempts, finished, done] {
        if (*finished)
            return;
        const auto finish = [&] {
            *finished = true;
            done();
        };
        switch (session.state()) {
        case VaultSession::NoVault:
            session.createPin(pin, pin);
            break;
        case VaultSession::Unlocked:
            if (wrongAttempts == 0)
                finish();
            else
                session.lock();
            break;
        case VaultSession::Locked:
            if (*attempts >= wrongAttempts) {
                finish();
            } else if (session.retryAfterSeconds() > 0) {
                skipSeconds(session.retryAfterSeconds() + 1); // the countdown reaches 0
            } else {
                ++*attempts;
                session.unlock(u"135790"_s);
            }
            break;
        case VaultSession::Busy:
            break;
        }
    };
    QObject::connect(&session, &VaultSession::stateChanged, &session, step, Qt::QueuedConnection);
    QObject::connect(
        &session, &VaultSession::retryAfterSecondsChanged, &session, step, Qt::QueuedConnection);
    QTimer::singleShot(0, &session, step);
}

const QStringList kDataScenarios { u"home-data"_s, u"library"_s, u"reader"_s, u"search"_s,
    u"profile"_s, u"directory"_s, u"review"_s, u"reader-pdf"_s, u"meetings"_s, u"meeting"_s,
    u"dashboard"_s, u"settings"_s, u"notifications"_s, u"feedback"_s, u"choose-file"_s };

// The newest document with a PDF attachment on this device ("" if none).
QString newestWithPdf(SqliteDatabase &db)
{
    for (const DocumentSummary &doc : DocumentCatalog(db).newestDocuments()) {
        for (const AttachmentInfo &file : ReaderCatalog(db).attachments(doc.id)) {
            if (file.isPdf() && file.stored)
                return doc.id;
        }
    }
    return {};
}

// Calls a function of a QML page (parameters typed `string` or untyped).
bool callPage(QObject *page, const char *function, const QString &argument)
{
    return QMetaObject::invokeMethod(page, function, Q_ARG(QString, argument))
        || QMetaObject::invokeMethod(page, function, Q_ARG(QVariant, QVariant(argument)));
}

// The screenshots of a synced vault: unlocks it with `pin`, then opens the screen to capture
// from the home page (the library, the reader on the newest document, a search for
// "nghi quyet") and calls done().
void openDataScreen(VaultSession &session, QQuickWindow *window, const QString &target,
    const QString &pin, std::function<void()> done)
{
    auto finished = std::make_shared<bool>(false);
    auto step = [&session, window, target, finished, done] {
        if (*finished || session.state() != VaultSession::Unlocked)
            return;
        *finished = true;
        // Let the stack show the home page first.
        QTimer::singleShot(0, window, [&session, window, target, done] {
            auto *home = window->findChild<QObject *>(u"homePage"_s);
            bool ok = home != nullptr;
            if (ok && target == u"library")
                ok = callPage(home, "openLibrary", QString());
            else if (ok && target == u"search")
                ok = callPage(home, "openLibrary", u"nghi quyet"_s);
            else if (ok && target == u"reader") {
                const auto newest = DocumentCatalog(session.vault().database()).newestDocuments(1);
                ok = !newest.isEmpty() && callPage(home, "openDocument", newest.constFirst().id);
            } else if (ok && target == u"reader-pdf") {
                // The reader of a document with a PDF, then its first attachment.
                const QString id = newestWithPdf(session.vault().database());
                ok = !id.isEmpty() && callPage(home, "openDocument", id);
                auto *reader = ok ? window->findChild<QObject *>(u"readerPage"_s) : nullptr;
                ok = reader && QMetaObject::invokeMethod(reader, "openFirstAttachment");
            } else if (ok && target == u"profile") {
                ok = QMetaObject::invokeMethod(home, "openProfile");
            } else if (ok && target == u"directory") {
                ok = QMetaObject::invokeMethod(home, "openDirectory");
            } else if (ok && target == u"review") {
                ok = QMetaObject::invokeMethod(home, "openReview");
            } else if (ok && target == u"settings") {
                ok = QMetaObject::invokeMethod(home, "openSettings");
            } else if (ok && target == u"notifications") {
                ok = QMetaObject::invokeMethod(home, "openNotifications");
            } else if (ok && target == u"feedback") {
                ok = QMetaObject::invokeMethod(home, "openFeedback");
            } else if (ok && target == u"choose-file") {
                // The share page's file picker (on the user's Documents, Downloads or home).
                ok = QMetaObject::invokeMethod(home, "shareDocument");
                auto *share = ok ? window->findChild<QObject *>(u"shareDocumentPage"_s) : nullptr;
                ok = share && QMetaObject::invokeMethod(share, "openFilePicker");
            } else if (ok && target == u"meetings") {
                ok = QMetaObject::invokeMethod(home, "openMeetings");
            } else if (ok && (target == u"meeting" || target == u"dashboard")) {
                // The next meeting (the secretary's follow-up of it for "dashboard").
                const auto next = DocumentCatalog(session.vault().database())
                                      .nextMeeting(QDateTime::currentDateTimeUtc());
                ok = next && QMetaObject::invokeMethod(home, "openMeetings");
                auto *list = ok ? window->findChild<QObject *>(u"meetingsPage"_s) : nullptr;
                ok = list && callPage(list, "openMeeting", next->id);
                auto *meeting = ok ? window->findChild<QObject *>(u"meetingPage"_s) : nullptr;
                ok = meeting
                    && (target == u"meeting" || QMetaObject::invokeMethod(meeting, "openFollowUp"));
            }
            if (!ok) {
                printLine(stderr, u"screenshot: cannot open "_s + target);
                QCoreApplication::exit(1);
                return;
            }
            done();
        });
    };
    QObject::connect(&session, &VaultSession::stateChanged, &session, step, Qt::QueuedConnection);
    if (!session.unlock(pin)) {
        printLine(stderr, u"screenshot: cannot unlock"_s);
        QCoreApplication::exit(1);
    }
}

// Once the window has rendered its first frame and the page transition has ended, saves
// the window as a PNG and quits.
// With `checkText` (--check-text), then lists every text that is cut or reaches outside the
// window (TextFitCheck), one "text-fit: ..." line each, and exits 3 when there is one.
void grabWhenSettled(QQuickWindow *window, std::shared_ptr<bool> firstFrameRendered,
    const QString &path, bool checkText)
{
    auto *stack = window->findChild<QObject *>(u"stack"_s);
    auto *poll = new QTimer(window);
    poll->setInterval(50);
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        if (!*firstFrameRendered || (stack && stack->property("busy").toBool()))
            return;
        poll->stop();
        // Popups (dialogs) open with a short animation of their own.
        QTimer::singleShot(500, window, [window, path, checkText] {
            const QImage image = window->grabWindow();
            const bool saved = !image.isNull() && image.save(path, "PNG");
            printLine(saved ? stdout : stderr,
                saved ? u"screenshot: "_s + path : u"screenshot: cannot write "_s + path);
            const QStringList cuts = checkText ? TextFitCheck::problems(window) : QStringList();
            for (const QString &cut : cuts)
                printLine(stdout, u"text-fit: "_s + cut);
            QCoreApplication::exit(!saved ? 1 : cuts.isEmpty() ? 0 : 3);
        });
    });
    poll->start();
}

// --bench-startup <pin> (tests/bench, the start-up benchmark): at the first frame, unlocks the
// vault as if the PIN had been typed; at the first frame after it opened (the home screen),
// prints one JSON line of CLOCK_MONOTONIC times and the peak RSS, then exits. No PIN is printed.
void benchStartup(VaultSession &session, QQuickWindow *window, const QString &pin)
{
    const auto now = [] {
        timespec time {};
        clock_gettime(CLOCK_MONOTONIC, &time);
        return qint64(time.tv_sec) * 1000000000 + time.tv_nsec;
    };
    auto times = std::make_shared<QJsonObject>();
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [=, &session] {
            times->insert(u"first_frame_ns"_s, double(now()));
            times->insert(u"unlock_ns"_s, double(now()));
            if (!session.unlock(pin))
                QCoreApplication::exit(1);
        },
        Qt::SingleShotConnection);
    QObject::connect(
        &session, &VaultSession::stateChanged, window,
        [=, &session] {
            if (session.state() != VaultSession::Unlocked || times->contains(u"unlocked_ns"_s))
                return;
            times->insert(u"unlocked_ns"_s, double(now()));
            QObject::connect(
                window, &QQuickWindow::frameSwapped, window,
                [=] {
                    times->insert(u"home_frame_ns"_s, double(now()));
                    QFile status(u"/proc/self/status"_s);
                    if (status.open(QIODevice::ReadOnly)) {
                        for (const QByteArray &line : status.readAll().split('\n')) {
                            if (line.startsWith("VmHWM:"))
                                times->insert(u"vm_hwm_kb"_s,
                                    line.mid(6).trimmed().split(' ').constFirst().toDouble());
                        }
                    }
                    printLine(stdout,
                        QString::fromUtf8(QJsonDocument(*times).toJson(QJsonDocument::Compact)));
                    QCoreApplication::exit(0);
                },
                Qt::SingleShotConnection);
            window->requestUpdate();
        },
        Qt::QueuedConnection);
    QTimer::singleShot(60000, window, [] { QCoreApplication::exit(1); });
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any file is written or any secret is read: owner-only files, no core dumps.
    ProcessHygiene::apply();
    // DESIGN.md section 6 scripting modes: no window, no GUI platform.
    if (argc > 1 && (std::strcmp(argv[1], "sync") == 0 || std::strcmp(argv[1], "status") == 0)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setOrganizationName(u"SoTayDangVien"_s);
        QCoreApplication::setApplicationName(u"handbook"_s);
        QCoreApplication::setApplicationVersion(QStringLiteral(HANDBOOK_VERSION));
        return std::strcmp(argv[1], "sync") == 0
            ? SyncCommand::run(QCoreApplication::arguments())
            : StatusCommand::run(QCoreApplication::arguments());
    }
    // The debug modes never need a screen.
    if ((hasArgument(argc, argv, "--self-test") || hasArgument(argc, argv, "--screenshot"))
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(u"SoTayDangVien"_s);
    QGuiApplication::setApplicationName(u"handbook"_s);
    QGuiApplication::setApplicationDisplayName(u"Sổ tay đảng viên"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(HANDBOOK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Sổ tay đảng viên — offline handbook for Party members"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, u"Where accounts are stored."_s, u"dir"_s);
    const QCommandLineOption langOption(
        u"lang"_s, u"User interface language: vi or en."_s, u"lang"_s, u"vi"_s);
    const QCommandLineOption selfTestOption(
        u"self-test"_s, u"Load every QML file offscreen and exit."_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, u"Render offscreen, save a PNG, exit."_s, u"file.png"_s);
    const QCommandLineOption screenshotStateOption(u"screenshot-state"_s,
        u"With --screenshot on an empty data dir: sign-in, create-pin, wrong-pin, last-attempts, home, change-pin; on a synced one (with --screenshot-pin): home-data, library, reader, reader-pdf, search, profile, directory, review, meetings, meeting, dashboard."_s,
        u"state"_s, u"sign-in"_s);
    const QCommandLineOption screenshotPinOption(u"screenshot-pin"_s,
        u"With --screenshot-state home-data, library, reader, reader-pdf, search, profile, directory, review, meetings, meeting, dashboard, settings, notifications, feedback or choose-file: the PIN of the existing vault in --data-dir."_s,
        u"pin"_s);
    const QCommandLineOption checkTextOption(u"check-text"_s,
        u"With --screenshot: list the texts that are cut or wider than the window; exit 3 if any."_s);
    const QCommandLineOption serverOption(
        u"server"_s, u"The server address the sign-in page suggests."_s, u"url"_s);
    const QCommandLineOption textScaleOption(
        u"text-scale"_s, u"Text size factor, 1.0 to 2.0."_s, u"factor"_s, u"1.0"_s);
    const QCommandLineOption benchStartupOption(u"bench-startup"_s,
        u"Benchmark: unlock with this PIN, print start-up times at the home screen, exit."_s,
        u"pin"_s);
    // What to trust for the server's certificate, as for `handbook sync` (stored at sign-in).
    const QCommandLineOption caOption(
        u"ca"_s, u"Trust only the CA certificate(s) in this PEM file."_s, u"pem"_s);
    const QCommandLineOption pinSha256Option(u"pin-sha256"_s,
        u"Also require this SHA-256 (base64) of the server's public key."_s, u"base64"_s);
    parser.addOptions({ dataDirOption, serverOption, langOption, textScaleOption, selfTestOption,
        screenshotOption, screenshotStateOption, screenshotPinOption, checkTextOption,
        benchStartupOption, caOption, pinSha256Option });
    parser.process(app);

    const QString lang = parser.value(langOption);
    if (lang != u"vi" && lang != u"en") {
        printLine(stderr, u"handbook: --lang must be vi or en"_s);
        return 1;
    }
    bool scaleOk = false;
    const double textScale = parser.value(textScaleOption).toDouble(&scaleOk);
    if (!scaleOk || textScale < 1.0 || textScale > 2.0) {
        printLine(stderr, u"handbook: --text-scale must be between 1.0 and 2.0"_s);
        return 1;
    }
    const QString scenario = parser.value(screenshotStateOption);
    const bool dataScenario = kDataScenarios.contains(scenario);
    if (!dataScenario
        && !QStringList { u"sign-in"_s, u"create-pin"_s, u"wrong-pin"_s, u"last-attempts"_s,
            u"home"_s, u"change-pin"_s }
                .contains(scenario)) {
        printLine(stderr,
            u"handbook: --screenshot-state must be sign-in, create-pin, wrong-pin, last-attempts, home, change-pin, home-data, library, reader, reader-pdf, search, profile, directory, review, meetings, meeting, dashboard, settings, notifications, feedback or choose-file"_s);
        return 1;
    }

    // The self-test never touches real data unless a data dir is given.
    QTemporaryDir scratch;
    QString dataDir = parser.value(dataDirOption);
    if (dataDir.isEmpty())
        dataDir = parser.isSet(selfTestOption)
            ? scratch.path()
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!PrivateFiles::makeDir(dataDir)) {
        printLine(stderr, u"handbook: cannot create data dir "_s + dataDir);
        return 1;
    }

    HandbookApp::Options appOptions;
    appOptions.dataDir = dataDir;
    // Screenshots of the later PIN attempts skip the waits by moving this clock forward.
    auto clockOffset = std::make_shared<std::atomic<qint64>>(0);
    if (parser.isSet(screenshotOption))
        appOptions.clock = [clockOffset] {
            return QDateTime::currentDateTimeUtc().addSecs(clockOffset->load());
        };
    if (parser.isSet(langOption))
        appOptions.language = lang;
    if (parser.isSet(textScaleOption))
        appOptions.textScale = textScale;
    appOptions.defaultServer = parser.value(serverOption);
    if (parser.isSet(caOption) || parser.isSet(pinSha256Option)) {
        QString tlsError;
        std::optional<TlsProfile> tls = TlsProfile();
        if (parser.isSet(caOption))
            tls = TlsProfile::fromCaFile(parser.value(caOption), &tlsError);
        for (const QString &pin : parser.values(pinSha256Option)) {
            if (tls && !tls->addPin(pin, &tlsError))
                tls.reset();
        }
        if (!tls) {
            printLine(stderr, u"handbook: --ca/--pin-sha256: "_s + tlsError);
            return 1;
        }
        appOptions.tlsProfile = tls;
    }
    HandbookApp handbook(appOptions);
    if (!handbook.error().isEmpty()) {
        printLine(stderr, u"handbook: "_s + handbook.error());
        return 1;
    }
    VaultSession &session = handbook.session();
    AccountController &account = handbook.account();
    QQmlApplicationEngine &engine = handbook.engine();

    if (parser.isSet(selfTestOption))
        return runSelfTest(engine);

    if (parser.isSet(screenshotOption) && dataScenario
        && (session.state() != VaultSession::Locked || !parser.isSet(screenshotPinOption))) {
        printLine(stderr,
            u"handbook: --screenshot-state "_s + scenario
                + u" needs a synced --data-dir and --screenshot-pin"_s);
        return 1;
    }
    if (parser.isSet(screenshotOption) && !dataScenario && scenario != u"sign-in"
        && scenario != u"create-pin" && session.state() != VaultSession::NoVault) {
        printLine(stderr, u"handbook: --screenshot-state needs an empty --data-dir"_s);
        return 1;
    }

    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(kMainQml));
    if (engine.rootObjects().isEmpty())
        return 1;
    // HANDBOOK_PRINT_WINDOW_STATUS=1: the sync banner's headline on stderr (tst_run_window).
    WindowStatus::printWhenAsked(qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()));
    if (parser.isSet(benchStartupOption)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        if (!window || session.state() != VaultSession::Locked)
            return 1;
        benchStartup(session, window, parser.value(benchStartupOption));
    }

    if (parser.isSet(screenshotOption)) {
        // The PIN page comes after the sign-in page has its three values.
        if (scenario == u"create-pin")
            account.beginSignIn(u"https://sotay.sonlam.example.vn"_s, u"dangvien.a1"_s, u"-"_s);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        if (!window)
            return 1;
        const QString path = parser.value(screenshotOption);
        auto firstFrameRendered = std::make_shared<bool>(false);
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [firstFrameRendered] { *firstFrameRendered = true; }, Qt::SingleShotConnection);
        const auto skipSeconds = [clockOffset](qint64 seconds) { *clockOffset += seconds; };
        const bool checkText = parser.isSet(checkTextOption);
        const auto grab = [=] { grabWhenSettled(window, firstFrameRendered, path, checkText); };
        if (dataScenario) {
            openDataScreen(session, window, scenario, parser.value(screenshotPinOption), grab);
            QTimer::singleShot(60000, &app, [] {
                printLine(stderr, u"screenshot: timed out"_s);
                QCoreApplication::exit(1);
            });
            return QGuiApplication::exec();
        }
        driveSession(session, scenario, skipSeconds, [=] {
            if (scenario == u"change-pin") {
                // The dialog belongs to the settings page.
                if (auto *home = window->findChild<QObject *>(u"homePage"_s))
                    QMetaObject::invokeMethod(home, "openSettings");
                QTimer::singleShot(0, window, [=] {
                    if (auto *dialog = window->findChild<QObject *>(u"changePinDialog"_s))
                        QMetaObject::invokeMethod(dialog, "open");
                    grab();
                });
                return;
            }
            grab();
        });
        QTimer::singleShot(60000, &app, [] {
            printLine(stderr, u"screenshot: timed out"_s);
            QCoreApplication::exit(1);
        });
    }
    return QGuiApplication::exec();
}
