// Which attachments the device should hold (DESIGN.md section 5, Blobs): the next meeting's
// documents first, then the newest, within the storage limit; and which stored blobs no
// document (or pending share) references any more.
#pragma once

#include "syncstore.h"

#include <QDateTime>
#include <QList>
#include <optional>

class SqliteDatabase;

class BlobCatalog
{
public:
    // Default storage limit for downloaded attachments.
    static constexpr qint64 kDefaultLimitBytes = 500LL * 1024 * 1024;

    explicit BlobCatalog(SqliteDatabase &db);

    // Bytes the automatic downloads may fill (a setting kept in the vault).
    [[nodiscard]] qint64 storageLimit();
    void setStorageLimit(qint64 bytes);
    // Bytes of attachments stored on the device now (complete and partly downloaded).
    [[nodiscard]] qint64 storedBytes();

    // Attachments not stored yet, most wanted first, that fit the limit with what is stored.
    [[nodiscard]] QList<BlobWant> wanted(int limit, const QDateTime &now);
    // The attachment with this hash when a stored document references it.
    [[nodiscard]] std::optional<BlobWant> find(const QString &sha256);
    // Deletes blobs (complete or partial) nothing references; returns how many.
    int removeUnreferenced();

private:
    SqliteDatabase &m_db;
};
