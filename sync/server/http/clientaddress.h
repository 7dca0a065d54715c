// The address a request comes from, as rate limits and the audit log count it. Behind a load
// balancer every connection comes from the balancer: `serve --trusted-proxy <address or
// subnet>` names the proxies whose X-Forwarded-For header is believed; the client is then the
// right-most address of that header that is not itself a trusted proxy. Anyone else's
// X-Forwarded-For is ignored (a client could write anything there).
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

class QHttpServerRequest;

class ClientAddress
{
public:
    using Subnet = QPair<QHostAddress, int>;

    // Parses "<address>" or "<address>/<prefix>"; false with a one-line *error.
    [[nodiscard]] static bool parseProxy(const QString &text, Subnet *subnet, QString *error);
    // The proxies of this process (set once at start-up by `serve`; none by default).
    static void setTrustedProxies(const QList<Subnet> &proxies);
    [[nodiscard]] static QList<Subnet> trustedProxies();

    // The client of `request` (its peer, or the address its trusted proxies forwarded).
    [[nodiscard]] static QHostAddress of(const QHttpServerRequest &request);
    // The same from a peer address and an X-Forwarded-For value, with these proxies.
    [[nodiscard]] static QHostAddress resolve(
        const QHostAddress &peer, const QByteArray &forwardedFor, const QList<Subnet> &proxies);
};
