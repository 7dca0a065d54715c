// The secretary's device serving the meeting room from its vault (app/room, DESIGN.md 8.8,
// issue 23) over a real vault: the meeting's package (the meeting, its votes — one opened here
// and not pushed included —, the documents it names and the cell's shares for it, their signer
// rows; not a document of another meeting or another cell's, nor another signer), attachment
// ranges (only the package's, only complete), every refusal of a submitted statement, the
// recorded statement's local effect and its mutation with exactly {statement,
// member_certificate}, the same statement again changing nothing, and a secret ballot that
// nothing on this device can read (only its sealed box is in the outbox).
#include "blobstore.h"
#include "devicecertificate.h"
#include "meetingoutcomeactions.h"
#include "mutationnames.h"
#include "outbox.h"
#include "protocol.h"
#include "publicationsignature.h"
#include "pushreply.h"
#include "replicastore.h"
#include "roomhostcontent.h"
#include "roomstatement.h"
#include "sqlitedatabase.h"
#include "syncchange.h"
#include "timestamps.h"
#include "unlockedsession.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>
#include <map>

using namespace Qt::StringLiterals;

namespace {
const QString kPin = u"246810"_s;
// 08:00 UTC; the meeting m-now started 30 minutes ago.
const QDateTime kNow(QDate(2026, 12, 7), QTime(8, 0), QTimeZone::utc());
const QStringList kChoices { u"Đồng ý"_s, u"Không đồng ý"_s, u"Ý kiến khác"_s };

QJsonObject meeting(const QString &id, const QString &cell, const QDateTime &startsAt,
    const QString &status, const QStringList &documentIds)
{
    return { { u"id"_s, id }, { u"org_id"_s, cell }, { u"title"_s, u"Sinh hoạt chi bộ"_s },
        { u"starts_at"_s, Timestamps::toIso(startsAt) }, { u"location"_s, u"Nhà văn hóa"_s },
        { u"agenda"_s, u"Quán triệt nghị quyết"_s },
        { u"document_ids"_s, QJsonArray::fromStringList(documentIds) }, { u"status"_s, status },
        { u"cancel_reason"_s, QJsonValue() } };
}

QJsonObject vote(
    const QString &id, const QString &meetingId, bool secret, const QString &status, int ballots)
{
    return { { u"id"_s, id }, { u"meeting_id"_s, meetingId },
        { u"question"_s, u"Thông qua nghị quyết?"_s },
        { u"choices"_s, QJsonArray::fromStringList(kChoices) }, { u"secret"_s, secret },
        { u"status"_s, status }, { u"ballots"_s, ballots }, { u"tally"_s, QJsonValue() },
        { u"opened_at"_s, u"2026-12-07T07:40:00.000Z"_s }, { u"closed_at"_s, QJsonValue() } };
}

QJsonObject attachment(const QString &sha256, qint64 size)
{
    return { { u"sha256"_s, sha256 }, { u"size"_s, size }, { u"mime"_s, u"application/pdf"_s },
        { u"name"_s, u"tai-lieu.pdf"_s } };
}

QJsonObject document(const QString &id, const QString &org, const QString &audience,
    const QJsonValue &meetingId, const QJsonArray &attachments, const QString &signerId = {})
{
    QJsonObject row { { u"id"_s, id }, { u"org_id"_s, org }, { u"audience_org_id"_s, audience },
        { u"kind"_s, u"nghi_quyet"_s }, { u"number"_s, QJsonValue() },
        { u"title"_s, u"Văn bản "_s + id }, { u"issued_date"_s, u"2026-12-01"_s },
        { u"summary"_s, QJsonValue() }, { u"body"_s, u"Nội dung."_s },
        { u"classification"_s, u"internal"_s }, { u"attachments"_s, attachments },
        { u"meeting_id"_s, meetingId }, { u"published_at"_s, u"2026-12-01T02:00:00.000Z"_s } };
    if (!signerId.isEmpty()) {
        row.insert(u"signature"_s,
            QJsonObject { { u"signer_id"_s, signerId }, { u"value"_s, u"c2ln"_s } });
    }
    return row;
}

QByteArray bytesOf(qint64 size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(seed + (i * 7) % 251);
    return bytes;
}

// A secret ballot's key as the member's device draws it (64 hex digits).
QString ballotKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(bytes.toHex());
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestRoomHostContent : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    PublicationSignature::KeyPair m_roomKey = PublicationSignature::generateKeyPair();
    struct Device
    {
        QJsonObject certificate;
        QByteArray secretKey;
        QString memberId;
        QString deviceId;
    };
    std::map<QString, Device> m_devices; // by member id
    QByteArray m_attachment = bytesOf(600 * 1024 + 123, 3); // three chunks and a bit
    QByteArray m_partial = bytesOf(300 * 1024, 5);
    QByteArray m_elsewhere = bytesOf(1000, 9);
    QString m_offlineVote;

