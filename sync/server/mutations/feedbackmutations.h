// Feedback (DESIGN.md section 5): feedback.post, a member's question or suggestion to the
// cell (its secretaries are notified) or a secretary's reply in a thread (its author is
// notified).
#pragma once

#include "mutations/mutationhandler.h"

class FeedbackMutations
{
public:
    // Adds feedback.post to the table.
    static void addTo(MutationTable &table);
};
