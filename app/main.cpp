// Composition root: parses the command line, builds the session objects (HandbookApp),
// publishes them to QML and loads the UI. The scripting modes (`handbook sync|status`) are
// SyncCommand/StatusCommand; the debug and benchmark modes are in shell/diagnosticmodes.
#include "diagnosticmodes.h"
#include "handbookapp.h"
#include "privatefiles.h"
#include "processhygiene.h"
#include "statuscommand.h"
#include "synccommand.h"
#include "tlsprofile.h"
#include "tlsprofilestore.h"
#include "vaultsession.h"
#include "windowstatus.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <atomic>
#include <cstdio>
#include <cstring>
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
        const int code = std::strcmp(argv[1], "sync") == 0
            ? SyncCommand::run(QCoreApplication::arguments())
            : StatusCommand::run(QCoreApplication::arguments());
        // The vault was opened on a pooled thread (QtConcurrent), where SQLCipher used OpenSSL:
        // that thread ends here, before OpenSSL's exit handler frees what its thread-exit hook
        // reads (a sanitized `handbook sync` crashed there once, after a successful sync).
        QThreadPool::globalInstance()->waitForDone();
        return code;
    }
    // The debug modes never need a screen.
    if ((hasArgument(argc, argv, "--self-test") || hasArgument(argc, argv, "--screenshot"))
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // A QApplication, not a QGuiApplication: Qt Charts' ChartView (the committee's study
    // progress chart) draws through Graphics View, which needs one.
    QApplication app(argc, argv);
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
        u"With --screenshot on an empty data dir: sign-in, create-pin, wrong-pin, last-attempts, home, change-pin; on a synced one (with --screenshot-pin): home-data, library, reader, reader-pdf, search, profile, directory, review, meetings, meeting-detail, dashboard."_s,
        u"state"_s, u"sign-in"_s);
    const QCommandLineOption screenshotPinOption(u"screenshot-pin"_s,
        u"With --screenshot-state home-data, library, reader, reader-pdf, search, profile, directory, review, meetings, meeting-detail, dashboard, settings, notifications, feedback-threads or choose-file: the PIN of the existing vault in --data-dir."_s,
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
    const QCommandLineOption rootKeyOption(u"root-key"_s,
        u"The province root public key (base64) pinned at sign-in; default: root-key.pub beside the program."_s,
        u"base64"_s);
    parser.addOptions({ dataDirOption, serverOption, langOption, textScaleOption, selfTestOption,
        screenshotOption, screenshotStateOption, screenshotPinOption, checkTextOption,
        benchStartupOption, caOption, pinSha256Option, rootKeyOption });
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
    if (const QString problem = DiagnosticModes::screenshotStateProblem(scenario);
        !problem.isEmpty()) {
        printLine(stderr, u"handbook: "_s + problem);
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
    if (parser.isSet(rootKeyOption)) {
        if (!RootKeyStore::parse(parser.value(rootKeyOption))) {
            printLine(stderr, u"handbook: --root-key: not a base64 Ed25519 public key"_s);
            return 1;
        }
        appOptions.rootKey = parser.value(rootKeyOption);
    }
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
        return DiagnosticModes::runSelfTest(engine, QUrl(kMainQml));
    if (parser.isSet(screenshotOption)) {
        const QString problem = DiagnosticModes::screenshotSessionProblem(
            scenario, session, parser.isSet(screenshotPinOption));
        if (!problem.isEmpty()) {
            printLine(stderr, u"handbook: "_s + problem);
            return 1;
        }
    }

    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(kMainQml));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    // HANDBOOK_PRINT_WINDOW_STATUS=1: the sync banner's headline on stderr (tst_run_window).
    WindowStatus::printWhenAsked(window);
    if (parser.isSet(benchStartupOption)) {
        if (!window || session.state() != VaultSession::Locked)
            return 1;
        DiagnosticModes::benchStartup(session, window, parser.value(benchStartupOption));
    }
    if (parser.isSet(screenshotOption)) {
        if (!window)
            return 1;
        DiagnosticModes::Screenshot shot;
        shot.path = parser.value(screenshotOption);
        shot.state = scenario;
        shot.pin = parser.value(screenshotPinOption);
        shot.checkText = parser.isSet(checkTextOption);
        shot.skipSeconds = [clockOffset](qint64 seconds) { *clockOffset += seconds; };
        DiagnosticModes::startScreenshot(session, account, window, shot);
    }
    return QApplication::exec();
}
