// The member's app end to end: the real handbook-server with the demo province,
// the real app (HandbookApp: the same composition as main.cpp) offscreen, driven through its
// UI with mouse clicks and key presses only: sign in, create a PIN, wait for the sync, search
// "nghi quyet", open a result, make the text larger, mark it read, sync — then the server's
// database has the read receipt. Also: a wrong password is shown on the sign-in page before
// any PIN is asked for, with what was typed kept; and
// after a full run with a PDF and a private note (Vietnamese typed through an input
// method, as a phone keyboard does), nothing of the member's data is readable in any file
// the app left on disk.
#include "demoserver.h"
#include "distinctivewindows.h"
#include "documentcatalog.h"
#include "handbookapp.h"
#include "readercatalog.h"
#include "serverprocess.h"
#include "synccontroller.h"
#include "vault.h"
#include "vietnamesefold.h"
#include "windowdriver.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QInputMethodEvent>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPointer>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>
#include <optional>

Q_IMPORT_QML_PLUGIN(HandbookPlugin)

using namespace Qt::StringLiterals;
using namespace WindowDriver;

namespace {

constexpr int kSyncTimeoutMs = 90000;
const auto kLogin = u"dangvien.a1"_s;
const auto kPin = u"246810"_s;

// ---- The plaintext scan ----

// Something that must not be readable on disk, and what a failure calls it: the kind only,
// never the secret.
struct Marker
{
    QString kind;
    QByteArray bytes;
};

// `text` as the app could write it: UTF-8 and UTF-16LE (a QString's own bytes).
void addText(QList<Marker> &markers, const QString &kind, const QString &text)
{
    QStringEncoder utf16le(QStringEncoder::Utf16LE);
    markers.append({ kind + u" (UTF-8)"_s, text.toUtf8() });
    markers.append({ kind + u" (UTF-16LE)"_s, QByteArray(utf16le(text)) });
}

// The regular files under `root`, hidden ones too; symbolic links, sockets and pipes are
// left out (opening a pipe would block).
QSet<QString> filesUnder(const QString &root)
{
    QSet<QString> files;
    if (root.isEmpty() || !QFileInfo(root).isDir())
        return files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().isFile())
            files.insert(path);
    }
    return files;
}

// Items called `name` in the visual tree, shown or not.
int countItems(QQuickItem *item, const QString &name)
{
    int count = item->objectName() == name ? 1 : 0;
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        count += countItems(child, name);
    return count;
}

bool isUnder(const QString &path, const QString &directory)
{
    return !directory.isEmpty() && path.startsWith(QDir::cleanPath(directory) + u'/');
}

// Files are read in pieces this large (a piece also holds the end of the previous one, so a
// marker across two pieces is found).
constexpr qint64 kScanPiece = 1 << 20;

// Adds "<file>: <kind>" to *found for each marker in the file; false when it cannot be read
// (it vanished, or no permission).
bool scanFile(const QString &path, const QList<Marker> &markers, QStringList *found)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    qsizetype longest = 1;
    for (const Marker &marker : markers)
        longest = std::max(longest, marker.bytes.size());
    QSet<QString> kinds;
    QByteArray window;
    while (true) {
        const QByteArray piece = file.read(kScanPiece);
        if (piece.isEmpty())
            break;
        window += piece;
        for (const Marker &marker : markers) {
            if (window.contains(marker.bytes))
                kinds.insert(marker.kind);
        }
        window = window.right(longest - 1);
    }
    QStringList sorted(kinds.cbegin(), kinds.cend());
    sorted.sort();
    for (const QString &kind : std::as_const(sorted))
        *found << path + u": "_s + kind;
    return true;
}

// A line of a PDF's text (pages from the first), at least 16 bytes in UTF-8 and at most 40
// characters; empty when the PDF has no text layer (a scan).
QString pdfPhrase(const QByteArray &pdfBytes)
{
    QByteArray bytes = pdfBytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QPdfDocument pdf;
    pdf.load(&buffer);
    if (pdf.status() != QPdfDocument::Status::Ready)
        return {};
    static const QRegularExpression lineBreaks(u"[\\r\\n]+"_s);
    for (int page = 0; page < pdf.pageCount(); ++page) {
        const QStringList lines = pdf.getAllText(page).text().split(lineBreaks);
        for (qsizetype i = lines.size() / 2; i < lines.size(); ++i) {
            const QString line = lines.at(i).simplified().left(40).trimmed();
            if (line.toUtf8().size() >= 16)
                return line;
        }
    }
    return {};
}

} // namespace

