// Publishing in the app (DESIGN.md 8.2): committee staff write drafts (document.draft.put),
// submit them (document.draft.submit), another committee user of the organisation returns
// them with a reason (document.draft.return) or signs and publishes them (document.publish,
// checked against a certified signer and the canonical bytes of 8.1), and a committee user of
// the publishing organisation withdraws a document with a reason (document.withdraw).
//
// Who may act: a committee user of the draft's organisation. Anyone else is answered like a
// missing object (not_found, audited as denied when it exists). A committee user of that
// organisation who may see the draft but not do this (submit another's draft, approve their
// own under the two-person rule, sign with a key that is not certified) gets forbidden with a
// Vietnamese message saying why; a wrong state (editing a submitted draft) is a conflict.
#pragma once

#include "mutations/mutationhandler.h"

class DraftMutations
{
public:
    // Adds the draft, publish and withdraw mutations to the table.
    static void addTo(MutationTable &table);
};
