#include "roomhostcontent.h"

#include "actionerrors.h"
#include "blobstore.h"
#include "devicecertificate.h"
#include "documentverification.h"
#include "mutationnames.h"
#include "outbox.h"
#include "protocol.h"
#include "replicastore.h"
#include "roomstatement.h"
#include "sqlitedatabase.h"
#include "syncchange.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <utility>

using namespace Qt::StringLiterals;
namespace Mutation = Protocol::Mutation;
namespace RowType = Protocol::RowType;
namespace MeetingStatus = Protocol::MeetingStatus;
namespace VoteStatus = Protocol::VoteStatus;
namespace Room = Protocol::Room;

namespace {

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

SyncChange put(const QString &type, const QString &id, qint64 version, const QJsonObject &data)
{
    SyncChange change;
    change.type = type;
    change.id = id;
    change.op = SyncChange::Op::Put;
    change.version = version;
    change.data = data;
    return change;
}

bool isOver(const QJsonObject &meeting)
{
    const QString status = meeting.value(u"status"_s).toString();
    return status == MeetingStatus::Done || status == MeetingStatus::Cancelled;
}

// The statements of the room mutations named `name` still in the outbox, oldest first.
QList<QJsonObject> queuedStatements(SqliteDatabase &db, const QString &name)
{
    Statement query(db, "SELECT args FROM outbox WHERE name = ?1 ORDER BY id");
    query.bind(1, name);
    QList<QJsonObject> result;
    while (query.step())
        result << parse(query.text(0)).value(Room::Statement).toObject();
    return result;
}

} // namespace

VaultRoomHost::VaultRoomHost(SqliteDatabase &db, QString meetingId, Clock clock)
    : m_db(db)
    , m_meetingId(std::move(meetingId))
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

QString VaultRoomHost::meetingId() const
{
    return m_meetingId;
}

std::optional<QJsonObject> VaultRoomHost::meeting()
{
    return ReplicaStore(m_db).get(QString(RowType::Meeting), m_meetingId);
}

