// libFuzzer target: the client's decoder of a pull page (PullPage::fromBytes), i.e. whatever
// a broken or hostile server could answer to GET /v1/sync/pull. It must never crash; a page
// it refuses has a reason; a page it accepts encodes and decodes to the same page.
#include "fuzzsupport.h"
#include "pullpage.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto page = PullPage::fromBytes(FuzzSupport::bytes(data, size), &error);
    if (!page) {
        FuzzSupport::require(!error.isEmpty(), "a refused pull page has a reason");
        return 0;
    }
    FuzzSupport::require(!page->cursor.isEmpty(), "an accepted pull page has a cursor");
    const QJsonObject json = page->toJson();
    const auto again = PullPage::fromJson(json, &error);
    FuzzSupport::require(again.has_value(), "an encoded pull page decodes again");
    FuzzSupport::require(again->toJson() == json, "a pull page survives a round trip");
    return 0;
}
