// `handbook-server withdraw --db <db> <document_id>`: withdraws a published document; the next
// pull of everyone who could see it carries a delete, and its attachments are no longer served.
#pragma once

#include <QString>
#include <QStringList>

class WithdrawCommand
{
public:
    // Runs with the arguments after "withdraw"; returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);
    // This command's lines of the --help text.
    [[nodiscard]] static QString usage();
};
