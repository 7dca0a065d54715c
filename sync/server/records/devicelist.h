// The devices signed in to accounts, as `handbook-server device list` shows them.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// One device; the texts as stored (empty for NULL).
struct ListedDevice
{
    QString id;
    QString login;
    QString name;
    QString platform;
    QString lastSeenAt;
    bool revoked = false;
};

class DeviceList
{
public:
    // Every device (only the account `login`'s when one is given), by login, then by when
    // they first signed in; throws DbError.
    [[nodiscard]] static QList<ListedDevice> devices(
        const QSqlDatabase &db, const std::optional<QString> &login = std::nullopt);
};
