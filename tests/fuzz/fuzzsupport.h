// Shared by the libFuzzer targets (tests/fuzz): one QCoreApplication per process, Qt's log
// silenced (it would only slow the fuzzer down), and a check that turns a broken property
// into a crash the fuzzer reports with its input.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace FuzzSupport {

// Creates the process's QCoreApplication on first use.
QCoreApplication &application();
// Drops Qt's debug, info and warning messages; critical and fatal ones still print.
void silenceQt();
// Aborts with `what` on stderr when `ok` is false: the fuzzer saves the input as a crash.
void require(bool ok, const char *what);
// A template for QTemporaryDir: in /dev/shm when there is one (fast writes), else in /tmp.
QString scratchTemplate();
// The input as a QByteArray that does not copy it (valid during the call only).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace FuzzSupport
