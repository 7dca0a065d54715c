// The one seam between the sync client and the network: sends an HttpRequest and answers
// once, later. NetworkTransport is the real one; tests answer from fixtures.
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <functional>

class QObject;

class HttpTransport
{
public:
    using Handler = std::function<void(const HttpResponse &)>;

    virtual ~HttpTransport() = default;
    // Sends `request`; `done` runs exactly once, never before send() returns, and not at all
    // when `context` is destroyed first: destroying it aborts the exchange (how a held live
    // pull is given up when the app leaves the foreground).
    virtual void send(const HttpRequest &request, QObject *context, Handler done) = 0;
};
