#include "authuser.h"

#include "jsoncodec.h"

using namespace Qt::StringLiterals;

QJsonObject AuthUser::toJson() const
{
    return QJsonObject { { u"id"_s, id },
        { u"member_id"_s, memberId.isEmpty() ? QJsonValue() : QJsonValue(memberId) },
        { u"role"_s, role }, { u"org_id"_s, orgId } };
}

std::optional<AuthUser> AuthUser::fromJson(const QJsonObject &object, QString *error)
{
    const auto id = JsonCodec::requireString(object, u"id", error);
    const auto memberId
        = id ? JsonCodec::optionalString(object, u"member_id", error) : std::nullopt;
    const auto role = memberId ? JsonCodec::requireString(object, u"role", error) : std::nullopt;
    const auto orgId = role ? JsonCodec::requireString(object, u"org_id", error) : std::nullopt;
    if (!orgId)
        return std::nullopt;
    if (id->isEmpty()) {
        if (error)
            *error = u"field \"id\" must not be empty"_s;
        return std::nullopt;
    }
    return AuthUser { *id, *memberId, *role, *orgId };
}
