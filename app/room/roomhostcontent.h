// The secretary's device serving the meeting room from its vault (DESIGN.md 8.8, issue 23;
// docs/protocol-extensions.md, "What the room carries"): the meeting's package for a member,
// the attachments of its documents in ranges, and the members' signed check-ins and ballots
// recorded as her own pending room.check_in / room.ballot mutations, each with its local
// effect in ONE vault transaction (LocalActions::record). A secret ballot is relayed as its
// sealed box: nothing on this device can read its choice.
#pragma once

#include "localactions.h"
#include "roomsession.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

class SqliteDatabase;

// Kept for the code written before RoomAckRefusal (sync/room/roomsession.h) named it: another
// check-in of the member already recorded in this room (the first stands).
namespace RoomHostRefusal {
inline constexpr QLatin1StringView AlreadyCheckedIn = RoomAckRefusal::AlreadyCheckedIn;
} // namespace RoomHostRefusal

class VaultRoomHost : public RoomHostContent
{
public:
    using Clock = LocalActions::Clock;

    // `db` is the open vault's database (not owned; must outlive this object).
    VaultRoomHost(SqliteDatabase &db, QString meetingId, Clock clock = {});

    // {changes: [SyncChange JSON of the meeting row, its votes, the documents it names and the
    // cell's shares with its meeting_id, their signer rows], checked_in, voted} for the member
    // of the certificate. Rows as the vault holds them (with their version). An empty object
    // when the meeting is not on this device or the vault fails.
    QJsonObject package(const QJsonObject &memberCertificate) override;
    // Only attachments of the package's documents, only when complete on this device; reads
    // only the chunks of the range.
    std::optional<Chunk> readBlob(const QString &sha256, qint64 offset, qint64 max) override;
    // The host's checks, then the room_statements row, the local effect and the queued
    // mutation in one transaction. "" when recorded (also for the same statement again, which
    // changes nothing); otherwise the refusal code: RoomAckRefusal's, RoomStatement's
    // malformed_statement or wrong_device, or "storage" when the vault failed.
    QString record(const QJsonObject &statement, const QJsonObject &memberCertificate) override;

    // For the secretary's room page.
    struct VoteState
    {
        QString voteId;
        QString question;
        bool secret = false;
        bool open = false;
        int ballots = 0; // recorded in this room + known from the server
        // Open (not secret) votes only: the open ballots recorded in this room and not yet
        // pushed, per choice in the vote's order.
        QList<QPair<QString, int>> perChoice;
    };
    // The meeting's votes, in the order they were opened.
    [[nodiscard]] QList<VoteState> votes();
    // Members checked in in this room, in the order they checked in.
    [[nodiscard]] QStringList checkedInMemberIds();
    [[nodiscard]] QString meetingId() const;

private:
    [[nodiscard]] std::optional<QJsonObject> meeting();
    // Ids of the package's documents (the meeting's document_ids on this device, then the
    // cell's shares with its meeting_id).
    [[nodiscard]] QStringList documentIds(const QJsonObject &meeting);
    [[nodiscard]] bool checkedIn(const QString &memberId);
    [[nodiscard]] QStringList votedIds(const QString &memberId);
    // The pending room mutation's statement with this id (the outbox keeps it until pushed).
    [[nodiscard]] std::optional<QJsonObject> queuedStatement(const QString &statementId);
    QString check(const QJsonObject &statement, const QJsonObject &memberCertificate);

    SqliteDatabase &m_db;
    QString m_meetingId;
    Clock m_clock;
};
