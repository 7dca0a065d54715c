// Transfers of a member between cells (chuyển sinh hoạt đảng, DESIGN.md 8.4): the
// member_transfers table and its `member_transfer` rows. Each write records two changes, one
// in the sending cell's scope and one in the receiving cell's, so that the committees above
// either cell pull it (and nobody in the cells: owner none). Each runs inside the caller's
// write transaction; throws DbError.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

class WriteTransaction;

struct MemberTransfer
{
    QString id;
    QString memberId;
    QString fromOrgId;
    QString toOrgId;
    QString reason;
    QString status; // Protocol::TransferStatus
    QString requestedBy; // user id
    QString requestedAt; // ISO 8601, UTC
};

class MemberTransfers
{
public:
    // A pulled row: the wire fields and the version.
    struct Row
    {
        QJsonObject data;
        qint64 version = 1;
    };

    // The transfer, or nullopt.
    [[nodiscard]] static std::optional<MemberTransfer> find(
        const QSqlDatabase &db, const QString &id);
    // Whether the member has a pending transfer.
    [[nodiscard]] static bool hasPending(const QSqlDatabase &db, const QString &memberId);
    // Inserts a pending transfer and records its two changes.
    static void request(WriteTransaction &tx, const MemberTransfer &transfer);
    // Closes a pending transfer with `status` (accepted or rejected) and records its two changes.
    static void decide(WriteTransaction &tx, const MemberTransfer &transfer, const QString &status,
        const QString &decidedBy, const QString &decidedAt, const QString &reason);
    // The member_transfer rows with these ids (names joined in: member, cells, deciders).
    [[nodiscard]] static QHash<QString, Row> rows(const QSqlDatabase &db, const QStringList &ids);
};
