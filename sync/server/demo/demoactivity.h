// The demo province's members using the handbook over the year (issue 20), so that the
// committees' dashboard shows real-looking "accounts" and "active devices": most members have
// an account (the install rate differs by district, from about 55 to 90 %, and a few cells lag
// far behind so that "needs attention" shows), each with a phone seen on some days of each
// month since the account was made (device_days); some stopped using it more than 30 days ago,
// some lost it (revoked) and carry on with a new one. Seeded: the same every run.
//
// These accounts cannot sign in: their password hash is a marker that no password matches
// (no password exists anywhere); only the demo logins of the accounts file sign in. A
// committee can still reset one's password from the app, as for any member. The members of
// the demo logins get nothing here, so no test's own account changes.
#pragma once

#include <QDateTime>
#include <QSet>
#include <QString>

class WriteTransaction;

class DemoActivity
{
public:
    // The password hash of the accounts written here: not a hash, so no password verifies.
    static constexpr QLatin1StringView NoPassword { "!demo-account-without-password" };

    struct Summary
    {
        int accounts = 0;
        int devices = 0;
        int deviceDays = 0;
    };
    // Writes the accounts, devices and device days of every member not in `skipMembers` (the
    // demo logins' members) up to `now`, with the devices' changes. Throws DbError.
    static Summary store(WriteTransaction &transaction, const QDateTime &now, quint64 seed,
        const QSet<QString> &skipMembers);
};
