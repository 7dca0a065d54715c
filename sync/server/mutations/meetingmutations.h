// Meetings (DESIGN.md section 5): the cell secretary's meeting.create, meeting.update,
// meeting.cancel and meeting.attendance (only the secretary of the meeting's cell; members of
// the cell are notified of new, changed and cancelled meetings), and the member's
// meeting.rsvp (the cell's secretaries hear of an absence and of one taken back).
#pragma once

#include "mutations/mutationhandler.h"

class MeetingMutations
{
public:
    // Adds the meeting handlers, rsvp included, to the table.
    static void addTo(MutationTable &table);
};
