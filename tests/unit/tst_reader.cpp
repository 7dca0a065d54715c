// The reader over a real vault: reading position and text size kept in the vault (and never
// queued for sync), automatic "mark as read" queues exactly one document.read, bookmarks and
// notes queue their mutations, attachments on the device or not, PDF pages rendered from the
// BlobStore (and from memory) through the image provider, and restricted documents fetched
// through DocumentFetcher, shown with a watermark and never stored.
#include "authsession.h"
#include "blobstore.h"
#include "documentfetcher.h"
#include "faketransport.h"
#include "outbox.h"
#include "pdfimageprovider.h"
#include "pdfpagerenderer.h"
#include "pdfpages.h"
#include "qmlsingletons.h"
#include "readercatalog.h"
#include "readercontroller.h"
#include "readerprefs.h"
#include "replicastore.h"
#include "searchindex.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "vaultsession.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(HandbookPlugin)

using namespace Qt::StringLiterals;

namespace {
const QString kPin = u"246810"_s;
constexpr int kTimeoutMs = 20000;
const QString kMe = u"m-me"_s;
const QString kDemoDir = QStringLiteral(HANDBOOK_SOURCE_DIR "/assets/demo/attachments/");
const QString kSecretBody = u"Nội dung tuyệt mật về khu vực phòng thủ zyxwvu."_s;

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject document(const QString &id, const QString &classification,
    const QJsonArray &attachments = {}, const QString &body = u"Toàn văn"_s)
{
    QJsonObject doc { { u"id"_s, id }, { u"org_id"_s, u"o1"_s }, { u"audience_org_id"_s, u"o1"_s },
        { u"kind"_s, u"resolution"_s }, { u"number"_s, u"09-NQ/TU"_s },
        { u"title"_s, u"Nghị quyết "_s + id }, { u"issued_date"_s, u"2026-11-01"_s },
        { u"issuer"_s, u"Tỉnh ủy"_s }, { u"summary"_s, u"Tóm tắt"_s },
        { u"classification"_s, classification }, { u"attachments"_s, attachments },
        { u"published_at"_s, u"2026-11-01T00:00:00Z"_s } };
    if (!body.isEmpty())
        doc.insert(u"body"_s, body);
    return doc;
}

QJsonObject attachment(const QString &sha256, qint64 size, const QString &name)
{
    return { { u"sha256"_s, sha256 }, { u"size"_s, size }, { u"mime"_s, u"application/pdf"_s },
        { u"name"_s, name } };
}

QByteArray demoPdf(const QString &name = u"nq-09-thu.pdf"_s)
{
    QFile file(kDemoDir + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Share of pixels that are not (nearly) white.
double inkRatio(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qint64 ink = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (qGray(line[x]) < 200)
                ++ink;
        }
    }
    return double(ink) / double(qint64(rgb.width()) * rgb.height());
}
} // namespace

class TestReader : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    QByteArray m_pdf;

    SqliteDatabase &db() { return m_session->vault().database(); }

    std::unique_ptr<VaultSession> openSession()
    {
        Vault::Options options;
        options.accountDir = m_dir->filePath(u"accounts/u1"_s);
        options.kdf = KdfParams::fastForTests();
        return std::make_unique<VaultSession>(options);
    }

    QList<PendingMutation> pending() { return Outbox(db()).pending(); }

    void storeBlob(const QByteArray &bytes)
    {
        BlobStore blobs(db());
        const QString sha = sha256Of(bytes);
        blobs.begin(sha, bytes.size(), u"application/pdf"_s);
        for (qsizetype offset = 0; offset < bytes.size(); offset += BlobStore::kChunkSize)
            QVERIFY(blobs.append(sha, bytes.mid(offset, BlobStore::kChunkSize)));
        QVERIFY(blobs.finish(sha));
    }

    std::unique_ptr<ReaderController> reader(const QString &documentId)
    {
        auto controller = std::make_unique<ReaderController>();
        controller->setClock([] { return QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC); });
        controller->setSession(m_session.get());
        controller->setDocumentId(documentId);
        return controller;
    }

