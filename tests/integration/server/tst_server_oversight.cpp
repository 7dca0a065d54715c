// Oversight from a committee's app (DESIGN.md 8.4, issue 20) against the real server with the
// demo province: accounts created and reset as push mutations (the temporary password answered
// once, hashed in the database, never in the audit log; signed in with it the account must
// change it; a reset signs the account out everywhere), devices revoked (the device's next
// request answers device_revoked), transfers of a member between cells (requested above the
// sending cell, decided above the receiving one; accepted, the member's own device resets into
// the new cell), committee notifications addressed to an organisation, the member `account`
// field for committees only. Every refusal of the contract: outside the caller's subtree
// not_found (audited as denied), bad arguments invalid_args, a wrong state conflict.
#include "cellfixture.h"
#include "clientdevice.h"
#include "db/sqlrunner.h"
#include "mutationnames.h"
#include "protocol.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Mutation = Protocol::Mutation;
namespace RowType = Protocol::RowType;

class TestServerOversight : public QObject
{
    Q_OBJECT

    CellFixture f;
    QString cellA, cellB, ward, siblingCell;
    CellAccount ward1, ward2, city, district, province;
    // The user id of the account created in accountCreate.
    QString createdUserId, createdMemberId;

    static QString outcome(const QJsonObject &result) { return CellFixture::outcome(result); }
    static QString code(const QJsonObject &result)
    {
        return result.value(u"error"_s).toObject().value(u"code"_s).toString();
    }
    int count(const QString &sql, const QVariantList &binds = {}) const
    {
        return f.count(sql, binds);
    }
    int denials() const
    {
        return count(u"SELECT count(*) FROM audit_log WHERE action = 'denied'"_s);
    }
    QString userIdOf(const QString &login) const
    {
        return scalarSql(f.db(), u"SELECT id FROM users WHERE login = ?"_s, { login }).toString();
    }
    // A member of `cellId` without an account (skipping `except`).
    QString memberWithoutAccount(const QString &cellId, const QStringList &except = {}) const
    {
        QSqlQuery query = runSql(f.db(),
            u"SELECT id FROM members m WHERE org_id = ? AND NOT EXISTS (SELECT 1 FROM users u "
            "WHERE u.member_id = m.id) ORDER BY id"_s,
            { cellId });
        while (query.next()) {
            if (!except.contains(query.value(0).toString()))
                return query.value(0).toString();
        }
        return {};
    }
    // A push whose refusal must be audited as denied.
    void expectDenied(DeviceSession &session, const QString &name, const QJsonObject &args,
        const QString &expectedCode = QString(Protocol::ErrorCode::NotFound))
    {
        const int before = denials();
        const QJsonObject result = CellFixture::push(session, name, args);
        QCOMPARE(code(result), expectedCode);
        QCOMPARE(denials(), before + 1);
    }
    static QStringList notificationOrgs(const PulledRows &rows, const QString &refId)
    {
        QStringList orgs;
        for (const QJsonObject &n : rows.notifications(refId))
            orgs << n.value(u"org_id"_s).toString();
        return orgs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        ServerProcess::setDemoHistory(ServerProcess::DemoHistory::Full); // the dashboard's year
        QVERIFY2(f.start(&error), qPrintable(error));
        ward1 = f.account(u"danguy.quangtrung"_s);
        ward2 = f.account(u"danguy.quangtrung2"_s);
        city = f.account(u"thanhuy.sonlam"_s);
        district = f.account(u"huyenuy.daiphu"_s);
        province = f.account(u"tinhuy.sonlam"_s);
        ward = ward1.orgId;
        cellA = f.secretary.orgId;
        cellB = f.otherSecretary.orgId;
        // A cell beside A under the same ward, with meetings of its own.
        siblingCell = scalarSql(f.db(),
            u"SELECT o.id FROM organizations o WHERE o.parent_id = ? AND o.id <> ? AND EXISTS "
            "(SELECT 1 FROM meetings m WHERE m.org_id = o.id) ORDER BY o.id LIMIT 1"_s,
            { ward, cellA })
                          .toString();
        QVERIFY(!siblingCell.isEmpty());
        QVERIFY(count(u"SELECT count(*) FROM meetings WHERE org_id = ?"_s, { cellA }) > 0);
    }