QStringList VaultRoomHost::documentIds(const QJsonObject &meeting)
{
    QStringList ids;
    QSet<QString> seen;
    ReplicaStore replica(m_db);
    // Only the documents table: a signed document that did not verify here is kept apart
    // (unverified_documents) and never served.
    for (const QJsonValue &value : meeting.value(u"document_ids"_s).toArray()) {
        const QString id = value.toString();
        if (!id.isEmpty() && !seen.contains(id)
            && replica.version(QString(RowType::Document), id)) {
            seen.insert(id);
            ids << id;
        }
    }
    // The cell's shares for this meeting (their audience the meeting's cell, never another's).
    Statement shares(m_db,
        "SELECT id FROM documents WHERE meeting_id = ?1 AND audience_org_id = ?2 "
        "ORDER BY published_at, id");
    shares.bind(1, m_meetingId).bind(2, meeting.value(u"org_id"_s).toString());
    while (shares.step()) {
        const QString id = shares.text(0);
        if (!seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    }
    return ids;
}

bool VaultRoomHost::checkedIn(const QString &memberId)
{
    Statement query(m_db,
        "SELECT 1 FROM room_statements WHERE meeting_id = ?1 AND type = ?2 AND member_id = ?3");
    query.bind(1, m_meetingId).bind(2, QString(RoomStatement::CheckIn)).bind(3, memberId);
    if (query.step())
        return true;
    const auto attendance
        = ReplicaStore(m_db).get(QString(RowType::Attendance), m_meetingId + u':' + memberId);
    return attendance && attendance->value(u"present"_s).toBool();
}

QStringList VaultRoomHost::votedIds(const QString &memberId)
{
    QStringList ids;
    Statement recorded(m_db,
        "SELECT vote_id FROM room_statements WHERE meeting_id = ?1 AND type = ?2 "
        "AND member_id = ?3 ORDER BY received_at, rowid");
    recorded.bind(1, m_meetingId).bind(2, QString(RoomStatement::Ballot)).bind(3, memberId);
    while (recorded.step())
        ids << recorded.text(0);
    // A ballot this device knows from the server (its own, when the member is the secretary).
    Statement cast(m_db,
        "SELECT c.vote_id FROM vote_casts c JOIN votes v ON v.id = c.vote_id "
        "WHERE v.meeting_id = ?1 AND c.member_id = ?2 ORDER BY c.vote_id");
    cast.bind(1, m_meetingId).bind(2, memberId);
    while (cast.step()) {
        if (!ids.contains(cast.text(0)))
            ids << cast.text(0);
    }
    return ids;
}

QJsonObject VaultRoomHost::package(const QJsonObject &memberCertificate)
{
    try {
        const auto meetingRow = meeting();
        if (!meetingRow)
            return {};
        ReplicaStore replica(m_db);
        QJsonArray changes;
        changes.append(put(QString(RowType::Meeting), m_meetingId,
            replica.version(QString(RowType::Meeting), m_meetingId).value_or(0), *meetingRow)
                           .toJson());
        // The votes as this device shows them: those opened here and not pushed yet included.
        Statement voteRows(m_db,
            "SELECT id, version, data FROM votes WHERE meeting_id = ?1 "
            "ORDER BY json_extract(data, '$.opened_at'), id");
        voteRows.bind(1, m_meetingId);
        while (voteRows.step()) {
            changes.append(put(QString(RowType::Vote), voteRows.text(0), voteRows.integer(1),
                parse(voteRows.text(2)))
                               .toJson());
        }
        QStringList signerIds;
        for (const QString &id : documentIds(*meetingRow)) {
            const auto document = replica.get(QString(RowType::Document), id);
            if (!document)
                continue;
            changes.append(put(QString(RowType::Document), id,
                replica.version(QString(RowType::Document), id).value_or(0), *document)
                               .toJson());
            const QString signerId = DocumentVerification::signerIdOf(*document);
            if (!signerId.isEmpty() && !signerIds.contains(signerId))
                signerIds << signerId;
        }
        for (const QString &id : std::as_const(signerIds)) {
            const auto signer = replica.get(QString(RowType::Signer), id);
            if (signer) {
                changes.append(put(QString(RowType::Signer), id,
                    replica.version(QString(RowType::Signer), id).value_or(0), *signer)
                                   .toJson());
            }
        }
        const QString memberId = DeviceCertificate::memberId(memberCertificate);
        return { { RoomMessageKey::Changes, changes },
            { RoomMessageKey::CheckedIn, !memberId.isEmpty() && checkedIn(memberId) },
            { RoomMessageKey::Voted,
                QJsonArray::fromStringList(
                    memberId.isEmpty() ? QStringList() : votedIds(memberId)) } };
    } catch (const StorageError &) {
        return {};
    }
}

std::optional<RoomHostContent::Chunk> VaultRoomHost::readBlob(
    const QString &sha256, qint64 offset, qint64 max)
{
    if (sha256.isEmpty() || offset < 0 || max <= 0)
        return std::nullopt;
    try {
        const auto meetingRow = meeting();
        if (!meetingRow)
            return std::nullopt;
        ReplicaStore replica(m_db);
        bool served = false;
        for (const QString &id : documentIds(*meetingRow)) {
            const auto document = replica.get(QString(RowType::Document), id);
            for (const QJsonValue &attachment :
                document.value_or(QJsonObject()).value(u"attachments"_s).toArray()) {
                if (attachment.toObject().value(u"sha256"_s).toString() == sha256)
                    served = true;
            }
            if (served)
                break;
        }
        BlobStore blobs(m_db);
        if (!served || !blobs.isComplete(sha256))
            return std::nullopt;
        const qint64 size = blobs.size(sha256);
        if (offset > size)
            return std::nullopt;
        // Only the stored chunks the range covers are read.
        const qint64 end = offset + qMin(max, size - offset);
        Chunk chunk;
        chunk.size = size;
        for (qint64 seq = offset / BlobStore::kChunkSize; seq * BlobStore::kChunkSize < end;
             ++seq) {
            const qint64 start = seq * BlobStore::kChunkSize;
            const QByteArray bytes = blobs.chunk(sha256, seq);
            const qint64 from = qMax(offset, start) - start;
            chunk.data += bytes.mid(from, qMin(end, start + bytes.size()) - start - from);
        }
        if (chunk.data.size() != end - offset)
            return std::nullopt;
        return chunk;
    } catch (const StorageError &) {
        return std::nullopt;
    }
}

std::optional<QJsonObject> VaultRoomHost::queuedStatement(const QString &statementId)
{
    for (const QLatin1StringView name : { Mutation::RoomCheckIn, Mutation::RoomBallot }) {
        for (const QJsonObject &statement : queuedStatements(m_db, QString(name))) {
            if (statement.value(u"id"_s).toString() == statementId)
                return statement;
        }
    }
    return std::nullopt;
}

QString VaultRoomHost::check(const QJsonObject &statement, const QJsonObject &memberCertificate)
{
    const RoomStatement::Fields fields = RoomStatement::fields(statement);
    const bool ballot = fields.type == RoomStatement::Ballot;
    const QString malformed = RoomStatement::failureCode(RoomStatement::Failure::Malformed);
    if ((!ballot && fields.type != RoomStatement::CheckIn) || fields.id.isEmpty()
        || fields.memberId.isEmpty() || fields.deviceId.isEmpty()
        || (ballot
            && (fields.voteId.isEmpty() || fields.choice.isEmpty() == fields.sealed.isEmpty()))
        || (!ballot
            && !(fields.voteId.isEmpty() && fields.choice.isEmpty() && fields.sealed.isEmpty())))
        return malformed;
    // RoomHostSession verified the statement under the channel's certificate; this is only
    // the same rule again, so that nothing is recorded for another device.
    if (fields.memberId != DeviceCertificate::memberId(memberCertificate)
        || fields.deviceId != DeviceCertificate::deviceId(memberCertificate))
        return RoomStatement::failureCode(RoomStatement::Failure::WrongDevice);
    const auto meetingRow = meeting();
    if (fields.meetingId != m_meetingId || !meetingRow)
        return QString(RoomAckRefusal::OtherMeeting);

    // The same statement again: recorded already, nothing more to do.
    Statement known(
        m_db, "SELECT type, meeting_id, vote_id, member_id FROM room_statements WHERE id = ?1");
    known.bind(1, fields.id);
    if (known.step()) {
        const auto queued = queuedStatement(fields.id);
        const bool same = known.text(0) == fields.type && known.text(1) == fields.meetingId
            && known.text(2) == fields.voteId && known.text(3) == fields.memberId
            && (!queued || RoomStatement::digest(*queued) == RoomStatement::digest(statement));
        if (same)
            return {};
        return ballot ? QString(RoomAckRefusal::AlreadyVoted)
                      : QString(RoomAckRefusal::AlreadyCheckedIn);
    }

    if (isOver(*meetingRow))
        return QString(RoomAckRefusal::MeetingOver);
    if (!ballot) {
        const QDateTime startsAt
            = Timestamps::fromIso(meetingRow->value(u"starts_at"_s).toString());
        if (startsAt.isValid()
            && startsAt.addSecs(-LocalActions::kAttendanceLeadSeconds) > m_clock())
            return QString(RoomAckRefusal::TooEarly); // as meeting.attendance
        Statement other(m_db,
            "SELECT 1 FROM room_statements WHERE meeting_id = ?1 AND type = ?2 AND member_id = ?3");
        other.bind(1, m_meetingId).bind(2, fields.type).bind(3, fields.memberId);
        if (other.step())
            return QString(RoomAckRefusal::AlreadyCheckedIn);
        return {};
    }

    const auto vote = ReplicaStore(m_db).get(QString(RowType::Vote), fields.voteId);
    if (!vote || vote->value(u"meeting_id"_s).toString() != m_meetingId)
        return QString(RoomAckRefusal::UnknownVote);
    if (vote->value(u"status"_s).toString() != VoteStatus::Open)
        return QString(RoomAckRefusal::VoteClosed);
    const bool secret = vote->value(u"secret"_s).toBool();
    if (secret != !fields.sealed.isEmpty())
        return malformed;
    if (!secret && !vote->value(u"choices"_s).toArray().contains(fields.choice))
        return QString(RoomAckRefusal::BadChoice);
    if (!checkedIn(fields.memberId))
        return QString(RoomAckRefusal::NotCheckedIn);
    if (votedIds(fields.memberId).contains(fields.voteId))
        return QString(RoomAckRefusal::AlreadyVoted);
    return {};
}

QString VaultRoomHost::record(const QJsonObject &statement, const QJsonObject &memberCertificate)
{
    try {
        const QString refusal = check(statement, memberCertificate);
        const RoomStatement::Fields fields = RoomStatement::fields(statement);
        if (!refusal.isEmpty())
            return refusal;
        Statement known(m_db, "SELECT 1 FROM room_statements WHERE id = ?1");
        known.bind(1, fields.id);
        if (known.step())
            return {}; // the same statement again

        ReplicaStore replica(m_db);
        const bool ballot = fields.type == RoomStatement::Ballot;
        QList<RowRef> rows;
        std::function<void()> effect;
        QString rowId;
        if (ballot) {
            // The vote's `ballots` as this device shows it (the server's count follows).
            QJsonObject vote = *replica.get(QString(RowType::Vote), fields.voteId);
            vote.insert(u"ballots"_s, vote.value(u"ballots"_s).toInt() + 1);
            const qint64 version
                = replica.version(QString(RowType::Vote), fields.voteId).value_or(0);
            rows = { { QString(RowType::Vote), fields.voteId } };
            rowId = fields.voteId;
            effect = [&replica, vote, version, id = fields.voteId] {
                replica.put(QString(RowType::Vote), id, version, vote);
            };
        } else {
            rowId = m_meetingId + u':' + fields.memberId;
            effect = LocalActions::attendanceEffect(
                replica, m_meetingId, *meeting(), fields.memberId, true, rows);
        }
        const LocalActions::Result result
            = LocalActions(m_db, m_clock)
                  .record(
                      QString(ballot ? Mutation::RoomBallot : Mutation::RoomCheckIn),
                      { { Room::Statement, statement },
                          { Room::MemberCertificate, memberCertificate } },
                      rows,
                      [&] {
                          Statement insert(m_db,
                              "INSERT INTO room_statements(id, type, meeting_id, vote_id, "
                              "member_id, "
                              "received_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
                          insert.bind(1, fields.id)
                              .bind(2, fields.type)
                              .bind(3, m_meetingId)
                              .bind(4, fields.voteId)
                              .bind(5, fields.memberId)
                              .bind(6, Timestamps::toIso(m_clock()));
                          insert.exec();
                          effect();
                      },
                      rowId);
        return result.error;
    } catch (const StorageError &) {
        return QString(ActionError::Storage);
    }
}

QList<VaultRoomHost::VoteState> VaultRoomHost::votes()
{
    QList<VoteState> result;
    try {
        QHash<QString, QHash<QString, int>> counted; // vote -> choice -> open ballots
        for (const QJsonObject &statement : queuedStatements(m_db, QString(Mutation::RoomBallot))) {
            const RoomStatement::Fields fields = RoomStatement::fields(statement);
            if (fields.meetingId == m_meetingId && !fields.choice.isEmpty())
                ++counted[fields.voteId][fields.choice];
        }
        Statement query(m_db,
            "SELECT data FROM votes WHERE meeting_id = ?1 "
            "ORDER BY json_extract(data, '$.opened_at'), id");
        query.bind(1, m_meetingId);
        while (query.step()) {
            const QJsonObject vote = parse(query.text(0));
            VoteState state;
            state.voteId = vote.value(u"id"_s).toString();
            state.question = vote.value(u"question"_s).toString();
            state.secret = vote.value(u"secret"_s).toBool();
            state.open = vote.value(u"status"_s).toString() == VoteStatus::Open;
            state.ballots = vote.value(u"ballots"_s).toInt();
            if (!state.secret) {
                const QHash<QString, int> perChoice = counted.value(state.voteId);
                for (const QJsonValue &choice : vote.value(u"choices"_s).toArray())
                    state.perChoice.append(
                        { choice.toString(), perChoice.value(choice.toString()) });
            }
            result << state;
        }
    } catch (const StorageError &) {
        return {};
    }
    return result;
}

QStringList VaultRoomHost::checkedInMemberIds()
{
    QStringList ids;
    try {
        Statement query(m_db,
            "SELECT member_id FROM room_statements WHERE meeting_id = ?1 AND type = ?2 "
            "ORDER BY received_at, rowid");
        query.bind(1, m_meetingId).bind(2, QString(RoomStatement::CheckIn));
        while (query.step())
            ids << query.text(0);
    } catch (const StorageError &) {
        return {};
    }
    return ids;
}
