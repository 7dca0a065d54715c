#include "authtokens.h"

#include "jsoncodec.h"
#include "protocol.h"

using namespace Qt::StringLiterals;

QJsonObject AuthTokens::toJson() const
{
    QJsonObject object { { u"access_token"_s, accessToken }, { u"expires_in"_s, expiresIn },
        { u"refresh_token"_s, refreshToken }, { u"user"_s, user.toJson() },
        { u"must_change_password"_s, mustChangePassword } };
    if (!roomPublicKey.isEmpty())
        object.insert(Protocol::Room::RoomPublicKey, roomPublicKey);
    if (!deviceCertificate.isEmpty())
        object.insert(Protocol::Room::DeviceCertificate, deviceCertificate);
    return object;
}

std::optional<AuthTokens> AuthTokens::fromJson(const QJsonObject &object, QString *error)
{
    const auto access = JsonCodec::requireString(object, u"access_token", error);
    const auto expires
        = access ? JsonCodec::requireInteger(object, u"expires_in", error) : std::nullopt;
    const auto refresh
        = expires ? JsonCodec::requireString(object, u"refresh_token", error) : std::nullopt;
    const auto userObject
        = refresh ? JsonCodec::requireObject(object, u"user", error) : std::nullopt;
    const auto user = userObject ? AuthUser::fromJson(*userObject, error) : std::nullopt;
    if (!user)
        return std::nullopt;
    if (access->isEmpty() || refresh->isEmpty()) {
        if (error)
            *error = u"tokens must not be empty"_s;
        return std::nullopt;
    }
    const bool mustChange = object.value(u"must_change_password"_s).toBool(false);
    // Compatible extensions, read leniently: an older server sends neither.
    return AuthTokens { *access, *expires, *refresh, *user, mustChange,
        object.value(Protocol::Room::RoomPublicKey).toString(),
        object.value(Protocol::Room::DeviceCertificate).toObject() };
}

std::optional<AuthTokens> AuthTokens::fromBytes(const QByteArray &body, QString *error)
{
    const auto object = JsonCodec::parseObject(body, error);
    return object ? fromJson(*object, error) : std::nullopt;
}
