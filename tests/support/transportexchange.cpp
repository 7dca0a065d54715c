#include "transportexchange.h"

#include "httptransport.h"

#include <QEventLoop>
#include <QTimer>

std::optional<HttpResponse> exchange(
    HttpTransport &transport, const HttpRequest &request, int timeoutMs)
{
    std::optional<HttpResponse> response;
    QEventLoop loop;
    transport.send(request, &loop, [&](const HttpResponse &answer) {
        response = answer;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!response)
        loop.exec();
    return response;
}
