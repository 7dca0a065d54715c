#include "loginrequest.h"

#include "jsoncodec.h"

using namespace Qt::StringLiterals;

QJsonObject LoginRequest::toJson() const
{
    QJsonObject device { { u"id"_s, deviceId }, { u"name"_s, deviceName },
        { u"platform"_s, platform } };
    if (!devicePublicKey.isEmpty())
        device.insert(u"public_key"_s, devicePublicKey);
    return QJsonObject { { u"login"_s, login }, { u"password"_s, password },
        { u"device"_s, device } };
}

QByteArray LoginRequest::toBytes() const
{
    return JsonCodec::toBytes(toJson());
}