    SqliteDatabase &db() { return m_session->vault().database(); }
    VaultRoomHost host(const QString &meetingId = u"m-now"_s)
    {
        return VaultRoomHost(db(), meetingId, [] { return kNow; });
    }

    Device &device(const QString &memberId)
    {
        if (!m_devices.count(memberId)) {
            const auto key = PublicationSignature::generateKeyPair();
            const QString deviceId = u"dev-"_s + memberId;
            DeviceCertificate::Fields fields { deviceId, u"u-"_s + memberId, memberId, u"c1"_s,
                u"member"_s, key.publicKey, kNow.addDays(-10), kNow.addDays(80) };
            m_devices[memberId] = { DeviceCertificate::issue(fields, m_roomKey.secretKey),
                key.secretKey, memberId, deviceId };
        }
        return m_devices[memberId];
    }

    QJsonObject checkIn(const QString &memberId, const QString &meetingId = u"m-now"_s)
    {
        const Device &d = device(memberId);
        return RoomStatement::sign(
            { QString(RoomStatement::CheckIn), QUuid::createUuid().toString(QUuid::WithoutBraces),
                meetingId, {}, memberId, d.deviceId, {}, {}, kNow },
            d.secretKey);
    }
    QJsonObject ballot(const QString &memberId, const QString &voteId, const QString &choice)
    {
        const Device &d = device(memberId);
        return RoomStatement::sign(
            { QString(RoomStatement::Ballot), QUuid::createUuid().toString(QUuid::WithoutBraces),
                u"m-now"_s, voteId, memberId, d.deviceId, choice, {}, kNow },
            d.secretKey);
    }
    QJsonObject secretBallot(const QString &memberId, const QString &voteId, const QString &choice)
    {
        const Device &d = device(memberId);
        const QString sealed
            = RoomStatement::seal(voteId, memberId, choice, ballotKey(), m_roomKey.publicKey);
        return RoomStatement::sign(
            { QString(RoomStatement::Ballot), QUuid::createUuid().toString(QUuid::WithoutBraces),
                u"m-now"_s, voteId, memberId, d.deviceId, {}, sealed, kNow },
            d.secretKey);
    }

    QList<PendingMutation> pending() { return Outbox(db()).pending(); }
    int statementRows()
    {
        return int(db().scalar("SELECT count(*) FROM room_statements").toLongLong());
    }
    QJsonObject row(const QString &type, const QString &id)
    {
        return ReplicaStore(db()).get(type, id).value_or(QJsonObject());
    }
    void storeBlob(const QByteArray &bytes, qint64 upTo)
    {
        BlobStore blobs(db());
        const QString sha = sha256Of(bytes);
        blobs.begin(sha, bytes.size(), u"application/pdf"_s);
        for (qint64 at = 0; at < upTo; at += BlobStore::kChunkSize)
            QVERIFY(blobs.append(sha, bytes.mid(at, qMin(BlobStore::kChunkSize, upTo - at))));
        if (upTo == bytes.size())
            QVERIFY(blobs.finish(sha));
    }

