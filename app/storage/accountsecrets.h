// Temporary passwords the server handed back for account.create / account.reset_password
// (DESIGN.md 8.4, push result `data`). The password exists only in that one answer, so it is
// kept in the encrypted vault until the committee user has seen the slip and dismissed it.
// A replayed answer (the first was lost) carries no data: a row with an empty password records
// that loss, so the page can say so and offer a new reset. Nothing here is ever logged.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class SqliteDatabase;
struct PushReply;

struct AccountSecret
{
    qint64 mutationId = 0; // the outbox id of the mutation that asked for it
    QString memberId;
    QString userId; // empty when the answer was lost (account.create replayed)
    QString login;
    QString temporaryPassword; // empty: the answer carrying it was lost
    QDateTime receivedAt;

    [[nodiscard]] bool isLost() const { return temporaryPassword.isEmpty(); }
};

class AccountSecrets
{
public:
    explicit AccountSecrets(SqliteDatabase &db);

    // Inside the caller's transaction, BEFORE the outbox consumes the mutations: for every
    // applied account.create / account.reset_password of `reply`, stores its data (or the loss
    // of it). A mutation already recorded is left alone. Returns how many rows were written.
    int record(const PushReply &reply, const QDateTime &now);

    // Newest first.
    [[nodiscard]] QList<AccountSecret> all();
    // The user has written the password down (or read the loss): the row is deleted.
    void dismiss(qint64 mutationId);

private:
    SqliteDatabase &m_db;
};
