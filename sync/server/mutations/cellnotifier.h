// Writes in-app notifications: for the secretary mutations to the cell's members, and for
// what a member sends to those who must act on it (an absence, a feedback message,
// a profile change request, to the cell's secretaries or the committee above). One row per
// recipient, each recorded in the change log (orgId = the recipient's organisation, owner =
// the recipient), so it reaches exactly that member's next pull. A notification belongs to a
// member record: an account without one (an admin, a committee account made without
// --member) receives none. The acting user is never notified. A committee as such (issue 20:
// a transfer to decide or decided) is notified once, addressed to its organisation
// (notifications.org_id, no member; change owner none): each of its committee accounts pulls
// it, with or without a member record.
#pragma once

#include "mutations/mutationhandler.h"

#include <QString>
#include <QStringList>

class CellNotifier
{
public:
    // What a notification says and what it points at.
    struct Notice
    {
        // meeting_created, meeting_changed, meeting_cancelled, document_shared, rsvp_absent,
        // rsvp_attending, feedback_received, profile_request_submitted, ...
        QString kind;
        QString title; // Vietnamese, shown as is
        QString body; // optional (null QString -> NULL)
        QString refType; // meeting, document, profile_request, ...
        QString refId;
    };

    explicit CellNotifier(MutationContext &context);

    // Notifies every member of the cell except the acting user; returns how many were notified.
    int notifyCell(const QString &cellId, const Notice &notice);
    // Notifies one member (whose organisation is `memberOrgId`).
    void notifyMember(const QString &memberId, const QString &memberOrgId, const Notice &notice);
    // Notifies the secretaries of the cell (the members of the cell with an enabled secretary
    // account there) except the acting user; returns how many were notified.
    int notifySecretaries(const QString &cellId, const Notice &notice);
    // Notifies whoever decides `memberId`'s profile change requests (ProfileRequestScope): the
    // secretaries of the member's cell, or for a secretary's own request the committee
    // accounts of the organisation directly above (those with a member record); never the
    // acting user. Returns how many were notified.
    int notifyProfileDeciders(const QString &memberId, const Notice &notice);

    // Notifies the committee of organisation `orgId` (every committee account there, the
    // acting one too: a colleague may act from another device).
    void notifyCommittee(const QString &orgId, const Notice &notice);

private:
    // The members behind the enabled accounts of organisation `orgId` whose role is one of
    // `roles` (for secretaries: only those whose member record is in that cell).
    int notifyAccounts(const QString &orgId, const QStringList &roles, const Notice &notice);

    MutationContext &m_context;
};
