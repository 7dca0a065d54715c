#include "http/clientaddress.h"

#include <QHttpServerRequest>

using namespace Qt::StringLiterals;

namespace {

QList<ClientAddress::Subnet> &proxyList()
{
    static QList<ClientAddress::Subnet> proxies;
    return proxies;
}

bool isTrusted(const QHostAddress &address, const QList<ClientAddress::Subnet> &proxies)
{
    for (const ClientAddress::Subnet &subnet : proxies) {
        if (address.isInSubnet(subnet))
            return true;
    }
    return false;
}

// An IPv4-mapped IPv6 address (what a dual-stack socket reports) as plain IPv4.
QHostAddress plain(const QHostAddress &address)
{
    bool ok = false;
    const quint32 ipv4 = address.toIPv4Address(&ok);
    return ok ? QHostAddress(ipv4) : address;
}

} // namespace

bool ClientAddress::parseProxy(const QString &text, Subnet *subnet, QString *error)
{
    const QString trimmed = text.trimmed();
    *subnet = trimmed.contains(u'/') ? QHostAddress::parseSubnet(trimmed)
                                     : Subnet { QHostAddress(trimmed), -1 };
    if (subnet->first.isNull()) {
        *error = u"--trusted-proxy: \"%1\" is not an address or a subnet (10.0.0.0/8)"_s.arg(text);
        return false;
    }
    if (subnet->second < 0)
        subnet->second = subnet->first.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    return true;
}

void ClientAddress::setTrustedProxies(const QList<Subnet> &proxies)
{
    proxyList() = proxies;
}

QList<ClientAddress::Subnet> ClientAddress::trustedProxies()
{
    return proxyList();
}

QHostAddress ClientAddress::of(const QHttpServerRequest &request)
{
    const QList<Subnet> &proxies = proxyList();
    if (proxies.isEmpty())
        return request.remoteAddress();
    return resolve(request.remoteAddress(), request.value("X-Forwarded-For"), proxies);
}

QHostAddress ClientAddress::resolve(
    const QHostAddress &peer, const QByteArray &forwardedFor, const QList<Subnet> &proxies)
{
    QHostAddress client = plain(peer);
    if (!isTrusted(client, proxies))
        return peer;
    // From the right: each trusted proxy appended the address it got the request from.
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        const QHostAddress hop(QString::fromLatin1(hops.at(i).trimmed()));
        if (hop.isNull())
            break; // not an address (a port, garbage): believe nothing further left
        client = plain(hop);
        if (!isTrusted(client, proxies))
            break;
    }
    return client;
}
