// profile.request.decide (DESIGN.md section 5): the secretary of a member's cell approves
// (the requested fields are checked again and applied to the profile) or rejects (with a
// reason) a pending profile change request; the member is notified and the decision audited.
#pragma once

#include "mutations/mutationhandler.h"

class ProfileDecisions
{
public:
    // Adds profile.request.decide to the table.
    static void addTo(MutationTable &table);
};
