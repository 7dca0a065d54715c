// The annual review (DESIGN.md 8.6, issue 22; the contract in docs/protocol-extensions.md,
// "Annual review"): a committee user opens a year's cycle for its organisation or a subtree
// below it (review.cycle.open) and its organisation closes it (review.cycle.close); each member
// of the audience hands in a self-review with their own rating (review.submit, editable until
// the cell proposes); the secretary of the member's cell enters the cell's proposed rating
// (review.propose, changeable until the decision); a committee user of the grassroots
// organisation above the cell, or of the cycle's opener, decides it (review.decide, final).
// Every write to a self-review recounts the summaries of its cell and every level above it up
// to the audience in the same transaction (records/reviews).
//
// Who may not see the cycle or self-review named is answered like a missing object
// (not_found, audited as denied when it exists); who may see a self-review but not act on it
// (its member, a committee above the cell that does not decide) is refused as forbidden; a
// wrong state (closed cycle, past the deadline, already proposed or decided) is a conflict.
#pragma once

#include "mutations/mutationhandler.h"

class ReviewMutations
{
public:
    // Adds review.cycle.open, review.cycle.close, review.submit, review.propose and
    // review.decide to the table.
    static void addTo(MutationTable &table);
};
