// The member's app end to end (issue 5): the real handbook-server with the demo province,
// the real app (HandbookApp: the same composition as main.cpp) offscreen, driven through its
// UI with mouse clicks and key presses only: sign in, create a PIN, wait for the sync, search
// "nghi quyet", open a result, make the text larger, mark it read, sync — then the server's
// database has the read receipt. Also: a wrong password is shown on the sign-in page.
#include "handbookapp.h"
#include "serverprocess.h"
#include "synccontroller.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

Q_IMPORT_QML_PLUGIN(HandbookPlugin)

using namespace Qt::StringLiterals;

namespace {

constexpr int kSyncTimeoutMs = 90000;
const auto kLogin = u"dangvien.a1"_s;
const auto kPin = u"246810"_s;

// The visible item called `name` on screen (pages below the top one in a StackView are
// hidden), searching the visual tree.
QQuickItem *findVisibleIn(QQuickItem *item, const QString &name)
{
    if (!item->isVisible() || item->opacity() <= 0)
        return nullptr;
    if (item->objectName() == name && item->width() > 0)
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findVisibleIn(child, name))
            return found;
    }
    return nullptr;
}

QQuickItem *findVisible(QQuickWindow *window, const QString &name)
{
    return findVisibleIn(window->contentItem(), name);
}

// Scrolls the page (the nearest Flickable) until `item` is on screen, as the member would.
void scrollTo(QQuickWindow *window, QQuickItem *item)
{
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->property("contentY").isValid() || !p->property("flicking").isValid())
            continue;
        auto *content = p->property("contentItem").value<QQuickItem *>();
        if (!content)
            return;
        const double y = item->mapToItem(content, QPointF(0, 0)).y();
        const double maxY = std::max(0.0, p->property("contentHeight").toDouble() - p->height());
        p->setProperty("contentY", std::clamp(y - p->height() / 3, 0.0, maxY));
        QTest::qWait(1); // let the scene update
        break;
    }
    Q_UNUSED(window);
}

// True once the page stack is not in a transition (taps during one miss their target).
bool settled(QQuickWindow *window)
{
    auto *stack = window->findChild<QQuickItem *>(u"stack"_s);
    return stack && !stack->property("busy").toBool();
}

// Clicks the middle of `item` as a finger would (scrolling it into view first), once the
// pages have stopped moving.
void click(QQuickWindow *window, QQuickItem *item)
{
    QVERIFY(QTest::qWaitFor([window] { return settled(window); }, 10000));
    scrollTo(window, item);
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
}

// Types ASCII text key by key into the window's focused item (QTest has keyClicks for
// widgets only).
void typeText(QQuickWindow *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

} // namespace

