// Writes member records inside a WriteTransaction and records each change in the change log
// (type "member", org = the member's cell, owner = the member).
#pragma once

#include "records/memberprofile.h"

#include <QSqlQuery>
#include <QString>

class WriteTransaction;

class MemberStore
{
public:
    // What a move did.
    struct Move
    {
        QString fromOrgId;
        bool changed = false; // false when the member already was in that cell
        int usersUpdated = 0; // accounts whose scope_generation was bumped
        bool secretaryDemoted = false; // a secretary's account became a member account
        int requestsRescoped = 0; // pending profile requests now pulled by other deciders
    };

    explicit MemberStore(WriteTransaction &transaction);

    // Inserts a member (version 1; a new UUID when profile.id is empty) and records the
    // change; returns the id; throws DbError. The profile is expected to be valid.
    QString insert(const MemberProfile &profile);
    // Moves a member to another cell: org_id, version and updated_at change; a cell office
    // (Bí thư, Phó Bí thư, Chi ủy viên) becomes "Đảng viên"; the member's accounts follow
    // (member and secretary accounts get the new cell, a secretary becomes a member) and
    // their scope_generation is bumped so that their next pull resets; the member's pending
    // profile requests go to the new cell's deciders (ProfileRequestScope::rescopePending);
    // their study submissions follow them and the progress of both cells' chains is
    // recounted (Studies::followMember); throws DbError.
    // The member and the cell must exist.
    Move move(const QString &memberId, const QString &cellId);

private:
    WriteTransaction &m_transaction;
    QSqlQuery m_insert;
    bool m_prepared = false;
};