    // Cell c1, its secretary m-sec signed in on this device; members m-a1, m-a2 (marked
    // present by the secretary), m-a3. m-now started 30 minutes ago and names d-signed and
    // d-gone (not on this device); m-next is in five days; m-past is done.
    void fill()
    {
        VaultSyncStore(m_session->vault())
            .saveSession(u"token"_s, AuthUser { u"u-sec"_s, u"m-sec"_s, u"secretary"_s, u"c1"_s });
        ReplicaStore replica(db());
        replica.put(u"meeting"_s, u"m-now"_s, 4,
            meeting(u"m-now"_s, u"c1"_s, kNow.addSecs(-1800), u"scheduled"_s,
                { u"d-signed"_s, u"d-gone"_s }));
        replica.put(u"meeting"_s, u"m-next"_s, 2,
            meeting(u"m-next"_s, u"c1"_s, kNow.addDays(5), u"scheduled"_s, { u"d-next"_s }));
        replica.put(u"meeting"_s, u"m-past"_s, 9,
            meeting(u"m-past"_s, u"c1"_s, kNow.addDays(-30), u"done"_s, {}));
        replica.put(u"document"_s, u"d-signed"_s, 11,
            document(u"d-signed"_s, u"p1"_s, u"p1"_s, QJsonValue(),
                { attachment(sha256Of(m_attachment), m_attachment.size()) }, u"s-1"_s));
        replica.put(u"document"_s, u"d-share"_s, 12,
            document(u"d-share"_s, u"c1"_s, u"c1"_s, u"m-now"_s,
                { attachment(sha256Of(m_partial), m_partial.size()) }));
        replica.put(u"document"_s, u"d-next"_s, 13,
            document(u"d-next"_s, u"c1"_s, u"c1"_s, u"m-next"_s,
                { attachment(sha256Of(m_elsewhere), m_elsewhere.size()) }, u"s-2"_s));
        replica.put(u"document"_s, u"d-other-cell"_s, 14,
            document(u"d-other-cell"_s, u"c2"_s, u"c2"_s, u"m-now"_s, {}));
        const QJsonObject signer { { u"id"_s, u"s-1"_s }, { u"org_id"_s, u"p1"_s },
            { u"name"_s, u"Bí thư Tỉnh ủy"_s }, { u"public_key"_s, u"a2V5"_s } };
        replica.put(u"signer"_s, u"s-1"_s, 5, signer);
        QJsonObject other = signer;
        other.insert(u"id"_s, u"s-2"_s);
        replica.put(u"signer"_s, u"s-2"_s, 6, other);
        replica.put(u"vote"_s, u"v-open"_s, 3, vote(u"v-open"_s, u"m-now"_s, false, u"open"_s, 2));
        replica.put(
            u"vote"_s, u"v-secret"_s, 3, vote(u"v-secret"_s, u"m-now"_s, true, u"open"_s, 0));
        replica.put(
            u"vote"_s, u"v-closed"_s, 3, vote(u"v-closed"_s, u"m-now"_s, false, u"closed"_s, 5));
        replica.put(u"vote"_s, u"v-next"_s, 3, vote(u"v-next"_s, u"m-next"_s, false, u"open"_s, 0));
        replica.put(u"attendance"_s, u"m-now:m-a2"_s, 7,
            QJsonObject { { u"id"_s, u"m-now:m-a2"_s }, { u"meeting_id"_s, u"m-now"_s },
                { u"member_id"_s, u"m-a2"_s }, { u"rsvp"_s, QJsonValue() },
                { u"reason"_s, QJsonValue() }, { u"present"_s, true } });
        storeBlob(m_attachment, m_attachment.size());
        storeBlob(m_partial, BlobStore::kChunkSize); // one chunk of two
        storeBlob(m_elsewhere, m_elsewhere.size());
        // A vote the secretary opened in the room and has not pushed.
        const auto opened = MeetingOutcomeActions(db(), [] {
            return kNow;
        }).openVote(u"m-now"_s, u"Bầu tổ trưởng?"_s, { u"Anh Minh"_s, u"Chị Lan"_s }, false);
        QVERIFY(opened.ok());
        m_offlineVote = opened.rowId;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_session = unlockedTestSession(*m_dir, kPin);
        QVERIFY(m_session);
        fill();
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
        m_devices.clear();
    }

