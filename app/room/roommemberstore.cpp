#include "roommemberstore.h"

#include "actionerrors.h"
#include "blobstore.h"
#include "devicecertificate.h"
#include "documentverification.h"
#include "meetingoutcomeactions.h"
#include "mutationnames.h"
#include "outbox.h"
#include "pendingrows.h"
#include "protocol.h"
#include "replicastore.h"
#include "replicawriter.h"
#include "roomidentitystore.h"
#include "roomsession.h"
#include "roomstatement.h"
#include "sqlitedatabase.h"
#include "syncchange.h"
#include "syncstate.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;
namespace Mutation = Protocol::Mutation;
namespace RowType = Protocol::RowType;
namespace Code = Protocol::ErrorCode;

namespace {

constexpr auto failure = &LocalActions::Result::failure;

// Whether a held-back server image of the row is newer than `version` (then it stays held).
bool deferredNewer(SqliteDatabase &db, const SyncChange &change)
{
    Statement query(db, "SELECT version FROM deferred_rows WHERE type = ?1 AND row_id = ?2");
    query.bind(1, change.type).bind(2, change.id);
    return query.step() && query.integer(0) > change.version;
}

// The choice of the latest secret ballot made in the room for a vote, until the host
// acknowledges it (the choice travels only sealed, and the app makes a store per action): in
// sync_state under this prefix and the vote id, as "<statement id> <choice>".
QString pendingChoiceKey(const QString &voteId)
{
    return u"room_secret_choice:"_s + voteId;
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result << item.toString();
    return result;
}

} // namespace

RoomMemberStore::RoomMemberStore(SqliteDatabase &db, QString meetingId, Clock clock)
    : m_db(db)
    , m_meetingId(std::move(meetingId))
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

QString RoomMemberStore::myCell()
{
    // The cell the room checked: the device certificate's; before one is kept, the account's.
    const QString cell = RoomIdentityStore::identity(m_db).cellId();
    return cell.isEmpty() ? SyncState(m_db).value(u"org_id"_s) : cell;
}

RoomMemberStore::Applied RoomMemberStore::applyPackage(
    const QJsonObject &package, const QJsonObject &hostCertificate)
{
    const QJsonArray changes = package.value(RoomMessageKey::Changes).toArray();
    Applied applied;
    QList<SyncChange> parsed;
    for (const QJsonValue &value : changes) {
        QString error;
        auto change = SyncChange::fromJson(value.toObject(), &error);
        if (change && !change->isDelete() && change->data.value(u"id"_s).toString() == change->id)
            parsed.append(*change);
        else
            ++applied.refused; // malformed, or a delete (the room never removes rows)
    }
    try {
        const QString cell = myCell();
        if (cell.isEmpty() || DeviceCertificate::orgId(hostCertificate) != cell) {
            applied.refused += int(parsed.size());
            applied.missingBlobs = missingBlobs();
            return applied;
        }
        Transaction transaction(m_db);
        ReplicaStore replica(m_db);
        ReplicaWriter writer(m_db);
        Outbox outbox(m_db);
        PendingRows pending(m_db);

        // The meeting: the room's, of the member's own cell (the package's row, else the one
        // already here).
        std::optional<QJsonObject> meeting;
        for (const SyncChange &change : std::as_const(parsed)) {
            if (change.type == RowType::Meeting && change.id == m_meetingId
                && change.data.value(u"org_id"_s).toString() == cell)
                meeting = change.data;
        }
        if (!meeting) {
            meeting = replica.get(QString(RowType::Meeting), m_meetingId);
            if (meeting && meeting->value(u"org_id"_s).toString() != cell)
                meeting.reset();
        }
        const QStringList documentIds
            = meeting ? stringsOf(meeting->value(u"document_ids"_s)) : QStringList();
        const QSet<QString> named(documentIds.cbegin(), documentIds.cend());

        // Which rows are accepted; the signers only those the accepted documents name.
        QList<SyncChange> accepted;
        QSet<QString> signersNamed;
        for (const SyncChange &change : std::as_const(parsed)) {
            bool ok = false;
            if (!meeting) {
                ok = false;
            } else if (change.type == RowType::Meeting) {
                ok = change.id == m_meetingId && change.data.value(u"org_id"_s).toString() == cell;
            } else if (change.type == RowType::Vote) {
                ok = change.data.value(u"meeting_id"_s).toString() == m_meetingId;
            } else if (change.type == RowType::Document) {
                const bool ofMeeting = named.contains(change.id)
                    || change.data.value(u"meeting_id"_s).toString() == m_meetingId;
                if (DocumentVerification::isSigned(change.data)) {
                    ok = ofMeeting;
                    if (ok)
                        signersNamed.insert(DocumentVerification::signerIdOf(change.data));
                } else {
                    ok = ofMeeting && change.data.value(u"audience_org_id"_s).toString() == cell;
                }
            }
            if (ok)
                accepted.append(change);
            else if (change.type != RowType::Signer)
                ++applied.refused;
        }
        for (const SyncChange &change : std::as_const(parsed)) {
            if (change.type != RowType::Signer)
                continue;
            if (meeting && signersNamed.contains(change.id))
                accepted.prepend(change); // before the documents they sign
            else
                ++applied.refused;
        }

        QSet<QString> changedSigners;
        for (const SyncChange &change : std::as_const(accepted)) {
            const std::optional<qint64> held = replica.version(change.type, change.id);
            if (held && *held > change.version) {
                ++applied.kept;
                continue;
            }
            if (outbox.hasPendingChange(change.type, change.id)) {
                if (!deferredNewer(m_db, change))
                    pending.defer(change);
                ++applied.kept;
                continue;
            }
            if (change.type == RowType::Signer)
                changedSigners.insert(change.id);
            writer.applyRow(change);
            ++applied.rows;
        }
        // A signer that came or changed: what it signs is checked again, as a pull does.
        if (!changedSigners.isEmpty())
            DocumentVerification(m_db, replica).recheck(changedSigners);
        transaction.commit();
        applied.missingBlobs = missingBlobs();
    } catch (const StorageError &) {
        return Applied { 0, int(changes.size()), 0, {} };
    }
    return applied;
}

