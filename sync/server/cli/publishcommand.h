// `handbook-server publish --db <db> --org <publisher_org_id> --audience <org_id> --kind <kind>
// --number <n> --title <t> [--summary <s>] [--body-file <f>] [--classification <c>]
// [--issued-date YYYY-MM-DD] [--issuer <text>] [--attach <file> ...]`: publish a document
// (with its attachments) to an organisation and everything below it; prints its id.
#pragma once

#include <QString>
#include <QStringList>

class PublishCommand
{
public:
    // Runs with the arguments after "publish"; returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);
    // This command's lines of the --help text.
    [[nodiscard]] static QString usage();
};
