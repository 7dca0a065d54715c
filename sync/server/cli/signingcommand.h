// `handbook-server signing ...` (DESIGN.md 8.1): the province root key and its signers.
//   root-init     --out <secret file>                        make the root key, print its public
//   key signer-create --db <db> --user <login> --name <text> --out <key file>
//                                                            a signer key for a committee user
//   certify       --db <db> --root-key <secret file> --signer <id> [--valid-days <n>]
//   revoke        --db <db> --signer <id>
//   list          --db <db> [--org <id>]
//   export        --db <db> --document <id> --out-dir <dir>  document.json, signer.json,
//                                                            organizations.json for a third party
//   verify        --root-key <base64> --document <file> --signer <file> [--attachment <file> ...]
//                 [--db <db> | --organizations <file>]       check a document as a phone does
#pragma once

#include <QString>
#include <QStringList>

class SigningCommand
{
public:
    // Runs with the arguments after "signing"; returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);
    // This command's lines of the --help text.
    [[nodiscard]] static QString usage();

private:
    [[nodiscard]] static int rootInit(const QStringList &arguments);
    [[nodiscard]] static int signerCreate(const QStringList &arguments);
    [[nodiscard]] static int certify(const QStringList &arguments);
    [[nodiscard]] static int revoke(const QStringList &arguments);
    [[nodiscard]] static int list(const QStringList &arguments);
    [[nodiscard]] static int exportDocument(const QStringList &arguments);
    [[nodiscard]] static int verify(const QStringList &arguments);
};