    void thePackageHoldsTheMeetingsRowsOnly()
    {
        const QJsonObject package = host().package(device(u"m-a1"_s).certificate);
        QStringList seen;
        QHash<QString, QJsonObject> changes;
        for (const QJsonValue &value : package.value(u"changes"_s).toArray()) {
            QString error;
            const auto change = SyncChange::fromJson(value.toObject(), &error);
            QVERIFY2(change, qPrintable(error));
            QVERIFY(!change->isDelete());
            seen << change->type + u'/' + change->id;
            changes.insert(change->type + u'/' + change->id, value.toObject());
            // Exactly as the vault holds the row, with its version.
            QCOMPARE(change->data, row(change->type, change->id));
            QCOMPARE(
                change->version, ReplicaStore(db()).version(change->type, change->id).value_or(-1));
        }
        seen.sort();
        QStringList expected { u"meeting/m-now"_s, u"vote/v-open"_s, u"vote/v-secret"_s,
            u"vote/v-closed"_s, u"vote/"_s + m_offlineVote, u"document/d-signed"_s,
            u"document/d-share"_s, u"signer/s-1"_s };
        expected.sort();
        QCOMPARE(seen, expected);
        // The vote opened here is offered as this device shows it (not pushed: version 0), and
        // the meeting it started as in progress.
        QCOMPARE(
            changes.value(u"vote/"_s + m_offlineVote).value(u"version"_s).toInteger(), qint64(0));
        QCOMPARE(changes.value(u"meeting/m-now"_s)
                     .value(u"data"_s)
                     .toObject()
                     .value(u"status"_s)
                     .toString(),
            u"in_progress"_s);
        QCOMPARE(package.value(u"checked_in"_s), QJsonValue(false));
        QCOMPARE(package.value(u"voted"_s).toArray(), QJsonArray());
        // Marked present by the secretary counts as checked in.
        QCOMPARE(
            host().package(device(u"m-a2"_s).certificate).value(u"checked_in"_s), QJsonValue(true));
        // A meeting not on this device: nothing.
        QVERIFY(host(u"m-unknown"_s).package(device(u"m-a1"_s).certificate).isEmpty());
    }

    void blobRangesOfThePackagesAttachmentsOnly()
    {
        VaultRoomHost room = host();
        const QString sha = sha256Of(m_attachment);
        const qint64 size = m_attachment.size();
        for (const auto &[offset, max] : QList<std::pair<qint64, qint64>> { { 0, 256 * 1024 },
                 { 1000, 5000 }, { 200000, 200000 }, { size - 100, 4096 },
                 { 2 * BlobStore::kChunkSize, 256 * 1024 } }) {
            const auto chunk = room.readBlob(sha, offset, max);
            QVERIFY(chunk);
            QCOMPARE(chunk->size, size);
            QCOMPARE(chunk->data, m_attachment.mid(offset, max));
        }
        // At the end: an empty chunk; past it, or a negative offset: nothing.
        const auto end = room.readBlob(sha, size, 1024);
        QVERIFY(end && end->data.isEmpty() && end->size == size);
        QVERIFY(!room.readBlob(sha, size + 1, 1024));
        QVERIFY(!room.readBlob(sha, -1, 1024));
        // A share's attachment only partly stored here; another meeting's attachment; a blob
        // no document names.
        QVERIFY(!room.readBlob(sha256Of(m_partial), 0, 1024));
        QVERIFY(!room.readBlob(sha256Of(m_elsewhere), 0, 1024));
        QVERIFY(!room.readBlob(sha256Of("nothing"), 0, 1024));
        QVERIFY(host(u"m-next"_s).readBlob(sha256Of(m_elsewhere), 0, 1024));
    }

