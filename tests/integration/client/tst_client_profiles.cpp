// Profiles with the real server and the demo province, through the client's sync:
// a member edits the phone offline and the secretary sees it after syncing; an
// education-level request approved on the secretary's device reaches the member's profile,
// a rejected one shows its reason; members cannot touch another profile, managed fields or
// decisions, a secretary cannot decide for another cell; two devices editing the same field
// and different fields converge (the later edit at the server wins and both devices are told
// both values); invalid values are refused on the device (ContactEditor) and by the server
// when forced; every decision is in the audit log.
#include "clientdevice.h"
#include "contacteditor.h"
#include "demoserver.h"
#include "outbox.h"
#include "profilecatalog.h"
#include "profilerequestmodel.h"
#include "profilerules.h"
#include "sqlitedatabase.h"
#include "testhttp.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

using Account = DemoServer::Account;

namespace {

// A loopback port nothing listens on: the device is offline.
const QUrl kNowhere(u"http://127.0.0.1:9"_s);

} // namespace

class TestClientProfiles : public QObject
{
    Q_OBJECT

    DemoServer m_server;

    Account account(const QString &login) const { return m_server.account(login); }

    QString memberField(const QString &memberId, const QString &field)
    {
        return m_server
            .scalarOrNull(u"SELECT %1 FROM members WHERE id = ?"_s.arg(field), { memberId })
            .toString();
    }

    std::unique_ptr<ClientDevice> signedIn(const QString &login)
    {
        auto device = ClientDevice::signedIn(m_server.baseUrl(), login, account(login).password);
        device->engine().setBlobsEnabled(false); // profiles only: attachments are not needed
        QString error;
        if (!device->sync(&error))
            qFatal("first sync of %s failed: %s", qPrintable(login), qPrintable(error));
        return device;
    }

    // Points the device at `server` (a new engine), still without attachments.
    static void connectTo(ClientDevice &device, const QUrl &server)
    {
        device.setServer(server);
        device.engine().setBlobsEnabled(false);
    }

    static QJsonObject row(ClientDevice &device, const QString &type, const QString &id)
    {
        return device.rows()[type][id];
    }

    // Queues a mutation as a tampered client would, bypassing the device's checks.
    static void force(ClientDevice &device, const QString &name, const QJsonObject &args)
    {
        Outbox(device.db()).enqueue(name, args);
    }

    static RejectedMutation lastRejection(ClientDevice &device)
    {
        const QList<RejectedMutation> rejected = Outbox(device.db()).rejected();
        return rejected.isEmpty() ? RejectedMutation() : rejected.last();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QCOMPARE(account(u"bithu.a"_s).orgId, account(u"dangvien.a1"_s).orgId);
        QVERIFY(account(u"bithu.b"_s).orgId != account(u"dangvien.a1"_s).orgId);
    }

    void phoneEditedOfflineReachesTheSecretary()
    {
        const Account me = account(u"dangvien.a1"_s);
        auto member = signedIn(me.login);
        auto secretary = signedIn(u"bithu.a"_s);
        // The secretary sees the cell's full profiles.
        QVERIFY(row(*secretary, u"member"_s, me.memberId).contains(u"citizen_id"_s));

        // Offline: the edit is kept and shown; the sync fails without losing it.
        connectTo(*member, kNowhere);
        QVERIFY(member->actions().updateContact({ { u"phone"_s, u"0987 111 222"_s } }).ok());
        QCOMPARE(
            row(*member, u"member"_s, me.memberId).value(u"phone"_s).toString(), u"0987111222"_s);
        QVERIFY(!member->sync());
        QCOMPARE(member->store().pendingCount(), 1);

        connectTo(*member, m_server.baseUrl());
        QString error;
        QVERIFY2(member->sync(&error), qPrintable(error));
        QCOMPARE(member->store().pendingCount(), 0);
        QCOMPARE(memberField(me.memberId, u"phone"_s), u"0987111222"_s);
        QVERIFY2(secretary->sync(&error), qPrintable(error));
        QCOMPARE(row(*secretary, u"member"_s, me.memberId).value(u"phone"_s).toString(),
            u"0987111222"_s);
        // Who changed which field is audited (names only).
        QCOMPARE(m_server
                     .scalarOrNull(u"SELECT detail FROM audit_log WHERE action = 'profile.update' "
                                   "AND target_id = ? ORDER BY id DESC LIMIT 1"_s,
                         { me.memberId })
                     .toString(),
            u"phone"_s);
    }

