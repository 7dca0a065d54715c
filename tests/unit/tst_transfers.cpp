// The committee's transfers page (issue 20, chuyển sinh hoạt đảng) over a real vault: the list
// in its three sections and their order, each transfer's direction relative to the committee's
// subtree and whether it decides it, the checks of a request before it is queued, and a change
// shown pending until the server answers: applied it stays, refused it goes back and the
// refusal is listed with the server's reason.
#include "mutationnames.h"
#include "outbox.h"
#include "protocol.h"
#include "replicastore.h"
#include "syncfixtures.h"
#include "transferscontroller.h"
#include "unlockedsession.h"
#include "vaultsyncstore.h"
#include "wirevalues.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace SyncFixtures;
namespace TransferStatus = Protocol::TransferStatus;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(3, 0), Qt::UTC);

QJsonObject org(const QString &id, const QString &parent, const QString &name, const QString &kind)
{
    return { { u"id"_s, id }, { u"parent_id"_s, parent.isEmpty() ? QJsonValue() : parent },
        { u"name"_s, name }, { u"kind"_s, kind } };
}

QJsonObject member(const QString &id, const QString &cell, const QString &name)
{
    return { { u"id"_s, id }, { u"org_id"_s, cell }, { u"full_name"_s, name } };
}

QJsonObject transfer(const QString &id, const QString &memberId, const QString &from,
    const QString &to, const QString &status, int requestedDaysAgo, int decidedDaysAgo = -1)
{
    const bool decided = decidedDaysAgo >= 0;
    return { { u"id"_s, id }, { u"member_id"_s, memberId }, { u"member_name"_s, u"Đ/c "_s + id },
        { u"from_org_id"_s, from }, { u"from_org_name"_s, u"Chi bộ "_s + from },
        { u"to_org_id"_s, to }, { u"to_org_name"_s, u"Chi bộ "_s + to },
        { u"reason"_s, u"Chuyển nơi cư trú"_s }, { u"status"_s, status },
        { u"requested_by_name"_s, u"tinhuy.sonlam"_s },
        { u"requested_at"_s, kNow.addDays(-requestedDaysAgo).toString(Qt::ISODate) },
        { u"decided_by_name"_s, decided ? QJsonValue(u"Lê Văn Quyết"_s) : QJsonValue() },
        { u"decided_at"_s,
            decided ? QJsonValue(kNow.addDays(-decidedDaysAgo).toString(Qt::ISODate))
                    : QJsonValue() },
        { u"decision_reason"_s, QJsonValue() } };
}

} // namespace

