// libFuzzer target: the body of POST /v1/sync/push as both sides decode it — the protocol's
// PushRequest::fromJson and the server's PushProcessor::parse (the shape check before any
// mutation runs). Neither may crash; they agree on what they accept; an accepted request
// encodes and decodes to the same request; a refusal has a reason (the 400 message).
#include "fuzzsupport.h"
#include "jsoncodec.h"
#include "pushrequest.h"
#include "sync/pushprocessor.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto body = JsonCodec::parseObject(FuzzSupport::bytes(data, size), &error);
    if (!body) {
        FuzzSupport::require(!error.isEmpty(), "a body that is no JSON object has a reason");
        return 0;
    }
    QString protocolError;
    const auto request = PushRequest::fromJson(*body, &protocolError);
    FuzzSupport::require(request || !protocolError.isEmpty(), "a refused push has a reason");
    if (request) {
        const QJsonObject json = request->toJson();
        const auto again = PushRequest::fromJson(json, &error);
        FuzzSupport::require(again.has_value(), "an encoded push request decodes again");
        FuzzSupport::require(again->toJson() == json, "a push request survives a round trip");
        FuzzSupport::require(PushRequest::fromJson(QJsonObject(*body), nullptr).has_value(),
            "decoding does not depend on asking for the reason");
    }

    // The server reads the same body for the device it authenticated.
    const QString deviceId = request ? request->deviceId : QStringLiteral("device-1");
    QString serverError;
    const auto mutations = PushProcessor::parse(*body, deviceId, &serverError);
    if (!mutations) {
        FuzzSupport::require(!serverError.isEmpty(), "a push the server refuses has a reason");
        FuzzSupport::require(!request || request->mutations.size() > PushProcessor::kMaxBatch,
            "the server takes every push the protocol accepts (up to its batch limit)");
        return 0;
    }
    FuzzSupport::require(request.has_value(), "the server takes only pushes the protocol accepts");
    FuzzSupport::require(mutations->size() <= PushProcessor::kMaxBatch,
        "the server never accepts a batch over its limit");
    qint64 previous = 0;
    for (const PushMutation &mutation : *mutations) {
        FuzzSupport::require(mutation.id > previous, "accepted mutation ids increase strictly");
        previous = mutation.id;
    }
    return 0;
}
