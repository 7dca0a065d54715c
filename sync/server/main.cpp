// handbook-server: the command line is the whole interface (DESIGN.md section 6).
#include "servercommandline.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"handbook-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HANDBOOK_VERSION));
    return ServerCommandLine::run(QCoreApplication::arguments());
}
