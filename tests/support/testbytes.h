// Test file contents: bytes that are the same on every run (seeded), so a failure can be
// replayed, and their SHA-256 as the server and the blob store name them.
#pragma once

#include <QByteArray>
#include <QString>

// `size` pseudo-random bytes from `seed` (QRandomGenerator: the same bytes for the same seed).
[[nodiscard]] QByteArray randomBytes(qsizetype size, quint32 seed);
// Lower-case hex SHA-256 of `bytes`.
[[nodiscard]] QString sha256Of(const QByteArray &bytes);
