// The meeting room's device certificate renewed by the app's sync (DESIGN.md 8.8, issue 23;
// RoomCertificateRenewal, the step AccountSync and `handbook sync` install after the pull)
// against the real handbook-server: a device without a certificate (signed in before device
// keys existed) gets a key and a certificate at its next sync; a member moved to another cell
// gets one of her new cell once her session knows it; a secretary's sync brings her cell's
// revoked device after `device revoke`; a sync needing nothing asks nothing. The decision
// itself (what a run asks, from the vault and the signed-in user) is checked first.
#include "accountsync.h"
#include "authfixture.h"
#include "authsession.h"
#include "clientdevice.h"
#include "devicecertificate.h"
#include "publicationsignature.h"
#include "roomcertificaterenewal.h"
#include "roomidentitystore.h"
#include "serveraddress.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "vault.h"
#include "wirevalues.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kPassword = u"mat-khau-phong-2"_s;
using Need = RoomCertificateRenewal::Need;

// A stored identity with a certificate of `fields` signed by `room` (valid from `from`).
RoomIdentityStore::Stored storedIdentity(const PublicationSignature::KeyPair &room,
    const AuthUser &user, const QDateTime &from, int days = DeviceCertificate::kValidityDays)
{
    const auto device = PublicationSignature::generateKeyPair();
    DeviceCertificate::Fields fields;
    fields.deviceId = u"dev-1"_s;
    fields.userId = user.id;
    fields.memberId = user.memberId;
    fields.orgId = user.orgId;
    fields.role = user.role;
    fields.publicKey = device.publicKey;
    fields.validFrom = from;
    fields.validUntil = from.addDays(days);
    RoomIdentityStore::Stored stored;
    stored.roomPublicKey = room.publicKey;
    stored.deviceSecretKey = device.secretKey;
    stored.certificate = DeviceCertificate::issue(fields, room.secretKey);
    return stored;
}
} // namespace

class TestClientRoomCertificate : public QObject
{
    Q_OBJECT

    AuthFixture m_fx;

    // A device signed in as `login` whose sync renews its room certificate.
    std::unique_ptr<ClientDevice> device(const QString &login,
        RoomCertificateRenewal::Clock clock = {}, RoomCertificateRenewal **renewal = nullptr)
    {
        auto device = ClientDevice::signedIn(m_fx.baseUrl(), login, kPassword);
        auto *installed
            = RoomCertificateRenewal::install(device->engine(), device->vault(), std::move(clock));
        if (renewal)
            *renewal = installed;
        return device;
    }

    static RoomIdentityStore::Stored stored(ClientDevice &device)
    {
        return RoomIdentityStore::load(device.vault().database());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        QVERIFY(!m_fx.createUser(u"an"_s, kPassword, QString(Protocol::Role::Secretary),
                         u"cell-a"_s, u"m-an"_s)
                     .isEmpty());
        QVERIFY(!m_fx.createUser(u"binh"_s, kPassword, QString(Protocol::Role::Member), u"cell-a"_s,
                         u"m-binh"_s)
                     .isEmpty());
        QVERIFY(!m_fx.createUser(u"cuong"_s, kPassword, QString(Protocol::Role::Member),
                         u"cell-b"_s, u"m-cuong"_s)
                     .isEmpty());
    }