class TstUiEndToEnd : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QHash<QString, QString> m_passwords;

    // Types into a labelled field of the sign-in page (LabeledField: its `field` is the input).
    static bool typeInto(QQuickWindow *window, const QString &fieldName, const QString &text)
    {
        QQuickItem *labelled = findVisible(window, fieldName);
        auto *input = labelled ? labelled->property("field").value<QQuickItem *>() : nullptr;
        if (!input)
            return false;
        click(window, input);
        input->setProperty("text", QString());
        typeText(window, text);
        return input->property("text").toString() == text;
    }

    // Taps the PIN's digits and the confirm key of the PIN pad.
    static bool enterPin(QQuickWindow *window, const QString &pin)
    {
        if (!QTest::qWaitFor([window] { return settled(window); }, 10000))
            return false;
        for (const QChar digit : pin) {
            QQuickItem *key = findVisible(window, u"pinKey"_s + digit);
            if (!key)
                return false;
            click(window, key);
        }
        QQuickItem *submit = findVisible(window, u"pinKeySubmit"_s);
        if (!submit || !QTest::qWaitFor([submit] { return submit->isEnabled(); }, 5000))
            return false;
        click(window, submit);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        const QString accountsFile = m_server.directory() + u"/accounts.json"_s;
        const auto demo = ServerProcess::run(
            { u"demo"_s, u"--db"_s, m_server.databaseArgument(), u"--accounts"_s, accountsFile },
            120000);
        QVERIFY2(demo.finished && demo.exitCode == 0, demo.standardError.constData());
        QFile file(accountsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array())
            m_passwords.insert(value[u"login"_s].toString(), value[u"password"_s].toString());
        QVERIFY(m_passwords.contains(kLogin));
    }

    void wrongPasswordIsShown()
    {
        QTemporaryDir data;
        HandbookApp app({ data.path(), KdfParams::fastForTests(), {}, u"vi"_s, {},
            m_server.baseUrl().toString() });
        QQuickWindow *window = app.load();
        QVERIFY2(window, qPrintable(app.error()));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY(findVisible(window, u"signInPage"_s));
        QVERIFY(typeInto(window, u"loginField"_s, kLogin));
        QVERIFY(typeInto(window, u"passwordField"_s, u"not-the-password"_s));
        click(window, findVisible(window, u"signInButton"_s));
        QTRY_COMPARE(app.account().screen(), AccountController::ChoosePin);
        QVERIFY(enterPin(window, kPin));
        QVERIFY(enterPin(window, kPin));
        // Back on the sign-in page, with the server's reason in Vietnamese.
        QTRY_COMPARE_WITH_TIMEOUT(app.account().screen(), AccountController::SignIn, 30000);
        QTRY_VERIFY(findVisible(window, u"signInError"_s));
        QVERIFY(!app.account().errorMessage().isEmpty());
        QCOMPARE(app.session().state(), VaultSession::NoVault);
    }

    void signInSearchReadAndMarkRead()
    {
        QTemporaryDir data;
        HandbookApp app({ data.path(), KdfParams::fastForTests(), {}, u"vi"_s, {},
            m_server.baseUrl().toString() });
        QQuickWindow *window = app.load();
        QVERIFY2(window, qPrintable(app.error()));
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // Sign in: the server address is suggested; login and password typed.
        QTRY_VERIFY(findVisible(window, u"signInPage"_s));
        QVERIFY(typeInto(window, u"loginField"_s, kLogin));
        QVERIFY(typeInto(window, u"passwordField"_s, m_passwords.value(kLogin)));
        click(window, findVisible(window, u"signInButton"_s));

        // Create the PIN: type it, then again.
        QTRY_COMPARE(app.account().screen(), AccountController::ChoosePin);
        QTRY_VERIFY(findVisible(window, u"createPinPage"_s));
        QVERIFY(enterPin(window, kPin));
        QVERIFY(enterPin(window, kPin));

        // Home, and the first sync brings the province's documents.
        QTRY_COMPARE_WITH_TIMEOUT(app.account().screen(), AccountController::Home, 30000);
        QTRY_VERIFY(app.account().sync() != nullptr);
        SyncController *sync = app.account().sync();
        QTRY_VERIFY_WITH_TIMEOUT(
            sync->lastSuccess().isValid() && !sync->running(), kSyncTimeoutMs);
        QVERIFY2(sync->lastErrorMessage().isEmpty(), qPrintable(sync->lastErrorCode()));
        QTRY_VERIFY(findVisible(window, u"homePage"_s));

        // Search without diacritics.
        click(window, findVisible(window, u"searchButton"_s));
        QTRY_VERIFY(findVisible(window, u"libraryPage"_s));
        QTRY_VERIFY(settled(window));
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
        QTRY_VERIFY(
            (first = results->property("contentItem").value<QQuickItem *>()->childItems().value(0)));
        const QString documentId = first->property("documentId").toString();
        QVERIFY(!documentId.isEmpty());
        click(window, first);
        QTRY_VERIFY(findVisible(window, u"readerPage"_s));

        // Larger text in the reader.
        QQuickItem *body = nullptr;
        QTRY_VERIFY((body = findVisible(window, u"documentBody"_s)));
        const double sizeBefore = body->property("font").value<QFont>().pixelSize();
        click(window, findVisible(window, u"enlargeTextButton"_s));
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
        click(window, findVisible(window, u"backButton"_s));
        QTRY_VERIFY(findVisible(window, u"libraryPage"_s));
        click(window, findVisible(window, u"backButton"_s));
        QTRY_VERIFY(findVisible(window, u"homePage"_s));
        QQuickItem *syncNow = nullptr;
        QTRY_VERIFY((syncNow = findVisible(window, u"syncNowButton"_s)) && syncNow->isEnabled());
        click(window, syncNow);
        QTRY_VERIFY_WITH_TIMEOUT(sync->pendingCount() == 0 && !sync->running(), kSyncTimeoutMs);
        QVERIFY2(sync->lastErrorMessage().isEmpty(), qPrintable(sync->lastErrorCode()));

        QString error;
        {
            QSqlDatabase db = m_server.openDatabase(u"check"_s, &error);
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
};

QTEST_MAIN(TstUiEndToEnd)

#include "tst_ui_e2e.moc"
