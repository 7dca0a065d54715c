#include "healthinfo.h"

#include "jsoncodec.h"

using namespace Qt::StringLiterals;

HealthInfo::HealthInfo(QString status, QString version, QString db)
    : m_status(std::move(status))
    , m_version(std::move(version))
    , m_db(std::move(db))
{ }

bool HealthInfo::isOk() const
{
    return m_status == "ok"_L1;
}

QJsonObject HealthInfo::toJson() const
{
    return QJsonObject { { u"status"_s, m_status }, { u"version"_s, m_version },
        { u"db"_s, m_db } };
}

std::optional<HealthInfo> HealthInfo::fromJson(const QJsonObject &object, QString *error)
{
    const auto status = JsonCodec::requireString(object, u"status", error);
    if (!status)
        return std::nullopt;
    const auto version = JsonCodec::requireString(object, u"version", error);
    if (!version)
        return std::nullopt;
    const auto db = JsonCodec::requireString(object, u"db", error);
    if (!db)
        return std::nullopt;
    return HealthInfo(*status, *version, *db);
}
