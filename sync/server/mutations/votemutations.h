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

    // A ballot of `memberId` in `voteId` as vote.cast applies it once its arguments are read
    // (the member's cell, the vote open, the member present, a choice of the vote, a secret
    // vote with a ballot key of 64 lower-case hex digits and an open one with a null key; one
    // vote_casts row per vote and member, replaced while the vote is open). Not audited: the
    // caller audits. vote.cast and a room ballot (roommutations) share it.
    [[nodiscard]] static MutationOutcome cast(MutationContext &c, const QString &memberId,
        const QString &voteId, const QString &choice, const QString &ballotKey);
};
