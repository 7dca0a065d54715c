// Checks on the files an app or a command leaves on disk.
#pragma once

#include <QString>
#include <QStringList>

// Every directory and file under `dir` (itself included) whose permissions give anything to
// the group or others, as "path mode" lines (mode in hex).
[[nodiscard]] QStringList notOwnerOnly(const QString &dir);
