// handbook-server: the command line is the whole interface (DESIGN.md section 6).
#include "cli/servecommand.h"
#include "cli/servercommandline.h"

#include <QCoreApplication>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Before anything is created: the database, the demo accounts file and every other file
    // the server writes are readable by its user only, from their first moment.
    ::umask(077);
    ServeCommand::prepareProcess(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"handbook-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HANDBOOK_VERSION));
    return ServerCommandLine::run(QCoreApplication::arguments());
}
