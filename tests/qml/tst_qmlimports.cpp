// Every QML module the app needs is installed: the imports of qml/ as
// qmlimportscanner lists them, and, recursively, the imports of the Qt modules they name —
// their qmldir `import`/`depends` lines and their own QML files, including the QML that Qt
// loads from C++ (Qt Quick Dialogs' implementation, if the app uses it again: its file dialog,
// since replaced by the app's own picker, crashed the app when Qt.labs.folderlistmodel was
// missing on a fresh machine). Each must resolve: its qmldir exists under an import path.
// scripts/setup installs them.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
// Modules whose QML Qt loads from C++ rather than through an import.
const QMultiHash<QString, QString> kLoadedFromCpp {
    { u"QtQuick.Dialogs"_s, u"QtQuick.Dialogs.quickimpl"_s },
};
// Styles of other platforms that QtQuick.Controls names but never loads on Linux.
const QSet<QString> kOtherPlatforms {
    u"QtQuick.Controls.Windows"_s,
    u"QtQuick.Controls.macOS"_s,
    u"QtQuick.Controls.iOS"_s,
};
} // namespace

class TestQmlImports : public QObject
{
    Q_OBJECT

private:
    QStringList m_importPaths;

    // The directory of `module` (its qmldir), or empty.
    [[nodiscard]] QString moduleDir(const QString &module) const
    {
        for (const QString &path : m_importPaths) {
            const QString dir = path + u'/' + QString(module).replace(u'.', u'/');
            if (QFile::exists(dir + u"/qmldir"_s))
                return dir;
        }
        return {};
    }

    // The modules a Qt module's qmldir and QML files import (sub-modules' files excluded;
    // Qt Design Studio's designer/ files are not loaded by apps).
    [[nodiscard]] static QSet<QString> importsOf(const QString &dir)
    {
        QSet<QString> result;
        static const QRegularExpression qmldirLine(
            u"^\\s*(?:optional\\s+)?(?:import|depends)\\s+([A-Za-z][\\w.]*)"_s,
            QRegularExpression::MultilineOption);
        static const QRegularExpression qmlImport(
            u"^\\s*import\\s+([A-Za-z][\\w.]*)"_s, QRegularExpression::MultilineOption);
        QFile qmldir(dir + u"/qmldir"_s);
        if (qmldir.open(QIODevice::ReadOnly)) {
            const QString text = QString::fromUtf8(qmldir.readAll());
            for (auto it = qmldirLine.globalMatch(text); it.hasNext();)
                result.insert(it.next().captured(1));
        }
        QDirIterator files(dir, { u"*.qml"_s }, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            const QString relative = QDir(dir).relativeFilePath(QFileInfo(file).path());
            if (relative.split(u'/').contains(u"designer"_s))
                continue;
            // A sub-folder with its own qmldir is another module, checked when imported.
            bool submodule = false;
            QString sub = dir;
            for (const QString &part : relative.split(u'/', Qt::SkipEmptyParts)) {
                if (part == u"."_s)
                    continue;
                sub += u'/' + part;
                submodule = submodule || QFile::exists(sub + u"/qmldir"_s);
            }
            if (submodule)
                continue;
            QFile qml(file);
            if (!qml.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(qml.readAll());
            for (auto it = qmlImport.globalMatch(text); it.hasNext();)
                result.insert(it.next().captured(1));
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_importPaths = { QLibraryInfo::path(QLibraryInfo::QmlImportsPath),
            QStringLiteral(HANDBOOK_QML_BUILD_DIR) };
    }

    void everyImportResolves()
    {
        const QString scanner
            = QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) + u"/qmlimportscanner"_s;
        QVERIFY2(QFile::exists(scanner), qPrintable(scanner + u" (qt6-declarative-dev-tools)"_s));
        QProcess process;
        QStringList arguments { u"-rootPath"_s, QStringLiteral(HANDBOOK_QML_SOURCE_DIR) };
        for (const QString &path : m_importPaths)
            arguments << u"-importPath"_s << path;
        process.start(scanner, arguments);
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonArray scanned = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QVERIFY(!scanned.isEmpty());

        QStringList queue;
        for (const QJsonValue &entry : scanned) {
            if (entry[u"type"_s].toString() == u"module"_s)
                queue.append(entry[u"name"_s].toString());
        }
        // The file picker (ChooseFilePage) lists folders with it.
        QVERIFY(queue.contains(u"Qt.labs.folderlistmodel"_s));
        // The committee's study progress chart (StudyProgressPage): qml6-module-qtcharts.
        QVERIFY(queue.contains(u"QtCharts"_s));

        // Who needs each module, for the message.
        QHash<QString, QString> neededBy;
        for (const QString &module : std::as_const(queue))
            neededBy.insert(module, u"qml/"_s);
        QSet<QString> seen;
        QStringList missing;
        while (!queue.isEmpty()) {
            const QString module = queue.takeFirst();
            if (seen.contains(module))
                continue;
            seen.insert(module);
            const QString dir = moduleDir(module);
            if (dir.isEmpty()) {
                if (!kOtherPlatforms.contains(module))
                    missing.append(u"%1 (imported by %2)"_s.arg(module, neededBy.value(module)));
                continue;
            }
            QSet<QString> next = importsOf(dir);
            for (const QString &loaded : kLoadedFromCpp.values(module))
                next.insert(loaded);
            for (const QString &imported : std::as_const(next)) {
                if (!seen.contains(imported)) {
                    neededBy.insert(imported, module);
                    queue.append(imported);
                }
            }
        }
        qInfo("%lld modules checked", qlonglong(seen.size()));
        QVERIFY2(missing.isEmpty(),
            qPrintable(u"not installed (add its qml6-module-* package to scripts/setup): "_s
                + missing.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestQmlImports)

#include "tst_qmlimports.moc"
