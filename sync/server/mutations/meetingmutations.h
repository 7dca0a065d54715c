// Handlers for the cell secretary's meetings (DESIGN.md section 5): meeting.create,
// meeting.update, meeting.cancel and meeting.attendance. Only the secretary of the meeting's
// cell may use them; members of the cell are notified of new, changed and cancelled meetings.
#pragma once

#include "mutations/mutationhandler.h"

class MeetingMutations
{
public:
    // Adds this group's handlers to the table.
    static void addTo(MutationTable &table);
};
