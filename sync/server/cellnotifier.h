// Writes in-app notifications for the secretary mutations: one row per recipient, each
// recorded in the change log (orgId = the recipient's organisation, owner = the recipient),
// so it reaches exactly that member's next pull.
#pragma once

#include "mutationhandler.h"

#include <QString>

class CellNotifier
{
public:
    // What a notification says and what it points at.
    struct Notice
    {
        QString kind; // meeting_created, meeting_changed, meeting_cancelled, document_shared, ...
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

private:
    MutationContext &m_context;
};