    void approvedRequestReachesTheMembersProfile()
    {
        const Account me = account(u"dangvien.a1"_s);
        auto member = signedIn(me.login);
        auto secretary = signedIn(u"bithu.a"_s);
        const QString education = u"12/12; Thạc sĩ Quản lý kinh tế"_s;
        const auto asked = member->actions().requestProfileChange(
            { { u"education"_s, education } }, u"Đã bảo vệ luận văn thạc sĩ năm 2025"_s);
        QVERIFY(asked.ok());
        QString error;
        QVERIFY2(member->sync(&error), qPrintable(error));
        QVERIFY2(secretary->sync(&error), qPrintable(error));

        // The secretary's device lists it with the current and the asked-for value.
        ProfileCatalog catalog(secretary->db());
        const QList<QJsonObject> pending = catalog.pendingRequestsOfCell(
            account(u"bithu.a"_s).orgId, account(u"bithu.a"_s).memberId);
        const auto found = std::find_if(pending.cbegin(), pending.cend(),
            [&](const QJsonObject &r) { return r.value(u"id"_s).toString() == asked.rowId; });
        QVERIFY(found != pending.cend());
        const ProfileRequestRow shown
            = ProfileRequestRow::from(*found, *catalog.member(me.memberId), false);
        QCOMPARE(shown.changes.size(), 1);
        QCOMPARE(shown.changes.first().oldValue, memberField(me.memberId, u"education"_s));
        QCOMPARE(shown.changes.first().newValue, education);

        QVERIFY(secretary->actions().decideProfileRequest(asked.rowId, u"approve"_s).ok());
        QVERIFY2(secretary->sync(&error), qPrintable(error));
        QCOMPARE(memberField(me.memberId, u"education"_s), education);

        QVERIFY2(member->sync(&error), qPrintable(error));
        QCOMPARE(
            row(*member, u"member"_s, me.memberId).value(u"education"_s).toString(), education);
        QCOMPARE(row(*member, u"profile_request"_s, asked.rowId).value(u"status"_s).toString(),
            u"approved"_s);
        const QList<QJsonObject> notices
            = ProfileCatalog(member->db()).notifications(u"profile_decision"_s, 10);
        QVERIFY(std::any_of(notices.cbegin(), notices.cend(),
            [&](const QJsonObject &n) { return n.value(u"ref_id"_s).toString() == asked.rowId; }));
        QCOMPARE(
            m_server
                .scalarOrNull(u"SELECT count(*) FROM audit_log WHERE action = 'profile.decide' "
                              "AND target_id = ? AND detail = 'approve' AND outcome = 'ok'"_s,
                    { asked.rowId })
                .toInt(),
            1);
    }

