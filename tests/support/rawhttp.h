// Raw HTTP for tests: bytes no HTTP client would send, written to a fresh connection, and the
// one response read back (bounded wait).
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// A response read from a raw socket, for requests no HTTP client would send.
struct RawAnswer
{
    int status = 0; // 0: the server answered nothing (it may have closed the connection)
    QByteArray head;
    QByteArray body;
    bool closed = false; // the server closed the connection
    // The header's value (case-insensitive name), or empty.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    // The wire error code of the body, or empty when the body is not the error shape.
    [[nodiscard]] QString errorCode() const;
};

// Writes `bytes` to a new connection to `base`; reads one response (bounded wait). With
// `closeAfterWrite`, closes its side after writing (a truncated request).
RawAnswer sendRaw(
    const QUrl &base, const QByteArray &bytes, int timeoutMs = 10000, bool closeAfterWrite = false);