QHash<QString, RoomMemberStore::Attachment> RoomMemberStore::attachments()
{
    QHash<QString, Attachment> result;
    ReplicaStore replica(m_db);
    const auto meeting = replica.get(QString(RowType::Meeting), m_meetingId);
    QStringList ids = meeting ? stringsOf(meeting->value(u"document_ids"_s)) : QStringList();
    {
        Statement shares(m_db, "SELECT id FROM documents WHERE meeting_id = ?1");
        shares.bind(1, m_meetingId);
        while (shares.step())
            ids << shares.text(0);
    }
    for (const QString &id : std::as_const(ids)) {
        const auto document = replica.get(QString(RowType::Document), id);
        if (!document)
            continue;
        for (const QJsonValue &value : document->value(u"attachments"_s).toArray()) {
            const QJsonObject item = value.toObject();
            const QString sha256 = item.value(u"sha256"_s).toString().toLower();
            if (!sha256.isEmpty())
                result.insert(sha256,
                    { qint64(item.value(u"size"_s).toDouble()), item.value(u"mime"_s).toString() });
        }
    }
    return result;
}

QStringList RoomMemberStore::missingBlobs()
{
    QStringList missing;
    try {
        BlobStore blobs(m_db);
        const auto wanted = attachments();
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            if (!blobs.isComplete(it.key()))
                missing << it.key();
        }
    } catch (const StorageError &) {
        return {};
    }
    missing.sort();
    return missing;
}

qint64 RoomMemberStore::blobOffset(const QString &sha256)
{
    try {
        return BlobStore(m_db).received(sha256.toLower());
    } catch (const StorageError &) {
        return 0;
    }
}

RoomMemberStore::BlobResult RoomMemberStore::appendBlob(
    const QString &sha256, qint64 offset, qint64 size, const QByteArray &data)
{
    const QString key = sha256.toLower();
    try {
        BlobStore blobs(m_db);
        if (blobs.isComplete(key))
            return BlobResult::Done;
        const auto wanted = attachments();
        const auto it = wanted.constFind(key);
        if (it == wanted.cend() || it->size != size || offset < 0) {
            blobs.remove(key);
            return BlobResult::Corrupt;
        }
        const qint64 have = blobs.begin(key, size, it->mime);
        if (offset > have || offset + data.size() <= have) {
            // Out of place (a gap) or already stored: nothing to add, unless it is complete.
            if (have < size)
                return BlobResult::More;
        } else if (!blobs.append(key, data.mid(have - offset))) {
            blobs.remove(key); // longer than the blob
            return BlobResult::Corrupt;
        }
        if (blobs.received(key) < size)
            return BlobResult::More;
        return blobs.finish(key) ? BlobResult::Done : BlobResult::Corrupt;
    } catch (const StorageError &) {
        return BlobResult::More;
    }
}