    // What a run asks, without a server.
    void decides()
    {
        const auto room = PublicationSignature::generateKeyPair();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const AuthUser member { u"u-1"_s, u"m-1"_s, QString(Protocol::Role::Member), u"cell-a"_s };
        const auto fresh = storedIdentity(room, member, now.addDays(-1));
        QCOMPARE(RoomCertificateRenewal::need(fresh, member, {}, {}, now), Need::Nothing);
        // No session known yet: nothing (the next run).
        QCOMPARE(RoomCertificateRenewal::need({}, AuthUser {}, {}, {}, now), Need::Nothing);
        // Nothing stored, no device key, no pinned room key.
        QCOMPARE(RoomCertificateRenewal::need({}, member, {}, {}, now), Need::Certificate);
        auto noKey = fresh;
        noKey.deviceSecretKey.clear();
        QCOMPARE(RoomCertificateRenewal::need(noKey, member, {}, {}, now), Need::Certificate);
        auto otherRoom = fresh;
        otherRoom.roomPublicKey = PublicationSignature::generateKeyPair().publicKey;
        QCOMPARE(RoomCertificateRenewal::need(otherRoom, member, {}, {}, now), Need::Certificate);
        auto otherDevice = fresh;
        otherDevice.deviceSecretKey = PublicationSignature::generateKeyPair().secretKey;
        QCOMPARE(RoomCertificateRenewal::need(otherDevice, member, {}, {}, now), Need::Certificate);
        // A moved member, a new role, another member record, another account.
        AuthUser moved = member;
        moved.orgId = u"cell-b"_s;
        QCOMPARE(RoomCertificateRenewal::need(fresh, moved, {}, {}, now), Need::Certificate);
        AuthUser promoted = member;
        promoted.role = QString(Protocol::Role::Secretary);
        QCOMPARE(RoomCertificateRenewal::need(fresh, promoted, {}, {}, now), Need::Certificate);
        AuthUser otherMember = member;
        otherMember.memberId = u"m-2"_s;
        QCOMPARE(RoomCertificateRenewal::need(fresh, otherMember, {}, {}, now), Need::Certificate);
        AuthUser otherUser = member;
        otherUser.id = u"u-2"_s;
        QCOMPARE(RoomCertificateRenewal::need(fresh, otherUser, {}, {}, now), Need::Certificate);
        // Fewer than 60 days left: renewed; 61 left: kept; expired: renewed.
        QCOMPARE(RoomCertificateRenewal::need(
                     storedIdentity(room, member, now.addDays(-31)), member, {}, {}, now),
            Need::Certificate);
        QCOMPARE(RoomCertificateRenewal::need(
                     storedIdentity(room, member, now.addDays(-29)), member, {}, {}, now),
            Need::Nothing);
        QCOMPARE(RoomCertificateRenewal::need(
                     storedIdentity(room, member, now.addDays(-91)), member, {}, {}, now),
            Need::Certificate);
        // A failure waits an hour, unless an answer came after it.
        QCOMPARE(
            RoomCertificateRenewal::need({}, member, {}, now.addSecs(-600), now), Need::Nothing);
        QCOMPARE(RoomCertificateRenewal::need({}, member, {}, now.addSecs(-3601), now),
            Need::Certificate);
        QCOMPARE(RoomCertificateRenewal::need({}, member, now.addSecs(-60), now.addSecs(-600), now),
            Need::Certificate);
        // A secretary's list: at her first run, then every 5 minutes.
        const AuthUser secretary { u"u-3"_s, u"m-3"_s, QString(Protocol::Role::Secretary),
            u"cell-a"_s };
        const auto hers = storedIdentity(room, secretary, now.addDays(-1));
        QCOMPARE(RoomCertificateRenewal::need(hers, secretary, {}, {}, now), Need::RevokedList);
        QCOMPARE(RoomCertificateRenewal::need(hers, secretary, now.addSecs(-120), {}, now),
            Need::Nothing);
        QCOMPARE(RoomCertificateRenewal::need(hers, secretary, now.addSecs(-301), {}, now),
            Need::RevokedList);
        QCOMPARE(RoomCertificateRenewal::need(
                     hers, secretary, now.addSecs(-301), now.addSecs(-100), now),
            Need::Nothing);
    }

    // A device signed in before device keys existed: its next sync makes a key and gets a
    // certificate; the sync after that asks nothing.
    void aDeviceWithoutCertificateGetsOne()
    {
        RoomCertificateRenewal *renewal = nullptr;
        auto binh = device(u"binh"_s, {}, &renewal);
        const QByteArray roomKey = stored(*binh).roomPublicKey;
        QCOMPARE(roomKey.size(), 32);
        {
            // What such a vault holds: the pinned room key, no device key, no certificate.
            SyncState state(binh->db());
            state.remove(u"room_device_secret"_s);
            state.remove(u"room_certificate"_s);
        }
        QVERIFY(stored(*binh).certificate.isEmpty());
        QVERIFY(!RoomIdentityStore::identity(binh->db()).isUsable(QDateTime::currentDateTimeUtc()));
        QSignalSpy renewed(renewal, &RoomCertificateRenewal::renewed);
        QString error;
        QVERIFY2(binh->sync(&error), qPrintable(error));
        QCOMPARE(renewed.size(), 1);
        const auto after = stored(*binh);
        QCOMPARE(after.roomPublicKey, roomKey);
        QCOMPARE(after.deviceSecretKey.size(), 64);
        QCOMPARE(
            DeviceCertificate::check(after.certificate, roomKey, QDateTime::currentDateTimeUtc()),
            DeviceCertificate::Failure::None);
        QCOMPARE(DeviceCertificate::publicKey(after.certificate), after.deviceSecretKey.right(32));
        QCOMPARE(DeviceCertificate::deviceId(after.certificate), binh->deviceId());
        QCOMPARE(DeviceCertificate::orgId(after.certificate), u"cell-a"_s);
        QCOMPARE(DeviceCertificate::memberId(after.certificate), u"m-binh"_s);
        QVERIFY(after.revokedDevices.isEmpty());
        QVERIFY(RoomIdentityStore::identity(binh->db()).isUsable(QDateTime::currentDateTimeUtc()));

        QVERIFY2(binh->sync(&error), qPrintable(error));
        QCOMPARE(renewed.size(), 1);
        QCOMPARE(stored(*binh).certificate, after.certificate);
    }

