// Withdrawing a published document (`handbook-server withdraw`): it is marked withdrawn and
// its deletion recorded in the change log for its audience, so that it disappears from every
// device at its next sync.
#pragma once

#include <QDateTime>
#include <QString>

class WriteTransaction;

class DocumentWithdrawal
{
public:
    enum class Outcome { Withdrawn, AlreadyWithdrawn, NoSuchDocument };

    // Inside the caller's write transaction, at `now` (UTC), keeping `reason` (may be empty)
    // in documents.withdraw_reason; throws DbError.
    static Outcome withdraw(WriteTransaction &transaction, const QString &documentId,
        const QDateTime &now, const QString &reason = QString());
};
