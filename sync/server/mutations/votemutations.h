// Votes in a meeting (biểu quyết, DESIGN.md 8.5, docs/protocol-extensions.md "Meeting
// outcomes"): vote.open and vote.close by the cell's secretary, vote.cast by a member marked
// present. A secret vote's ballot is stored apart from who cast it (secret_ballots, keyed by the
// hash of a key only the member's device holds) and counted away at closing; the audit entry of
// a cast names the vote only and its result carries no choice.
#pragma once

#include "mutations/mutationhandler.h"

class VoteMutations
{
public:
    // Adds vote.open, vote.close and vote.cast to the table.
    static void addTo(MutationTable &table);
};
