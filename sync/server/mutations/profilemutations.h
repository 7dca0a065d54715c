// Member profiles (DESIGN.md section 5): profile.update (the member's own contact fields,
// merged per field), profile.request (a change to other fields, for those who decide it)
// and profile.request.decide (the secretary of the member's cell, or for a secretary's own
// request the committee directly above, approves or rejects it; the member is notified and
// the decision audited).
#pragma once

#include "mutations/mutationhandler.h"

class ProfileMutations
{
public:
    // Adds profile.update, profile.request and profile.request.decide to the table.
    static void addTo(MutationTable &table);
};
