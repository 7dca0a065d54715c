// The demo's drafts written in the app (DESIGN.md 8.2): three drafts of one committee, one
// in each state an approver meets (being written, submitted and waiting, returned with a
// reason), all by one committee user, so that the other committee user of that organisation
// finds the submitted one waiting for approval.
#pragma once

#include "demo/demoaccounts.h"

#include <QDateTime>
#include <QList>
#include <QString>

class WriteTransaction;

class DemoDrafts
{
public:
    // Writes the drafts of the province committee (or, without a committee account there, of
    // the first committee account's organisation); `provinceOrgId` is the province's id.
    // Returns how many drafts were written (0 without a committee account); throws DbError.
    static int store(WriteTransaction &transaction, const QList<DemoAccount> &accounts,
        const QString &provinceOrgId, const QDateTime &now);
};
