// What the process does first, before any secret is in memory or any file is written: files it
// creates are owner-only (umask 077), and on Linux it cannot be dumped or traced by another
// process of the same user (PR_SET_DUMPABLE 0) and writes no core file (RLIMIT_CORE 0), so
// an unlocked vault's key and the text shown never land on disk through a crash.
#pragma once

namespace ProcessHygiene {

// Applies all of the above; safe to call more than once.
void apply();

} // namespace ProcessHygiene
