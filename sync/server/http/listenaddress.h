// The `--listen <host:port>` argument: an IP address (or localhost) and a port (0 = any free).
#pragma once

#include <QHostAddress>
#include <QString>
#include <optional>

class ListenAddress
{
public:
    // Accepts "127.0.0.1:8080", "[::1]:8080", "0.0.0.0:443", "localhost:0"; host names other
    // than localhost are refused (bind to an address). nullopt with a one-line *error otherwise.
    [[nodiscard]] static std::optional<ListenAddress> parse(const QString &text, QString *error);

    [[nodiscard]] QHostAddress host() const { return m_host; }
    [[nodiscard]] quint16 port() const { return m_port; }
    // True for 127.0.0.0/8 and ::1: the only addresses where plain HTTP is allowed.
    [[nodiscard]] bool isLoopback() const { return m_host.isLoopback(); }
    // "<scheme>://<host>:<port>" with IPv6 hosts in brackets.
    [[nodiscard]] QString url(const QString &scheme, quint16 port) const;

private:
    QHostAddress m_host;
    quint16 m_port = 0;
};
