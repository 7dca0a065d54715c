// The server profile in one line of text, for the QR code of the temporary password slip and
// for the sign-in page's server field: the server address, then, when the account's profile
// pins keys, "#pin-sha256=" and the base64 pins separated by commas, e.g.
// "https://sotay.tinhuy.vn#pin-sha256=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=".
// A plain address is a profile without pins, so whatever the field accepted before still works.
// CA certificates do not fit a QR code a phone reads from paper: they come with the app.
#pragma once

#include "tlsprofile.h"

#include <QString>
#include <QStringList>

struct ServerProfileText
{
    QString server; // the address part, as typed (ServerAddress::parse checks it)
    QStringList pins; // base64 SHA-256 of a SubjectPublicKeyInfo

    [[nodiscard]] static QString compose(const QString &server, const TlsProfile &profile);
    // Splits the text; an address without "#pin-sha256=" has no pins.
    [[nodiscard]] static ServerProfileText parse(const QString &text);
};
