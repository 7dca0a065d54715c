// Byte windows to look for in a plaintext scan (tst_security, tst_ui_e2e): up to `count`
// windows of `size` bytes spread over `bytes`, each with enough distinct byte values that it
// cannot occur by chance in ciphertext or in unrelated data.
#pragma once

#include <QByteArray>
#include <QList>

[[nodiscard]] QList<QByteArray> distinctiveWindows(const QByteArray &bytes, int count, int size);
