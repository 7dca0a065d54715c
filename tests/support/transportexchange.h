// One request through an HttpTransport (the app's NetworkTransport), waited for in a local event
// loop with a bound: for tests that check what the app's own transport sends and receives.
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <optional>

class HttpTransport;

// The answer; nullopt when none came within `timeoutMs`.
[[nodiscard]] std::optional<HttpResponse> exchange(
    HttpTransport &transport, const HttpRequest &request, int timeoutMs = 20000);
