// The signed-in user as login and refresh answer it: {"id", "member_id", "role", "org_id"}.
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

struct AuthUser
{
    QString id;
    QString memberId; // empty for an account without a member profile (e.g. admin)
    QString role; // member, secretary, committee, admin
    QString orgId;

    [[nodiscard]] QJsonObject toJson() const;
    // Strict: id, role, org_id strings; member_id a string or null.
    [[nodiscard]] static std::optional<AuthUser> fromJson(
        const QJsonObject &object, QString *error);

    friend bool operator==(const AuthUser &, const AuthUser &) = default;
};
