// gzip for JSON answers (docs/protocol-extensions.md, "Compression"): a client that sends
// `Accept-Encoding: gzip` gets large pull pages with `Content-Encoding: gzip`. Blobs are
// never compressed (PDFs are, and Range offsets must stay those of the stored bytes).
#pragma once

#include <QByteArray>

class ResponseCompression
{
public:
    // Bodies smaller than this go as they are: a small answer gains nothing.
    static constexpr qsizetype kMinimumBytes = 1024;

    // Whether an Accept-Encoding value accepts gzip (RFC 9110 section 12.5.3: "gzip",
    // "x-gzip" or "*", with a q-value above 0).
    [[nodiscard]] static bool acceptsGzip(const QByteArray &acceptEncoding);
    // The bytes in gzip format (RFC 1952); empty if zlib fails.
    [[nodiscard]] static QByteArray gzip(const QByteArray &bytes);
};
