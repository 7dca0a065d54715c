// Accounts and devices from a committee's app (DESIGN.md 8.4, issue 20): account.create,
// account.reset_password and device.revoke. The temporary password of an applied create or
// reset is answered once, in the result's `data` (never stored but as its Argon2id hash,
// never logged, never replayed).
#pragma once

#include "mutations/mutationhandler.h"

class AccountMutations
{
public:
    // Adds account.create, account.reset_password and device.revoke to the table.
    static void addTo(MutationTable &table);
};
