// The temporary password slip (DESIGN.md 8.4, issue 20): what a committee user hands a member
// whose account was just created or whose password was reset. One A4 page, large print for
// elderly members: the member's name, the login, the temporary password, the server address,
// and a QR code of the server profile (the sign-in page's server field takes it). The password
// is on paper only because the member needs it; it is never logged, and the file is written
// where the user chose.
#pragma once

#include <QDate>
#include <QString>

struct PasswordSlipInput
{
    QString memberName;
    QString login;
    QString temporaryPassword;
    QString serverAddress; // as shown, e.g. https://sotay.tinhuy.vn
    QString serverProfile; // what the QR code holds (ServerProfileText::compose)
    QString issuedBy; // the committee's organisation
    QDate issuedOn;
};

class PasswordSlip
{
public:
    explicit PasswordSlip(PasswordSlipInput input);

    // Writes the A4 PDF to `path`; false with *error (Vietnamese) when it cannot be written.
    bool writePdf(const QString &path, QString *error) const;

private:
    PasswordSlipInput m_input;
};
