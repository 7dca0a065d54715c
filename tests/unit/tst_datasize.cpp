// Sizes in one format wherever the app shows them: "42 KB", "1,2 MB" in
// Vietnamese, "1.2 MB" in English; the attachment list, the share page and Settings alike.
#include "appsettings.h"
#include "datasize.h"
#include "sharedocumentcontroller.h"

#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDataSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void vietnamese()
    {
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        QCOMPARE(DataSize::text(0), u"0 KB"_s);
        QCOMPARE(DataSize::text(1), u"1 KB"_s);
        QCOMPARE(DataSize::text(42 * 1024), u"42 KB"_s);
        QCOMPARE(DataSize::text(42 * 1024 + 1), u"43 KB"_s);
        QCOMPARE(DataSize::text(1024 * 1024 - 1), u"1 MB"_s);
        QCOMPARE(DataSize::text(1258291), u"1,2 MB"_s); // 1.2 × 1024²
        QCOMPARE(DataSize::text(500LL * 1024 * 1024), u"500 MB"_s);
        QCOMPARE(DataSize::text(3LL * 1024 * 1024 * 1024 / 2), u"1,5 GB"_s);
    }

    void english()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(DataSize::text(42 * 1024), u"42 KB"_s);
        QCOMPARE(DataSize::text(1258291), u"1.2 MB"_s);
    }

    // Every screen that shows a size uses it: Settings said "42,0 kB" where the share page
    // said "43 KB".
    void everyScreenUsesIt()
    {
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        const QTemporaryDir dir;
        AppSettings settings(dir.path());
        QCOMPARE(settings.formatBytes(42 * 1024), u"42 KB"_s);
        QCOMPARE(settings.formatBytes(500.0 * 1024 * 1024), u"500 MB"_s);
        QCOMPARE(ShareDocumentController::sizeText(1258291), u"1,2 MB"_s);
    }
};

QTEST_GUILESS_MAIN(TestDataSize)
#include "tst_datasize.moc"
