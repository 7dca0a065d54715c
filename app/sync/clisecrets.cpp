#include "clisecrets.h"

#include "securebuffer.h"

#include <cstdio>

using namespace Qt::StringLiterals;

QList<QCommandLineOption> CliSecrets::options(const QString &name, const QString &description)
{
    return { QCommandLineOption(name, description + u" (- reads it from standard input)"_s, name),
        QCommandLineOption(
            name + u"-stdin"_s, u"Read the "_s + name + u" from standard input."_s) };
}

bool CliSecrets::isGiven(const QCommandLineParser &parser, const QString &name, const char *env)
{
    return parser.isSet(name) || parser.isSet(name + u"-stdin"_s) || qEnvironmentVariableIsSet(env);
}

std::optional<QString> CliSecrets::value(
    const QCommandLineParser &parser, const QString &name, const char *env, QString *error)
{
    const bool fromStdin
        = parser.isSet(name + u"-stdin"_s) || (parser.isSet(name) && parser.value(name) == u"-");
    if (fromStdin) {
        std::optional<QString> line = readLine();
        if (!line)
            *error = u"--%1: no line on standard input"_s.arg(name);
        return line;
    }
    if (parser.isSet(name))
        return parser.value(name);
    if (qEnvironmentVariableIsSet(env)) {
        QByteArray bytes = qgetenv(env);
        QString text = QString::fromUtf8(bytes);
        if (!bytes.isEmpty())
            (void)SecureBuffer::takeFrom(bytes); // wipes the copy
        return text;
    }
    return std::nullopt;
}

std::optional<QString> CliSecrets::readLine()
{
    // Byte by byte, so that nothing past this line is consumed (the next secret's line).
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.append(char(c));
    if (c == EOF && line.isEmpty())
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    QString text = QString::fromUtf8(line);
    (void)SecureBuffer::takeFrom(line); // wipes the bytes read
    return text;
}
