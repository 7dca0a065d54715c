#include "loginrequest.h"

#include "jsoncodec.h"

using namespace Qt::StringLiterals;

QJsonObject LoginRequest::toJson() const
{
    return QJsonObject { { u"login"_s, login }, { u"password"_s, password },
        { u"device"_s,
            QJsonObject {
                { u"id"_s, deviceId }, { u"name"_s, deviceName }, { u"platform"_s, platform } } } };
}

QByteArray LoginRequest::toBytes() const
{
    return JsonCodec::toBytes(toJson());
}
