// makedemopdfs <documents.txt> <output directory>: renders every "attach:" PDF of the demo
// documents. Files named *-scan.pdf are rendered as page images, *-phu-luc.pdf as the
// appendix table, anything else as a text PDF of the document.
#include "demodocuments.h"
#include "partydocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: makedemopdfs <documents.txt> <output directory>\n");
        return 2;
    }
    QFile file(arguments.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    QString error;
    const auto documents = DemoDocuments::parse(QString::fromUtf8(file.readAll()), &error);
    if (!documents) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QDir out(arguments.at(2));
    int written = 0;
    for (const DemoDocument &document : *documents) {
        const PartyDocument party(document);
        for (const DemoAttachment &attachment : document.attachments) {
            const QString path = out.filePath(attachment.file);
            const bool ok = attachment.file.endsWith(u"-scan.pdf"_s) ? party.writeScan(path)
                : attachment.file.endsWith(u"-phu-luc.pdf"_s)        ? party.writeAppendix(path)
                                                                     : party.writeText(path);
            if (!ok) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
                return 1;
            }
            std::printf("%s (%lld bytes)\n", qPrintable(path), QFileInfo(path).size());
            ++written;
        }
    }
    std::printf("%d PDF files written\n", written);
    return 0;
}
