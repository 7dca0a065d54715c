// `handbook sync --data-dir <dir> --server <url> --pin <pin> [--login <l> --password <p>]
// [--ca <pem>] [--pin-sha256 <base64>]...` (DESIGN.md section 6; the TLS options are stored
// with the account, docs/decisions.md "TLS pinning"): signs in if asked, unlocks the
// account's vault, syncs until nothing
// is left to pull or push (and the wanted attachments are fetched), prints ONE JSON summary
// line and exits 0; otherwise one line "handbook sync: <code>: <reason>" and non-zero.
// Never prints tokens, passwords, PINs or document text.
#pragma once

#include <QStringList>

class SyncCommand
{
public:
    // Exit codes besides 0.
    static constexpr int kFailed = 1; // the sync did not complete
    static constexpr int kBadArguments = 2; // the command line is wrong
    static constexpr int kRevoked = 3; // the server revoked the device: data wiped

    // Runs with the application's arguments (program, "sync", options...); needs a
    // QCoreApplication. Returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);
};
