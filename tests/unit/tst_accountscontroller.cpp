// The committee's Accounts page (AccountsController, issue 20) over a real vault filled as a
// sync would: the search folds Vietnamese marks and lists only members of the committee's
// subtree, with the state of each account; the selected member's devices; create, reset and
// revoke queued and shown pending; refusals on the device as messages, the server's refusals
// listed with their reason until read; the slip's file name in the export folder.
#include "accountscontroller.h"
#include "mutationnames.h"
#include "outbox.h"
#include "protocol.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "syncfixtures.h"
#include "unlockedsession.h"
#include "vaultsyncstore.h"
#include "wirevalues.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QString kPin = u"246810"_s;
const QString kMember(Protocol::RowType::Member);
const QString kOrg(Protocol::RowType::Organization);
const QString kDevice(Protocol::RowType::Device);

QJsonObject account(const QString &userId, const QString &login, bool mustChange, bool disabled)
{
    return { { QString(Protocol::ResultData::UserId), userId },
        { QString(Protocol::ResultData::Login), login },
        { u"role"_s, QString(Protocol::Role::Member) }, { u"must_change_password"_s, mustChange },
        { u"disabled"_s, disabled } };
}

SyncChange member(const QString &id, const QString &org, const QString &name, QJsonValue acc)
{
    return SyncFixtures::put(kMember, id,
        { { u"id"_s, id }, { u"org_id"_s, org }, { u"full_name"_s, name },
            { u"position"_s, u"Đảng viên"_s }, { u"account"_s, acc } });
}

SyncChange org(const QString &id, const QString &parent, const QString &name)
{
    return SyncFixtures::put(kOrg, id,
        { { u"id"_s, id }, { u"parent_id"_s, parent.isEmpty() ? QJsonValue() : parent },
            { u"name"_s, name } });
}

SyncChange device(const QString &id, const QString &memberId, const QString &name,
    const QString &lastSeen, QLatin1StringView status)
{
    return SyncFixtures::put(kDevice, id,
        { { u"id"_s, id }, { u"member_id"_s, memberId }, { u"name"_s, name },
            { u"platform"_s, u"Android"_s }, { u"last_seen_at"_s, lastSeen },
            { u"status"_s, QString(status) } });
}

QStringList names(const QVariantList &members)
{
    QStringList list;
    for (const QVariant &m : members)
        list << m.toMap().value(u"name"_s).toString();
    return list;
}

QString textOf(const QVariantList &members, const QString &name)
{
    for (const QVariant &m : members) {
        if (m.toMap().value(u"name"_s).toString() == name)
            return m.toMap().value(u"accountText"_s).toString();
    }
    return {};
}

// A committee user of the district d1 (cells c1, c2 below it); c9 is another district's cell.
std::unique_ptr<VaultSession> committeeVault(const QTemporaryDir &dir, const QString &role)
{
    auto session = unlockedTestSession(dir, kPin);
    if (!session)
        return nullptr;
    VaultSyncStore store(session->vault());
    store.saveSession(u"refresh-1"_s, AuthUser { u"u1"_s, u"m1"_s, role, u"d1"_s });
    store.applyPullPage(SyncFixtures::page(
        { org(u"p"_s, {}, u"Đảng bộ tỉnh"_s), org(u"d1"_s, u"p"_s, u"Đảng bộ huyện Mường La"_s),
            org(u"c1"_s, u"d1"_s, u"Chi bộ bản Ít"_s), org(u"c2"_s, u"d1"_s, u"Chi bộ bản Mé"_s),
            org(u"d9"_s, u"p"_s, u"Đảng bộ thành phố"_s), org(u"c9"_s, u"d9"_s, u"Chi bộ 9"_s),
            member(u"m2"_s, u"c1"_s, u"Nguyễn Văn Hải"_s, QJsonValue()),
            member(u"m3"_s, u"c1"_s, u"Lê Thị Ba"_s, account(u"u3"_s, u"ba.lt"_s, true, false)),
            member(u"m4"_s, u"c2"_s, u"Đặng Văn Nguyên"_s,
                account(u"u4"_s, u"nguyen.dv"_s, false, false)),
            member(u"m5"_s, u"c2"_s, u"Trần Thị Khóa"_s, account(u"u5"_s, u"khoa"_s, false, true)),
            member(u"m9"_s, u"c9"_s, u"Nguyễn Văn An"_s, QJsonValue()),
            device(u"dv1"_s, u"m3"_s, u"Điện thoại cũ"_s, u"2026-11-01T02:00:00Z"_s,
                Protocol::DeviceStatus::Active),
            device(u"dv2"_s, u"m3"_s, u"Điện thoại mới"_s, u"2026-12-05T03:30:00Z"_s,
                Protocol::DeviceStatus::Active),
            device(u"dv9"_s, u"m4"_s, u"Máy tính"_s, u"2026-12-01T03:30:00Z"_s,
                Protocol::DeviceStatus::Active) },
        u"k1"_s));
    return session;
}

} // namespace

