// The data directory is the user's alone: directories the app makes there are 0700 and the
// files it writes 0600 (on systems with POSIX permissions), whatever the process umask.
#pragma once

#include <QString>

namespace PrivateFiles {

// Makes `dir` (and any missing parents) and sets it to owner-only; false if it cannot.
[[nodiscard]] bool makeDir(const QString &dir);
// Sets an existing directory to owner-only (rwx------).
bool restrictDir(const QString &dir);
// Sets an existing file to owner read/write only (rw-------).
bool restrictFile(const QString &file);
// Creates `file` empty and owner-only if it does not exist yet (so that what is written into
// it later, also by another library, is never readable by others); restricts it if it does.
bool createFile(const QString &file);

} // namespace PrivateFiles