class TestTransfers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<VaultSession> m_session;

    // The committee of ward "w" (cells c1, c2) under province "p"; district "d" with cell "d1"
    // is another branch (on the device: a committee pulls every organisation of the province);
    // cells cx, cy, cz are not on the device (only their names in the rows).
    void fill()
    {
        VaultSyncStore store(m_session->vault());
        store.saveSession(u"refresh-1"_s, AuthUser { u"u1"_s, QString(), u"committee"_s, u"w"_s });
        const QString o(Protocol::RowType::Organization);
        const QString m(Protocol::RowType::Member);
        const QString t(Protocol::RowType::MemberTransfer);
        store.applyPullPage(page(
            { put(o, u"p"_s, org(u"p"_s, {}, u"Đảng bộ tỉnh"_s, u"province"_s)),
                put(o, u"w"_s,
                    org(u"w"_s, u"p"_s, u"Đảng bộ phường Quang Trung"_s, u"grassroots"_s)),
                put(o, u"c1"_s, org(u"c1"_s, u"w"_s, u"Chi bộ tổ dân phố số 1"_s, u"cell"_s)),
                put(o, u"c2"_s, org(u"c2"_s, u"w"_s, u"Chi bộ tổ dân phố số 2"_s, u"cell"_s)),
                put(o, u"d"_s, org(u"d"_s, u"p"_s, u"Đảng bộ huyện Đại Phú"_s, u"district"_s)),
                put(o, u"d1"_s, org(u"d1"_s, u"d"_s, u"Chi bộ thôn Đông"_s, u"cell"_s)),
                put(m, u"m1"_s, member(u"m1"_s, u"c1"_s, u"Nguyễn Văn Hải"_s)),
                put(m, u"m2"_s, member(u"m2"_s, u"c2"_s, u"Trần Thị Hà"_s)),
                put(m, u"m3"_s, member(u"m3"_s, u"c1"_s, u"Lê Văn Hải"_s)),
                put(m, u"mx"_s, member(u"mx"_s, u"p"_s, u"Phạm Hải Nam"_s)),
                put(t, u"t1"_s,
                    transfer(u"t1"_s, u"n1"_s, u"cx"_s, u"c1"_s, TransferStatus::Pending, 3)),
                put(t, u"t2"_s,
                    transfer(u"t2"_s, u"n2"_s, u"c2"_s, u"cy"_s, TransferStatus::Pending, 4)),
                put(t, u"t3"_s,
                    transfer(u"t3"_s, u"n3"_s, u"c1"_s, u"cz"_s, TransferStatus::Accepted, 20, 10)),
                put(t, u"t4"_s,
                    transfer(u"t4"_s, u"n4"_s, u"cx"_s, u"c2"_s, TransferStatus::Rejected, 9, 2)),
                put(t, u"t5"_s,
                    transfer(u"t5"_s, u"m3"_s, u"c1"_s, u"c2"_s, TransferStatus::Pending, 5)) },
            u"k1"_s));
    }

    std::unique_ptr<TransfersController> controller()
    {
        auto c = std::make_unique<TransfersController>();
        c->setClock([] { return kNow; });
        c->setSession(m_session.get());
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_session = unlockedTestSession(m_dir, u"246810"_s);
        QVERIFY(m_session);
        fill();
    }

    // To decide (oldest first), asked of others (oldest first), then history (newest decision
    // first); each with its direction and whether this committee decides it.
    void listedInSectionsWithDirection()
    {
        const auto c = controller();
        QVERIFY(c->isCommittee());
        TransferListModel *list = c->transfers();
        QCOMPARE(list->ids(), (QStringList { u"t5"_s, u"t1"_s, u"t2"_s, u"t4"_s, u"t3"_s }));
        QCOMPARE(c->toDecideCount(), 2);
        QCOMPARE(c->requestedCount(), 1);
        const auto field = [list](const QString &id, const char *name) {
            return list->get(id).value(QString::fromLatin1(name));
        };
        QCOMPARE(field(u"t5"_s, "direction").toInt(), int(TransferListModel::Internal));
        QCOMPARE(field(u"t1"_s, "direction").toInt(), int(TransferListModel::Incoming));
        QCOMPARE(field(u"t2"_s, "direction").toInt(), int(TransferListModel::Outgoing));
        QCOMPARE(field(u"t3"_s, "direction").toInt(), int(TransferListModel::Outgoing));
        QCOMPARE(field(u"t4"_s, "direction").toInt(), int(TransferListModel::Incoming));
        QVERIFY(field(u"t1"_s, "canDecide").toBool());
        QVERIFY(field(u"t5"_s, "canDecide").toBool());
        QVERIFY(!field(u"t2"_s, "canDecide").toBool()); // the receiving cell is not ours
        QVERIFY(!field(u"t4"_s, "canDecide").toBool()); // decided already
        QCOMPARE(field(u"t1"_s, "sectionLabel").toString(), u"Chờ đồng chí quyết định"_s);
        QCOMPARE(field(u"t2"_s, "sectionLabel").toString(), u"Đã đề nghị"_s);
        QCOMPARE(field(u"t3"_s, "sectionLabel").toString(), u"Lịch sử"_s);
        QCOMPARE(field(u"t3"_s, "statusLabel").toString(), u"Đã nhận"_s);
        QCOMPARE(field(u"t4"_s, "statusLabel").toString(), u"Không nhận"_s);
        QCOMPARE(field(u"t1"_s, "fromName").toString(), u"Chi bộ cx"_s);
        const QString requestedAt = field(u"t1"_s, "requestedAt").toString();
        QVERIFY2(requestedAt.contains(u"10:00"_s) && requestedAt.contains(u"04/12/2026"_s),
            qPrintable(requestedAt)); // Vietnam time
        QVERIFY(!field(u"t1"_s, "pending").toBool());

        // Deciding what another committee decides is refused on the device.
        QVERIFY(!c->accept(u"t2"_s, {}));
        QVERIFY(c->errorMessage().contains(u"chi bộ nhận"_s));
        QCOMPARE(Outbox(m_session->vault().database()).pendingCount(), 0);
    }

    // The checks a device can make, each with its message; nothing queued.
    void requestValidation()
    {
        const auto c = controller();
        const auto refused = [&](const QString &memberId, const QString &to, const QString &why,
                                 const QString &says) {
            if (c->request(memberId, to, why))
                return false;
            if (!c->errorMessage().contains(says)) {
                qWarning() << c->errorMessage();
                return false;
            }
            return true;
        };
        QVERIFY(refused({}, u"c2"_s, u"Lý do"_s, u"Hãy chọn đảng viên"_s));
        QVERIFY(refused(u"mx"_s, u"c2"_s, u"Lý do"_s, u"không thuộc"_s));
        QVERIFY(refused(u"nobody"_s, u"c2"_s, u"Lý do"_s, u"không thuộc"_s));
        QVERIFY(refused(u"m3"_s, u"c2"_s, u"Lý do"_s, u"đang chờ quyết định"_s)); // t5
        QVERIFY(refused(u"m1"_s, {}, u"Lý do"_s, u"chi bộ chuyển đến"_s));
        QVERIFY(refused(u"m1"_s, u"w"_s, u"Lý do"_s, u"Hãy chọn một chi bộ"_s));
        QVERIFY(refused(u"m1"_s, u"cy"_s, u"Lý do"_s, u"Hãy chọn một chi bộ"_s)); // unknown
        QVERIFY(refused(u"m1"_s, u"c1"_s, u"Lý do"_s, u"đang sinh hoạt ở chi bộ đó"_s));
        QVERIFY(refused(u"m1"_s, u"c2"_s, u"   "_s, u"lý do"_s));
        QVERIFY(refused(u"m1"_s, u"c2"_s, QString(Protocol::Limit::TransferReason + 1, u'x'),
            u"tối đa 1000"_s));
        QCOMPARE(Outbox(m_session->vault().database()).pendingCount(), 0);

        // The form: a member found without marks, only from the subtree's cells.
        const QVariantList found = c->findMembers(u"hai"_s);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).toMap().value(u"name"_s).toString(), u"Lê Văn Hải"_s);
        QCOMPARE(found.at(1).toMap().value(u"cellName"_s).toString(), u"Chi bộ tổ dân phố số 1"_s);
        QVERIFY(!c->chooseMember(u"mx"_s));
        c->setMemberId(u"mx"_s); // a profile page's member outside the subtree: no button
        QVERIFY(!c->memberMovable());
        QVERIFY(c->chooseMember(u"m1"_s));
        QVERIFY(c->memberMovable());
        QCOMPARE(c->memberCellName(), u"Chi bộ tổ dân phố số 1"_s);
        QVERIFY(!c->chooseDestination(u"w"_s));
        QVERIFY(!c->chooseDestination(u"c1"_s));
        QVERIFY(c->chooseDestination(u"c2"_s));
        QCOMPARE(c->destinationName(), u"Chi bộ tổ dân phố số 2"_s);
        // The whole province is offered, less the member's own cell; a cell of another
        // branch can be chosen and asked for.
        const QStringList offered = c->destinations()->names();
        QCOMPARE(offered.first(), u"Đảng bộ tỉnh"_s);
        QVERIFY(offered.contains(u"Đảng bộ phường Quang Trung"_s));
        QVERIFY(offered.contains(u"Chi bộ thôn Đông"_s));
        QVERIFY(offered.contains(u"Chi bộ tổ dân phố số 2"_s));
        QVERIFY(!offered.contains(u"Chi bộ tổ dân phố số 1"_s));
        QVERIFY(!c->chooseDestination(u"d"_s));
        QVERIFY(c->chooseDestination(u"d1"_s));
        QCOMPARE(c->destinationName(), u"Chi bộ thôn Đông"_s);
        QCOMPARE(c->problem(u"m1"_s, u"d1"_s, u"Chuyển nơi cư trú"_s), QString());
        c->destinations()->setFilterText(u"thon dong"_s);
        QCOMPARE(c->destinations()->names(), QStringList { u"Chi bộ thôn Đông"_s });
        c->destinations()->setFilterText({});
        QVERIFY(c->chooseMember(u"m2"_s)); // of c2: c1 is offered again, c2 no longer
        QVERIFY(c->destinations()->names().contains(u"Chi bộ tổ dân phố số 1"_s));
        QVERIFY(!c->destinations()->names().contains(u"Chi bộ tổ dân phố số 2"_s));
    }

    // Queued and shown pending; the server's answers: applied it stays, refused it goes back
    // and the refusal is listed with the server's reason until dismissed.
    void pendingThenAppliedOrRejected()
    {
        const auto c = controller();
        SqliteDatabase &db = m_session->vault().database();
        QVERIFY2(c->request(u"m1"_s, u"c2"_s, u" Chuyển về ở với con "_s),
            qPrintable(c->errorMessage()));
        QVERIFY(c->memberId().isEmpty()); // the form is emptied
        const QStringList ids = c->transfers()->ids();
        QCOMPARE(ids.size(), 6);
        QString requestedId;
        for (const QString &id : ids) {
            if (!id.startsWith(u't'))
                requestedId = id;
        }
        QVariantMap row = c->transfers()->get(requestedId);
        QVERIFY(row.value(u"pending"_s).toBool());
        QCOMPARE(row.value(u"reason"_s).toString(), u"Chuyển về ở với con"_s);
        QCOMPARE(
            row.value(u"statusLabel"_s).toString(), u"Chờ quyết định · đang chờ gửi lên máy chủ"_s);
        QCOMPARE(c->transfers()->indexOf(requestedId), 2); // the newest of those to decide
        QVERIFY(!c->request(u"m1"_s, u"c2"_s, u"Lần nữa"_s)); // one open transfer a member

        QVERIFY(!c->reject(u"t5"_s, u"  "_s)); // a rejection says why
        QVERIFY(c->reject(u"t5"_s, u"Chưa đủ hồ sơ"_s));
        QVERIFY(c->accept(u"t1"_s, {}));
        QVERIFY(!c->accept(u"t1"_s, {}));
        QCOMPARE(c->errorMessage(), u"Đề nghị chuyển này đã được quyết định."_s);
        QCOMPARE(c->transfers()->get(u"t1"_s).value(u"statusLabel"_s).toString(),
            u"Đã nhận · đang chờ gửi lên máy chủ"_s);
        QCOMPARE(c->toDecideCount(), 1); // only the new request
        const QList<PendingMutation> queued = Outbox(db).pending(10);
        QCOMPARE(queued.size(), 3);

        VaultSyncStore store(m_session->vault());
        store.acknowledge({ queued.constLast().id,
            { { queued.at(0).id, true, {}, {}, {} },
                { queued.at(1).id, false, QString(Protocol::ErrorCode::Conflict),
                    u"Đề nghị đã được quyết định trước đó."_s, {} },
                { queued.at(2).id, true, {}, {}, {} } } });
        c->reload();
        QVERIFY(!c->transfers()->get(requestedId).value(u"pending"_s).toBool());
        QCOMPARE(c->transfers()->get(u"t1"_s).value(u"statusLabel"_s).toString(), u"Đã nhận"_s);
        // The refused rejection: t5 is to decide again, and the refusal says why.
        QCOMPARE(c->transfers()->get(u"t5"_s).value(u"status"_s).toString(),
            QString(TransferStatus::Pending));
        QCOMPARE(c->rejected().size(), 1);
        const QVariantMap refusal = c->rejected().constFirst().toMap();
        QCOMPARE(refusal.value(u"memberName"_s).toString(), u"Đ/c t5"_s);
        QCOMPARE(refusal.value(u"reason"_s).toString(), u"Đề nghị đã được quyết định trước đó."_s);
        QCOMPARE(refusal.value(u"action"_s).toString(), u"Quyết định chuyển sinh hoạt đảng"_s);
        QVERIFY(c->dismissRejected(refusal.value(u"mutationId"_s).toLongLong()));
        QVERIFY(c->rejected().isEmpty());
    }

    // A refused request: its row goes away, the refusal names the member.
    void refusedRequestIsListed()
    {
        const auto c = controller();
        QVERIFY2(c->request(u"m2"_s, u"c1"_s, u"Đổi nơi ở"_s), qPrintable(c->errorMessage()));
        const QList<PendingMutation> queued = Outbox(m_session->vault().database()).pending(10);
        QCOMPARE(queued.size(), 1);
        const QString id = queued.constFirst().args.value(u"id"_s).toString();
        QVERIFY(c->transfers()->indexOf(id) >= 0);
        VaultSyncStore(m_session->vault())
            .acknowledge({ queued.constFirst().id,
                { { queued.constFirst().id, false, QString(Protocol::ErrorCode::Conflict),
                    u"Đảng viên này đã có đề nghị chuyển đang chờ."_s, {} } } });
        c->reload();
        QCOMPARE(c->transfers()->indexOf(id), -1);
        QCOMPARE(c->rejected().size(), 1);
        QCOMPARE(
            c->rejected().constFirst().toMap().value(u"memberName"_s).toString(), u"Trần Thị Hà"_s);
        QCOMPARE(c->rejected().constFirst().toMap().value(u"action"_s).toString(),
            u"Đề nghị chuyển sinh hoạt đảng"_s);
    }
};

QTEST_MAIN(TestTransfers)
#include "tst_transfers.moc"
