// The address of a handbook server as typed by a user, validated and normalised.
#pragma once

#include "tlsprofile.h"

#include <QAnyStringView>
#include <QString>
#include <QUrl>

class ServerAddress
{
public:
    ServerAddress() = default;

    // Trims, assumes https:// when no scheme is typed, drops a default port and trailing
    // slashes. http:// is accepted only for a loopback host (127.0.0.0/8, ::1, localhost).
    // User info, query and fragment are refused. Check isValid() and errorMessage().
    [[nodiscard]] static ServerAddress parse(const QString &text);

    [[nodiscard]] bool isValid() const { return m_url.isValid() && m_error.isEmpty(); }
    // Normalised base URL, e.g. https://sotay.example.vn or https://example.vn/handbook.
    [[nodiscard]] QUrl url() const { return m_url; }
    // The base URL as text (what the app should store and show).
    [[nodiscard]] QString toString() const { return m_url.toString(); }
    // Vietnamese sentence telling the user what is wrong; empty when valid.
    [[nodiscard]] QString errorMessage() const { return m_error; }
    // Full URL of an API path such as Protocol::Path::Health, under the base path.
    [[nodiscard]] QUrl endpoint(QAnyStringView path) const;
    // True when the host is this device (plain HTTP allowed).
    [[nodiscard]] static bool isLoopbackHost(const QString &host);

    // What the client trusts for this server's certificate (empty: the system's CAs);
    // NetworkTransport applies it to every request. Not part of the address text.
    [[nodiscard]] const TlsProfile &tlsProfile() const { return m_tls; }
    void setTlsProfile(const TlsProfile &profile) { m_tls = profile; }

private:
    QUrl m_url;
    QString m_error;
    TlsProfile m_tls;
};
