// The app's folders are layered: storage/, sync/, models/, pdf/, shell/ and session/ never
// include a header of controllers/ (the screen controllers sit on top of them).
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lowerFoldersDoNotIncludeControllers()
    {
        const QDir app(QStringLiteral(HANDBOOK_SOURCE_DIR "/app"));
        const QStringList sources { u"*.h"_s, u"*.cpp"_s };
        QSet<QString> controllerHeaders;
        for (const QString &name : QDir(app.filePath(u"controllers"_s)).entryList({ u"*.h"_s }))
            controllerHeaders.insert(name);
        QVERIFY(controllerHeaders.contains(u"sessioncontroller.h"_s));

        static const QRegularExpression include(
            u"^\\s*#\\s*include\\s+\"([^\"]+)\""_s, QRegularExpression::MultilineOption);
        QStringList problems;
        int files = 0;
        for (const QString &folder :
            { u"storage"_s, u"sync"_s, u"models"_s, u"pdf"_s, u"shell"_s, u"session"_s }) {
            const QDir dir(app.filePath(folder));
            QVERIFY2(dir.exists(), qPrintable(folder));
            for (const QString &name : dir.entryList(sources, QDir::Files)) {
                QFile file(dir.filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                ++files;
                const QString text = QString::fromUtf8(file.readAll());
                for (auto it = include.globalMatch(text); it.hasNext();) {
                    const QString header = it.next().captured(1);
                    if (controllerHeaders.contains(header.section(u'/', -1)))
                        problems.append(folder + u'/' + name + u" includes "_s + header);
                }
            }
        }
        QVERIFY(files > 50);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
