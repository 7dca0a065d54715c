// The meeting room's statements at the server (DESIGN.md 8.8, issue 23; the rules in
// docs/protocol-extensions.md "What the room carries"): room.check_in and room.ballot carry a
// check-in or ballot a member's device signed in the room (RoomStatement) and that device's
// certificate, pushed by the member's own device or by the secretary's that recorded it there.
// Each is verified under the server's room key and applied exactly once whichever device pushes
// first: room_statements holds one row per statement id (with its digest) and at most one
// check-in per meeting and member and one ballot per vote and member. A check-in applies as the
// secretary's meeting.attendance present would, a ballot as the member's own vote.cast would (a
// secret one opened from its sealed box with the room's secret key); a ballot of a vote the
// server does not know yet is held until vote.open creates it. Every push is audited with the
// statement's id, never a choice.
#pragma once

#include "mutations/mutationhandler.h"

class RoomMutations
{
public:
    // Adds room.check_in and room.ballot to the table.
    static void addTo(MutationTable &table);

    // In vote.open's transaction, once it created `voteId`: the ballots held for that vote, in
    // the order received, applied as vote.cast would apply them now (each audited with its
    // outcome), their held statements dropped.
    static void applyHeldBallots(MutationContext &c, const QString &voteId);
};
