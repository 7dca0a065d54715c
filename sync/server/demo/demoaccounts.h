// The demo province's sign-in accounts (DESIGN.md section 6, `demo --accounts <file>`): two
// members and the secretary of one cell, a member and the secretary of a cell in another
// district, committees above the first cell, of the other branch and of the province (two
// accounts each), and an admin.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

class WriteTransaction;

struct DemoAccount
{
    QString login;
    QString password; // deterministic, random-looking; only written to the accounts file
    QString role; // member, secretary, committee, admin
    QString memberId; // empty for committee and admin accounts
    QString orgId;
    QString fullName;
    QString description; // who this is, in Vietnamese, for whoever runs the demo
};

class DemoAccounts
{
public:
    // The accounts, each with a new random password; `names` maps member ids to full names.
    [[nodiscard]] static QList<DemoAccount> plan(const QHash<QString, QString> &names);
    // Inserts a user row per account with its Argon2id hash (hashes[i] for accounts[i]).
    static void store(WriteTransaction &transaction, const QList<DemoAccount> &accounts,
        const QStringList &hashes);
    // The --accounts file: a JSON array of {"login", "password", "role", "member_id",
    // "org_id", "full_name", "description"} (member_id null for accounts without a member).
    [[nodiscard]] static QByteArray toJson(const QList<DemoAccount> &accounts);
    // The user id of a demo account.
    [[nodiscard]] static QString userId(const QString &login);
};