    // The app's own sync stack (AccountSync, as the GUI builds it) renews too and says so.
    void theAppsSyncRenewsAndSaysSo()
    {
        auto binh = ClientDevice::signedIn(m_fx.baseUrl(), u"binh"_s, kPassword);
        {
            SyncState state(binh->db());
            state.remove(u"room_device_secret"_s);
            state.remove(u"room_certificate"_s);
        }
        AccountSync sync(binh->vault(), ServerAddress::parse(m_fx.baseUrl().toString()));
        QSignalSpy renewed(&sync, &AccountSync::roomIdentityRenewed);
        QSignalSpy finished(&sync.engine(), &SyncEngine::finished);
        sync.engine().setBlobsEnabled(false);
        QVERIFY(sync.engine().start());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(sync.engine().lastError().code()));
        QCOMPARE(renewed.size(), 1);
        QVERIFY(RoomIdentityStore::identity(binh->db()).isUsable(QDateTime::currentDateTimeUtc()));
    }

    // A moved member: once her session knows her new cell (the next refresh: an access token
    // lives 15 minutes), her sync gets a certificate of that cell for the same device key.
    void aMovedMemberGetsHerNewCell()
    {
        RoomCertificateRenewal *renewal = nullptr;
        auto cuong = device(u"cuong"_s, {}, &renewal);
        QSignalSpy renewed(renewal, &RoomCertificateRenewal::renewed);
        const auto before = stored(*cuong);
        QCOMPARE(DeviceCertificate::orgId(before.certificate), u"cell-b"_s);
        QString error;
        QVERIFY2(cuong->sync(&error), qPrintable(error));
        QCOMPARE(renewed.size(), 0); // signed in just now: nothing to ask

        const auto move = AuthFixture::cli(
            { u"member"_s, u"move"_s, u"--db"_s, m_fx.db(), u"m-cuong"_s, u"cell-a"_s });
        QCOMPARE(move.exitCode, 0);
        cuong->engine().auth().forgetAccessToken(); // as when the access token expires
        QVERIFY2(cuong->syncUntilSuccess(2, &error), qPrintable(error));
        QCOMPARE(renewed.size(), 1);
        const auto after = stored(*cuong);
        QCOMPARE(DeviceCertificate::orgId(after.certificate), u"cell-a"_s);
        QCOMPARE(DeviceCertificate::check(
                     after.certificate, before.roomPublicKey, QDateTime::currentDateTimeUtc()),
            DeviceCertificate::Failure::None);
        QCOMPARE(after.deviceSecretKey, before.deviceSecretKey);
        QCOMPARE(DeviceCertificate::publicKey(after.certificate),
            DeviceCertificate::publicKey(before.certificate));
    }

    // The secretary's sync brings her cell's revocation list: empty, then, after a member's
    // device is revoked, that device at her next sync (5 minutes on).
    void aSecretaryGetsTheRevokedDevice()
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        RoomCertificateRenewal *renewal = nullptr;
        auto an = device(
            u"an"_s, [&now] { return now; }, &renewal);
        QSignalSpy renewed(renewal, &RoomCertificateRenewal::renewed);
        QString error;
        QVERIFY2(an->sync(&error), qPrintable(error));
        QCOMPARE(renewed.size(), 1);
        QVERIFY(stored(*an).revokedDevices.isEmpty());

        auto lost = ClientDevice::signedIn(m_fx.baseUrl(), u"binh"_s, kPassword);
        const QString lostId = lost->deviceId();
        lost.reset();
        QCOMPARE(
            AuthFixture::cli({ u"device"_s, u"revoke"_s, u"--db"_s, m_fx.db(), lostId }).exitCode,
            0);
        // Within 5 minutes: not asked again.
        now = now.addSecs(60);
        QVERIFY2(an->sync(&error), qPrintable(error));
        QCOMPARE(renewed.size(), 1);
        QVERIFY(stored(*an).revokedDevices.isEmpty());
        now = now.addSecs(RoomCertificateRenewal::kRevokedListSeconds);
        QVERIFY2(an->sync(&error), qPrintable(error));
        QCOMPARE(renewed.size(), 2);
        QCOMPARE(stored(*an).revokedDevices, QStringList { lostId });
        QCOMPARE(RoomIdentityStore::identity(an->db()).revokedDevices, QSet<QString> { lostId });
    }
};

QTEST_GUILESS_MAIN(TestClientRoomCertificate)
#include "tst_client_roomcertificate.moc"
