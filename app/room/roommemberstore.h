// The member's device in the secretary's meeting room (DESIGN.md 8.8, issue 23; the contract is
// docs/protocol-extensions.md, "What the room carries"): what the room sends is written to the
// vault as a pull would write it, under the member's acceptance rules; attachments are stored
// as they arrive and resumed after a lost connection; the member's check-in and ballots are
// signed with the device's room key, and once the host acknowledged one, its local effect,
// its room_statements row and its queued room.check_in / room.ballot go in one transaction.
//
// Acceptance (applyPackage): the meeting row only if it is the room's meeting of the member's
// own cell (served by a device of that cell); votes only of that meeting; documents only those
// the meeting names (document_ids) or shares of it (meeting_id): a signed one through the
// pull's verification (a tampered one is kept apart, DocumentVerification), an unsigned one
// only when its audience is the member's own cell; signer rows only those the package's
// documents name, as pulled; nothing else (no deletes, no other row types). A row held here in
// a newer version than the room's is kept; a row with a pending local change is held back as
// a pull holds it back (PendingRows::defer), unless a newer server image is already held.
#pragma once

#include "localactions.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

class SqliteDatabase;

class RoomMemberStore
{
public:
    using Clock = LocalActions::Clock;

    // `db` is the open vault's database (not owned); `meetingId` the room's meeting (from the
    // host's hello).
    RoomMemberStore(SqliteDatabase &db, QString meetingId, Clock clock = {});

    struct Applied
    {
        int rows = 0; // written (or handed to the verification, for signed documents)
        int refused = 0; // against the acceptance rules, or malformed
        int kept = 0; // held here in a newer version, or held back behind a pending change
        QStringList missingBlobs; // sha256 of the meeting's attachments not (fully) stored
    };
    // Applies a package's changes ({changes: [SyncChange JSON], ...}) in one transaction.
    // `hostCertificate`: the certificate the host proved in the handshake. On a storage error
    // nothing is written and every change counts as refused.
    Applied applyPackage(const QJsonObject &package, const QJsonObject &hostCertificate);
    // The sha256 of the attachments of the meeting's documents on this device not (fully)
    // stored yet.
    [[nodiscard]] QStringList missingBlobs();

    // Bytes of the blob already stored (where the next get_blob resumes).
    [[nodiscard]] qint64 blobOffset(const QString &sha256);
    enum class BlobResult {
        More, // stored (or a chunk already had or out of place, ignored); ask from blobOffset()
        Done, // complete and its SHA-256 verified
        Corrupt, // its SHA-256 differs, or it overflows or is not an attachment of the
                 // meeting's documents: the partial blob is discarded
    };
    // A blob_chunk: `size` is the whole blob's. Storage errors answer More (ask again).
    BlobResult appendBlob(
        const QString &sha256, qint64 offset, qint64 size, const QByteArray &data);

    // The member's check-in, signed with the device's room key; nullopt when the device has no
    // usable room identity (RoomIdentity::isUsable at this clock's now).
    [[nodiscard]] std::optional<QJsonObject> makeCheckIn();
    // A ballot in one of the meeting's open votes on this device; nullopt also for an unknown
    // or closed vote or a choice not of the vote. A secret vote's ballot is sealed to the
    // pinned room key with the device's ballot key for the vote (secret_ballots: the key a
    // direct vote.cast sends; drawn and kept now, with this choice, when the device has none
    // yet, so that a ballot the host recorded but never acknowledged and a later vote.cast
    // carry the same key); the choice waits in the vault for recordAcknowledged.
    [[nodiscard]] std::optional<QJsonObject> makeBallot(
        const QString &voteId, const QString &choice);

    // After the host's ack with an empty refusal: in one transaction, the room_statements row,
    // the local effect (a check-in: own attendance present, a scheduled meeting in progress; a
    // ballot: own vote_cast row, a secret choice only in secret_ballots) and the queued
    // room.check_in / room.ballot {statement, member_certificate}. A statement already recorded
    // (or another of the same check-in or ballot): nothing, mutationId 0. Errors: invalid_args
    // (not this device's own statement of this meeting, or it does not verify),
    // not_signed_in (no usable identity), not_found (unknown vote), storage. rowId: the
    // attendance or vote_cast row (the statement's id when nothing was recorded).
    LocalActions::Result recordAcknowledged(const QJsonObject &statement);

    // Whether this device's check-in in this meeting was acknowledged.
    [[nodiscard]] bool checkedIn();
    // The meeting's votes this member cast a ballot in (acknowledged in the room, or a vote_cast
    // row of the member on this device).
    [[nodiscard]] QStringList votedIds();
    [[nodiscard]] QString meetingId() const { return m_meetingId; }

private:
    struct Attachment
    {
        qint64 size = 0;
        QString mime;
    };
    // The attachments of the meeting's documents stored on this device, by sha256.
    [[nodiscard]] QHash<QString, Attachment> attachments();
    [[nodiscard]] QString myCell();

    SqliteDatabase &m_db;
    QString m_meetingId;
    Clock m_clock;
};