std::optional<QJsonObject> RoomMemberStore::makeCheckIn()
{
    try {
        const RoomIdentity me = RoomIdentityStore::identity(m_db);
        const QDateTime now = m_clock();
        if (!me.isUsable(now))
            return std::nullopt;
        const QJsonObject statement = RoomStatement::sign(
            { QString(RoomStatement::CheckIn), QUuid::createUuid().toString(QUuid::WithoutBraces),
                m_meetingId, {}, DeviceCertificate::memberId(me.certificate), me.deviceId(), {}, {},
                now },
            me.deviceSecretKey);
        if (statement.isEmpty())
            return std::nullopt;
        return statement;
    } catch (const StorageError &) {
        return std::nullopt;
    }
}

std::optional<QJsonObject> RoomMemberStore::makeBallot(const QString &voteId, const QString &choice)
{
    try {
        const RoomIdentity me = RoomIdentityStore::identity(m_db);
        const QDateTime now = m_clock();
        if (!me.isUsable(now))
            return std::nullopt;
        const auto vote = ReplicaStore(m_db).get(QString(RowType::Vote), voteId);
        if (!vote || vote->value(u"meeting_id"_s).toString() != m_meetingId
            || vote->value(u"status"_s).toString() != Protocol::VoteStatus::Open
            || !vote->value(u"choices"_s).toArray().contains(choice))
            return std::nullopt;
        const QString memberId = DeviceCertificate::memberId(me.certificate);
        const bool secret = vote->value(u"secret"_s).toBool();
        RoomStatement::Fields fields { QString(RoomStatement::Ballot),
            QUuid::createUuid().toString(QUuid::WithoutBraces), m_meetingId, voteId, memberId,
            me.deviceId(), {}, {}, now };
        if (!secret) {
            fields.choice = choice;
            const QJsonObject statement = RoomStatement::sign(fields, me.deviceSecretKey);
            return statement.isEmpty() ? std::nullopt : std::optional(statement);
        }
        // The device's key for this vote: the one a direct vote.cast sent or will send.
        const auto kept = MeetingOutcomeActions(m_db, m_clock).secretBallot(voteId);
        const QString ballotKey = kept ? kept->ballotKey : MeetingOutcomeActions::drawBallotKey();
        fields.sealed = RoomStatement::seal(voteId, memberId, choice, ballotKey, me.roomPublicKey);
        const QJsonObject statement = RoomStatement::sign(fields, me.deviceSecretKey);
        if (fields.sealed.isEmpty() || statement.isEmpty())
            return std::nullopt;
        if (!kept) {
            // Kept before the statement leaves the device: a ballot the host records but never
            // acknowledges still has its key (and choice) here for a later vote.cast.
            Statement keep(m_db,
                "INSERT INTO secret_ballots(vote_id, ballot_key, choice, cast_at) "
                "VALUES(?1, ?2, ?3, ?4) ON CONFLICT(vote_id) DO NOTHING");
            keep.bind(1, voteId).bind(2, ballotKey).bind(3, choice).bind(4, Timestamps::toIso(now));
            keep.exec();
        }
        SyncState(m_db).setValue(pendingChoiceKey(voteId), fields.id + u' ' + choice);
        return statement;
    } catch (const StorageError &) {
        return std::nullopt;
    }
}

