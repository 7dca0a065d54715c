// Text from the server or another member never reaches a markup sink:
// the QML sources show text through PlainLabel (a Label with PlainText) and plain-text
// TextAreas, with StyledText only where the text was escaped in C++ (search highlights), and
// the app's QML engine has no network at all (OfflineNetworkFactory). tests/qml's
// tst_untrustedtext.qml renders the components with hostile text; tst_search checks the
// escaping of highlights.
#include "offlinenetworkfactory.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestUntrustedText : public QObject
{
    Q_OBJECT

    // Every .qml file of the app: path relative to qml/ -> text.
    static QMap<QString, QString> qmlSources()
    {
        QMap<QString, QString> sources;
        const QString root = QStringLiteral(HANDBOOK_QML_DIR);
        QDirIterator it(root, { u"*.qml"_s }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                sources.insert(
                    file.fileName().mid(root.size() + 1), QString::fromUtf8(file.readAll()));
        }
        return sources;
    }

    // The text of the object that opens at `start` (the `{` of "Type {"), up to its `}`.
    static QString block(const QString &text, qsizetype start)
    {
        int depth = 0;
        for (qsizetype i = text.indexOf(u'{', start); i < text.size(); ++i) {
            if (text.at(i) == u'{')
                ++depth;
            else if (text.at(i) == u'}' && --depth == 0)
                return text.mid(start, i - start + 1);
        }
        return text.mid(start);
    }

private Q_SLOTS:
    void everyLabelIsPlain()
    {
        const auto sources = qmlSources();
        QVERIFY(sources.size() > 40);
        QVERIFY(sources.contains(u"components/PlainLabel.qml"_s));
        QVERIFY(sources.value(u"components/PlainLabel.qml"_s)
                    .contains(u"textFormat: Text.PlainText"_s));
        // Controls' Label and QtQuick's Text default to AutoText: only PlainLabel is used.
        static const QRegularExpression rawText(u"(^|[^A-Za-z.])(Label|Text) \\{"_s);
        for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
            if (it.key() == u"components/PlainLabel.qml")
                continue;
            const auto match = rawText.match(it.value());
            QVERIFY2(!match.hasMatch(),
                qPrintable(it.key() + u": "_s + match.captured(2) + u" instead of PlainLabel"_s));
        }
    }

    void textAreasArePlain()
    {
        const auto sources = qmlSources();
        static const QRegularExpression area(u"(^|[^A-Za-z.])(TextArea|TextEdit) \\{"_s);
        int areas = 0;
        for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
            auto matches = area.globalMatch(it.value());
            while (matches.hasNext()) {
                const auto match = matches.next();
                ++areas;
                QVERIFY2(block(it.value(), match.capturedStart(2))
                             .contains(u"textFormat: TextEdit.PlainText"_s),
                    qPrintable(
                        it.key() + u": a TextArea without textFormat: TextEdit.PlainText"_s));
            }
        }
        QVERIFY(areas >= 4);
    }

    // Markup is rendered only where C++ escaped the text first: the search highlights of
    // DocumentRow (SearchIndex builds them from escaped text).
    void markupOnlyForEscapedHighlights()
    {
        const auto sources = qmlSources();
        static const QRegularExpression comment(u"(^|\\s)//[^\\n]*"_s);
        for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
            if (it.key() == u"components/DocumentRow.qml")
                continue;
            const QString code = QString(it.value()).remove(comment);
            QVERIFY2(!code.contains(u"StyledText"_s) && !code.contains(u"RichText"_s)
                    && !code.contains(u"AutoText"_s),
                qPrintable(it.key() + u" renders markup"_s));
        }
    }

    // The engine's network answers every URL with an error and never connects.
    void qmlHasNoNetwork()
    {
        QTcpServer trap;
        QVERIFY(trap.listen(QHostAddress::LocalHost));
        OfflineNetworkFactory factory;
        std::unique_ptr<QNetworkAccessManager> network(factory.create(nullptr));
        QVERIFY(network);
        for (const QString &url : { u"http://127.0.0.1:%1/x.png"_s.arg(trap.serverPort()),
                 u"https://127.0.0.1:%1/y.png"_s.arg(trap.serverPort()) }) {
            std::unique_ptr<QNetworkReply> reply(network->get(QNetworkRequest(QUrl(url))));
            if (!reply->isFinished()) {
                QSignalSpy finished(reply.get(), &QNetworkReply::finished);
                QVERIFY(finished.wait());
            }
            QVERIFY(reply->error() != QNetworkReply::NoError);
            QVERIFY(reply->readAll().isEmpty());
        }
        // The replies have finished: a connection, had one been made, would be pending now.
        QVERIFY(!trap.waitForNewConnection(0));
        QVERIFY(!trap.hasPendingConnections());
    }
};

QTEST_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