class TestAccountsController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // "nguyen van" finds "Nguyễn Văn Hải" (marks folded, prefixes of words) but never the
    // member of another district; each account state in words.
    void searchFoldsAndKeepsToTheSubtree()
    {
        QTemporaryDir dir;
        const auto session = committeeVault(dir, QString(Protocol::Role::Committee));
        QVERIFY(session);
        AccountsController accounts;
        accounts.setSession(session.get());
        QVERIFY(accounts.canManage());
        QCOMPARE(names(accounts.members()),
            // Vietnamese order: Đ after D, before E.
            (QStringList {
                u"Đặng Văn Nguyên"_s, u"Lê Thị Ba"_s, u"Nguyễn Văn Hải"_s, u"Trần Thị Khóa"_s }));
        QCOMPARE(accounts.matchCount(), 4);
        // Each word typed is the start of a word of the name, in any order.
        accounts.setFilterText(u"nguyen van"_s);
        QCOMPARE(
            names(accounts.members()), (QStringList { u"Đặng Văn Nguyên"_s, u"Nguyễn Văn Hải"_s }));
        accounts.setFilterText(u"nguyen van h"_s);
        QCOMPARE(names(accounts.members()), (QStringList { u"Nguyễn Văn Hải"_s }));
        accounts.setFilterText(u"NGUYÊN"_s);
        QCOMPARE(
            names(accounts.members()), (QStringList { u"Đặng Văn Nguyên"_s, u"Nguyễn Văn Hải"_s }));
        accounts.setFilterText(u"an"_s); // "Nguyễn Văn An" is outside the subtree
        QVERIFY(accounts.members().isEmpty());
        accounts.setFilterText({});

        const QVariantList all = accounts.members();
        QCOMPARE(textOf(all, u"Nguyễn Văn Hải"_s), u"Chưa có tài khoản"_s);
        QCOMPARE(textOf(all, u"Lê Thị Ba"_s),
            u"Tài khoản ba.lt (đảng viên) · chưa đổi mật khẩu tạm thời"_s);
        QCOMPARE(textOf(all, u"Đặng Văn Nguyên"_s), u"Tài khoản nguyen.dv (đảng viên)"_s);
        QCOMPARE(textOf(all, u"Trần Thị Khóa"_s), u"Tài khoản khoa đã bị khóa"_s);

        // A member outside the subtree cannot be selected either.
        accounts.setSelectedMemberId(u"m9"_s);
        QVERIFY(accounts.selected().isEmpty());
    }

    void aMemberSeesNothingToManage()
    {
        QTemporaryDir dir;
        const auto session = committeeVault(dir, QString(Protocol::Role::Secretary));
        QVERIFY(session);
        AccountsController accounts;
        accounts.setSession(session.get());
        QVERIFY(!accounts.canManage());
        QVERIFY(accounts.members().isEmpty());
        QVERIFY(!accounts.createAccount(u"m2"_s, u"hai"_s, QString(Protocol::Role::Member)));
        QVERIFY(!accounts.errorMessage().isEmpty());
        QCOMPARE(Outbox(session->vault().database()).pendingCount(), 0);
    }

    // Create: the suggested login, the row pending until the answer; a refusal here is a
    // message; the server's refusal rolls the row back and is listed with its reason.
    void createIsPendingAndARejectionSaysWhy()
    {
        QTemporaryDir dir;
        const auto session = committeeVault(dir, QString(Protocol::Role::Committee));
        QVERIFY(session);
        SqliteDatabase &db = session->vault().database();
        AccountsController accounts;
        accounts.setSession(session.get());
        accounts.setSelectedMemberId(u"m2"_s);
        QVariantMap selected = accounts.selected();
        QCOMPARE(selected.value(u"suggestedLogin"_s).toString(), u"nguyenvanhai"_s);
        QVERIFY(selected.value(u"canCreate"_s).toBool());
        QVERIFY(!selected.value(u"canReset"_s).toBool());

        QVERIFY(!accounts.createAccount(u"m2"_s, u"nguyễn hải"_s, QString(Protocol::Role::Member)));
        QCOMPARE(accounts.errorMessage(),
            AccountsController::refusalMessage(QString(Protocol::Mutation::AccountCreate),
                QString(Protocol::ErrorCode::InvalidArgs)));
        QCOMPARE(Outbox(db).pendingCount(), 0);

        QVERIFY(accounts.createAccount(u"m2"_s, u"hai.nv"_s, QString(Protocol::Role::Secretary)));
        QVERIFY(accounts.errorMessage().isEmpty());
        QVERIFY(!accounts.noticeText().isEmpty());
        selected = accounts.selected();
        QVERIFY(selected.value(u"waiting"_s).toBool());
        QVERIFY(!selected.value(u"canCreate"_s).toBool());
        QCOMPARE(selected.value(u"accountText"_s).toString(),
            u"Tài khoản hai.nv (bí thư chi bộ) · chưa đổi mật khẩu tạm thời · đang chờ gửi lên "
            u"máy chủ"_s);
        QCOMPARE(
            Outbox(db).pending().constFirst().name, QString(Protocol::Mutation::AccountCreate));
        // Twice: the member has an account (pending) already.
        QVERIFY(!accounts.createAccount(u"m2"_s, u"hai2"_s, QString(Protocol::Role::Member)));
        QCOMPARE(accounts.errorMessage(), u"Đồng chí này đã có tài khoản."_s);

        // The server refuses: the login is taken.
        const qint64 id = Outbox(db).pending().constFirst().id;
        VaultSyncStore(session->vault())
            .acknowledge({ id,
                { { id, false, QString(Protocol::ErrorCode::Conflict),
                    u"Tên đăng nhập hai.nv đã có người dùng."_s, {} } } });
        session->noteDataChanged();
        QCOMPARE(accounts.rejections().size(), 1);
        QCOMPARE(accounts.rejections().constFirst().toMap().value(u"text"_s).toString(),
            u"Tạo tài khoản cho đồng chí Nguyễn Văn Hải: máy chủ không nhận. Tên đăng nhập "
            u"hai.nv đã có người dùng."_s);
        selected = accounts.selected();
        QVERIFY(!selected.value(u"waiting"_s).toBool());
        QCOMPARE(selected.value(u"accountText"_s).toString(), u"Chưa có tài khoản"_s);
        QVERIFY(selected.value(u"canCreate"_s).toBool());
        accounts.dismissRejection(id);
        QVERIFY(accounts.rejections().isEmpty());
        QVERIFY(Outbox(db).rejected().isEmpty());
    }

    // Reset: only an account the server has answered for; pending until the answer.
    void resetIsPending()
    {
        QTemporaryDir dir;
        const auto session = committeeVault(dir, QString(Protocol::Role::Committee));
        QVERIFY(session);
        AccountsController accounts;
        accounts.setSession(session.get());
        QVERIFY(!accounts.resetPassword(u"m2"_s));
        QCOMPARE(accounts.errorMessage(),
            AccountsController::refusalMessage(QString(Protocol::Mutation::AccountResetPassword),
                QString(Protocol::ErrorCode::NotFound)));
        accounts.setSelectedMemberId(u"m3"_s);
        QVERIFY(accounts.selected().value(u"canReset"_s).toBool());
        QVERIFY(accounts.resetPassword(u"m3"_s));
        QVERIFY(accounts.selected().value(u"waiting"_s).toBool());
        QVERIFY(!accounts.selected().value(u"canReset"_s).toBool());
        const auto pending = Outbox(session->vault().database()).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.constFirst().args.value(QString(Protocol::ResultData::UserId)).toString(),
            u"u3"_s);
    }

    // The selected member's devices, last seen first; a revoked one shows pending.
    void devicesAreListedAndRevoked()
    {
        QTemporaryDir dir;
        const auto session = committeeVault(dir, QString(Protocol::Role::Committee));
        QVERIFY(session);
        AccountsController accounts;
        accounts.setSession(session.get());
        accounts.setSelectedMemberId(u"m3"_s);
        QCOMPARE(accounts.devices().size(), 2);
        QVariantMap newest = accounts.devices().constFirst().toMap();
        QCOMPARE(newest.value(u"title"_s).toString(), u"Điện thoại mới (Android)"_s);
        QCOMPARE(newest.value(u"lastSeenText"_s).toString(),
            u"Dùng lần cuối lúc 10:30 ngày 05/12/2026"_s);
        QCOMPARE(newest.value(u"statusText"_s).toString(), u"Đang dùng"_s);

        accounts.setClock(
            [] { return QDateTime(QDate(2026, 12, 6), QTime(2, 0), QTimeZone::utc()); });
        QVERIFY(accounts.revokeDevice(u"dv1"_s));
        const QVariantMap old = accounts.devices().constLast().toMap();
        QVERIFY(old.value(u"isRevoked"_s).toBool());
        QVERIFY(old.value(u"waiting"_s).toBool());
        QCOMPARE(old.value(u"statusText"_s).toString(),
            u"Đã thu hồi 06/12/2026 · đang chờ gửi lên máy chủ"_s);
        QCOMPARE(Outbox(session->vault().database()).pending().constFirst().name,
            QString(Protocol::Mutation::DeviceRevoke));
        QVERIFY(!accounts.revokeDevice(u"nope"_s));
        QVERIFY(!accounts.errorMessage().isEmpty());
    }

    void slipPathIsNewInTheExportFolder()
    {
        QTemporaryDir dir;
        AccountsController accounts;
        accounts.setExportFolder(QUrl::fromLocalFile(dir.path()));
        const QString first = accounts.slipPath(u"hai.nv"_s);
        QCOMPARE(first, dir.filePath(u"phieu-mat-khau-hai-nv.pdf"_s));
        QFile file(first);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(accounts.slipPath(u"hai.nv"_s), dir.filePath(u"phieu-mat-khau-hai-nv-2.pdf"_s));
        accounts.setExportFolder(QUrl::fromLocalFile(dir.filePath(u"missing"_s)));
        QVERIFY(accounts.slipPath(u"hai.nv"_s).isEmpty());
    }
};

QTEST_MAIN(TestAccountsController)
#include "tst_accountscontroller.moc"
