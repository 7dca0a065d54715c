// libFuzzer target: the server's own readers of raw request bytes, which run before
// QHttpServer parses anything — the connection guard's head scanner (RequestHead::scan) —
// and of request header values: Range and Content-Range (ByteRange) and the pull cursor
// (PullCursor). Fast; tests/fuzz/fuzz_http_server.cpp drives the whole server end to end.
// Properties: nothing crashes; a verdict on a head does not change when more bytes arrive
// (the guard scans a growing buffer); ranges stay inside the representation; a decoded cursor
// encodes to one that decodes to the same values.
#include "fuzzsupport.h"
#include "http/byterange.h"
#include "http/requesthead.h"
#include "sync/pullcursor.h"

namespace {

void checkHead(QByteArrayView bytes)
{
    const RequestHead head = RequestHead::scan(bytes);
    using Status = RequestHead::Status;
    if (head.status() == Status::Complete) {
        FuzzSupport::require(!head.method().isEmpty(), "a complete head has a method");
        FuzzSupport::require(head.contentLength() >= -1, "Content-Length is -1 or a length");
    }
    if (head.status() == Status::Malformed)
        FuzzSupport::require(!head.reason().isEmpty(), "a malformed head has a reason");
    // The guard scans again as more bytes arrive: a decided head stays decided.
    if (head.status() != Status::Incomplete) {
        const QByteArray more = bytes.toByteArray() + "X-More: 1\r\n\r\nbody";
        const RequestHead longer = RequestHead::scan(more);
        FuzzSupport::require(longer.status() == head.status(), "a verdict on a head is final");
        if (head.status() == Status::Complete) {
            FuzzSupport::require(longer.method() == head.method() && longer.path() == head.path()
                    && longer.contentLength() == head.contentLength()
                    && longer.hasTransferEncoding() == head.hasTransferEncoding(),
                "more bytes after a complete head change nothing in it");
        }
    }
}

void checkRanges(QByteArrayView bytes)
{
    for (const qint64 size : { qint64(0), qint64(1), qint64(262144), qint64(1) << 40 }) {
        const ByteRange range = ByteRange::fromRangeHeader(bytes, size);
        if (range.kind() == ByteRange::Kind::Partial) {
            FuzzSupport::require(
                range.first() >= 0 && range.first() <= range.last() && range.last() < size,
                "a partial range lies inside the representation");
        }
    }
    qint64 total = -1;
    if (const auto range = ByteRange::fromContentRange(bytes, &total)) {
        FuzzSupport::require(
            range->first() >= 0 && range->first() <= range->last() && range->last() < total,
            "an upload chunk lies inside its announced total");
    }
}

void checkCursor(QByteArrayView bytes)
{
    const auto cursor = PullCursor::decode(QString::fromLatin1(bytes));
    if (!cursor)
        return;
    FuzzSupport::require(cursor->scopeGeneration >= 0 && cursor->sequence >= 0,
        "a decoded cursor has no negative numbers");
    const auto again = PullCursor::decode(cursor->encode());
    FuzzSupport::require(again && again->scopeGeneration == cursor->scopeGeneration
            && again->sequence == cursor->sequence,
        "a cursor survives a round trip");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    checkHead(input);
    checkRanges(input);
    checkCursor(input);
    return 0;
}