LocalActions::Result RoomMemberStore::recordAcknowledged(const QJsonObject &statement)
{
    try {
        const RoomIdentity me = RoomIdentityStore::identity(m_db);
        if (me.certificate.isEmpty())
            return failure(ActionError::NotSignedIn);
        const RoomStatement::Fields fields = RoomStatement::fields(statement);
        const QString memberId = DeviceCertificate::memberId(me.certificate);
        if (fields.meetingId != m_meetingId || fields.memberId != memberId
            || RoomStatement::verify(statement, me.certificate, me.roomPublicKey)
                != RoomStatement::Failure::None)
            return failure(Code::InvalidArgs);
        const bool ballot = fields.type == RoomStatement::Ballot;
        {
            Statement seen(m_db,
                "SELECT EXISTS(SELECT 1 FROM room_statements WHERE id = ?1 OR (meeting_id = ?2 "
                "AND type = ?3 AND vote_id = ?4 AND member_id = ?5))");
            seen.bind(1, fields.id).bind(2, fields.meetingId).bind(3, fields.type);
            seen.bind(4, fields.voteId).bind(5, fields.memberId);
            if (seen.step() && seen.integer(0) != 0)
                return { 0, fields.id, {} };
        }
        ReplicaStore replica(m_db);
        QList<RowRef> rows;
        std::function<void()> effect;
        QString rowId;
        if (!ballot) {
            const auto meeting = replica.get(QString(RowType::Meeting), m_meetingId);
            if (!meeting)
                return failure(Code::NotFound);
            effect = LocalActions::attendanceEffect(
                replica, m_meetingId, *meeting, memberId, true, rows);
            rowId = m_meetingId + u':' + memberId;
        } else {
            const auto vote = replica.get(QString(RowType::Vote), fields.voteId);
            if (!vote)
                return failure(Code::NotFound);
            const bool secret = !fields.sealed.isEmpty();
            rowId = MeetingOutcomeActions::castId(fields.voteId, memberId);
            const QString castAt = Timestamps::toIso(fields.at);
            // The member's own row; a secret vote's keeps no choice (the server's does not
            // either): it stays in secret_ballots only.
            const QJsonObject row { { u"id"_s, rowId }, { u"vote_id"_s, fields.voteId },
                { u"member_id"_s, memberId },
                { u"choice"_s, secret ? QJsonValue() : QJsonValue(fields.choice) },
                { u"cast_at"_s, castAt } };
            const qint64 version = replica.version(QString(RowType::VoteCast), rowId).value_or(0);
            const QString pendingChoice = SyncState(m_db).value(pendingChoiceKey(fields.voteId));
            const QString secretChoice = pendingChoice.startsWith(fields.id + u' ')
                ? pendingChoice.mid(fields.id.size() + 1)
                : QString();
            rows = { { QString(RowType::VoteCast), rowId } };
            effect = [this, &replica, rowId, version, row, secret, secretChoice, castAt,
                         voteId = fields.voteId] {
                replica.put(QString(RowType::VoteCast), rowId, version, row);
                if (!secret || secretChoice.isEmpty())
                    return; // the choice kept when the ballot was made stands
                Statement keep(
                    m_db, "UPDATE secret_ballots SET choice = ?2, cast_at = ?3 WHERE vote_id = ?1");
                keep.bind(1, voteId).bind(2, secretChoice).bind(3, castAt);
                keep.exec();
                SyncState(m_db).remove(pendingChoiceKey(voteId));
            };
        }
        const QString received = Timestamps::toIso(m_clock());
        LocalActions actions(m_db, m_clock);
        const LocalActions::Result result = actions.record(
            QString(ballot ? Mutation::RoomBallot : Mutation::RoomCheckIn),
            { { Protocol::Room::Statement, statement },
                { Protocol::Room::MemberCertificate, me.certificate } },
            rows,
            [&] {
                effect();
                Statement row(m_db,
                    "INSERT INTO room_statements(id, type, meeting_id, vote_id, member_id, "
                    "received_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
                row.bind(1, fields.id).bind(2, fields.type).bind(3, fields.meetingId);
                row.bind(4, fields.voteId).bind(5, fields.memberId).bind(6, received);
                row.exec();
            },
            rowId);
        return result;
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

bool RoomMemberStore::checkedIn()
{
    try {
        const QString memberId
            = DeviceCertificate::memberId(RoomIdentityStore::identity(m_db).certificate);
        Statement query(m_db,
            "SELECT EXISTS(SELECT 1 FROM room_statements WHERE meeting_id = ?1 AND type = ?2 "
            "AND member_id = ?3)");
        query.bind(1, m_meetingId).bind(2, QString(RoomStatement::CheckIn)).bind(3, memberId);
        return query.step() && query.integer(0) != 0;
    } catch (const StorageError &) {
        return false;
    }
}

QStringList RoomMemberStore::votedIds()
{
    try {
        const QString memberId
            = DeviceCertificate::memberId(RoomIdentityStore::identity(m_db).certificate);
        Statement query(m_db,
            "SELECT vote_id FROM room_statements WHERE meeting_id = ?1 AND type = ?2 "
            "AND member_id = ?3 UNION SELECT c.vote_id FROM vote_casts c JOIN votes v "
            "ON v.id = c.vote_id WHERE v.meeting_id = ?1 AND c.member_id = ?3 ORDER BY 1");
        query.bind(1, m_meetingId).bind(2, QString(RoomStatement::Ballot)).bind(3, memberId);
        QStringList ids;
        while (query.step())
            ids << query.text(0);
        return ids;
    } catch (const StorageError &) {
        return {};
    }
}