class TstUiEndToEnd : public QObject
{
    Q_OBJECT

    DemoServer m_server;
    // This process's temporary directory once the server runs (TMPDIR points here): the
    // plaintext scan reads all the app put there, and no other process's files (a concurrent
    // test's server database holds the same demo names in clear).
    QTemporaryDir m_privateTemp;
    QString m_sharedTemp; // QDir::tempPath() of the other processes
    std::optional<QByteArray> m_savedTmpDir;

    // The app on `dataDir` as the tests run it: cheap vault keys, Vietnamese, the test
    // server suggested on the sign-in page, the demo's root key pinned at sign-in.
    HandbookApp::Options appOptions(const QString &dataDir) const
    {
        return { dataDir, KdfParams::fastForTests(), {}, u"vi"_s, {}, m_server.baseUrl().toString(),
            {}, m_server.rootPublicKey() };
    }

    // Signs kLogin in on the sign-in page, creates the PIN (typed twice) and waits on the
    // home page for the first sync to end without error. Callers check
    // QTest::currentTestFailed() afterwards.
    void signInAndSync(HandbookApp &app, QQuickWindow *window)
    {
        // Sign in: the server address is suggested; login and password typed.
        QTRY_VERIFY(findVisible(window, u"signInPage"_s));
        QVERIFY(typeInto(window, u"loginField"_s, kLogin));
        QVERIFY(typeInto(window, u"passwordField"_s, m_server.password(kLogin)));
        click(window, findVisible(window, u"signInButton"_s));

        // The server accepted the password: create the PIN. One too easy to guess is refused
        // at once with the reason; then type a good one, and again.
        QTRY_COMPARE_WITH_TIMEOUT(app.account().screen(), AccountController::ChoosePin, 30000);
        QTRY_VERIFY(findVisible(window, u"createPinPage"_s));
        QVERIFY(enterPin(window, u"123456"_s));
        QQuickItem *pinError = nullptr;
        QTRY_VERIFY((pinError = findVisible(window, u"pinError"_s)));
        QVERIFY(pinError->property("text").toString().contains(u"dễ đoán"_s));
        QVERIFY(enterPin(window, kPin));
        QVERIFY(enterPin(window, kPin));

        // Home, and the first sync brings the province's documents.
        QTRY_COMPARE_WITH_TIMEOUT(app.account().screen(), AccountController::Home, 30000);
        QTRY_VERIFY(app.account().sync() != nullptr);
        SyncController *sync = app.account().sync();
        QTRY_VERIFY_WITH_TIMEOUT(sync->lastSuccess().isValid() && !sync->running(), kSyncTimeoutMs);
        QVERIFY2(sync->lastErrorMessage().isEmpty(), qPrintable(sync->lastErrorCode()));
        QTRY_VERIFY(findVisible(window, u"homePage"_s));
    }

    // On the home page: "sync now", until nothing is left to push.
    static void syncFromHome(QQuickWindow *window, SyncController *sync)
    {
        QQuickItem *syncNow = nullptr;
        QTRY_VERIFY((syncNow = findVisible(window, u"syncNowButton"_s)) && syncNow->isEnabled());
        click(window, syncNow);
        QTRY_VERIFY_WITH_TIMEOUT(sync->pendingCount() == 0 && !sync->running(), kSyncTimeoutMs);
        QVERIFY2(sync->lastErrorMessage().isEmpty(), qPrintable(sync->lastErrorCode()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_server.hasAccount(kLogin));

        // From here on (the server already runs with the shared one), QDir::tempPath() and
        // QStandardPaths::TempLocation of this process are the private directory.
        m_sharedTemp = QDir::tempPath();
        QVERIFY(m_privateTemp.isValid());
        if (qEnvironmentVariableIsSet("TMPDIR"))
            m_savedTmpDir = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(m_privateTemp.path()));
        QCOMPARE(QDir::tempPath(), QDir::cleanPath(m_privateTemp.path()));
    }