    void accountCreate()
    {
        createdMemberId = memberWithoutAccount(cellA);
        QVERIFY(!createdMemberId.isEmpty());
        auto member = f.signIn(f.member);
        auto committee = f.signIn(ward1);
        auto other = f.signIn(district);
        const QJsonObject args { { u"member_id"_s, createdMemberId }, { u"login"_s, u"moi.a"_s } };

        // Outside the caller's subtree, or not a committee: not found, audited.
        expectDenied(*member, Mutation::AccountCreate, args);
        expectDenied(*other, Mutation::AccountCreate, args);
        QCOMPARE(code(CellFixture::push(*committee, Mutation::AccountCreate,
                     { { u"member_id"_s, u"no-such-member"_s }, { u"login"_s, u"x.y"_s } })),
            u"not_found"_s);
        // Bad arguments.
        QCOMPARE(code(CellFixture::push(*committee, Mutation::AccountCreate,
                     { { u"member_id"_s, createdMemberId }, { u"login"_s, u"có dấu"_s } })),
            u"invalid_args"_s);
        QCOMPARE(code(CellFixture::push(*committee, Mutation::AccountCreate,
                     { { u"member_id"_s, createdMemberId }, { u"login"_s, u"moi.a"_s },
                         { u"role"_s, QString(Protocol::Role::Committee) } })),
            u"invalid_args"_s);
        QCOMPARE(code(CellFixture::push(*committee, Mutation::AccountCreate,
                     { { u"member_id"_s, createdMemberId }, { u"login"_s, u"moi.a"_s },
                         { u"password"_s, u"chosen"_s } })),
            u"invalid_args"_s);
        // The login is taken; the member has an account already.
        const QJsonObject taken = CellFixture::push(*committee, Mutation::AccountCreate,
            { { u"member_id"_s, createdMemberId }, { u"login"_s, f.secretary.login } });
        QCOMPARE(code(taken), u"conflict"_s);
        QVERIFY(taken[u"error"_s][u"message"_s].toString().contains(u"hãy chọn tên khác"_s));
        QCOMPARE(code(CellFixture::push(*committee, Mutation::AccountCreate,
                     { { u"member_id"_s, f.member.memberId }, { u"login"_s, u"moi.b"_s } })),
            u"conflict"_s);

        // Applied: the password is in this answer only.
        const qint64 mutationId = committee->nextMutation;
        const QJsonObject created = CellFixture::push(*committee, Mutation::AccountCreate, args);
        QCOMPARE(outcome(created), u"applied"_s);
        const QJsonObject data = created.value(u"data"_s).toObject();
        createdUserId = data.value(Protocol::ResultData::UserId).toString();
        const QString password = data.value(Protocol::ResultData::TemporaryPassword).toString();
        QCOMPARE(data.value(Protocol::ResultData::Login).toString(), u"moi.a"_s);
        QVERIFY(!createdUserId.isEmpty());
        QVERIFY(password.size() >= 16);
        QCOMPARE(count(u"SELECT count(*) FROM users WHERE id = ? AND member_id = ? AND org_id = ? "
                       "AND must_change_password = 1 AND password_hash LIKE '$argon2id$%'"_s,
                     { createdUserId, createdMemberId, cellA }),
            1);
        QCOMPARE(count(u"SELECT count(*) FROM users WHERE password_hash LIKE ?"_s,
                     { u"%"_s + password + u"%"_s }),
            0);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = ? AND target_id = ?"_s,
                     { QString(Mutation::AccountCreate), createdUserId }),
            1);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE detail LIKE ?"_s,
                     { u"%"_s + password + u"%"_s }),
            0);
        // A replayed answer (the first one was lost) has no data.
        const QJsonObject replay
            = CellFixture::pushAs(*committee, mutationId, Mutation::AccountCreate, args);
        QCOMPARE(outcome(replay), u"applied"_s);
        QVERIFY(!replay.contains(u"data"_s));
        QCOMPARE(
            count(u"SELECT count(*) FROM users WHERE member_id = ?"_s, { createdMemberId }), 1);

        // The temporary password signs in once the way it is: a new one must be chosen.
        TestHttp http(f.baseUrl());
        HttpAnswer login = http.login(u"moi.a"_s, password);
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json.value(u"must_change_password"_s).toBool(), true);
        const HttpAnswer changed = http.post(QString(Protocol::Path::AuthPassword),
            { { u"old_password"_s, password }, { u"new_password"_s, u"Sen-hong-nở-2026"_s } });
        QCOMPARE(changed.status, 200);
        TestHttp again(f.baseUrl());
        QCOMPARE(again.login(u"moi.a"_s, password).status, 401);

        // Committees see the account on the member row; members of the cell never do.
        const PulledRows committeeRows = CellFixture::pull(*committee);
        const QJsonObject account
            = committeeRows.row(RowType::Member, createdMemberId).value(u"account"_s).toObject();
        QCOMPARE(account.value(u"user_id"_s).toString(), createdUserId);
        QCOMPARE(account.value(u"login"_s).toString(), u"moi.a"_s);
        QCOMPARE(account.value(u"role"_s).toString(), QString(Protocol::Role::Member));
        QVERIFY(committeeRows.row(RowType::Member, createdMemberId).contains(u"account"_s));
        const QString withoutAccount = memberWithoutAccount(cellA);
        QVERIFY(committeeRows.row(RowType::Member, withoutAccount).contains(u"account"_s));
        QVERIFY(committeeRows.row(RowType::Member, withoutAccount).value(u"account"_s).isNull());
        const PulledRows memberRows = CellFixture::pull(*member);
        QVERIFY(memberRows.has(RowType::Member, createdMemberId));
        for (const QJsonObject &row : memberRows.rows.value(QString(RowType::Member)))
            QVERIFY(!row.contains(u"account"_s));
        auto secretary = f.signIn(f.secretary);
        for (const QJsonObject &row : CellFixture::pull(*secretary).rows.value(RowType::Member))
            QVERIFY(!row.contains(u"account"_s));
    }

    void resetPassword()
    {
        auto committee = f.signIn(ward1);
        auto other = f.signIn(district);
        const CellAccount target = f.account(u"dangvien.a2"_s);
        auto targetDevice = f.signIn(target);
        QCOMPARE(targetDevice->http.get(u"/v1/sync/pull?limit=1"_s).status, 200);
        const QString userId = userIdOf(target.login);
        const QJsonObject args { { u"user_id"_s, userId } };

        expectDenied(*other, Mutation::AccountResetPassword, args);
        auto member = f.signIn(f.member);
        expectDenied(*member, Mutation::AccountResetPassword, args);
        // Not a colleague of the same committee, never an administrator.
        expectDenied(*committee, Mutation::AccountResetPassword,
            { { u"user_id"_s, userIdOf(ward2.login) } }, u"forbidden"_s);
        auto top = f.signIn(province);
        expectDenied(*top, Mutation::AccountResetPassword,
            { { u"user_id"_s, userIdOf(u"quantri"_s) } }, u"forbidden"_s);

        const QJsonObject reset
            = CellFixture::push(*committee, Mutation::AccountResetPassword, args);
        QCOMPARE(outcome(reset), u"applied"_s);
        const QString password
            = reset[u"data"_s][Protocol::ResultData::TemporaryPassword].toString();
        QCOMPARE(reset[u"data"_s][Protocol::ResultData::UserId].toString(), userId);
        QVERIFY(!password.isEmpty());
        // Signed out everywhere: the old token answers 401; the new password signs in.
        QCOMPARE(targetDevice->http.get(u"/v1/sync/pull?limit=1"_s).status, 401);
        TestHttp http(f.baseUrl());
        const HttpAnswer login = http.login(target.login, password);
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json.value(u"must_change_password"_s).toBool(), true);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = ? AND target_id = ?"_s,
                     { QString(Mutation::AccountResetPassword), userId }),
            1);
    }

    void deviceRevoke()
    {
        auto committee = f.signIn(ward1);
        auto other = f.signIn(district);
        auto lost = f.signIn(f.secretary);
        auto kept = f.signIn(f.secretary);
        QCOMPARE(lost->http.get(u"/v1/sync/pull?limit=1"_s).status, 200);
        const QJsonObject args { { u"device_id"_s, lost->device } };
        expectDenied(*other, Mutation::DeviceRevoke, args);
        auto member = f.signIn(f.member);
        expectDenied(*member, Mutation::DeviceRevoke, args);
        QCOMPARE(code(CellFixture::push(
                     *committee, Mutation::DeviceRevoke, { { u"device_id"_s, u"nothing"_s } })),
            u"not_found"_s);

        // The own account revokes its lost phone from the one it kept.
        QCOMPARE(outcome(CellFixture::push(*kept, Mutation::DeviceRevoke, args)), u"applied"_s);
        const HttpAnswer answer = lost->http.get(u"/v1/sync/pull?limit=1"_s);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.errorCode(), QString(Protocol::ErrorCode::DeviceRevoked));
        // Twice: applied again.
        QCOMPARE(
            outcome(CellFixture::push(*committee, Mutation::DeviceRevoke, args)), u"applied"_s);
        // A committee revokes a device of its subtree.
        QCOMPARE(outcome(CellFixture::push(
                     *committee, Mutation::DeviceRevoke, { { u"device_id"_s, kept->device } })),
            u"applied"_s);
        QCOMPARE(kept->http.get(u"/v1/sync/pull?limit=1"_s).errorCode(),
            QString(Protocol::ErrorCode::DeviceRevoked));
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = ? AND target_id = ?"_s,
                     { QString(Mutation::DeviceRevoke), lost->device }),
            2);
    }

    void transferRefusals()
    {
        auto committee = f.signIn(ward1);
        auto member = f.signIn(f.member);
        auto other = f.signIn(district);
        const QString memberId = memberWithoutAccount(cellA, { createdMemberId });
        const auto args = [&](const QString &to, const QString &reason = u"Chuyển nơi cư trú"_s) {
            return QJsonObject { { u"id"_s, CellFixture::newId() }, { u"member_id"_s, memberId },
                { u"to_org_id"_s, to }, { u"reason"_s, reason } };
        };
        expectDenied(*member, Mutation::MemberTransferRequest, args(cellB));
        expectDenied(*other, Mutation::MemberTransferRequest, args(cellB));
        QCOMPARE(code(CellFixture::push(*committee, Mutation::MemberTransferRequest, args(ward))),
            u"invalid_args"_s);
        QCOMPARE(code(CellFixture::push(*committee, Mutation::MemberTransferRequest, args(cellA))),
            u"invalid_args"_s);
        QCOMPARE(code(CellFixture::push(
                     *committee, Mutation::MemberTransferRequest, args(cellB, u" "_s))),
            u"invalid_args"_s);
        QCOMPARE(code(CellFixture::push(*committee, Mutation::MemberTransferRequest,
                     args(cellB, QString(Protocol::Limit::TransferReason + 1, u'x')))),
            u"invalid_args"_s);

        // To a cell of another branch: the district above it decides, the ward cannot.
        const QJsonObject request = args(cellB);
        const QString id = request.value(u"id"_s).toString();
        QCOMPARE(outcome(CellFixture::push(*committee, Mutation::MemberTransferRequest, request)),
            u"applied"_s);
        QCOMPARE(code(CellFixture::push(*committee, Mutation::MemberTransferRequest, args(cellB))),
            u"conflict"_s);
        // The same id and content again: applied; the same id for something else: conflict.
        QCOMPARE(outcome(CellFixture::push(*committee, Mutation::MemberTransferRequest, request)),
            u"applied"_s);
        QJsonObject changed = request;
        changed.insert(u"reason"_s, u"Lý do khác"_s);
        QCOMPARE(code(CellFixture::push(*committee, Mutation::MemberTransferRequest, changed)),
            u"conflict"_s);
        const QJsonObject reject { { u"id"_s, id },
            { u"decision"_s, QString(Protocol::TransferDecision::Reject) },
            { u"reason"_s, u"Chưa đủ hồ sơ"_s } };
        expectDenied(*committee, Mutation::MemberTransferDecide, reject, u"forbidden"_s);
        auto cityDevice = f.signIn(city); // holds the sending cell only
        expectDenied(*cityDevice, Mutation::MemberTransferDecide, reject, u"forbidden"_s);
        auto secretaryB = f.signIn(f.otherSecretary);
        expectDenied(*secretaryB, Mutation::MemberTransferDecide, reject);
        QCOMPARE(code(CellFixture::push(*other, Mutation::MemberTransferDecide,
                     { { u"id"_s, id }, { u"decision"_s, u"maybe"_s } })),
            u"invalid_args"_s);
        QCOMPARE(outcome(CellFixture::push(*other, Mutation::MemberTransferDecide, reject)),
            u"applied"_s);
        QCOMPARE(
            code(CellFixture::push(*other, Mutation::MemberTransferDecide, reject)), u"conflict"_s);
        QCOMPARE(scalarSql(f.db(), u"SELECT org_id FROM members WHERE id = ?"_s, { memberId })
                     .toString(),
            cellA);
        // Both committees pull the row, rejected with its reason.
        for (DeviceSession *session : { committee.get(), other.get() }) {
            const PulledRows pulled = CellFixture::pull(*session);
            const QJsonObject row = pulled.row(RowType::MemberTransfer, id);
            QCOMPARE(
                row.value(u"status"_s).toString(), QString(Protocol::TransferStatus::Rejected));
            QCOMPARE(row.value(u"decision_reason"_s).toString(), u"Chưa đủ hồ sơ"_s);
            QCOMPARE(row.value(u"from_org_id"_s).toString(), cellA);
        }
    }

    void transferAcceptedResetsTheMembersDevice()
    {
        QString error;
        QVERIFY(ClientDevice::trustDemoRootKey(f.directory() + u"/accounts.json"_s));
        ClientDevice phone(f.baseUrl());
        QVERIFY2(phone.signIn(f.member.login, f.member.password, &error), qPrintable(error));
        QVERIFY2(phone.sync(&error), qPrintable(error));
        const auto meetingsOf = [&phone](const QString &org) {
            int n = 0;
            for (const QJsonObject &row : phone.rows().value(QString(RowType::Meeting)))
                n += row.value(u"org_id"_s).toString() == org ? 1 : 0;
            return n;
        };
        QVERIFY(meetingsOf(cellA) > 0);
        QCOMPARE(meetingsOf(siblingCell), 0);

        auto committee = f.signIn(ward1);
        auto colleague = f.signIn(ward2);
        auto cityDevice = f.signIn(city);
        auto secretary = f.signIn(f.secretary);
        for (DeviceSession *s : { colleague.get(), cityDevice.get(), secretary.get() })
            (void)CellFixture::pull(*s);
        const QString id = CellFixture::newId();
        QCOMPARE(outcome(CellFixture::push(*committee, Mutation::MemberTransferRequest,
                     { { u"id"_s, id }, { u"member_id"_s, f.member.memberId },
                         { u"to_org_id"_s, siblingCell }, { u"reason"_s, u"Đổi nơi ở"_s } })),
            u"applied"_s);
        // The committee above the receiving cell hears of it, every account of it, nobody else.
        QCOMPARE(notificationOrgs(CellFixture::pull(*committee), id), QStringList { ward });
        QCOMPARE(notificationOrgs(CellFixture::pull(*colleague), id), QStringList { ward });
        QVERIFY(CellFixture::pull(*cityDevice).notifications(id).isEmpty());
        QVERIFY(CellFixture::pull(*secretary).notifications(id).isEmpty());

        QCOMPARE(outcome(CellFixture::push(*colleague, Mutation::MemberTransferDecide,
                     { { u"id"_s, id },
                         { u"decision"_s, QString(Protocol::TransferDecision::Accept) } })),
            u"applied"_s);
        QCOMPARE(code(CellFixture::push(*committee, Mutation::MemberTransferDecide,
                     { { u"id"_s, id },
                         { u"decision"_s, QString(Protocol::TransferDecision::Reject) } })),
            u"conflict"_s);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'member.move' AND "
                       "target_id = ?"_s,
                     { f.member.memberId }),
            1);
        const PulledRows wardRows = CellFixture::pull(*committee);
        QCOMPARE(wardRows.row(RowType::MemberTransfer, id).value(u"status"_s).toString(),
            QString(Protocol::TransferStatus::Accepted));
        QCOMPARE(
            wardRows.notifications(id, QString(Protocol::NotificationKind::TransferDecided)).size(),
            1);
        QVERIFY(CellFixture::pull(*cityDevice).notifications(id).isEmpty());

        // The member's own device starts over in the new cell.
        QVERIFY2(phone.sync(&error), qPrintable(error));
        QCOMPARE(meetingsOf(cellA), 0);
        QVERIFY(meetingsOf(siblingCell) > 0);
        bool told = false;
        for (const QJsonObject &n : phone.rows().value(QString(RowType::Notification)))
            told = told || n.value(u"ref_id"_s).toString() == id;
        QVERIFY(told);
    }

    // A committee pulls every organisation of the province (name, kind, place in the tree),
    // nothing else of the branches beside its own, and can ask to move one of its members to a
    // cell of another branch, which that branch's committee then hears of.
    void transferToAnotherBranch()
    {
        auto other = f.signIn(district);
        const PulledRows pulled = CellFixture::pull(*other);
        QVERIFY(!count(u"SELECT count(*) FROM org_closure WHERE ancestor_id = ? AND "
                       "descendant_id = ?"_s,
            { district.orgId, cellA }));
        QCOMPARE(pulled.rows.value(QString(RowType::Organization)).size(),
            count(u"SELECT count(*) FROM organizations"_s));
        const QJsonObject cell = pulled.row(RowType::Organization, cellA);
        QCOMPARE(cell.value(u"parent_id"_s).toString(), ward);
        QCOMPARE(cell.value(u"kind"_s).toString(), u"cell"_s);
        QVERIFY(!cell.value(u"name"_s).toString().isEmpty());
        for (const QJsonObject &row : pulled.rows.value(QString(RowType::Meeting)))
            QVERIFY(row.value(u"org_id"_s).toString() != cellA);
        for (const QJsonObject &row : pulled.rows.value(QString(RowType::Member)))
            QVERIFY(row.value(u"org_id"_s).toString() != cellA);

        const QString memberId = memberWithoutAccount(cellB);
        QVERIFY(!memberId.isEmpty());
        const QString id = CellFixture::newId();
        QCOMPARE(outcome(CellFixture::push(*other, Mutation::MemberTransferRequest,
                     { { u"id"_s, id }, { u"member_id"_s, memberId }, { u"to_org_id"_s, cellA },
                         { u"reason"_s, u"Chuyển nơi cư trú"_s } })),
            u"applied"_s);
        auto committee = f.signIn(ward1);
        QCOMPARE(notificationOrgs(CellFixture::pull(*committee), id), QStringList { ward });
    }
};

QTEST_GUILESS_MAIN(TestServerOversight)
#include "tst_server_oversight.moc"
