#include "http/listenaddress.h"

using namespace Qt::StringLiterals;

std::optional<ListenAddress> ListenAddress::parse(const QString &text, QString *error)
{
    const auto fail = [&](const QString &why) {
        *error = u"invalid --listen \"%1\": %2"_s.arg(text, why);
        return std::nullopt;
    };
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return fail(u"expected <host>:<port>, e.g. 127.0.0.1:8080"_s);
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(u':'))
        return fail(u"write IPv6 addresses in brackets, e.g. [::1]:8080"_s);

    bool numeric = false;
    const uint port = text.mid(colon + 1).toUInt(&numeric);
    if (!numeric || port > 65535)
        return fail(u"the port must be a number from 0 to 65535"_s);

    ListenAddress address;
    address.m_port = quint16(port);
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        address.m_host = QHostAddress(QHostAddress::LocalHost);
    else if (!address.m_host.setAddress(host))
        return fail(u"the host must be an IP address or localhost"_s);
    return address;
}

QString ListenAddress::url(const QString &scheme, quint16 port) const
{
    const QString host = m_host.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + m_host.toString() + u']'
        : m_host.toString();
    return u"%1://%2:%3"_s.arg(scheme, host).arg(port);
}
