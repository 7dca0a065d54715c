// A member's private notes and bookmarks on the documents she can see (DESIGN.md section 5):
// note.put, note.delete, bookmark.put and bookmark.delete. Only their owner reads or changes
// them.
#pragma once

#include "mutations/mutationhandler.h"

class AnnotationMutations
{
public:
    // Adds the note and bookmark handlers to the table.
    static void addTo(MutationTable &table);
};
