// The devices signed in to accounts, as `handbook-server device list` shows them and as `device`
// rows are pulled (docs/protocol-extensions.md "Oversight, accounts and transfers").
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
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

    // The pulled data of these devices (ids that no longer exist are left out): id -> {data,
    // version}. A device row has no version column: every change is a new look (version 1).
    struct Row
    {
        QJsonObject data;
        qint64 version = 1;
    };
    [[nodiscard]] static QHash<QString, Row> rows(const QSqlDatabase &db, const QStringList &ids);
};