    void everyRefusal()
    {
        VaultRoomHost room = host();
        QCOMPARE(room.record(checkIn(u"m-a1"_s), device(u"m-a1"_s).certificate), QString());
        const int queued = Outbox(db()).pendingCount();
        const auto refused
            = [&](const QJsonObject &statement, const QString &memberId, VaultRoomHost &on) {
                  return on.record(statement, device(memberId).certificate);
              };

        QJsonObject malformed = checkIn(u"m-a1"_s);
        malformed.insert(u"choice"_s, kChoices.first());
        QCOMPARE(refused(malformed, u"m-a1"_s, room), u"malformed_statement"_s);
        QJsonObject both = ballot(u"m-a1"_s, u"v-open"_s, kChoices.first());
        both.insert(u"sealed"_s, u"c2VhbGVk"_s);
        QCOMPARE(refused(both, u"m-a1"_s, room), u"malformed_statement"_s);
        // An open choice for a secret vote, a sealed box for an open one.
        QCOMPARE(refused(ballot(u"m-a1"_s, u"v-secret"_s, kChoices.first()), u"m-a1"_s, room),
            u"malformed_statement"_s);
        QCOMPARE(refused(secretBallot(u"m-a1"_s, u"v-open"_s, kChoices.first()), u"m-a1"_s, room),
            u"malformed_statement"_s);
        QCOMPARE(refused(checkIn(u"m-a3"_s), u"m-a1"_s, room), u"wrong_device"_s);
        QCOMPARE(refused(checkIn(u"m-a1"_s, u"m-next"_s), u"m-a1"_s, room), u"other_meeting"_s);
        VaultRoomHost past = host(u"m-past"_s);
        QCOMPARE(refused(checkIn(u"m-a1"_s, u"m-past"_s), u"m-a1"_s, past), u"meeting_over"_s);
        VaultRoomHost next = host(u"m-next"_s);
        QCOMPARE(refused(checkIn(u"m-a1"_s, u"m-next"_s), u"m-a1"_s, next), u"too_early"_s);
        QCOMPARE(refused(ballot(u"m-a3"_s, u"v-open"_s, kChoices.first()), u"m-a3"_s, room),
            u"not_checked_in"_s);
        QCOMPARE(refused(ballot(u"m-a1"_s, u"v-next"_s, kChoices.first()), u"m-a1"_s, room),
            u"unknown_vote"_s);
        QCOMPARE(refused(ballot(u"m-a1"_s, u"v-none"_s, kChoices.first()), u"m-a1"_s, room),
            u"unknown_vote"_s);
        QCOMPARE(refused(ballot(u"m-a1"_s, u"v-closed"_s, kChoices.first()), u"m-a1"_s, room),
            u"vote_closed"_s);
        QCOMPARE(
            refused(ballot(u"m-a1"_s, u"v-open"_s, u"Có"_s), u"m-a1"_s, room), u"bad_choice"_s);
        QCOMPARE(refused(checkIn(u"m-a1"_s), u"m-a1"_s, room), u"already_checked_in"_s);
        QCOMPARE(room.record(
                     ballot(u"m-a1"_s, u"v-open"_s, kChoices.at(1)), device(u"m-a1"_s).certificate),
            QString());
        QCOMPARE(refused(ballot(u"m-a1"_s, u"v-open"_s, kChoices.first()), u"m-a1"_s, room),
            u"already_voted"_s);
        // Marked present by the secretary: may vote without checking in here.
        QCOMPARE(room.record(ballot(u"m-a2"_s, u"v-open"_s, kChoices.first()),
                     device(u"m-a2"_s).certificate),
            QString());
        // Nothing of a refused statement was kept.
        QCOMPARE(Outbox(db()).pendingCount(), queued + 2);
        QCOMPARE(statementRows(), 3);
        // A meeting ended while the room was open.
        QJsonObject done = row(u"meeting"_s, u"m-now"_s);
        done.insert(u"status"_s, u"done"_s);
        ReplicaStore(db()).put(u"meeting"_s, u"m-now"_s, 5, done);
        QCOMPARE(refused(checkIn(u"m-a3"_s), u"m-a3"_s, room), u"meeting_over"_s);
    }

