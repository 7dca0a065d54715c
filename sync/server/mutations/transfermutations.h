// Moving a member between cells from a committee's app (chuyển sinh hoạt đảng, DESIGN.md 8.4,
// issue 20): member.transfer.request by a committee above the member's cell,
// member.transfer.decide by a committee above the receiving cell; an accepted transfer moves
// the member as `handbook-server member move` does (MemberStore::move).
#pragma once

#include "mutations/mutationhandler.h"

class TransferMutations
{
public:
    // Adds member.transfer.request and member.transfer.decide to the table.
    static void addTo(MutationTable &table);
};
