#include "cli/commandcontext.h"

#include "cli/positionalarguments.h"
#include "db/admindatabase.h"
#include "db/schemamigrator.h"
#include "db/serverdatabase.h"

using namespace Qt::StringLiterals;
using CL = ServerCommandLine;

CommandContext::CommandContext(
    const QString &command, const QStringList &arguments, const QString &usage)
    : m_command(command)
    , m_arguments(arguments)
    , m_usage(usage)
    , m_db(u"db"_s, u"Database."_s, u"db"_s)
{
    m_parser.addOption(m_db);
}

CommandContext::~CommandContext() = default;

void CommandContext::addOptions(const QList<QCommandLineOption> &options)
{
    m_parser.addOptions(options);
}

bool CommandContext::parse(const QStringList &positional)
{
    return PositionalArguments::parse(
               m_parser, m_command, m_arguments, m_usage, positional, &m_exitCode)
        && requireDatabase();
}

bool CommandContext::parseOptions()
{
    return PositionalArguments::parse(
        m_parser, m_command, m_arguments, m_usage, std::nullopt, &m_exitCode);
}

bool CommandContext::requireDatabase()
{
    const auto text = requireValue(m_db);
    if (!text)
        return false;
    QString error;
    m_spec = DatabaseSpec::parse(*text, &error);
    if (!m_spec)
        fail(CL::BadUsage, error);
    return m_spec.has_value();
}

std::optional<QString> CommandContext::requireValue(const QCommandLineOption &option)
{
    const QString value = m_parser.value(option);
    if (value.isEmpty()) {
        fail(CL::BadUsage, u"--%1 is required"_s.arg(option.names().constLast()));
        return std::nullopt;
    }
    return value;
}

int CommandContext::fail(ServerCommandLine::ExitCode code, const QString &reason)
{
    m_exitCode = CL::fail(code, reason);
    return m_exitCode;
}

bool CommandContext::openDatabase(Schema schema)
{
    m_database = std::make_unique<ServerDatabase>(*m_spec);
    QString error;
    bool opened = false;
    switch (schema) {
    case Schema::AsFound:
        opened = m_database->open(&error);
        break;
    case Schema::Current:
        opened = AdminDatabase::open(*m_database, &error);
        break;
    case Schema::Migrate:
        opened = m_database->open(&error) && SchemaMigrator(*m_database).migrate(&error);
        break;
    }
    if (!opened)
        fail(CL::Failure, error);
    return opened;
}