    void aCheckInIsRecordedOnce()
    {
        VaultRoomHost room = host();
        const int before = Outbox(db()).pendingCount();
        const QJsonObject statement = checkIn(u"m-a1"_s);
        const QJsonObject certificate = device(u"m-a1"_s).certificate;
        QCOMPARE(room.record(statement, certificate), QString());
        const QList<PendingMutation> queued = pending();
        QCOMPARE(queued.size(), before + 1);
        QCOMPARE(queued.last().name, QString(Protocol::Mutation::RoomCheckIn));
        QCOMPARE(queued.last().args,
            (QJsonObject {
                { u"statement"_s, statement }, { u"member_certificate"_s, certificate } }));
        // Present as meeting.attendance would show it, pending until the server answers.
        QCOMPARE(row(u"attendance"_s, u"m-now:m-a1"_s).value(u"present"_s), QJsonValue(true));
        QVERIFY(Outbox(db()).hasPendingChange(u"attendance"_s, u"m-now:m-a1"_s));
        QCOMPARE(room.checkedInMemberIds(), QStringList { u"m-a1"_s });
        QCOMPARE(room.package(certificate).value(u"checked_in"_s), QJsonValue(true));
        // The same statement again (a lost ack): recorded, nothing twice.
        QCOMPARE(room.record(statement, certificate), QString());
        QCOMPARE(Outbox(db()).pendingCount(), before + 1);
        QCOMPARE(statementRows(), 1);
        // The same id with other content is not the same statement.
        QJsonObject changed = statement;
        changed.insert(u"at"_s, Timestamps::toIso(kNow.addSecs(60)));
        QCOMPARE(room.record(changed, certificate), u"already_checked_in"_s);
    }

    void anOpenBallotCountsPerChoice()
    {
        VaultRoomHost room = host();
        for (const QString &member : { u"m-a1"_s, u"m-a3"_s })
            QCOMPARE(room.record(checkIn(member), device(member).certificate), QString());
        const QJsonObject statement = ballot(u"m-a1"_s, u"v-open"_s, kChoices.at(0));
        QCOMPARE(room.record(statement, device(u"m-a1"_s).certificate), QString());
        QCOMPARE(room.record(
                     ballot(u"m-a3"_s, u"v-open"_s, kChoices.at(2)), device(u"m-a3"_s).certificate),
            QString());
        QCOMPARE(room.record(
                     ballot(u"m-a1"_s, m_offlineVote, u"Chị Lan"_s), device(u"m-a1"_s).certificate),
            QString());
        const QList<PendingMutation> queued = pending();
        const auto found = std::find_if(queued.cbegin(), queued.cend(),
            [&](const auto &m) { return m.args.value(u"statement"_s).toObject() == statement; });
        QVERIFY(found != queued.cend());
        QCOMPARE(found->name, QString(Protocol::Mutation::RoomBallot));
        QCOMPARE(found->args.keys(), (QStringList { u"member_certificate"_s, u"statement"_s }));
        // The vote's ballots as this device shows them: the server's 2 and the room's 2.
        QCOMPARE(row(u"vote"_s, u"v-open"_s).value(u"ballots"_s).toInt(), 4);
        QCOMPARE(ReplicaStore(db()).version(u"vote"_s, u"v-open"_s).value_or(-1), qint64(3));
        QVERIFY(Outbox(db()).hasPendingChange(u"vote"_s, u"v-open"_s));
        QCOMPARE(room.record(statement, device(u"m-a1"_s).certificate), QString());
        QCOMPARE(row(u"vote"_s, u"v-open"_s).value(u"ballots"_s).toInt(), 4);

        const QList<VaultRoomHost::VoteState> votes = room.votes();
        QCOMPARE(votes.size(), 4);
        const auto state = [&](const QString &id) {
            return *std::find_if(
                votes.cbegin(), votes.cend(), [&](const auto &v) { return v.voteId == id; });
        };
        const VaultRoomHost::VoteState open = state(u"v-open"_s);
        QVERIFY(open.open && !open.secret);
        QCOMPARE(open.ballots, 4);
        QCOMPARE(open.perChoice,
            (QList<QPair<QString, int>> {
                { kChoices.at(0), 1 }, { kChoices.at(1), 0 }, { kChoices.at(2), 1 } }));
        QCOMPARE(state(m_offlineVote).ballots, 1);
        QCOMPARE(state(u"v-closed"_s).open, false);
        QCOMPARE(state(u"v-secret"_s).perChoice.size(), 0);
        QCOMPARE(room.package(device(u"m-a1"_s).certificate).value(u"voted"_s).toArray(),
            (QJsonArray { u"v-open"_s, m_offlineVote }));
    }

