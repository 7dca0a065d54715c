// Qt's own strings speak the app's language: after HandbookApp::applyLanguage("vi")
// the standard buttons Qt's dialogs show (QPlatformTheme) and the file dialog's labels are
// Vietnamese, and "en" puts them back in English. (QPlatformTheme::defaultStandardButtonText
// is QCoreApplication::translate("QPlatformTheme", ...).)
#include "handbookapp.h"
#include "qttranslations.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestQtTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vietnameseButtons()
    {
        QTranslator translator;
        QQmlEngine engine;
        QVERIFY(HandbookApp::applyLanguage(translator, engine, u"vi"_s, nullptr));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Open"), u"Mở"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Hủy"_s);
        QCOMPARE(QCoreApplication::translate("FileDialog", "Filter"), u"Loại tệp"_s);

        QVERIFY(HandbookApp::applyLanguage(translator, engine, u"en"_s, nullptr));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Open"), u"Open"_s);
        QVERIFY(HandbookApp::applyLanguage(translator, engine, u"vi"_s, nullptr));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Open"), u"Mở"_s);
    }
};

QTEST_MAIN(TestQtTranslations)

#include "tst_qttranslations.moc"
