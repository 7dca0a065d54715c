// Who made an authenticated request: resolved from the bearer token on every request.
#pragma once

#include "wirevalues.h"

#include <QString>

struct AuthenticatedUser
{
    QString userId;
    QString login;
    QString memberId; // empty for accounts without a member record (e.g. admin)
    QString role; // member, secretary, committee, admin
    QString orgId; // the member's cell; a committee's organisation
    QString deviceId;
    qint64 scopeGeneration = 1; // bumped when the user's visibility changes (moved, role)

    [[nodiscard]] bool isSecretary() const { return role == Protocol::Role::Secretary; }
    [[nodiscard]] bool isCommittee() const
    {
        return role == Protocol::Role::Committee || role == Protocol::Role::Admin;
    }
};