    void cleanupTestCase()
    {
        if (m_savedTmpDir)
            qputenv("TMPDIR", *m_savedTmpDir);
        else
            qunsetenv("TMPDIR");
    }

    void wrongPasswordIsShown()
    {
        QTemporaryDir data;
        HandbookApp app(appOptions(data.path()));
        QQuickWindow *window = app.load();
        QVERIFY2(window, qPrintable(app.error()));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY(findVisible(window, u"signInPage"_s));
        QVERIFY(typeInto(window, u"loginField"_s, kLogin));
        QVERIFY(typeInto(window, u"passwordField"_s, u"not-the-password"_s));
        bool pinPageShown = false;
        connect(&app.account(), &AccountController::screenChanged, this, [&] {
            pinPageShown = pinPageShown || app.account().screen() == AccountController::ChoosePin;
        });
        click(window, findVisible(window, u"signInButton"_s));
        // The server checks the password before any PIN is asked for: the sign-in
        // page shows its reason in Vietnamese and keeps what was typed.
        QTRY_VERIFY_WITH_TIMEOUT(!app.account().busy(), 30000);
        QTRY_VERIFY(findVisible(window, u"signInError"_s));
        QVERIFY(!pinPageShown);
        QCOMPARE(app.account().screen(), AccountController::SignIn);
        QVERIFY(!app.account().errorMessage().isEmpty());
        QCOMPARE(app.session().state(), VaultSession::NoVault);
        QVERIFY(findVisible(window, u"signInPage"_s));
        const auto fieldText = [window](const QString &name) {
            QQuickItem *labelled = findVisible(window, name);
            auto *input = labelled ? labelled->property("field").value<QQuickItem *>() : nullptr;
            return input ? input->property("text").toString() : QString();
        };
        QCOMPARE(fieldText(u"loginField"_s), kLogin);
        QCOMPARE(fieldText(u"passwordField"_s), u"not-the-password"_s);
        QCOMPARE(fieldText(u"serverField"_s), m_server.baseUrl().toString());
    }

    void signInSearchReadAndMarkRead()
    {
        QTemporaryDir data;
        HandbookApp app(appOptions(data.path()));
        QQuickWindow *window = app.load();
        QVERIFY2(window, qPrintable(app.error()));
        QVERIFY(QTest::qWaitForWindowExposed(window));

        signInAndSync(app, window);
        if (QTest::currentTestFailed())
            return;
        SyncController *sync = app.account().sync();

        // Search without diacritics.
        // Through the bar's "Tài liệu" (it stays put while the home page lays out the cards
        // the first sync brings; under ASan a tap on home's search field landed elsewhere).
        tap(window, u"navLibrary"_s);
        QTRY_VERIFY_WITH_TIMEOUT(findVisible(window, u"libraryPage"_s), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), 30000);
        QQuickItem *searchField = nullptr;
        QTRY_VERIFY((searchField = findVisible(window, u"searchField"_s)));
        click(window, searchField);
        typeText(window, u"nghi quyet"_s);
        QCOMPARE(searchField->property("text").toString(), u"nghi quyet"_s);
        QQuickItem *results = nullptr;
        QTRY_VERIFY((results = findVisible(window, u"resultList"_s))
            && results->property("count").toInt() > 0);

        // Open the first result.
        QQuickItem *first = nullptr;
        QTRY_VERIFY((
            first = results->property("contentItem").value<QQuickItem *>()->childItems().value(0)));
        const QString documentId = first->property("documentId").toString();
        QVERIFY(!documentId.isEmpty());
        click(window, first);
        QTRY_VERIFY(findVisible(window, u"readerPage"_s));

        // Larger text in the reader.
        QQuickItem *body = nullptr;
        QTRY_VERIFY((body = findVisible(window, u"documentBody"_s)));
        const double sizeBefore = body->property("font").value<QFont>().pixelSize();
        tap(window, u"enlargeTextButton"_s);
        QTRY_VERIFY(body->property("font").value<QFont>().pixelSize() > sizeBefore);

