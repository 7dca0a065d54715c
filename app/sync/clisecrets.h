// The PIN and the password of `handbook sync|status` without putting them on the command line
// (where every user of the machine sees them in the process list): `--pin -` or `--pin-stdin`
// reads a line of standard input, and so do `--password -` / `--password-stdin` (the PIN's
// line first when both come from there); without the option, HANDBOOK_PIN and
// HANDBOOK_PASSWORD are read from the environment. `--pin <pin>` still works.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <optional>

class CliSecrets
{
public:
    // The options to add to the parser for a secret called `name` ("pin", "password").
    static QList<QCommandLineOption> options(const QString &name, const QString &description);

    // Reads lines from standard input when a secret asks for it (once per secret, in the
    // order asked).
    CliSecrets() = default;

    // The value of `name` after parsing: the option's value, or a line of standard input
    // ("-" or --<name>-stdin), or the environment variable `env`; nothing if none is given.
    // A missing line is an error (`error` set, nothing returned).
    std::optional<QString> value(
        const QCommandLineParser &parser, const QString &name, const char *env, QString *error);
    // Whether any of the forms gives `name`.
    [[nodiscard]] static bool isGiven(
        const QCommandLineParser &parser, const QString &name, const char *env);

private:
    std::optional<QString> readLine();
};