    void aBallotTheServerRefusesIsUncounted()
    {
        VaultRoomHost room = host();
        QCOMPARE(room.record(checkIn(u"m-a1"_s), device(u"m-a1"_s).certificate), QString());
        const QJsonObject statement = ballot(u"m-a1"_s, u"v-open"_s, kChoices.at(0));
        QCOMPARE(room.record(statement, device(u"m-a1"_s).certificate), QString());
        QCOMPARE(row(u"vote"_s, u"v-open"_s).value(u"ballots"_s).toInt(), 3);
        // The server refuses the ballot (another statement of the member held there): the
        // vote shows the server's count again; the other mutations are applied.
        PushReply reply;
        for (const PendingMutation &mutation : pending()) {
            const bool refused = mutation.args.value(u"statement"_s).toObject() == statement;
            reply.lastMutationId = mutation.id;
            reply.results.append({ mutation.id, !refused, refused ? u"conflict"_s : QString(),
                refused ? u"refused"_s : QString(), {} });
        }
        VaultSyncStore(m_session->vault()).acknowledge(reply);
        QCOMPARE(row(u"vote"_s, u"v-open"_s).value(u"ballots"_s).toInt(), 2);
        QVERIFY(!Outbox(db()).hasPendingChange(u"vote"_s, u"v-open"_s));
        for (const VaultRoomHost::VoteState &state : room.votes()) {
            if (state.voteId == u"v-open")
                QCOMPARE(state.ballots, 2);
        }
    }

    void aSecretBallotIsNeverReadableHere()
    {
        VaultRoomHost room = host();
        QCOMPARE(room.record(checkIn(u"m-a1"_s), device(u"m-a1"_s).certificate), QString());
        const QString choice = kChoices.at(1);
        const QJsonObject statement = secretBallot(u"m-a1"_s, u"v-secret"_s, choice);
        QCOMPARE(room.record(statement, device(u"m-a1"_s).certificate), QString());
        QCOMPARE(room.record(
                     secretBallot(u"m-a1"_s, u"v-secret"_s, choice), device(u"m-a1"_s).certificate),
            u"already_voted"_s);
        const PendingMutation queued = pending().last();
        QCOMPARE(queued.name, QString(Protocol::Mutation::RoomBallot));
        QCOMPARE(queued.args,
            (QJsonObject { { u"statement"_s, statement },
                { u"member_certificate"_s, device(u"m-a1"_s).certificate } }));
        const RoomStatement::Fields fields
            = RoomStatement::fields(queued.args.value(u"statement"_s).toObject());
        QVERIFY(fields.choice.isEmpty());
        QVERIFY(!fields.sealed.isEmpty());
        // Only the server's key opens it.
        const auto opened = RoomStatement::unseal(fields.sealed, m_roomKey.secretKey);
        QVERIFY(opened);
        QCOMPARE(opened->choice, choice);
        // Nothing else on this device names the choice of m-a1: no own ballot rows, no key.
        QCOMPARE(db().scalar("SELECT count(*) FROM secret_ballots").toLongLong(), 0);
        QCOMPARE(db().scalar("SELECT count(*) FROM vote_casts").toLongLong(), 0);
        const QString outboxText = QString::fromUtf8(QJsonDocument(queued.args).toJson());
        QVERIFY(!outboxText.contains(choice));
        QCOMPARE(row(u"vote"_s, u"v-secret"_s).value(u"ballots"_s).toInt(), 1);
        const auto votes = room.votes();
        for (const auto &v : votes) {
            if (v.voteId == u"v-secret")
                QVERIFY(v.perChoice.isEmpty() && v.ballots == 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestRoomHostContent)
#include "tst_roomhostcontent.moc"