    void rejectedRequestShowsTheReason()
    {
        const Account me = account(u"dangvien.a2"_s);
        auto member = signedIn(me.login);
        auto secretary = signedIn(u"bithu.a"_s);
        const QString hometown = memberField(me.memberId, u"hometown"_s);
        const auto asked = member->actions().requestProfileChange(
            { { u"hometown"_s, u"Xã Đại Phúc, tỉnh Sơn Lâm"_s } }, u"Ghi nhầm quê quán"_s);
        QString error;
        QVERIFY2(member->sync(&error), qPrintable(error));
        QVERIFY2(secretary->sync(&error), qPrintable(error));
        // Without a reason the device refuses to reject.
        QCOMPARE(secretary->actions().decideProfileRequest(asked.rowId, u"reject"_s).error,
            u"invalid_args"_s);
        const QString why = u"Đề nghị nộp bản sao giấy khai sinh"_s;
        QVERIFY(secretary->actions().decideProfileRequest(asked.rowId, u"reject"_s, why).ok());
        QVERIFY2(secretary->sync(&error), qPrintable(error));
        QVERIFY2(member->sync(&error), qPrintable(error));

        QCOMPARE(memberField(me.memberId, u"hometown"_s), hometown);
        const QJsonObject request = row(*member, u"profile_request"_s, asked.rowId);
        QCOMPARE(request.value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(request.value(u"decision_reason"_s).toString(), why);
        // "My requests" shows it in words with the reason.
        ProfileRequestModel model;
        model.setRequests(
            { ProfileRequestRow::from(request, row(*member, u"member"_s, me.memberId), false) });
        QCOMPARE(model.data(model.index(0), ProfileRequestModel::StatusLabelRole).toString(),
            u"Không được duyệt"_s);
        QCOMPARE(
            model.data(model.index(0), ProfileRequestModel::DecisionReasonRole).toString(), why);
        QCOMPARE(row(*member, u"member"_s, me.memberId).value(u"hometown"_s).toString(), hometown);
        QCOMPARE(
            m_server
                .scalarOrNull(u"SELECT count(*) FROM audit_log WHERE action = 'profile.decide' "
                              "AND target_id = ? AND detail = 'reject'"_s,
                    { asked.rowId })
                .toInt(),
            1);
    }

    void membersAndOtherCellsCannotOverstep()
    {
        const Account a1 = account(u"dangvien.a1"_s);
        const Account a2 = account(u"dangvien.a2"_s);
        auto member = signedIn(a1.login);
        auto otherSecretary = signedIn(u"bithu.b"_s);
        auto colleague = signedIn(a2.login);
        QString error;
        const QString a2Phone = memberField(a2.memberId, u"phone"_s);
        const QString a1Education = memberField(a1.memberId, u"education"_s);
        const QString a1Phone = memberField(a1.memberId, u"phone"_s);

        // profile.update naming another member is refused (an argument it does not
        // know), not applied to the sender's own record.
        force(*member, u"profile.update"_s,
            { { u"fields"_s, QJsonObject { { u"phone"_s, u"0977000111"_s } } },
                { u"member_id"_s, a2.memberId } });
        QVERIFY2(member->sync(&error), qPrintable(error));
        QCOMPARE(lastRejection(*member).errorCode, u"invalid_args"_s);
        // Managed fields cannot be changed directly.
        force(*member, u"profile.update"_s,
            { { u"fields"_s, QJsonObject { { u"education"_s, u"Tiến sĩ"_s } } } });
        QVERIFY2(member->sync(&error), qPrintable(error));
        QCOMPARE(memberField(a2.memberId, u"phone"_s), a2Phone);
        QCOMPARE(memberField(a1.memberId, u"phone"_s), a1Phone);
        QCOMPARE(memberField(a1.memberId, u"education"_s), a1Education);
        QCOMPARE(lastRejection(*member).errorCode, u"forbidden_field"_s);
        QCOMPARE(
            row(*member, u"member"_s, a1.memberId).value(u"education"_s).toString(), a1Education);

        // A member cannot decide requests (refused on the device, and by the server if forced).
        const auto asked = colleague->actions().requestProfileChange(
            { { u"political_theory"_s, u"Trung cấp"_s } }, u"Đã học xong"_s);
        QVERIFY2(colleague->sync(&error), qPrintable(error));
        QCOMPARE(member->actions().decideProfileRequest(asked.rowId, u"approve"_s).error,
            u"forbidden"_s);
        force(*member, u"profile.request.decide"_s,
            { { u"request_id"_s, asked.rowId }, { u"decision"_s, u"approve"_s } });
        QVERIFY2(member->sync(&error), qPrintable(error));
        QCOMPARE(lastRejection(*member).errorCode, u"forbidden"_s);
        // Nor can the secretary of another cell: answered like a missing request.
        force(*otherSecretary, u"profile.request.decide"_s,
            { { u"request_id"_s, asked.rowId }, { u"decision"_s, u"approve"_s } });
        QVERIFY2(otherSecretary->sync(&error), qPrintable(error));
        QCOMPARE(lastRejection(*otherSecretary).errorCode, u"not_found"_s);
        QCOMPARE(m_server
                     .scalarOrNull(
                         u"SELECT status FROM profile_requests WHERE id = ?"_s, { asked.rowId })
                     .toString(),
            u"pending"_s);
        // The other cell's secretary never even received it.
        QVERIFY(!otherSecretary->rows()[u"profile_request"_s].contains(asked.rowId));
        // Refusals by role are audited.
        QVERIFY(
            m_server
                .scalarOrNull(
                    u"SELECT count(*) FROM audit_log WHERE action = 'denied' AND actor_login = ? "
                    "AND target_id = 'profile.request.decide'"_s,
                    { a1.login })
                .toInt()
            >= 1);
        // So is the other cell's secretary's attempt, though answered as "not found".
        QCOMPARE(
            m_server
                .scalarOrNull(
                    u"SELECT count(*) FROM audit_log WHERE action = 'denied' AND actor_login = ? "
                    "AND target_id = 'profile.request.decide' AND detail = 'not_found'"_s,
                    { u"bithu.b"_s })
                .toInt(),
            1);
        QVERIFY(
            m_server
                .scalarOrNull(
                    u"SELECT count(*) FROM audit_log WHERE action = 'denied' AND actor_login = ? "
                    "AND detail = 'forbidden_field'"_s,
                    { a1.login })
                .toInt()
            >= 1);
    }

    void twoDevicesConverge()
    {
        const Account me = account(u"dangvien.a2"_s);
        auto phone = signedIn(me.login);
        auto tablet = signedIn(me.login);
        QString error;
        const QString before = memberField(me.memberId, u"phone"_s);

        // Both offline: the phone on both, the address on one, the email on the other.
        connectTo(*phone, kNowhere);
        connectTo(*tablet, kNowhere);
        QVERIFY(phone->actions().updateContact({ { u"phone"_s, u"0901000001"_s } }).ok());
        QVERIFY(phone->actions()
                    .updateContact({ { u"address"_s, u"Số 12, tổ 3, phường Tân Thịnh"_s } })
                    .ok());
        QVERIFY(tablet->actions().updateContact({ { u"phone"_s, u"0901000002"_s } }).ok());
        QVERIFY(tablet->actions().updateContact({ { u"email"_s, u"a2.moi@example.vn"_s } }).ok());

        // The phone reaches the server first; the tablet's later edit of the same field wins.
        connectTo(*phone, m_server.baseUrl());
        connectTo(*tablet, m_server.baseUrl());
        QVERIFY2(phone->sync(&error), qPrintable(error));
        QCOMPARE(memberField(me.memberId, u"phone"_s), u"0901000001"_s);
        QVERIFY2(tablet->sync(&error), qPrintable(error));
        QVERIFY2(phone->sync(&error), qPrintable(error));

        QCOMPARE(memberField(me.memberId, u"phone"_s), u"0901000002"_s);
        QCOMPARE(memberField(me.memberId, u"address"_s), u"Số 12, tổ 3, phường Tân Thịnh"_s);
        QCOMPARE(memberField(me.memberId, u"email"_s), u"a2.moi@example.vn"_s);
        const QJsonObject onPhone = row(*phone, u"member"_s, me.memberId);
        QCOMPARE(onPhone, row(*tablet, u"member"_s, me.memberId));
        QCOMPARE(onPhone.value(u"phone"_s).toString(), u"0901000002"_s);
        QCOMPARE(onPhone.value(u"email"_s).toString(), u"a2.moi@example.vn"_s);
        QCOMPARE(onPhone.value(u"address"_s).toString(), u"Số 12, tổ 3, phường Tân Thịnh"_s);

        // Nothing lost silently: both devices are told, with both values; different fields
        // raised nothing.
        for (ClientDevice *device : { phone.get(), tablet.get() }) {
            const QList<QJsonObject> notices
                = ProfileCatalog(device->db()).notifications(u"profile_conflict"_s, 10);
            QCOMPARE(notices.size(), 1);
            const QString body = notices.first().value(u"body"_s).toString();
            QVERIFY2(
                body.contains(u"0901000001"_s) && body.contains(u"0901000002"_s), qPrintable(body));
            QVERIFY2(!body.contains(u"email"_s, Qt::CaseInsensitive), qPrintable(body));
        }
        QVERIFY(before != u"0901000002"_s);
        QCOMPARE(
            m_server
                .scalarOrNull(u"SELECT count(*) FROM audit_log WHERE action = 'profile.update' "
                              "AND target_id = ? AND detail = 'phone;overrode:phone'"_s,
                    { me.memberId })
                .toInt(),
            1);
    }

    void theOverridingAnswerListsTheOverriddenFields()
    {
        // The push answer itself (a compatible extension): the fields whose value from another
        // device this edit replaced, with both values.
        const Account me = account(u"dangvien.b1"_s);
        const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
        TestHttp other(m_server.baseUrl());
        QCOMPARE(other.login(me.login, me.password, device).status, 200);
        const QString seen = memberField(me.memberId, u"email"_s);
        const auto push = [&](const QJsonObject &fields, const QJsonObject &base) {
            const QJsonObject mutation { { u"id"_s, 1 }, { u"name"_s, u"profile.update"_s },
                { u"args"_s, QJsonObject { { u"fields"_s, fields }, { u"base"_s, base } } } };
            return other.post(u"/v1/sync/push"_s,
                { { u"device_id"_s, device }, { u"mutations"_s, QJsonArray { mutation } } });
        };
        QVERIFY(seen != u"b1.khac@example.vn"_s);
        QCOMPARE(memberField(me.memberId, u"email"_s), seen);
        // Someone else changed the email meanwhile (as another device's push would).
        QSqlQuery meanwhile(m_server.db());
        meanwhile.prepare(u"UPDATE members SET email = ? WHERE id = ?"_s);
        meanwhile.addBindValue(u"b1.truoc@example.vn"_s);
        meanwhile.addBindValue(me.memberId);
        QVERIFY2(meanwhile.exec(), qPrintable(meanwhile.lastError().text()));
        const HttpAnswer answer = push({ { u"email"_s, u"b1.khac@example.vn"_s } },
            { { u"email"_s, seen.isEmpty() ? QJsonValue() : QJsonValue(seen) } });
        QCOMPARE(answer.status, 200);
        const QJsonObject result = answer.json.value(u"results"_s).toArray().first().toObject();
        QCOMPARE(result.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(result.value(u"overridden"_s).toArray(),
            (QJsonArray { QJsonObject { { u"field"_s, u"email"_s },
                { u"previous"_s, u"b1.truoc@example.vn"_s },
                { u"value"_s, u"b1.khac@example.vn"_s } } }));
        QCOMPARE(memberField(me.memberId, u"email"_s), u"b1.khac@example.vn"_s);
    }

    void invalidValuesAreRefusedOnTheDeviceAndByTheServer()
    {
        const Account me = account(u"dangvien.a1"_s);
        auto device = signedIn(me.login);
        // The screen's editor over this device's vault (a second connection, same PIN).
        Vault::Options options;
        options.accountDir = VaultSession::accountDirForDataDir(device->dataDir());
        options.kdf = KdfParams::fastForTests();
        VaultSession session(options);
        QCOMPARE(session.state(), VaultSession::Locked);
        QVERIFY(session.unlock(u"246810"_s));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), VaultSession::Unlocked, 20000);
        ContactEditor editor;
        editor.setSession(&session);
        QVERIFY(editor.ready());
        editor.setPhone(u"0123 456"_s);
        editor.setEmail(u"khong co a cong"_s);
        QVERIFY(!editor.save());
        QVERIFY(!editor.phoneError().isEmpty() && !editor.emailError().isEmpty());
        QCOMPARE(device->store().pendingCount(), 0);
        editor.setPhone(u"+84 913 222 333"_s);
        editor.setEmail(QString());
        QVERIFY2(editor.save(), qPrintable(editor.errorMessage()));
        QCOMPARE(device->store().pendingCount(), 1);
        QString error;
        QVERIFY2(device->sync(&error), qPrintable(error));
        QCOMPARE(memberField(me.memberId, u"phone"_s), u"0913222333"_s);

        // Forced past the device's checks, the server refuses with its own message, the
        // device rolls the optimistic value back and lists the refusal.
        const struct
        {
            QString name;
            QJsonObject args;
            QString message;
        } forced[] = {
            { u"profile.update"_s,
                { { u"fields"_s, QJsonObject { { u"phone"_s, u"0123456789"_s } } } },
                ProfileRules::message({ u"phone"_s, ProfileRules::Problem::Phone }) },
            { u"profile.update"_s, { { u"fields"_s, QJsonObject { { u"address"_s, u"Tổ"_s } } } },
                ProfileRules::message({ u"address"_s, ProfileRules::Problem::AddressLength }) },
            { u"profile.request"_s,
                { { u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
                    { u"fields"_s, QJsonObject { { u"citizen_id"_s, u"12345"_s } } },
                    { u"reason"_s, u"Đổi căn cước"_s } },
                ProfileRules::message({ u"citizen_id"_s, ProfileRules::Problem::CitizenId }) },
            { u"profile.request"_s,
                { { u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
                    { u"fields"_s, QJsonObject { { u"official_date"_s, u"1950-01-01"_s } } },
                    { u"reason"_s, u"Sửa ngày"_s } },
                ProfileRules::message(
                    { u"official_date"_s, ProfileRules::Problem::OfficialBeforeAdmission }) },
            { u"profile.request"_s,
                { { u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
                    { u"fields"_s, QJsonObject { { u"party_card_no"_s, u"số thẻ"_s } } },
                    { u"reason"_s, u"Cấp lại thẻ"_s } },
                ProfileRules::message({ u"party_card_no"_s, ProfileRules::Problem::PartyCardNo }) },
        };
        for (const auto &attempt : forced) {
            force(*device, attempt.name, attempt.args);
            QVERIFY2(device->sync(&error), qPrintable(error));
            const RejectedMutation rejection = lastRejection(*device);
            QCOMPARE(rejection.errorCode, u"invalid_args"_s);
            QCOMPARE(rejection.errorMessage, attempt.message);
        }
        QCOMPARE(memberField(me.memberId, u"phone"_s), u"0913222333"_s);
        QCOMPARE(
            row(*device, u"member"_s, me.memberId).value(u"phone"_s).toString(), u"0913222333"_s);
        QCOMPARE(m_server
                     .scalarOrNull(u"SELECT count(*) FROM profile_requests WHERE member_id = ? "
                                   "AND fields LIKE '%citizen_id%'"_s,
                         { me.memberId })
                     .toInt(),
            0);
        editor.setSession(nullptr);
        session.lock();
    }
};

QTEST_MAIN(TestClientProfiles)
#include "tst_client_profiles.moc"