private Q_SLOTS:
    void initTestCase() { m_pdf = demoPdf(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = openSession();
        QVERIFY(m_session->createPin(kPin, kPin));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), VaultSession::Unlocked, kTimeoutMs);
        SyncState(db()).setValue(u"member_id"_s, kMe);
        SyncState(db()).setValue(u"org_id"_s, u"o1"_s);
        SyncState(db()).setValue(u"user_id"_s, u"u1"_s);
        ReplicaStore replica(db());
        replica.put(u"member"_s, kMe, 1,
            { { u"id"_s, kMe }, { u"org_id"_s, u"o1"_s }, { u"full_name"_s, u"Nguyễn Văn An"_s },
                { u"position"_s, u"Đảng viên"_s } });
        const QString pdfSha = sha256Of(m_pdf);
        replica.put(u"document"_s, u"d1"_s, 1,
            document(u"d1"_s, u"internal"_s,
                { attachment(pdfSha, m_pdf.size(), u"nq-09.pdf"_s),
                    attachment(QString(64, u'a'), 1000, u"phu-luc.pdf"_s) }));
        replica.put(u"document"_s, u"d2"_s, 1, document(u"d2"_s, u"public"_s));
        // As the pull brings it: no body, no attachments.
        replica.put(
            u"document"_s, u"secret"_s, 1, document(u"secret"_s, u"restricted"_s, {}, QString()));
        storeBlob(m_pdf);
        QCOMPARE(Outbox(db()).pendingCount(), 0);
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void readingPositionPersistsAcrossReopen()
    {
        {
            auto first = reader(u"d1"_s);
            QVERIFY(first->found());
            QCOMPARE(first->readingPosition(), 0.0);
            first->saveReadingPosition(0.625);
            first->saveReadingPosition(qQNaN()); // ignored
        }
        QCOMPARE(reader(u"d1"_s)->readingPosition(), 0.625);
        QCOMPARE(reader(u"d2"_s)->readingPosition(), 0.0); // per document
        // The vault itself keeps it: close it, open it again.
        m_session.reset();
        m_session = openSession();
        QVERIFY(m_session->unlock(kPin));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), VaultSession::Unlocked, kTimeoutMs);
        QCOMPARE(reader(u"d1"_s)->readingPosition(), 0.625);
        QCOMPARE(Outbox(db()).pendingCount(), 0); // local only, never synced
    }

    void textSizeIsRememberedWithinLimits()
    {
        {
            auto first = reader(u"d1"_s);
            QCOMPARE(first->textScale(), 1.0);
            QVERIFY(!first->canShrinkText());
            QSignalSpy changed(first.get(), &ReaderController::textScaleChanged);
            first->enlargeText();
            first->enlargeText();
            QCOMPARE(first->textScale(), 1.5);
            QCOMPARE(changed.count(), 2);
            first->shrinkText();
            first->shrinkText();
            first->shrinkText(); // stays at 100 %
            QCOMPARE(first->textScale(), 1.0);
            for (int i = 0; i < 10; ++i)
                first->enlargeText();
            QCOMPARE(first->textScale(), 2.0); // at most 200 %
            QVERIFY(!first->canEnlargeText());
            first->shrinkText();
        }
        // Another document, another time: the same size.
        QCOMPARE(reader(u"d2"_s)->textScale(), 1.75);
        QCOMPARE(ReaderPrefs(db()).textScale(), 1.75);
        QCOMPARE(Outbox(db()).pendingCount(), 0);
    }

    void reachingTheEndMarksReadExactlyOnce()
    {
        auto controller = reader(u"d2"_s);
        QVERIFY(!controller->read());
        QSignalSpy marked(controller.get(), &ReaderController::markedRead);
        QVERIFY(controller->reachedEnd());
        QVERIFY(controller->read());
        QVERIFY(!controller->reachedEnd());
        QVERIFY(controller->markRead()); // already read: nothing more
        QCOMPARE(marked.count(), 1);
        // Reopened: still read, still one receipt queued.
        QVERIFY(!reader(u"d2"_s)->reachedEnd());
        const auto queued = pending();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().name, u"document.read"_s);
        QCOMPARE(queued.first().args, QJsonObject({ { u"document_id"_s, u"d2"_s } }));
    }

    void bookmarkAndNotesQueueTheirMutations()
    {
        auto controller = reader(u"d1"_s);
        QAbstractItemModelTester tester(
            controller->notes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!controller->bookmarked());
        QVERIFY(controller->toggleBookmark());
        QVERIFY(controller->bookmarked());
        QVERIFY(reader(u"d1"_s)->bookmarked()); // kept in the replica
        QVERIFY(controller->toggleBookmark());
        QVERIFY(!controller->bookmarked());

        QVERIFY(!controller->saveNote({}, u"   "_s)); // nothing to save
        QVERIFY(!controller->errorMessage().isEmpty());
        QVERIFY(controller->saveNote({}, u"Cần hỏi chi bộ về mục 3"_s));
        QVERIFY(controller->errorMessage().isEmpty());
        QCOMPARE(controller->notes()->rowCount(), 1);
        const QModelIndex row = controller->notes()->index(0, 0);
        const QString noteId = row.data(NoteListModel::IdRole).toString();
        QVERIFY(!noteId.isEmpty());
        QVERIFY(QRegularExpression(u"^\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}$"_s)
                    .match(row.data(NoteListModel::UpdatedRole).toString())
                    .hasMatch());
        QVERIFY(controller->saveNote(noteId, u"Cần hỏi chi bộ về mục 3 và 4"_s));
        QCOMPARE(controller->notes()->rowCount(), 1);
        QCOMPARE(controller->notes()->index(0, 0).data(NoteListModel::TextRole).toString(),
            u"Cần hỏi chi bộ về mục 3 và 4"_s);
        QVERIFY(controller->deleteNote(noteId));
        QCOMPARE(controller->notes()->rowCount(), 0);

        const auto queued = pending();
        QStringList names;
        for (const PendingMutation &m : queued)
            names << m.name;
        QCOMPARE(names,
            (QStringList { u"bookmark.put"_s, u"bookmark.delete"_s, u"note.put"_s, u"note.put"_s,
                u"note.delete"_s }));
        QCOMPARE(queued.at(0).args, QJsonObject({ { u"document_id"_s, u"d1"_s } }));
        QCOMPARE(queued.at(1).args, QJsonObject({ { u"document_id"_s, u"d1"_s } }));
        QCOMPARE(queued.at(2).args,
            QJsonObject({ { u"id"_s, noteId }, { u"document_id"_s, u"d1"_s },
                { u"text"_s, u"Cần hỏi chi bộ về mục 3"_s } }));
        QCOMPARE(queued.at(3).args.value(u"id"_s).toString(), noteId);
        QCOMPARE(queued.at(3).args.value(u"text"_s).toString(), u"Cần hỏi chi bộ về mục 3 và 4"_s);
        QCOMPARE(queued.at(4).args, QJsonObject({ { u"id"_s, noteId } }));
    }

    void attachmentsShowWhetherTheyAreOnTheDevice()
    {
        auto controller = reader(u"d1"_s);
        AttachmentListModel *list = controller->attachments();
        QAbstractItemModelTester tester(
            list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(list->rowCount(), 2);
        const QModelIndex stored = list->index(0, 0);
        QCOMPARE(stored.data(AttachmentListModel::NameRole).toString(), u"nq-09.pdf"_s);
        QVERIFY(stored.data(AttachmentListModel::IsPdfRole).toBool());
        QVERIFY(stored.data(AttachmentListModel::AvailableRole).toBool());
        QCOMPARE(stored.data(AttachmentListModel::SourceRole).toString(),
            PdfPageRenderer::vaultSource(sha256Of(m_pdf)));
        const QModelIndex missing = list->index(1, 0);
        QVERIFY(!missing.data(AttachmentListModel::AvailableRole).toBool());
        QVERIFY(missing.data(AttachmentListModel::SourceRole).toString().isEmpty());
    }

    void providerRendersAPdfPageFromTheVault()
    {
        PdfImageProvider provider(m_session.get());
        const QString source = PdfPageRenderer::vaultSource(sha256Of(m_pdf));

        PdfPages pages;
        pages.setRenderer(provider.renderer());
        pages.setSource(source);
        QVERIFY(pages.count() >= 1);
        QVERIFY(pages.errorMessage().isEmpty());
        QVERIFY(pages.aspectRatio(0) > 1.2 && pages.aspectRatio(0) < 1.6); // A4 portrait
        QCOMPARE(pages.imageUrl(0), u"image://pdfpage/"_s + source + u"/0"_s);

        std::unique_ptr<QQuickImageResponse> response(
            provider.requestImageResponse(source + u"/0"_s, QSize(600, 0)));
        QSignalSpy finished(response.get(), &QQuickImageResponse::finished);
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY2(response->errorString().isEmpty(), qPrintable(response->errorString()));
        std::unique_ptr<QQuickTextureFactory> texture(response->textureFactory());
        const QImage image = texture->image();
        QCOMPARE(image.width(), 600);
        QVERIFY(image.height() > 800);
        const double ink = inkRatio(image);
        QVERIFY2(ink > 0.005 && ink < 0.6, qPrintable(QString::number(ink))); // text, not blank

        // A page that does not exist, and a blob that is not on the device, fail cleanly.
        std::unique_ptr<QQuickImageResponse> missing(provider.requestImageResponse(
            PdfPageRenderer::vaultSource(QString(64, u'a')) + u"/0"_s, {}));
        QSignalSpy missingDone(missing.get(), &QQuickImageResponse::finished);
        QVERIFY(missingDone.wait(kTimeoutMs));
        QVERIFY(!missing->errorString().isEmpty());
        pages.setSource(PdfPageRenderer::vaultSource(QString(64, u'a')));
        QCOMPARE(pages.count(), 0);
        QVERIFY(!pages.errorMessage().isEmpty());

        // Locked: nothing is read any more.
        m_session->lock();
        QVERIFY(provider.renderer()->render(source, 0, QSize(100, 0)).isNull());
    }

    void viewerShowsPagesFromTheProviderAndZooms()
    {
        QQmlEngine engine;
        engine.addImportPath(u"qrc:/"_s);
        PdfImageProvider::install(engine, m_session.get());
        QQmlComponent component(&engine);
        component.setData(
            u"import QtQuick\nimport Handbook\nPdfViewer { width: 400; height: 700; source: \"%1\" }"_s
                .arg(PdfPageRenderer::vaultSource(sha256Of(m_pdf)))
                .toUtf8(),
            QUrl(u"qrc:/test/viewer.qml"_s));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *viewer = qobject_cast<QQuickItem *>(object.get());
        QQuickWindow window;
        window.resize(400, 700);
        viewer->setParentItem(window.contentItem());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(viewer->property("pageCount").toInt() >= 1);
        // Delegates are found through the visual tree (their QObject parent is not the view).
        std::function<QQuickItem *(QQuickItem *)> firstImageIn
            = [&](QQuickItem *item) -> QQuickItem * {
            if (item->objectName() == u"pageImage"_s
                && item->property("source").toUrl().toString().endsWith(u"/0"_s))
                return item;
            for (QQuickItem *child : item->childItems()) {
                if (QQuickItem *found = firstImageIn(child))
                    return found;
            }
            return nullptr;
        };
        auto firstImage = [&] { return firstImageIn(viewer); };
        QTRY_VERIFY_WITH_TIMEOUT(firstImage(), kTimeoutMs);
        constexpr int kReady = 1; // Image.Ready
        QTRY_COMPARE_WITH_TIMEOUT(firstImage()->property("status").toInt(), kReady, kTimeoutMs);
        const int width = firstImage()->property("sourceSize").toSize().width();
        QVERIFY(width >= 380);

        // Twice as large: wider than the view (it scrolls sideways), rendered again sharper.
        QVERIFY(QMetaObject::invokeMethod(viewer, "setZoom", Q_ARG(double, 2.0)));
        auto *list = viewer->findChild<QQuickItem *>(u"pageList"_s);
        QVERIFY(list);
        QCOMPARE(list->property("contentWidth").toDouble(), 2 * list->width());
        QTRY_COMPARE_WITH_TIMEOUT(
            firstImage()->property("sourceSize").toSize().width(), 2 * width, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(firstImage()->property("status").toInt(), kReady, kTimeoutMs);
    }

    void pageMarksReadAtTheEndAndReopensThere()
    {
        QStringList paragraphs;
        for (int i = 1; i <= 120; ++i)
            paragraphs
                << u"Đoạn %1: các cấp ủy quán triệt và triển khai thực hiện nghị quyết."_s.arg(i);
        ReplicaStore(db()).put(u"document"_s, u"long"_s, 1,
            document(u"long"_s, u"internal"_s, {}, paragraphs.join(u"\n\n"_s)));
        VaultSessionSingleton::setInstance(m_session.get());
        // The page binds the account's fetcher (none here: not signed in to a server).
        AccountController account(m_session.get(), m_dir->path(), KdfParams::fastForTests());
        AccountSingleton::setInstance(&account);
        // The app's one text size, which the reader's A− / A+ change (Main.qml binds the
        // Theme to it as here).
        AppSettings settings(m_dir->path());
        AppSettingsSingleton::setInstance(&settings);
        QQmlEngine engine;
        engine.addImportPath(u"qrc:/"_s);
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport Handbook\nReaderPage { width: 400; height: 700\n"
                          "Binding { target: Theme; property: \"textScale\"; "
                          "value: AppSettings.textScale } }",
            QUrl(u"qrc:/test/reader.qml"_s));
        QQuickWindow window;
        window.resize(400, 700);
        auto open = [&] {
            std::unique_ptr<QObject> page(
                component.createWithInitialProperties({ { u"documentId"_s, u"long"_s } }));
            if (page)
                qobject_cast<QQuickItem *>(page.get())->setParentItem(window.contentItem());
            return page;
        };
        auto page = open();
        QVERIFY2(page, qPrintable(component.errorString()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *scroller = page->findChild<QQuickItem *>(u"readerScroller"_s);
        QVERIFY(scroller);
        QTRY_VERIFY(scroller->property("contentHeight").toDouble() > 5 * scroller->height());

        // Flick down as a finger would, to the end of the text.
        for (int i = 0; i < 100 && !scroller->property("atYEnd").toBool(); ++i) {
            QMetaObject::invokeMethod(scroller, "flick", Q_ARG(qreal, 0), Q_ARG(qreal, -8000));
            QTRY_VERIFY(!scroller->property("moving").toBool());
        }
        QVERIFY(scroller->property("atYEnd").toBool());
        // Reading down, the title bar and tools have slid away (a third of the
        // screen at 200 %); scrolling up brings them back, where they were.
        auto *header = page->findChild<QQuickItem *>(u"readerHeader"_s);
        QVERIFY(header);
        QVERIFY(!page->property("headerShown").toBool());
        QTRY_COMPARE(header->y(), -header->height());
        QMetaObject::invokeMethod(scroller, "flick", Q_ARG(qreal, 0), Q_ARG(qreal, 400));
        QTRY_VERIFY(page->property("headerShown").toBool());
        QTRY_COMPARE(header->y(), 0.0);
        QTRY_VERIFY(!scroller->property("moving").toBool());
        const auto queued = pending();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().name, u"document.read"_s);
        QCOMPARE(queued.first().args.value(u"document_id"_s).toString(), u"long"_s);
        QVERIFY(ReaderPrefs(db()).position(u"long"_s) > 0.95);

        // Opened again: at the end, where the member stopped.
        page.reset();
        page = open();
        QVERIFY(page);
        scroller = page->findChild<QQuickItem *>(u"readerScroller"_s);
        QTRY_VERIFY(scroller->property("contentY").toDouble()
            > 0.9 * (scroller->property("contentHeight").toDouble() - scroller->height()));
        QCOMPARE(pending().size(), 1); // opening where it ended marks nothing again
        // Larger text reflows the page; the reader stays at the same place in it.
        auto *enlarge = page->findChild<QQuickItem *>(u"enlargeTextButton"_s);
        QVERIFY(enlarge);
        const double heightBefore = scroller->property("contentHeight").toDouble();
        QVERIFY(QMetaObject::invokeMethod(enlarge, "clicked"));
        QTRY_VERIFY(scroller->property("contentHeight").toDouble() > 1.1 * heightBefore);
        QTRY_VERIFY(scroller->property("contentY").toDouble()
            > 0.9 * (scroller->property("contentHeight").toDouble() - scroller->height()));
        // The app's setting changed (Settings shows it), not a size of the reader's own.
        QCOMPARE(settings.textScale(), 1.25);
        QCOMPARE(ReaderPrefs(db()).textScale(), 1.0);
        page.reset();
        VaultSessionSingleton::setInstance(nullptr);
        AccountSingleton::setInstance(nullptr);
        AppSettingsSingleton::setInstance(nullptr);
    }

    void memorySourcesRenderAndAreForgottenWhenLocked()
    {
        PdfPageRenderer renderer(m_session.get());
        const QString source = renderer.addMemorySource(m_pdf);
        QVERIFY(source.startsWith(u"memory/"_s));
        const QImage image = renderer.render(source, 0, QSize(0, 500));
        QCOMPARE(image.height(), 500);
        QVERIFY(inkRatio(image) > 0.005);
        QVERIFY(renderer.render(source, 99, QSize(100, 0)).isNull());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not a readable PDF"_s));
        QVERIFY(renderer.render(renderer.addMemorySource("not a pdf"), 0, QSize(100, 0)).isNull());
        m_session->lock();
        QVERIFY(!renderer.hasMemorySource(source));
        QVERIFY(renderer.render(source, 0, QSize(100, 0)).isNull());
    }

    void restrictedDocumentIsFetchedShownAndNeverStored()
    {
        FakeTransport transport;
        const QByteArray secretPdf = demoPdf(u"qc-03-tu.pdf"_s);
        const QString secretSha = sha256Of(secretPdf);
        transport.handler = [&](const HttpRequest &request) {
            if (request.header("authorization") != "Bearer access-1")
                return FakeTransport::json(401, FakeTransport::error(u"unauthenticated"));
            if (request.path == u"/v1/documents/secret"_s)
                return FakeTransport::json(200,
                    { { u"document"_s,
                        document(u"secret"_s, u"restricted"_s,
                            { attachment(secretSha, secretPdf.size(), u"mat.pdf"_s) },
                            kSecretBody) } });
            if (request.path == u"/v1/blobs/"_s + secretSha)
                return FakeTransport::raw(200, secretPdf);
            return FakeTransport::json(404, FakeTransport::error(u"not_found"));
        };
        AuthSession auth(&transport);
        AuthTokens tokens;
        tokens.accessToken = u"access-1"_s;
        tokens.refreshToken = u"refresh-1"_s;
        tokens.user = AuthUser { u"u1"_s, kMe, u"member"_s, u"o1"_s };
        auth.adopt(tokens);
        DocumentFetcher fetcher(&auth);
        PdfPageRenderer renderer(m_session.get());

        // Without a fetcher: a plain explanation, nothing fetched, cannot be marked read.
        auto controller = reader(u"secret"_s);
        controller->setPdfRenderer(&renderer);
        QVERIFY(controller->restricted());
        QCOMPARE(controller->restrictedState(), ReaderController::NeedsNetwork);
        QVERIFY(controller->restrictedMessage().contains(u"cần kết nối mạng"_s));
        QVERIFY(controller->body().isEmpty());
        QVERIFY(!controller->reachedEnd());

        controller->setFetcher(&fetcher);
        QCOMPARE(controller->restrictedState(), ReaderController::Fetching);
        QTRY_COMPARE_WITH_TIMEOUT(
            controller->restrictedState(), ReaderController::Shown, kTimeoutMs);
        QCOMPARE(controller->body(), kSecretBody);
        QCOMPARE(controller->watermarkText(), u"Nguyễn Văn An · 15:00 22/11/2026"_s);
        QCOMPARE(controller->attachments()->rowCount(), 1);
        QVERIFY(!controller->attachments()
                     ->index(0, 0)
                     .data(AttachmentListModel::AvailableRole)
                     .toBool());

        // The attachment comes into memory, never into the vault.
        QSignalSpy ready(controller.get(), &ReaderController::attachmentReady);
        controller->fetchAttachment(secretSha);
        QVERIFY(ready.wait(kTimeoutMs));
        const QString source = ready.first().at(1).toString();
        QVERIFY(source.startsWith(u"memory/"_s));
        QVERIFY(controller->attachments()
                    ->index(0, 0)
                    .data(AttachmentListModel::AvailableRole)
                    .toBool());
        QVERIFY(!renderer.render(source, 0, QSize(200, 0)).isNull());
        QVERIFY(!BlobStore(db()).isComplete(secretSha));
        QCOMPARE(BlobStore(db()).count(), 1);

        // Nothing of the content reached the vault: the row, the search index.
        const auto row = ReplicaStore(db()).get(u"document"_s, u"secret"_s);
        QVERIFY(row && !row->contains(u"body"_s));
        QVERIFY(SearchIndex(db()).search(u"zyxwvu"_s).isEmpty());
        QVERIFY(controller->reachedEnd()); // shown: reading to the end counts

        // Locking drops it from memory.
        m_session->lock();
        QVERIFY(controller->body().isEmpty());
        QCOMPARE(controller->attachments()->rowCount(), 0);
        QVERIFY(!renderer.hasMemorySource(source));
    }

    void restrictedDocumentOfflineOrRefused()
    {
        FakeTransport transport;
        bool online = false;
        transport.handler = [&](const HttpRequest &) {
            return online ? FakeTransport::json(404, FakeTransport::error(u"not_found"))
                          : FakeTransport::cut();
        };
        AuthSession auth(&transport);
        AuthTokens tokens;
        tokens.accessToken = u"access-1"_s;
        tokens.user = AuthUser { u"u1"_s, kMe, u"member"_s, u"o1"_s };
        auth.adopt(tokens);
        DocumentFetcher fetcher(&auth);
        QSignalSpy onlineChanged(&fetcher, &DocumentFetcher::onlineChanged);

        auto controller = reader(u"secret"_s);
        controller->setFetcher(&fetcher);
        QTRY_COMPARE_WITH_TIMEOUT(
            controller->restrictedState(), ReaderController::NeedsNetwork, kTimeoutMs);
        QVERIFY(controller->restrictedMessage().contains(u"cần kết nối mạng"_s));
        QVERIFY(!fetcher.isOnline());
        QCOMPARE(onlineChanged.count(), 1);

        // Back online (as the app notices it): fetched again without a tap.
        online = true;
        fetcher.setOnline(true);
        QTRY_COMPARE_WITH_TIMEOUT(
            controller->restrictedState(), ReaderController::Failed, kTimeoutMs);
        QVERIFY(fetcher.isOnline());
        QVERIFY(controller->restrictedMessage().contains(u"không được xem"_s));
        QVERIFY(controller->body().isEmpty());
    }
};

QTEST_MAIN(TestReader)

#include "tst_reader.moc"
