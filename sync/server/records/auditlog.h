// The audit log (DESIGN.md section 4): logins, denials, publications, profile decisions,
// device revocations — who, what, when (UTC). Never secrets or content.
#pragma once

#include <QSqlDatabase>
#include <QString>

struct AuditEntry
{
    QString actorUserId;
    QString actorLogin;
    QString action; // e.g. "login", "denied", "publish", "profile.decide", "device.revoke"
    QString targetType;
    QString targetId;
    QString outcome; // "ok", "failed", "denied", ...
    QString address; // the client's address, if known
    QString detail; // a short reason code; never content
};

class AuditLog
{
public:
    // Appends an entry (inside the caller's transaction if one is open); throws DbError.
    static void record(const QSqlDatabase &db, const AuditEntry &entry);
};
