// Handlers for what every member does (DESIGN.md section 5): document.read, note.put,
// note.delete, bookmark.put, bookmark.delete, meeting.rsvp, feedback.post, profile.update,
// profile.request.
#pragma once

#include "mutations/mutationhandler.h"

class MemberMutations
{
public:
    // Adds this group's handlers to the table.
    static void addTo(MutationTable &table);
};
