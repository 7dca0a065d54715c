// Read-only queries the profile screens need over the replica: who I am (member, cell,
// role), member rows (full profiles or directory entries), the cell's organisation names,
// profile change requests, profile notices, and which rows still wait to be sent.
#pragma once

#include "wirevalues.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

class SqliteDatabase;

// The signed-in account as the vault knows it.
struct ProfileViewer
{
    QString memberId; // empty for accounts without a member record (admin, some committees)
    QString orgId; // the member's cell; a committee's organisation
    QString role; // member, secretary, committee, admin
    [[nodiscard]] bool seesProfiles() const
    {
        return role != Protocol::Role::Member && !role.isEmpty();
    }
    [[nodiscard]] bool isSecretary() const { return role == Protocol::Role::Secretary; }
    [[nodiscard]] bool isCommittee() const
    {
        return role == Protocol::Role::Committee || role == Protocol::Role::Admin;
    }
    // Decides profile change requests: secretaries those of their cell, committees those of
    // the secretaries of the cells directly below.
    [[nodiscard]] bool reviewsRequests() const { return isSecretary() || isCommittee(); }
};

// One member as the directory lists it.
struct DirectoryEntry
{
    QString id;
    QString orgId;
    QString orgName;
    QString fullName;
    QString position;
    bool full = false; // the whole profile is on this device (not only name and position)
};

class ProfileCatalog
{
public:
    // `db` is the open vault's database (not owned).
    explicit ProfileCatalog(SqliteDatabase &db);

    [[nodiscard]] ProfileViewer viewer();
    // A member's row as pulled (full profile, or id/org/name/position only).
    [[nodiscard]] std::optional<QJsonObject> member(const QString &id);
    // An organisation's name (empty when it is not on this device).
    [[nodiscard]] QString organizationName(const QString &orgId);
    // Every member on this device (the directory), unsorted.
    [[nodiscard]] QList<DirectoryEntry> directory();
    // The full profiles on this device (what statistics count).
    [[nodiscard]] QList<QJsonObject> fullProfiles();
    // A member's profile change requests, newest first.
    [[nodiscard]] QList<QJsonObject> requestsOf(const QString &memberId);
    // The pending requests of members of `cellId` other than `exceptMemberId`, oldest first.
    [[nodiscard]] QList<QJsonObject> pendingRequestsOfCell(
        const QString &cellId, const QString &exceptMemberId);
    // The pending requests of members of the cells directly below `orgId` other than
    // `exceptMemberId`, oldest first (a committee receives only its cells' secretaries' ones).
    [[nodiscard]] QList<QJsonObject> pendingRequestsOfCellsBelow(
        const QString &orgId, const QString &exceptMemberId);
    // The pending requests the viewer decides, oldest first (none for members).
    [[nodiscard]] QList<QJsonObject> pendingRequestsToReview(const ProfileViewer &viewer);
    // Notifications of one kind, newest first.
    [[nodiscard]] QList<QJsonObject> notifications(const QString &kind, int limit);
    // True while a local change of this row waits to be sent.
    [[nodiscard]] bool waitsToBeSent(const QString &type, const QString &id);

private:
    SqliteDatabase &m_db;
};
