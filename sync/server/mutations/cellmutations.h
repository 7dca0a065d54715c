// The cell secretary's mutations (DESIGN.md section 5): document.share here, the meetings in
// MeetingMutations and profile.request.decide in ProfileDecisions. Each is authorised on the
// server: only the secretary of the cell concerned (committees and admins are not secretaries).
#pragma once

#include "mutations/mutationhandler.h"

class CellMutations
{
public:
    // Adds every secretary handler (this group, MeetingMutations, ProfileDecisions) to the table.
    static void addTo(MutationTable &table);
};
