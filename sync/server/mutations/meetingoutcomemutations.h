// What happens around a meeting (DESIGN.md 8.5, docs/protocol-extensions.md "Meeting
// outcomes"): meeting.comment by a member of the cell while the meeting is scheduled or in
// progress (the cell's secretaries are notified), meeting.end and meeting.minutes by the cell's
// secretary (the meeting becomes done, its open votes close; the first minutes are notified to
// the cell). Every applied one is in the audit log.
#pragma once

#include "mutations/mutationhandler.h"

class MeetingOutcomeMutations
{
public:
    // Adds meeting.comment, meeting.end and meeting.minutes to the table.
    static void addTo(MutationTable &table);
};
