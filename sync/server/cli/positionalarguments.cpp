#include "cli/positionalarguments.h"

#include "cli/servercommandline.h"

using namespace Qt::StringLiterals;

bool PositionalArguments::parse(QCommandLineParser &parser, const QString &command,
    const QStringList &arguments, const QString &usage, const std::optional<QStringList> &names,
    int *exitCode)
{
    using CL = ServerCommandLine;
    const QCommandLineOption help({ u"h"_s, u"help"_s }, u"Show this help."_s);
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList { command } + arguments)) {
        *exitCode = CL::fail(CL::BadUsage, u"%1: %2"_s.arg(command, parser.errorText()));
        return false;
    }
    if (parser.isSet(help)) {
        CL::print(u"Usage:\n"_s + usage);
        *exitCode = CL::Success;
        return false;
    }
    if (!names)
        return true;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < names->size()) {
        *exitCode = CL::fail(CL::BadUsage,
            u"%1: missing %2"_s.arg(command, names->mid(positional.size()).join(u' ')));
        return false;
    }
    if (positional.size() > names->size()) {
        *exitCode = CL::fail(CL::BadUsage,
            u"%1: unexpected argument \"%2\""_s.arg(command, positional.at(names->size())));
        return false;
    }
    for (const QString &value : positional) {
        if (value.isEmpty()) {
            *exitCode = CL::fail(CL::BadUsage, u"%1: empty argument"_s.arg(command));
            return false;
        }
    }
    return true;
}
