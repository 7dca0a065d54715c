// Signers (DESIGN.md 8.1): signer.register, a committee user announcing the public key their
// device made, for their own organisation. The operator certifies it offline
// (`handbook-server signing certify`).
#pragma once

#include "mutations/mutationhandler.h"

class SignerMutations
{
public:
    // Adds signer.register to the table.
    static void addTo(MutationTable &table);
};