        // Mark it read: with the button at the end of the text, unless reading to the end
        // already did (a short document on a tall screen). A restricted document shows the
        // button once it has been fetched.
        const auto isRead = [window] {
            QQuickItem *state = findVisible(window, u"readState"_s);
            return state && state->property("text").toString().startsWith(u'✓');
        };
        QQuickItem *markRead = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (markRead = findVisible(window, u"markReadButton"_s)) || isRead(), 20000);
        if (markRead)
            click(window, markRead);
        QTRY_VERIFY(isRead());

        // Back home and sync now; the receipt reaches the server once.
        tap(window, u"backButton"_s);
        QTRY_VERIFY(findVisible(window, u"libraryPage"_s));
        tap(window, u"backButton"_s);
        QTRY_VERIFY(findVisible(window, u"homePage"_s));
        syncFromHome(window, sync);
        if (QTest::currentTestFailed())
            return;

        QString error;
        {
            QSqlDatabase db = m_server.process().openDatabase(u"check"_s, &error);
            QVERIFY2(db.isValid(), qPrintable(error));
            QSqlQuery query(db);
            QVERIFY(query.prepare(u"SELECT count(*) FROM read_receipts r JOIN users u "
                                  "ON u.member_id = r.member_id WHERE u.login = ? AND "
                                  "r.document_id = ?"_s));
            query.addBindValue(kLogin);
            query.addBindValue(documentId);
            QVERIFY(query.exec() && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    // The plaintext scan of [Foundation] after a full run of the real app: sign in, the first
    // sync with the PDFs, a document and its PDF (a page rendered), a private note, larger
    // text, sync, lock, quit. Then no file the app could have written — the data directory,
    // the temporary directory (what appeared during the run), the app's cache, data and
    // config locations — holds the note, the document's title, text or PDF, the member's
    // name, the password or the PIN, in UTF-8 or UTF-16LE. Messages name the kind of secret
    // and the file, never the secret.
    void nothingReadableOnDiskAfterReadingPdfsAndNotes()
    {
        const QSet<QString> tempBefore = filesUnder(QDir::tempPath());
        const QSet<QString> sharedTempBefore = filesUnder(m_sharedTemp);
        const QString genericCache
            = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
        const QSet<QString> genericCacheBefore = filesUnder(genericCache);
        // The note carries a tag of this run: found anywhere (even among other processes'
        // files), it came from here.
        const QString noteTag
            = u"GHICHU-%1"_s.arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
        const QString note = u"Ghi chú riêng %1: hỏi lại đồng chí bí thư về mục ba"_s.arg(noteTag);

        QTemporaryDir data;
        QVERIFY(data.isValid());
        auto app = std::make_unique<HandbookApp>(appOptions(data.path()));
        QQuickWindow *window = app->load();
        QVERIFY2(window, qPrintable(app->error()));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        signInAndSync(*app, window);
        if (QTest::currentTestFailed())
            return;
        SyncController *sync = app->account().sync();

        // A document whose first PDF is on the device (the first sync downloads them; one
        // more sync if it stopped short), as the server has them.
        QString error;
        QSqlDatabase server = m_server.process().openDatabase(u"scan"_s, &error);
        QVERIFY2(server.isValid(), qPrintable(error));
        const auto cleanup = qScopeGuard([&server] {
            server = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"scan"_s);
        });
        const auto serverPdf = [&server](const QString &sha256) {
            QByteArray bytes;
            QSqlQuery query(server);
            query.prepare(u"SELECT bytes FROM blob_chunks WHERE sha256 = ? ORDER BY seq"_s);
            query.addBindValue(sha256);
            if (query.exec()) {
                while (query.next())
                    bytes += query.value(0).toByteArray();
            }
            return bytes;
        };
        QString documentId;
        QString sha256;
        QByteArray pdfBytes;
        QString pdfText;
        for (int round = 0; round < 3 && documentId.isEmpty(); ++round) {
            if (round > 0) {
                syncFromHome(window, sync);
                if (QTest::currentTestFailed())
                    return;
            }
            SqliteDatabase &vault = app->session().vault().database();
            for (const DocumentSummary &document : DocumentCatalog(vault).newestDocuments()) {
                const auto attachments = ReaderCatalog(vault).attachments(document.id);
                // The row whose "Xem tệp" comes first: the first PDF on the device.
                const auto first = std::find_if(attachments.cbegin(), attachments.cend(),
                    [](const AttachmentInfo &file) { return file.isPdf() && file.stored; });
                if (first == attachments.cend())
                    continue;
                const QByteArray bytes = serverPdf(first->sha256);
                const QString text = pdfPhrase(bytes);
                if (text.isEmpty())
                    continue; // a scan without text: take another
                documentId = document.id;
                sha256 = first->sha256;
                pdfBytes = bytes;
                pdfText = text;
                break;
            }
        }
        QVERIFY2(!documentId.isEmpty(), "a document with a PDF that has text is on the device");
        QCOMPARE(QCryptographicHash::hash(pdfBytes, QCryptographicHash::Sha256).toHex(),
            sha256.toLatin1());

        // The library, the document, its PDF: a page rendered by the image provider.
        tap(window, u"libraryButton"_s);
        QTRY_VERIFY(findVisible(window, u"libraryPage"_s));
        QQuickItem *list = nullptr;
        QTRY_VERIFY(
            (list = findVisible(window, u"documentList"_s)) && list->property("count").toInt() > 0);
        auto *documents = list->property("model").value<QAbstractItemModel *>();
        QVERIFY(documents);
        const int idRole = documents->roleNames().key("documentId", -1);
        int row = -1;
        for (int i = 0; i < documents->rowCount() && row < 0; ++i) {
            if (documents->index(i, 0).data(idRole).toString() == documentId)
                row = i;
        }
        QVERIFY2(row >= 0, "the library lists the document");
        // Scrolled to it, as the member would, once the page is in place (the list may
        // reload while it slides in).
        QTRY_VERIFY(settled(window));
        QQuickItem *documentRow = nullptr;
        QTRY_VERIFY([&] {
            QMetaObject::invokeMethod(
                list, "positionViewAtIndex", Q_ARG(int, row), Q_ARG(int, 1 /* Beginning */));
            const auto rows = list->property("contentItem").value<QQuickItem *>()->childItems();
            for (QQuickItem *item : rows) {
                if (item->property("documentId").toString() == documentId && item->isVisible())
                    documentRow = item;
            }
            return documentRow != nullptr;
        }());
        click(window, documentRow);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(findVisible(window, u"readerPage"_s));
        QQuickItem *openPdf = nullptr;
        QTRY_VERIFY((openPdf = findVisible(window, u"openAttachmentButton"_s)));
        click(window, openPdf);
        QQuickItem *pdfPage = nullptr;
        QTRY_VERIFY((pdfPage = findVisible(window, u"pdfPage"_s)));
        QVERIFY2(pdfPage->property("sha256").toString() == sha256, "the PDF chosen is shown");
        QTRY_VERIFY_WITH_TIMEOUT(
            [window] {
                QQuickItem *image = findVisible(window, u"pageImage"_s);
                return image && image->property("status").toInt() == 1 // Image.Ready
                    && image->property("sourceSize").toSize().width() > 0;
            }(),
            30000);
        tap(window, u"backButton"_s);
        QTRY_VERIFY(findVisible(window, u"readerPage"_s));

        // A private note, through the notes dialog (typed with a Vietnamese keyboard).
        tap(window, u"notesButton"_s);
        auto *notes = window->findChild<QObject *>(u"notesDialog"_s);
        QVERIFY(notes);
        QTRY_VERIFY(notes->property("opened").toBool());
        QTRY_VERIFY(findVisible(window, u"addNoteButton"_s));
        tap(window, u"addNoteButton"_s);
        QQuickItem *editor = nullptr;
        QTRY_VERIFY((editor = findVisible(window, u"noteEditor"_s)));
        click(window, editor);
        QTRY_VERIFY(window->focusObject() == editor);
        commitText(window, note);
        QVERIFY2(editor->property("text").toString() == note, "the note was typed");
        QQuickItem *save = findVisible(window, u"saveNoteButton"_s);
        QVERIFY(save && save->isEnabled());
        click(window, save);
        QQuickItem *noteList = nullptr;
        QTRY_VERIFY((noteList = findVisible(window, u"noteList"_s))
            && noteList->property("count").toInt() == 1);
        tap(window, u"closeNotesButton"_s);
        QTRY_VERIFY(!notes->property("visible").toBool());

        // Larger text.
        QQuickItem *bodyLabel = nullptr;
        QTRY_VERIFY((bodyLabel = findVisible(window, u"documentBody"_s)));
        const double sizeBefore = bodyLabel->property("font").value<QFont>().pixelSize();
        tap(window, u"enlargeTextButton"_s);
        QTRY_VERIFY(bodyLabel->property("font").value<QFont>().pixelSize() > sizeBefore);

        // Home, sync (the note goes to the server), lock, quit.
        tap(window, u"backButton"_s);
        QTRY_VERIFY(findVisible(window, u"libraryPage"_s));
        tap(window, u"backButton"_s);
        QTRY_VERIFY(findVisible(window, u"homePage"_s));
        syncFromHome(window, sync);
        if (QTest::currentTestFailed())
            return;
        // Locking is on "Tôi" (the navigation bar), apart from the other buttons. The home page
        // of the opened vault is gone with it, whether the stack made it (after the PIN was
        // created) or Main.qml did (while the PIN was checked).
        const auto lock = [&] {
            tap(window, u"navMe"_s);
            QTRY_VERIFY(findVisible(window, u"mePage"_s));
            tap(window, u"lockButton"_s);
            QTRY_COMPARE(app->session().state(), VaultSession::Locked);
            QTRY_VERIFY(findVisible(window, u"unlockPage"_s));
            QTRY_COMPARE(countItems(window->contentItem(), u"homePage"_s), 0);
        };
        const QString meetingTitle
            = findVisible(window, u"meetingTitle"_s)->property("text").toString();
        lock();
        if (QTest::currentTestFailed())
            return;
        // Unlocking shows one home page, filled once the vault opened.
        QVERIFY(enterPin(window, kPin));
        QTRY_VERIFY(findVisible(window, u"homePage"_s));
        QCOMPARE(countItems(window->contentItem(), u"homePage"_s), 1);
        QTRY_COMPARE(
            findVisible(window, u"meetingTitle"_s)->property("text").toString(), meetingTitle);
        lock();
        if (QTest::currentTestFailed())
            return;
        app.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

        // What to look for, from the server's copy.
        QList<Marker> markers;
        QString title;
        QString body;
        QString fullName;
        {
            QSqlQuery query(server);
            QVERIFY(query.prepare(u"SELECT title, body FROM documents WHERE id = ?"_s));
            query.addBindValue(documentId);
            QVERIFY(query.exec() && query.next());
            title = query.value(0).toString();
            body = query.value(1).toString();
            QVERIFY(query.prepare(u"SELECT m.full_name FROM users u JOIN members m "
                                  "ON m.id = u.member_id WHERE u.login = ?"_s));
            query.addBindValue(kLogin);
            QVERIFY(query.exec() && query.next());
            fullName = query.value(0).toString();
            // The run was complete: the note reached the server.
            QVERIFY(query.prepare(u"SELECT count(*) FROM notes n JOIN users u ON u.member_id = "
                                  "n.member_id WHERE u.login = ? AND n.document_id = ? AND "
                                  "n.text = ?"_s));
            query.addBindValue(kLogin);
            query.addBindValue(documentId);
            query.addBindValue(note);
            QVERIFY(query.exec() && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
        QVERIFY(title.toUtf8().size() >= 12 && fullName.toUtf8().size() >= 8);
        QVERIFY2(body.size() >= 200, "the document has a text to read");
        addText(markers, u"note"_s, note);
        addText(markers, u"note tag"_s, noteTag);
        addText(markers, u"document title"_s, title);
        for (int part = 1; part <= 3; ++part)
            addText(markers, u"document text %1"_s.arg(part), body.mid(body.size() * part / 4, 24));
        // As the search index folds it (no tone marks, lower case).
        addText(markers, u"document text folded"_s,
            VietnameseFold::fold(body.mid(body.size() / 3, 32)));
        addText(markers, u"PDF text"_s, pdfText);
        const QList<QByteArray> pdfWindows = distinctiveWindows(pdfBytes, 4, 32);
        QVERIFY(pdfWindows.size() >= 2);
        for (qsizetype i = 0; i < pdfWindows.size(); ++i)
            markers.append({ u"PDF bytes %1"_s.arg(i + 1), pdfWindows.at(i) });
        addText(markers, u"member's name"_s, fullName);
        addText(markers, u"password"_s, m_server.password(kLogin));
        addText(markers, u"PIN"_s, kPin);

        // Everything the app could have written, each file once.
        QSet<QString> files = filesUnder(data.path());
        QVERIFY(files.size() >= 3); // current-account, the key envelope, the database
        const QSet<QString> tempAfter = filesUnder(QDir::tempPath());
        const qsizetype tempNew = (tempAfter - tempBefore - files).size();
        files += tempAfter - tempBefore;
        for (const auto location : { QStandardPaths::TempLocation, QStandardPaths::CacheLocation,
                 QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
                 QStandardPaths::AppConfigLocation }) {
            const QString path = QStandardPaths::writableLocation(location);
            if (path != QDir::tempPath()) // the run's own files only, listed above
                files += filesUnder(path);
        }
        QStringList found;
        QStringList unreadable;
        for (const QString &file : std::as_const(files)) {
            if (!scanFile(file, markers, &found))
                unreadable << file;
        }
        qInfo("scanned %lld files (%lld new in the temporary directory) for %lld markers",
            qlonglong(files.size()), qlonglong(tempNew), qlonglong(markers.size()));
        for (const QString &file : std::as_const(files))
            qInfo("  %s (%lld bytes)", qPrintable(file), qlonglong(QFileInfo(file).size()));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        QVERIFY2(unreadable.isEmpty(), qPrintable(u"cannot read: "_s + unreadable.join(u", ")));

        // Files new elsewhere — the shared temporary directory (other processes' too, bar the
        // server's databases, which hold notes in clear by design) and the shared cache — are
        // searched for this run's note only.
        QStringList serverDirectories { m_server.directory(), m_privateTemp.path() };
        if (ServerProcess::backend() == u"postgresql") {
            QSqlQuery query(server);
            QVERIFY(query.exec(u"SHOW data_directory"_s) && query.next());
            serverDirectories << QFileInfo(query.value(0).toString()).absolutePath();
        }
        QList<Marker> noteMarkers;
        addText(noteMarkers, u"note tag"_s, noteTag);
        QSet<QString> elsewhere = (filesUnder(m_sharedTemp) - sharedTempBefore)
            + (filesUnder(genericCache) - genericCacheBefore);
        qsizetype elsewhereScanned = 0;
        for (const QString &file : std::as_const(elsewhere)) {
            if (std::any_of(serverDirectories.cbegin(), serverDirectories.cend(),
                    [&file](const QString &dir) { return isUnder(file, dir); })
                || files.contains(file))
                continue;
            ++elsewhereScanned;
            scanFile(file, noteMarkers, &found); // gone or unreadable: another process's
        }
        qInfo("and %lld new files elsewhere for the note", qlonglong(elsewhereScanned));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

        // The scan can fail: a secret in clear is found, in either encoding, also across the
        // pieces a large file is read in.
        {
            QFile utf8(data.filePath(u"planted-utf8.txt"_s));
            QVERIFY(utf8.open(QIODevice::WriteOnly));
            utf8.write("x" + body.mid(body.size() / 2, 24).toUtf8() + "y");
            QFile utf16(data.filePath(u"planted-utf16.bin"_s));
            QVERIFY(utf16.open(QIODevice::WriteOnly));
            utf16.write(QByteArray(kScanPiece - 7, '\0'));
            QStringEncoder utf16le(QStringEncoder::Utf16LE);
            utf16.write(QByteArray(utf16le(fullName)));
        }
        QStringList planted;
        for (const QString &file : filesUnder(data.path()))
            QVERIFY(scanFile(file, markers, &planted));
        const QString utf8Hit = data.filePath(u"planted-utf8.txt"_s) + u": "_s;
        const QString utf16Hit = data.filePath(u"planted-utf16.bin"_s) + u": "_s;
        QVERIFY2(std::all_of(planted.cbegin(), planted.cend(),
                     [&](const QString &hit) {
                         return hit.startsWith(utf8Hit) || hit.startsWith(utf16Hit);
                     }),
            qPrintable(planted.join(u'\n')));
        QVERIFY(planted.contains(utf8Hit + u"document text 2 (UTF-8)"_s));
        QVERIFY(planted.contains(utf16Hit + u"member's name (UTF-16LE)"_s));
    }
};

QTEST_MAIN(TstUiEndToEnd)

#include "tst_ui_e2e.moc"
