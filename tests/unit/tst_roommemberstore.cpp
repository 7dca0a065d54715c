// The member's device in the meeting room (app/room/roommemberstore, DESIGN.md 8.8, issue 23)
// on a real vault: a package from the secretary's device applied under the member's rules (a
// genuine signed document shown, a tampered one kept apart, another cell's share and rows of
// other meetings refused, a newer row kept, a row with a pending change held back); blobs
// stored as they arrive, resumed after a lost connection, a corrupt one discarded; check-ins
// and ballots signed so that they verify under the room key, a secret ballot sealed so that
// only the room's secret key opens it, with the device's ballot key; each recorded with its
// queued mutation exactly once.
#include "blobstore.h"
#include "devicecertificate.h"
#include "localactions.h"
#include "meetingoutcomeactions.h"
#include "mutationnames.h"
#include "outbox.h"
#include "protocol.h"
#include "publicationsignature.h"
#include "replicastore.h"
#include "roomidentitystore.h"
#include "roommemberstore.h"
#include "roomstatement.h"
#include "sqlitedatabase.h"
#include "syncfixtures.h"
#include "tlsprofilestore.h"
#include "vaultfixture.h"
#include "vaultsyncstore.h"
#include "wirevalues.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncFixtures;
using Blob = RoomMemberStore::BlobResult;

namespace {

PublicationSignature::KeyPair keysOf(char seed)
{
    return *PublicationSignature::keyPairFromSeed(QByteArray(32, seed));
}

const PublicationSignature::KeyPair kRoot = keysOf('\x01');
const PublicationSignature::KeyPair kSigner = keysOf('\x02');
const PublicationSignature::KeyPair kRoom = keysOf('\x04');
const PublicationSignature::KeyPair kDevice = keysOf('\x05');
const PublicationSignature::KeyPair kHost = keysOf('\x06');

const QString kMeeting = u"mt1"_s;
const QString kOpenVote = u"v-open"_s;
const QString kSecretVote = u"v-secret"_s;
const QString kYes = u"Tán thành"_s;
const QString kNo = u"Không tán thành"_s;

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// 300 KiB: more than one chunk of the room.
const QByteArray kPdf = QByteArray(300 * 1024, 'p');
const QByteArray kMinutes = QByteArray(1000, 'm');

QJsonObject signerRow(const QString &id = u"s1"_s)
{
    QJsonObject row { { u"id"_s, id }, { u"org_id"_s, u"p1"_s }, { u"user_id"_s, u"u9"_s },
        { u"name"_s, u"Nguyễn Văn Ký"_s },
        { u"public_key"_s, PublicationSignature::toBase64(kSigner.publicKey) },
        { u"valid_from"_s, u"2026-01-01"_s }, { u"valid_until"_s, u"2027-12-31"_s },
        { u"revoked_at"_s, QJsonValue() } };
    row.insert(u"certificate"_s,
        PublicationSignature::toBase64(
            PublicationSignature::sign(PublicationSignature::signerBytes(row), kRoot.secretKey)));
    return row;
}

QJsonObject signedDocument(const QString &id, const QString &title, const QJsonArray &attachments)
{
    QJsonObject row = document(id, title, attachments);
    row.insert(u"issued_date"_s, u"2026-06-01"_s);
    row.insert(u"issuer"_s, u"Tỉnh ủy"_s);
    row.insert(u"signature"_s,
        QJsonObject { { u"signer_id"_s, u"s1"_s },
            { u"value"_s,
                PublicationSignature::toBase64(PublicationSignature::sign(
                    PublicationSignature::documentBytes(row), kSigner.secretKey)) } });
    return row;
}

// A share of a cell for the meeting (unsigned).
QJsonObject share(const QString &id, const QString &cell, const QJsonArray &attachments)
{
    QJsonObject row
        = document(id, u"Tài liệu chi bộ"_s, attachments, u"2026-11-20T00:00:00.000Z"_s, kMeeting);
    row.insert(u"org_id"_s, cell);
    row.insert(u"audience_org_id"_s, cell);
    row.insert(u"kind"_s, u"cell_document"_s);
    return row;
}

QJsonObject vote(const QString &id, bool secret, const QString &meetingId = kMeeting,
    const QString &status = QString(Protocol::VoteStatus::Open))
{
    return { { u"id"_s, id }, { u"meeting_id"_s, meetingId },
        { u"question"_s, u"Thông qua nghị quyết?"_s }, { u"choices"_s, QJsonArray { kYes, kNo } },
        { u"secret"_s, secret }, { u"status"_s, status }, { u"ballots"_s, 0 },
        { u"tally"_s, QJsonValue() }, { u"opened_at"_s, u"2026-11-22T08:05:00.000Z"_s },
        { u"closed_at"_s, QJsonValue() } };
}

QJsonObject package(const QList<SyncChange> &changes)
{
    QJsonArray array;
    for (const SyncChange &change : changes)
        array.append(change.toJson());
    return { { u"type"_s, QString(Protocol::Room::Message::Package) }, { u"changes"_s, array },
        { u"checked_in"_s, false }, { u"voted"_s, QJsonArray() } };
}

} // namespace

class TestRoomMemberStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<VaultSyncStore> m_sync;
    QJsonObject m_certificate;
    QJsonObject m_hostCertificate;

    SqliteDatabase &db() { return m_fixture->vault->database(); }
    LocalActions::Clock clock()
    {
        return [this] { return m_fixture->now; };
    }

    QJsonObject certify(const PublicationSignature::KeyPair &device, const QString &deviceId,
        const QString &memberId, const QString &cell, QLatin1StringView role)
    {
        return DeviceCertificate::issue(
            { deviceId, u"u-"_s + memberId, memberId, cell, QString(role), device.publicKey,
                m_fixture->now.addDays(-1), m_fixture->now.addDays(89) },
            kRoom.secretKey);
    }

    std::optional<QJsonObject> row(QLatin1StringView type, const QString &id)
    {
        return ReplicaStore(db()).get(QString(type), id);
    }

    QString reasonApart(const QString &id)
    {
        Statement reason(db(), "SELECT reason FROM unverified_documents WHERE id = ?1");
        reason.bind(1, id);
        return reason.step() ? reason.text(0) : QString();
    }

    QList<PendingMutation> queued(QLatin1StringView name)
    {
        QList<PendingMutation> found;
        for (const PendingMutation &mutation : Outbox(db()).pending()) {
            if (mutation.name == name)
                found.append(mutation);
        }
        return found;
    }

    // The meeting the room serves, with its documents: a signed resolution with a PDF, a
    // tampered one, the cell's share with the minutes' draft.
    QList<SyncChange> meetingRows()
    {
        return { put(QString(Protocol::RowType::Meeting), kMeeting,
                     meeting(kMeeting, u"2026-11-22T08:30:00.000Z"_s,
                         QJsonArray { u"d-genuine"_s, u"d-tampered"_s }),
                     3),
            put(QString(Protocol::RowType::Vote), kOpenVote, vote(kOpenVote, false), 0),
            put(QString(Protocol::RowType::Vote), kSecretVote, vote(kSecretVote, true), 0),
            put(QString(Protocol::RowType::Document), u"d-genuine"_s,
                signedDocument(u"d-genuine"_s, u"Nghị quyết"_s,
                    QJsonArray { attachment(sha256Of(kPdf), kPdf.size()) }),
                7),
            put(
                QString(Protocol::RowType::Document), u"d-tampered"_s,
                [] {
                    QJsonObject tampered = signedDocument(u"d-tampered"_s, u"Chỉ thị"_s,
                        QJsonArray { attachment(QString(64, u'e'), 10) });
                    tampered.insert(u"title"_s, u"Chỉ thị đã sửa"_s);
                    return tampered;
                }(),
                4),
            put(QString(Protocol::RowType::Document), u"d-share"_s,
                share(u"d-share"_s, u"c1"_s,
                    QJsonArray { attachment(sha256Of(kMinutes), kMinutes.size()) }),
                2),
            put(QString(Protocol::RowType::Signer), u"s1"_s, signerRow()) };
    }

    void applyMeeting()
    {
        RoomMemberStore store(db(), kMeeting, clock());
        const auto applied = store.applyPackage(package(meetingRows()), m_hostCertificate);
        QCOMPARE(applied.refused, 0);
        QCOMPARE(applied.rows, 7);
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<VaultFixture>();
        QVERIFY(m_fixture->vault->create(VaultFixture::kPin).ok());
        m_sync = std::make_unique<VaultSyncStore>(*m_fixture->vault);
        m_sync->saveSession(u"refresh-1"_s,
            AuthUser { u"u-m1"_s, u"m1"_s, QString(Protocol::Role::Member), u"c1"_s });
        QCOMPARE(RootKeyStore::pin(db(), PublicationSignature::toBase64(kRoot.publicKey)),
            RootKeyStore::PinResult::Pinned);
        m_certificate = certify(kDevice, u"dev-m1"_s, u"m1"_s, u"c1"_s, Protocol::Role::Member);
        m_hostCertificate
            = certify(kHost, u"dev-sec"_s, u"m0"_s, u"c1"_s, Protocol::Role::Secretary);
        QCOMPARE(RoomIdentityStore::keep(db(), PublicationSignature::toBase64(kRoom.publicKey),
                     kDevice.secretKey, m_certificate),
            RoomIdentityStore::Result::Kept);
    }

    void cleanup()
    {
        m_sync.reset();
        m_fixture.reset();
    }

    void thePackageIsAppliedUnderTheMembersRules()
    {
        QList<SyncChange> changes = meetingRows();
        // Not the room's: a vote of another meeting, another cell's share, a signer no
        // document of the package names, another meeting, a delete.
        changes << put(QString(Protocol::RowType::Vote), u"v-elsewhere"_s,
            vote(u"v-elsewhere"_s, false, u"mt2"_s))
                << put(QString(Protocol::RowType::Document), u"d-other-cell"_s,
                       share(u"d-other-cell"_s, u"c2"_s, {}))
                << put(QString(Protocol::RowType::Signer), u"s9"_s, signerRow(u"s9"_s))
                << put(QString(Protocol::RowType::Meeting), u"mt2"_s,
                       meeting(u"mt2"_s, u"2026-11-22T08:30:00.000Z"_s))
                << gone(QString(Protocol::RowType::Document), u"d-old"_s);
        RoomMemberStore store(db(), kMeeting, clock());
        const auto applied = store.applyPackage(package(changes), m_hostCertificate);
        QCOMPARE(applied.rows, 7);
        QCOMPARE(applied.refused, 5);
        QCOMPARE(applied.kept, 0);
        QStringList missing { sha256Of(kMinutes), sha256Of(kPdf) };
        missing.sort();
        QCOMPARE(applied.missingBlobs, missing); // not the tampered document's

        QCOMPARE(row(Protocol::RowType::Meeting, kMeeting)->value(u"org_id"_s).toString(), u"c1"_s);
        QVERIFY(row(Protocol::RowType::Vote, kOpenVote));
        QVERIFY(row(Protocol::RowType::Vote, kSecretVote));
        QVERIFY(row(Protocol::RowType::Document, u"d-genuine"_s));
        QCOMPARE(reasonApart(u"d-genuine"_s), QString());
        // The tampered copy is never shown as genuine.
        QVERIFY(!row(Protocol::RowType::Document, u"d-tampered"_s));
        QCOMPARE(reasonApart(u"d-tampered"_s), u"bad_signature"_s);
        QVERIFY(row(Protocol::RowType::Document, u"d-share"_s));
        QVERIFY(!row(Protocol::RowType::Document, u"d-other-cell"_s));
        QVERIFY(!row(Protocol::RowType::Vote, u"v-elsewhere"_s));
        QVERIFY(!row(Protocol::RowType::Signer, u"s9"_s));
        QVERIFY(!row(Protocol::RowType::Meeting, u"mt2"_s));
    }

    void anotherCellsRoomIsRefused()
    {
        // Served by a device of another cell: nothing.
        RoomMemberStore store(db(), kMeeting, clock());
        const QJsonObject otherHost
            = certify(kHost, u"dev-sec2"_s, u"m8"_s, u"c2"_s, Protocol::Role::Secretary);
        auto applied = store.applyPackage(package(meetingRows()), otherHost);
        QCOMPARE(applied.rows, 0);
        QCOMPARE(applied.refused, 7);
        QVERIFY(!row(Protocol::RowType::Meeting, kMeeting));

        // The room's meeting but of another cell: neither it nor anything of it.
        QList<SyncChange> changes = meetingRows();
        QJsonObject foreign = changes.first().data;
        foreign.insert(u"org_id"_s, u"c2"_s);
        changes.first().data = foreign;
        applied = store.applyPackage(package(changes), m_hostCertificate);
        QCOMPARE(applied.rows, 0);
        QCOMPARE(applied.refused, 7);
        QVERIFY(!row(Protocol::RowType::Document, u"d-share"_s));
        QVERIFY(applied.missingBlobs.isEmpty());
    }

    void aNewerRowIsKeptAndAPendingOneHeldBack()
    {
        applyMeeting();
        // The device pulled the open vote closed, in a newer version than the room's.
        {
            Transaction transaction(db());
            ReplicaStore(db()).put(QString(Protocol::RowType::Vote), kOpenVote, 9,
                vote(kOpenVote, false, kMeeting, QString(Protocol::VoteStatus::Closed)));
            transaction.commit();
        }
        // A pending local change of the meeting (the member's rsvp touches its attendance; a
        // meeting.update-like change is enough to hold the row).
        LocalActions actions(db(), clock());
        QVERIFY(actions
                    .record(
                        QString(Protocol::Mutation::MeetingRsvp), {},
                        { { QString(Protocol::RowType::Meeting), kMeeting } }, [] {}, kMeeting)
                    .ok());
        QList<SyncChange> changes = meetingRows();
        QJsonObject renamed = changes.first().data;
        renamed.insert(u"title"_s, u"Sinh hoạt chi bộ tháng 11"_s);
        changes.first() = put(QString(Protocol::RowType::Meeting), kMeeting, renamed, 4);
        RoomMemberStore store(db(), kMeeting, clock());
        const auto applied = store.applyPackage(package(changes), m_hostCertificate);
        QCOMPARE(applied.kept, 2);
        QCOMPARE(applied.refused, 0);
        QCOMPARE(row(Protocol::RowType::Vote, kOpenVote)->value(u"status"_s).toString(),
            QString(Protocol::VoteStatus::Closed));
        QCOMPARE(ReplicaStore(db()).version(QString(Protocol::RowType::Vote), kOpenVote), 9);
        QCOMPARE(row(Protocol::RowType::Meeting, kMeeting)->value(u"title"_s).toString(),
            u"Sinh hoạt chi bộ"_s);
        Statement held(db(), "SELECT version FROM deferred_rows WHERE type = ?1 AND row_id = ?2");
        held.bind(1, QString(Protocol::RowType::Meeting)).bind(2, kMeeting);
        QVERIFY(held.step());
        QCOMPARE(held.integer(0), 4);
    }

    void blobsResumeAndACorruptOneIsDiscarded()
    {
        applyMeeting();
        const QString pdf = sha256Of(kPdf);
        const qint64 chunk = 256 * 1024;
        {
            RoomMemberStore store(db(), kMeeting, clock());
            QCOMPARE(store.blobOffset(pdf), 0);
            QCOMPARE(store.appendBlob(pdf, 0, kPdf.size(), kPdf.left(chunk)), Blob::More);
            QCOMPARE(store.blobOffset(pdf), chunk);
        }
        // The Wi-Fi dropped; the member joins again: resume at what is stored (a chunk sent
        // again, or out of place, changes nothing).
        RoomMemberStore store(db(), kMeeting, clock());
        QCOMPARE(store.blobOffset(pdf), chunk);
        QCOMPARE(store.appendBlob(pdf, 0, kPdf.size(), kPdf.left(chunk)), Blob::More);
        QCOMPARE(store.appendBlob(pdf, chunk + 10, kPdf.size(), kPdf.mid(chunk + 10)), Blob::More);
        QCOMPARE(store.blobOffset(pdf), chunk);
        QCOMPARE(store.appendBlob(pdf, chunk, kPdf.size(), kPdf.mid(chunk)), Blob::Done);
        QVERIFY(BlobStore(db()).isComplete(pdf));
        QCOMPARE(store.missingBlobs(), QStringList { sha256Of(kMinutes) });

        // Bytes that are not the attachment: discarded.
        const QString minutes = sha256Of(kMinutes);
        QByteArray forged = kMinutes;
        forged[500] = 'x';
        QCOMPARE(store.appendBlob(minutes, 0, kMinutes.size(), forged), Blob::Corrupt);
        QCOMPARE(store.blobOffset(minutes), 0);
        QVERIFY(!BlobStore(db()).isComplete(minutes));
        // A wrong size, or a blob the meeting does not name: nothing stored.
        QCOMPARE(store.appendBlob(minutes, 0, kMinutes.size() + 1, kMinutes), Blob::Corrupt);
        QCOMPARE(store.appendBlob(QString(64, u'f'), 0, 3, "abc"), Blob::Corrupt);
        QCOMPARE(BlobStore(db()).size(QString(64, u'f')), -1);
        QCOMPARE(store.appendBlob(minutes, 0, kMinutes.size(), kMinutes), Blob::Done);
        QVERIFY(store.missingBlobs().isEmpty());
    }

    void aCheckInVerifiesAndIsRecordedOnce()
    {
        applyMeeting();
        RoomMemberStore store(db(), kMeeting, clock());
        QVERIFY(!store.checkedIn());
        const auto checkIn = store.makeCheckIn();
        QVERIFY(checkIn);
        QCOMPARE(RoomStatement::verify(*checkIn, m_certificate, kRoom.publicKey),
            RoomStatement::Failure::None);
        const auto fields = RoomStatement::fields(*checkIn);
        QCOMPARE(fields.type, QString(RoomStatement::CheckIn));
        QCOMPARE(fields.meetingId, kMeeting);
        QCOMPARE(fields.memberId, u"m1"_s);
        QCOMPARE(fields.deviceId, u"dev-m1"_s);

        const auto result = store.recordAcknowledged(*checkIn);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.mutationId > 0);
        QVERIFY(store.checkedIn());
        const auto attendance = row(Protocol::RowType::Attendance, kMeeting + u":m1"_s);
        QVERIFY(attendance);
        QVERIFY(attendance->value(u"present"_s).toBool());
        QCOMPARE(row(Protocol::RowType::Meeting, kMeeting)->value(u"status"_s).toString(),
            QString(Protocol::MeetingStatus::InProgress));
        // Twice (the ack repeated): nothing more.
        const auto again = store.recordAcknowledged(*checkIn);
        QVERIFY(again.ok());
        QCOMPARE(again.mutationId, 0);
        const auto queuedCheckIns = queued(Protocol::Mutation::RoomCheckIn);
        QCOMPARE(queuedCheckIns.size(), 1);
        QCOMPARE(queuedCheckIns.first().args,
            QJsonObject({ { Protocol::Room::Statement, *checkIn },
                { Protocol::Room::MemberCertificate, m_certificate } }));
        QCOMPARE(db().scalar("SELECT count(*) FROM room_statements").toLongLong(), 1);

        // Another statement of the member or of another meeting is not this one's.
        QJsonObject tampered = *checkIn;
        tampered.insert(u"at"_s, u"2026-11-22T08:01:00.000Z"_s);
        QCOMPARE(
            store.recordAcknowledged(tampered).error, QString(Protocol::ErrorCode::InvalidArgs));
        RoomMemberStore elsewhere(db(), u"mt2"_s, clock());
        QCOMPARE(elsewhere.recordAcknowledged(*checkIn).error,
            QString(Protocol::ErrorCode::InvalidArgs));
    }

    void anOpenBallotCarriesItsChoice()
    {
        applyMeeting();
        RoomMemberStore store(db(), kMeeting, clock());
        QVERIFY(!store.makeBallot(kOpenVote, u"Phản đối"_s)); // not a choice of the vote
        QVERIFY(!store.makeBallot(u"v-unknown"_s, kYes));
        const auto ballot = store.makeBallot(kOpenVote, kYes);
        QVERIFY(ballot);
        QCOMPARE(RoomStatement::verify(*ballot, m_certificate, kRoom.publicKey),
            RoomStatement::Failure::None);
        QCOMPARE(RoomStatement::fields(*ballot).choice, kYes);
        QVERIFY(RoomStatement::fields(*ballot).sealed.isEmpty());
        QVERIFY(store.votedIds().isEmpty());

        QVERIFY(store.recordAcknowledged(*ballot).mutationId > 0);
        QCOMPARE(store.recordAcknowledged(*ballot).mutationId, 0);
        const QString castId = MeetingOutcomeActions::castId(kOpenVote, u"m1"_s);
        QCOMPARE(row(Protocol::RowType::VoteCast, castId)->value(u"choice"_s).toString(), kYes);
        QCOMPARE(store.votedIds(), QStringList { kOpenVote });
        QCOMPARE(queued(Protocol::Mutation::RoomBallot).size(), 1);
    }

    void aSecretBallotIsSealedWithTheDevicesKey()
    {
        applyMeeting();
        // A first ballot the host refused (the member had not checked in): never recorded.
        const auto refused = RoomMemberStore(db(), kMeeting, clock()).makeBallot(kSecretVote, kYes);
        QVERIFY(refused);
        // The member votes again, another choice; the app makes a store for each action.
        const auto ballot = RoomMemberStore(db(), kMeeting, clock()).makeBallot(kSecretVote, kNo);
        QVERIFY(ballot);
        RoomMemberStore store(db(), kMeeting, clock());
        QCOMPARE(RoomStatement::verify(*ballot, m_certificate, kRoom.publicKey),
            RoomStatement::Failure::None);
        const auto fields = RoomStatement::fields(*ballot);
        QVERIFY(fields.choice.isEmpty());
        QVERIFY(!ballot->value(u"sealed"_s).toString().isEmpty());
        QVERIFY(!RoomStatement::unseal(fields.sealed, kHost.secretKey)); // not the host's
        const auto opened = RoomStatement::unseal(fields.sealed, kRoom.secretKey);
        QVERIFY(opened);
        QCOMPARE(opened->choice, kNo);
        QCOMPARE(opened->voteId, kSecretVote);
        QCOMPARE(opened->memberId, u"m1"_s);
        QCOMPARE(opened->ballotKey.size(), Protocol::Limit::BallotKey);
        QCOMPARE(RoomStatement::unseal(RoomStatement::fields(*refused).sealed, kRoom.secretKey)
                     ->ballotKey,
            opened->ballotKey);

        QVERIFY(store.recordAcknowledged(*ballot).mutationId > 0);
        QVERIFY(store.recordAcknowledged(*ballot).ok());
        const QString castId = MeetingOutcomeActions::castId(kSecretVote, u"m1"_s);
        QVERIFY(row(Protocol::RowType::VoteCast, castId)->value(u"choice"_s).isNull());
        MeetingOutcomeActions outcomes(db(), clock());
        const auto kept = outcomes.secretBallot(kSecretVote);
        QVERIFY(kept);
        QCOMPARE(kept->choice, kNo);
        QCOMPARE(kept->ballotKey, opened->ballotKey);
        QCOMPARE(queued(Protocol::Mutation::RoomBallot).size(), 1);

        // A later direct vote.cast from this device sends the same key (it replaces the ballot
        // at the server); another ballot in the room is sealed with it too.
        QVERIFY(outcomes.castVote(kSecretVote, kYes).ok());
        const auto casts = queued(Protocol::Mutation::VoteCast);
        QCOMPARE(casts.size(), 1);
        QCOMPARE(casts.first().args.value(u"ballot_key"_s).toString(), opened->ballotKey);
        const auto second = store.makeBallot(kSecretVote, kYes);
        QVERIFY(second);
        QCOMPARE(RoomStatement::unseal(RoomStatement::fields(*second).sealed, kRoom.secretKey)
                     ->ballotKey,
            opened->ballotKey);
        // The member already voted in the room: the second is not recorded again.
        QCOMPARE(store.recordAcknowledged(*second).mutationId, 0);
        QCOMPARE(queued(Protocol::Mutation::RoomBallot).size(), 1);
    }

    void noUsableIdentityNoStatement()
    {
        VaultFixture fresh;
        QVERIFY(fresh.vault->create(VaultFixture::kPin).ok());
        RoomMemberStore store(fresh.vault->database(), kMeeting);
        QVERIFY(!store.makeCheckIn());
        QVERIFY(!store.makeBallot(kOpenVote, kYes));
        // An expired certificate: none either.
        applyMeeting();
        m_fixture->now = m_fixture->now.addDays(120);
        RoomMemberStore late(db(), kMeeting, clock());
        QVERIFY(!late.makeCheckIn());
    }
};

QTEST_GUILESS_MAIN(TestRoomMemberStore)
#include "tst_roommemberstore.moc"
