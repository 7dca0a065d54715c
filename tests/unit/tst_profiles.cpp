// The profile screens' models and controllers over a real vault: my profile grouped with
// Party age and badge milestones, contact editing checked on the device, change requests
// and their status, the secretary's review with approve and reject (and a committee's of the
// requests of the secretaries of the cells directly below), the directory with
// diacritic-insensitive search and the statistics. Every model runs under
// QAbstractItemModelTester.
#include "contacteditor.h"
#include "directorycontroller.h"
#include "directorymodel.h"
#include "localactions.h"
#include "milestonemodel.h"
#include "outbox.h"
#include "profilecontroller.h"
#include "profilefieldmodel.h"
#include "profilerequestcontroller.h"
#include "replicarows.h"
#include "replicastore.h"
#include "reviewcontroller.h"
#include "statisticsmodel.h"
#include "syncstate.h"
#include "unlockedsession.h"
#include "vaultsession.h"
#include "vietnamesefold.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kPin = u"246810"_s;
constexpr int kTimeoutMs = 20000;
const QString kMe = u"m-me"_s;
const QString kCell = u"c1"_s;
// 15:00 UTC on 21/11/2026 is already 22/11/2026 in Vietnam.
const QDateTime kNow(QDate(2026, 11, 21), QTime(18, 0), Qt::UTC);

QJsonObject profile(const QString &id, const QString &name, const QString &gender,
    const QString &birth, const QString &education, const QString &ethnicity)
{
    return { { u"id"_s, id }, { u"org_id"_s, kCell }, { u"full_name"_s, name },
        { u"birth_date"_s, birth }, { u"gender"_s, gender }, { u"ethnicity"_s, ethnicity },
        { u"religion"_s, u"Không"_s }, { u"hometown"_s, u"Xã Tân Cương, tỉnh Sơn Lâm"_s },
        { u"address"_s, u"Tổ 5, phường Quang Trung"_s }, { u"phone"_s, u"0912345678"_s },
        { u"email"_s, QJsonValue() }, { u"citizen_id"_s, u"018060001234"_s },
        { u"party_card_no"_s, u"18.100097"_s }, { u"admission_date"_s, u"1985-03-15"_s },
        { u"official_date"_s, u"1986-03-15"_s }, { u"position"_s, u"Đảng viên"_s },
        { u"education"_s, education }, { u"political_theory"_s, u"Sơ cấp"_s },
        { u"work_history"_s, u"[\"1982–1990: Bộ đội\",\"1990–nay: Giáo viên\"]"_s },
        { u"commendations"_s, u"Huy hiệu 30 năm tuổi Đảng (2015)"_s },
        { u"discipline"_s, QJsonValue() }, { u"version"_s, 3 } };
}

QJsonObject directoryEntry(const QString &id, const QString &name, const QString &position)
{
    return { { u"id"_s, id }, { u"org_id"_s, kCell }, { u"full_name"_s, name },
        { u"position"_s, position } };
}

QJsonObject request(const QString &id, const QString &member, const QJsonObject &fields,
    const QString &status, const QString &created, const QString &decisionReason = {})
{
    return { { u"id"_s, id }, { u"member_id"_s, member }, { u"fields"_s, fields },
        { u"reason"_s, u"Đã tốt nghiệp"_s }, { u"status"_s, status },
        { u"decided_by"_s, QJsonValue() },
        { u"decision_reason"_s, decisionReason.isEmpty() ? QJsonValue() : decisionReason },
        { u"created_at"_s, created } };
}

QVariant cell(const QAbstractItemModel &model, int row, const QByteArray &role)
{
    return model.data(model.index(row, 0), model.roleNames().key(role, -1));
}

int rowOf(const QAbstractItemModel &model, const QByteArray &role, const QString &value)
{
    return int(column(model, role).indexOf(value));
}
} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;

    SqliteDatabase &db() { return m_session->vault().database(); }

    // Me (a member of cell c1), two more full profiles of the cell (what a secretary
    // sees) and one directory entry; my pending request, an old rejected one and a pending
    // request of m-hoa; a notice of a contact field edited on two devices.
    void fill(const QString &role)
    {
        ReplicaStore replica(db());
        SyncState(db()).setValue(u"member_id"_s, kMe);
        SyncState(db()).setValue(u"org_id"_s, kCell);
        SyncState(db()).setValue(u"role"_s, role);
        replica.put(u"organization"_s, kCell, 1,
            { { u"id"_s, kCell }, { u"parent_id"_s, u"g1"_s },
                { u"name"_s, u"Chi bộ Tổ dân phố số 5"_s }, { u"kind"_s, u"cell"_s } });
        replica.put(u"member"_s, kMe, 3,
            profile(kMe, u"Nguyễn Văn Bình"_s, u"Nam"_s, u"1960-05-01"_s,
                u"10/10; Trung cấp Sư phạm"_s, u"Kinh"_s));
        replica.put(u"member"_s, u"m-hoa"_s, 2,
            profile(u"m-hoa"_s, u"Đặng Thị Hoa"_s, u"Nữ"_s, u"1992-08-20"_s,
                u"12/12; Cử nhân Kế toán"_s, u"Tày"_s));
        QJsonObject young
            = profile(u"m-an"_s, u"Lò Văn An"_s, u"Nam"_s, u"2001-01-10"_s, u"12/12"_s, u"Thái"_s);
        young.insert(u"admission_date"_s, u"2026-06-01"_s);
        young.insert(u"official_date"_s, QJsonValue());
        replica.put(u"member"_s, u"m-an"_s, 1, young);
        replica.put(u"member"_s, u"m-dir"_s, 0,
            directoryEntry(u"m-dir"_s, u"Hoàng Văn Anh"_s, u"Phó Bí thư chi bộ"_s));
        replica.put(u"profile_request"_s, u"r-mine"_s, 1,
            request(u"r-mine"_s, kMe, { { u"political_theory"_s, u"Trung cấp"_s } }, u"pending"_s,
                u"2026-11-20T02:00:00.000Z"_s));
        replica.put(u"profile_request"_s, u"r-old"_s, 1,
            request(u"r-old"_s, kMe, { { u"hometown"_s, u"Hà Nội"_s } }, u"rejected"_s,
                u"2026-10-01T02:00:00.000Z"_s, u"Không có giấy tờ chứng minh"_s));
        replica.put(u"profile_request"_s, u"r-hoa"_s, 1,
            request(u"r-hoa"_s, u"m-hoa"_s,
                { { u"education"_s, u"12/12; Thạc sĩ Kế toán"_s },
                    { u"birth_date"_s, u"1992-08-21"_s } },
                u"pending"_s, u"2026-11-19T02:00:00.000Z"_s));
        replica.put(u"notification"_s, u"n1"_s, 1,
            { { u"id"_s, u"n1"_s }, { u"kind"_s, u"profile_conflict"_s },
                { u"title"_s, u"Thông tin liên lạc được sửa trên hai thiết bị"_s },
                { u"body"_s, u"Số điện thoại: “0912345678” (sửa sau) đã thay cho “0987654321”."_s },
                { u"ref_type"_s, u"member"_s }, { u"ref_id"_s, kMe },
                { u"created_at"_s, u"2026-11-21T01:00:00.000Z"_s } });
    }

    template<typename Controller> void start(Controller &controller)
    {
        controller.setClock([] { return kNow; });
        controller.setSession(m_session.get());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = unlockedTestSession(*m_dir, kPin, kTimeoutMs);
        QVERIFY(m_session); // the PIN was created and the vault unlocked
        fill(u"member"_s);
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void myProfileIsGroupedWithPartyAgeAndMilestones()
    {
        ProfileController profile;
        QAbstractItemModelTester fields(
            profile.fields(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester milestones(
            profile.milestones(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        start(profile);

        QVERIFY(profile.found() && profile.own() && profile.full());
        QCOMPARE(profile.fullName(), u"Nguyễn Văn Bình"_s);
        QCOMPARE(profile.cellName(), u"Chi bộ Tổ dân phố số 5"_s);
        // Every field of DESIGN.md section 1, grouped in screen order.
        const ProfileFieldModel &model = *profile.fields();
        QCOMPARE(model.rowCount(), 19);
        QCOMPARE(column(model, "group").removeDuplicates(), 14);
        QCOMPARE(column(model, "field").mid(0, 3),
            (QStringList { u"full_name"_s, u"birth_date"_s, u"gender"_s }));
        QCOMPARE(
            column(model, "field").mid(16), (QStringList { u"phone"_s, u"email"_s, u"address"_s }));
        QCOMPARE(column(model, "firstInGroup").count(u"true"_s), 5);
        const int birth = rowOf(model, "field", u"birth_date"_s);
        QCOMPARE(cell(model, birth, "value").toString(), u"01/05/1960"_s);
        QCOMPARE(cell(model, birth, "label").toString(), u"Ngày sinh"_s);
        QCOMPARE(cell(model, rowOf(model, "field", u"work_history"_s), "value").toString(),
            u"1982–1990: Bộ đội\n1990–nay: Giáo viên"_s);
        QCOMPARE(cell(model, rowOf(model, "field", u"email"_s), "value").toString(), QString());
        QVERIFY(cell(model, rowOf(model, "field", u"phone"_s), "contact").toBool());
        QVERIFY(!cell(model, rowOf(model, "field", u"education"_s), "contact").toBool());
        // My pending request shows next to its field; the rejected one does not.
        QCOMPARE(
            cell(model, rowOf(model, "field", u"political_theory"_s), "pendingValue").toString(),
            u"Trung cấp"_s);
        QCOMPARE(cell(model, rowOf(model, "field", u"hometown"_s), "pendingValue").toString(),
            QString());
        QCOMPARE(profile.pendingRequestCount(), 1);

        // Admitted 15/03/1985: 41 full years on 22/11/2026; 30 and 40 reached, 45 next.
        QCOMPARE(profile.partyAge(), 41);
        QVERIFY(!profile.probationary());
        QCOMPARE(profile.reachedMilestones(), u"30, 40"_s);
        const MilestoneModel &badges = *profile.milestones();
        QCOMPARE(column(badges, "years"),
            (QStringList { u"30"_s, u"40"_s, u"45"_s, u"50"_s, u"55"_s, u"60"_s, u"65"_s, u"70"_s,
                u"75"_s, u"80"_s, u"85"_s, u"90"_s }));
        QCOMPARE(cell(badges, 0, "date").toString(), u"15/03/2015"_s);
        QVERIFY(cell(badges, 1, "reached").toBool());
        QCOMPARE(cell(badges, 2, "date").toString(), u"15/03/2030"_s);
        QVERIFY(cell(badges, 2, "next").toBool() && !cell(badges, 3, "next").toBool());
        QCOMPARE(cell(badges, 2, "yearsLeft").toInt(), 3);
        QCOMPARE(column(badges, "upcomingIndex").mid(0, 4),
            (QStringList { u"-1"_s, u"-1"_s, u"0"_s, u"1"_s }));
        QCOMPARE(badges.upcomingCount(), 10);

        // The notice of a contact edited on two devices shows both values.
        QCOMPARE(profile.notices().size(), 1);
        QVERIFY(profile.notices().first().toMap().value(u"body"_s).toString().contains(
            u"0987654321"_s));
        QVERIFY(!profile.waitingToSend());
        QVERIFY(!profile.canReview());
        QVERIFY(profile.errorMessage().isEmpty());
    }

    void partyAgeCountsFullYearsInVietnamTime()
    {
        const QDate admission(1985, 3, 15);
        QCOMPARE(MilestoneModel::partyAge(admission, QDate(2015, 3, 14)), 29);
        QCOMPARE(MilestoneModel::partyAge(admission, QDate(2015, 3, 15)), 30);
        QCOMPARE(MilestoneModel::partyAge(admission, QDate(1985, 1, 1)), -1);
        QCOMPARE(MilestoneModel::partyAge(QDate(), QDate(2015, 3, 15)), -1);
        // 29 February: the milestone falls on 28 February of a common year.
        MilestoneModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAdmission(QDate(1996, 2, 29), QDate(2026, 2, 28));
        QCOMPARE(cell(model, 0, "date").toString(), u"28/02/2026"_s);
        QVERIFY(cell(model, 0, "reached").toBool());
        model.setAdmission(QDate(), QDate(2026, 2, 28));
        QCOMPARE(model.rowCount(), 0);
        // The controller's "today" is Vietnam's: 18:00 UTC on the 21st is the 22nd there.
        QCOMPARE(ProfileController::vietnamToday([] { return kNow; }), QDate(2026, 11, 22));
    }

    void aProbationaryMembersProfile()
    {
        fill(u"secretary"_s);
        ProfileController profile;
        profile.setMemberId(u"m-an"_s);
        start(profile);
        QVERIFY(profile.found() && !profile.own() && profile.full());
        QVERIFY(profile.probationary());
        QCOMPARE(profile.partyAge(), 0);
        QVERIFY(profile.reachedMilestones().isEmpty());
        QCOMPARE(profile.milestones()->upcomingCount(), 12);
        QVERIFY(profile.notices().isEmpty()); // notices are mine only
        QVERIFY(profile.canReview());
        QCOMPARE(profile.reviewCount(), 1);
    }

    void aDirectoryEntryHasOnlyNameAndPosition()
    {
        ProfileController profile;
        QAbstractItemModelTester fields(
            profile.fields(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        profile.setMemberId(u"m-dir"_s);
        start(profile);
        QVERIFY(profile.found() && !profile.full() && !profile.own());
        QCOMPARE(
            column(*profile.fields(), "field"), (QStringList { u"full_name"_s, u"position"_s }));
        QCOMPARE(profile.partyAge(), -1);
        QCOMPARE(profile.milestones()->rowCount(), 0);
        profile.setMemberId(u"nobody"_s);
        QVERIFY(!profile.found());
        QCOMPARE(profile.fields()->rowCount(), 0);
    }

    void contactEditsAreCheckedBeforeQueuing()
    {
        ContactEditor editor;
        start(editor);
        QVERIFY(editor.ready());
        QCOMPARE(editor.phone(), u"0912345678"_s);
        QVERIFY(!editor.changed());
        QVERIFY(!editor.save()); // nothing to save
        QVERIFY(!editor.errorMessage().isEmpty());

        // Wrong values: clear messages, nothing queued, the profile unchanged.
        editor.setPhone(u"091234"_s);
        editor.setEmail(u"hoa@"_s);
        editor.setAddress(u"Tổ"_s);
        QVERIFY(editor.changed());
        QVERIFY(!editor.save());
        QVERIFY2(editor.phoneError().contains(u"0912 345 678"_s), qPrintable(editor.phoneError()));
        QVERIFY(!editor.emailError().isEmpty());
        QVERIFY(editor.addressError().contains(u"5"_s));
        QCOMPARE(Outbox(db()).pendingCount(), 0);
        // Typing again clears that field's message.
        editor.setPhone(u"+84 987 654 321"_s);
        QVERIFY(editor.phoneError().isEmpty());
        editor.setEmail(u""_s);
        editor.setAddress(u"Tổ 7, phường Quang Trung"_s);
        QSignalSpy saved(&editor, &ContactEditor::saved);
        QVERIFY2(editor.save(), qPrintable(editor.errorMessage()));
        QCOMPARE(saved.count(), 1);

        // Queued as profile.update with what this device saw before (per-field base).
        const QList<PendingMutation> pending = Outbox(db()).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().name, u"profile.update"_s);
        const QJsonObject args = pending.first().args;
        QCOMPARE(args.value(u"fields"_s).toObject(),
            (QJsonObject { { u"phone"_s, u"0987654321"_s },
                { u"address"_s, u"Tổ 7, phường Quang Trung"_s } }));
        QCOMPARE(args.value(u"base"_s).toObject(),
            (QJsonObject { { u"phone"_s, u"0912345678"_s },
                { u"address"_s, u"Tổ 5, phường Quang Trung"_s } }));
        QCOMPARE(args.value(u"base_version"_s).toInt(), 3);
        // Shown at once, and the profile says it waits to be sent.
        QCOMPARE(editor.phone(), u"0987654321"_s);
        QVERIFY(!editor.changed());
        ProfileController profile;
        start(profile);
        QCOMPARE(cell(*profile.fields(), rowOf(*profile.fields(), "field", u"phone"_s), "value")
                     .toString(),
            u"0987654321"_s);
        QVERIFY(profile.waitingToSend());
    }

    // The red "Hãy sửa những chỗ ghi màu đỏ" goes once the last red mark is fixed.
    void theFixItMessageGoesOnceFixed()
    {
        ContactEditor editor;
        start(editor);
        editor.setPhone(u"091234"_s);
        editor.setEmail(u"hoa@"_s);
        QVERIFY(!editor.save());
        QVERIFY(editor.errorMessage().contains(u"màu đỏ"_s));
        editor.setPhone(u"0912345679"_s);
        QVERIFY(editor.errorMessage().contains(u"màu đỏ"_s)); // the email is still red
        editor.setEmail(u"hoa@example.vn"_s);
        QVERIFY(editor.emailError().isEmpty());
        QCOMPARE(editor.errorMessage(), QString());

        ProfileRequestController request;
        start(request);
        request.setField(u"admission_date"_s);
        QVERIFY(!request.submit()); // the same date, no reason
        QVERIFY(request.errorMessage().contains(u"màu đỏ"_s));
        request.setNewValue(u"16/03/1985"_s);
        QVERIFY(request.errorMessage().contains(u"màu đỏ"_s)); // the reason is still red
        request.setReason(u"Theo quyết định kết nạp"_s);
        QCOMPARE(request.errorMessage(), QString());
    }

    void contactEditorKeepsWhatIsTypedAcrossReloads()
    {
        ContactEditor editor;
        start(editor);
        editor.setPhone(u"0983"_s);
        editor.reload();
        QCOMPARE(editor.phone(), u"0983"_s);
        editor.revert();
        QCOMPARE(editor.phone(), u"0912345678"_s);
        QVERIFY(!editor.changed());
    }

    void requestsAreCheckedAndListedWithTheirStatus()
    {
        ProfileRequestController requests;
        QAbstractItemModelTester tester(
            requests.requests(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        start(requests);
        // Contacts are not offered: they are edited directly.
        QStringList offered;
        for (const QVariant &choice : requests.fieldChoices())
            offered << choice.toMap().value(u"field"_s).toString();
        QCOMPARE(offered.size(), 16);
        QVERIFY(!offered.contains(u"phone"_s) && offered.contains(u"education"_s));

        // My requests, newest first, with status words and the rejection's reason.
        const ProfileRequestModel &list = *requests.requests();
        QCOMPARE(column(list, "requestId"), (QStringList { u"r-mine"_s, u"r-old"_s }));
        QCOMPARE(column(list, "statusLabel"),
            (QStringList { u"Đang chờ duyệt"_s, u"Không được duyệt"_s }));
        QCOMPARE(cell(list, 1, "decisionReason").toString(), u"Không có giấy tờ chứng minh"_s);
        QCOMPARE(cell(list, 0, "summary").toString(), u"Trình độ lý luận chính trị: Trung cấp"_s);
        QCOMPARE(cell(list, 0, "createdAt").toString(), u"20/11/2026"_s);
        QCOMPARE(list.pendingCount(), 1);

        // Choosing a field shows its value and fills the new one with it.
        requests.setField(u"admission_date"_s);
        QCOMPARE(requests.currentValue(), u"15/03/1985"_s);
        QCOMPARE(requests.newValue(), u"15/03/1985"_s);
        QVERIFY(!requests.inputHint().isEmpty());
        QVERIFY(!requests.submit()); // the same value, and no reason
        QVERIFY(!requests.valueError().isEmpty());
        QVERIFY(!requests.reasonError().isEmpty());
        requests.setNewValue(u"01/01/1975"_s); // before the 18th birthday
        requests.setReason(u"Sai ngày"_s);
        QVERIFY(!requests.submit());
        QCOMPARE(requests.valueError(), u"Ngày vào Đảng phải sau ngày sinh ít nhất 18 năm."_s);
        requests.setNewValue(u"30/02/1985"_s);
        QVERIFY(!requests.submit());
        QVERIFY(requests.valueError().contains(u"ngày/tháng/năm"_s));
        requests.setField(u"phone"_s); // not requestable
        QCOMPARE(requests.field(), QString());
        QCOMPARE(Outbox(db()).pendingCount(), 0);

        requests.setField(u"education"_s);
        requests.setNewValue(u"10/10; Đại học Sư phạm"_s);
        requests.setReason(u"  Đã tốt nghiệp đại học năm 2025 "_s);
        QSignalSpy submitted(&requests, &ProfileRequestController::submitted);
        QVERIFY2(requests.submit(), qPrintable(requests.errorMessage()));
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(requests.field(), QString());
        QCOMPARE(requests.reason(), QString());
        const QList<PendingMutation> pending = Outbox(db()).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().name, u"profile.request"_s);
        QCOMPARE(pending.first().args.value(u"fields"_s).toObject(),
            (QJsonObject { { u"education"_s, u"10/10; Đại học Sư phạm"_s } }));
        QCOMPARE(pending.first().args.value(u"reason"_s).toString(),
            u"Đã tốt nghiệp đại học năm 2025"_s);
        QCOMPARE(list.rowCount(), 3);
        QCOMPARE(list.pendingCount(), 2);
        const int queued = rowOf(list, "waitingToSend", u"true"_s);
        QVERIFY(queued >= 0);
        QCOMPARE(column(list, "waitingToSend").count(u"true"_s), 1);
        const QVariantList changes = cell(list, queued, "changes").toList();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(
            changes.first().toMap().value(u"oldValue"_s).toString(), u"10/10; Trung cấp Sư phạm"_s);
        QCOMPARE(
            changes.first().toMap().value(u"newValue"_s).toString(), u"10/10; Đại học Sư phạm"_s);
    }

    void theSecretaryReviewsTheCellsRequests()
    {
        fill(u"secretary"_s);
        ReviewController review;
        QAbstractItemModelTester tester(
            review.requests(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        review.setSession(m_session.get());
        QVERIFY(review.canReview());
        // Only other members' pending requests; old and new values side by side.
        const ReviewModel &list = *review.requests();
        QCOMPARE(column(list, "requestId"), (QStringList { u"r-hoa"_s }));
        QCOMPARE(cell(list, 0, "memberName").toString(), u"Đặng Thị Hoa"_s);
        const QVariantList changes = cell(list, 0, "changes").toList();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).toMap().value(u"label"_s).toString(), u"Ngày sinh"_s);
        QCOMPARE(changes.at(0).toMap().value(u"oldValue"_s).toString(), u"20/08/1992"_s);
        QCOMPARE(changes.at(0).toMap().value(u"newValue"_s).toString(), u"21/08/1992"_s);
        QCOMPARE(
            changes.at(1).toMap().value(u"oldValue"_s).toString(), u"12/12; Cử nhân Kế toán"_s);
        QCOMPARE(
            changes.at(1).toMap().value(u"newValue"_s).toString(), u"12/12; Thạc sĩ Kế toán"_s);

        // Rejecting needs a reason.
        QVERIFY(!review.reject(u"r-hoa"_s, u"  "_s));
        QVERIFY(!review.errorMessage().isEmpty());
        QCOMPARE(Outbox(db()).pendingCount(), 0);
        // My own request is not mine to decide, even through the API.
        QCOMPARE(LocalActions(db()).decideProfileRequest(u"r-mine"_s, u"approve"_s).error,
            u"forbidden"_s);

        // "Duyệt" is held a few seconds with an undo: the request leaves the list,
        // nothing is queued yet; "Hoàn tác" brings it back.
        QVERIFY2(review.approve(u"r-hoa"_s), qPrintable(review.errorMessage()));
        QCOMPARE(list.rowCount(), 0);
        QVERIFY(review.canUndo());
        QVERIFY(review.lastDecision().contains(u"Đặng Thị Hoa"_s));
        QCOMPARE(Outbox(db()).pendingCount(), 0);
        review.undo();
        QVERIFY(!review.canUndo());
        QCOMPARE(column(list, "requestId"), (QStringList { u"r-hoa"_s }));
        QCOMPARE(Outbox(db()).pendingCount(), 0);
        QCOMPARE(
            ReplicaStore(db()).get(u"profile_request"_s, u"r-hoa"_s)->value(u"status"_s).toString(),
            u"pending"_s);
        // Approved again and its time out: queued.
        QVERIFY2(review.approve(u"r-hoa"_s), qPrintable(review.errorMessage()));
        QVERIFY(review.commitHeld());
        QVERIFY(!review.canUndo());
        QCOMPARE(list.rowCount(), 0);
        QVERIFY(review.lastDecision().contains(u"Đặng Thị Hoa"_s));
        const QList<PendingMutation> pending = Outbox(db()).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().name, u"profile.request.decide"_s);
        QCOMPARE(pending.first().args,
            (QJsonObject { { u"request_id"_s, u"r-hoa"_s }, { u"decision"_s, u"approve"_s } }));
        // Shown at once: the request approved and the member's profile changed.
        ReplicaStore replica(db());
        QCOMPARE(replica.get(u"profile_request"_s, u"r-hoa"_s)->value(u"status"_s).toString(),
            u"approved"_s);
        QCOMPARE(replica.get(u"member"_s, u"m-hoa"_s)->value(u"education"_s).toString(),
            u"12/12; Thạc sĩ Kế toán"_s);
        // Deciding again is refused on the device.
        QVERIFY(!review.approve(u"r-hoa"_s));
        QCOMPARE(LocalActions(db()).decideProfileRequest(u"r-hoa"_s, u"reject"_s, u"Sai"_s).error,
            u"already_decided"_s);
    }

    // A secretary's own request goes to the committee directly above the cell: the committee's
    // device lists it (the server sends a committee no other requests) and decides it.
    void theCommitteeReviewsTheRequestsOfTheSecretariesBelow()
    {
        ReplicaStore replica(db());
        for (const QString &id : { u"r-mine"_s, u"r-old"_s, u"r-hoa"_s })
            replica.remove(u"profile_request"_s, id);
        SyncState(db()).remove(u"member_id"_s); // a committee account without a member record
        SyncState(db()).setValue(u"org_id"_s, u"g1"_s);
        SyncState(db()).setValue(u"role"_s, u"committee"_s);
        replica.put(u"organization"_s, u"g1"_s, 1,
            { { u"id"_s, u"g1"_s }, { u"parent_id"_s, u"t1"_s },
                { u"name"_s, u"Đảng ủy phường Quang Trung"_s }, { u"kind"_s, u"grassroots"_s } });
        replica.put(u"organization"_s, u"g2"_s, 1,
            { { u"id"_s, u"g2"_s }, { u"parent_id"_s, u"g1"_s },
                { u"name"_s, u"Đảng bộ bộ phận"_s }, { u"kind"_s, u"grassroots"_s } });
        replica.put(u"organization"_s, u"c3"_s, 1,
            { { u"id"_s, u"c3"_s }, { u"parent_id"_s, u"g2"_s }, { u"name"_s, u"Chi bộ 3"_s },
                { u"kind"_s, u"cell"_s } });
        QJsonObject secretary = profile(u"m-bt"_s, u"Trần Thị Lan"_s, u"Nữ"_s, u"1975-04-02"_s,
            u"12/12; Cử nhân Luật"_s, u"Kinh"_s);
        secretary.insert(u"position"_s, u"Bí thư chi bộ"_s);
        replica.put(u"member"_s, u"m-bt"_s, 4, secretary);
        QJsonObject deeper = profile(
            u"m-deep"_s, u"Vũ Văn Nam"_s, u"Nam"_s, u"1970-02-02"_s, u"12/12"_s, u"Kinh"_s);
        deeper.insert(u"org_id"_s, u"c3"_s);
        replica.put(u"member"_s, u"m-deep"_s, 1, deeper);
        replica.put(u"profile_request"_s, u"r-bt"_s, 1,
            request(u"r-bt"_s, u"m-bt"_s, { { u"education"_s, u"12/12; Thạc sĩ Luật"_s } },
                u"pending"_s, u"2026-11-18T02:00:00.000Z"_s));
        replica.put(u"profile_request"_s, u"r-bt-old"_s, 1,
            request(u"r-bt-old"_s, u"m-bt"_s, { { u"hometown"_s, u"Hà Nội"_s } }, u"approved"_s,
                u"2026-10-18T02:00:00.000Z"_s));
        // Not of a cell directly below (the server would not send it): neither listed nor decided.
        replica.put(u"profile_request"_s, u"r-deep"_s, 1,
            request(u"r-deep"_s, u"m-deep"_s, { { u"education"_s, u"12/12; Đại học"_s } },
                u"pending"_s, u"2026-11-17T02:00:00.000Z"_s));

        ReviewController review;
        QAbstractItemModelTester tester(
            review.requests(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        review.setSession(m_session.get());
        QVERIFY(review.canReview());
        const ReviewModel &list = *review.requests();
        QCOMPARE(column(list, "requestId"), (QStringList { u"r-bt"_s }));
        QCOMPARE(cell(list, 0, "memberName").toString(), u"Trần Thị Lan"_s);
        const QVariantList changes = cell(list, 0, "changes").toList();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().toMap().value(u"oldValue"_s).toString(), u"12/12; Cử nhân Luật"_s);
        QCOMPARE(changes.first().toMap().value(u"newValue"_s).toString(), u"12/12; Thạc sĩ Luật"_s);
        // The entry points count it.
        DirectoryController directory;
        start(directory);
        QCOMPARE(directory.reviewCount(), 1);
        ProfileController own;
        start(own);
        QVERIFY(!own.found());
        QVERIFY(own.canReview());
        QCOMPARE(own.reviewCount(), 1);
        QCOMPARE(LocalActions(db()).decideProfileRequest(u"r-deep"_s, u"approve"_s).error,
            u"forbidden"_s);
        QCOMPARE(Outbox(db()).pendingCount(), 0);

        QVERIFY2(review.approve(u"r-bt"_s), qPrintable(review.errorMessage()));
        QCOMPARE(list.rowCount(), 0);
        QVERIFY(review.lastDecision().contains(u"Trần Thị Lan"_s));
        QCOMPARE(Outbox(db()).pendingCount(), 0); // held for the undo
        QVERIFY(review.commitHeld());
        const QList<PendingMutation> pending = Outbox(db()).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().name, u"profile.request.decide"_s);
        QCOMPARE(pending.first().args,
            (QJsonObject { { u"request_id"_s, u"r-bt"_s }, { u"decision"_s, u"approve"_s } }));
        const QJsonObject decided = *replica.get(u"profile_request"_s, u"r-bt"_s);
        QCOMPARE(decided.value(u"status"_s).toString(), u"approved"_s);
        QVERIFY(decided.value(u"decided_by"_s).isNull()); // the server names the account
        QCOMPARE(replica.get(u"member"_s, u"m-bt"_s)->value(u"education"_s).toString(),
            u"12/12; Thạc sĩ Luật"_s);
        // Nothing waits any more: the way in from my profile goes away, the member list's too.
        own.reload();
        QVERIFY(!own.canReview());
        directory.reload();
        QCOMPARE(directory.reviewCount(), 0);
    }

    // A decision still held when the page closes is queued, not lost; a second decision
    // queues the first.
    void heldDecisionsAreQueuedWhenThePageClosesOrTheNextIsMade()
    {
        fill(u"secretary"_s);
        {
            ReviewController review;
            review.setSession(m_session.get());
            QVERIFY2(
                review.reject(u"r-hoa"_s, u"Thiếu giấy tờ"_s), qPrintable(review.errorMessage()));
            QCOMPARE(Outbox(db()).pendingCount(), 0);
        }
        const QList<PendingMutation> pending = Outbox(db()).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().args.value(u"decision"_s).toString(), u"reject"_s);
        QCOMPARE(
            ReplicaStore(db()).get(u"profile_request"_s, u"r-hoa"_s)->value(u"status"_s).toString(),
            u"rejected"_s);
    }

    void membersCannotReview()
    {
        ReviewController review;
        review.setSession(m_session.get());
        QVERIFY(!review.canReview());
        QCOMPARE(review.requests()->rowCount(), 0);
        QVERIFY(!review.approve(u"r-hoa"_s));
        QCOMPARE(LocalActions(db()).decideProfileRequest(u"r-hoa"_s, u"approve"_s).error,
            u"forbidden"_s);
        QCOMPARE(Outbox(db()).pendingCount(), 0);
    }

    void directoryIsSortedAndSearchedWithoutMarks()
    {
        DirectoryController directory;
        QAbstractItemModelTester members(
            directory.members(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester statistics(
            directory.statistics(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        start(directory);
        // A member: the directory only, no statistics.
        QVERIFY(!directory.seesProfiles());
        QCOMPARE(directory.statistics()->rowCount(), 0);
        QCOMPARE(directory.scopeName(), u"Chi bộ Tổ dân phố số 5"_s);
        // By given name: An, Anh, Bình, Hoa.
        const DirectoryModel &list = *directory.members();
        QCOMPARE(column(list, "fullName"),
            (QStringList {
                u"Lò Văn An"_s, u"Hoàng Văn Anh"_s, u"Nguyễn Văn Bình"_s, u"Đặng Thị Hoa"_s }));
        QCOMPARE(
            column(list, "me"), (QStringList { u"false"_s, u"false"_s, u"true"_s, u"false"_s }));
        QCOMPARE(
            column(list, "full"), (QStringList { u"true"_s, u"false"_s, u"true"_s, u"true"_s }));
        QCOMPARE(cell(list, 1, "position").toString(), u"Phó Bí thư chi bộ"_s);

        directory.setSearchText(u"nguyen van"_s);
        QCOMPARE(column(list, "fullName"), (QStringList { u"Nguyễn Văn Bình"_s }));
        directory.setSearchText(u"dang"_s); // đ folds to d
        QCOMPARE(column(list, "fullName"), (QStringList { u"Đặng Thị Hoa"_s }));
        directory.setSearchText(u"an"_s); // word prefixes
        QCOMPARE(column(list, "fullName"), (QStringList { u"Lò Văn An"_s, u"Hoàng Văn Anh"_s }));
        directory.setSearchText(u"VĂN  an"_s);
        QCOMPARE(list.rowCount(), 2);
        directory.setSearchText(u"thi binh"_s); // every word must match
        QCOMPARE(list.rowCount(), 0);
        QCOMPARE(list.totalCount(), 4);
        // A reload keeps the search.
        directory.setSearchText(u"hoa"_s); // Hoa, and Hoàng as a prefix
        QCOMPARE(list.rowCount(), 2);
        directory.setSearchText(u"thi hoa"_s);
        directory.reload();
        QCOMPARE(column(list, "fullName"), (QStringList { u"Đặng Thị Hoa"_s }));
        directory.setSearchText({});
        QCOMPARE(list.rowCount(), 4);
    }

    void foldingMatchesTheDocumentSearch()
    {
        QCOMPARE(VietnameseFold::fold(u"Đặng Thị Hường"_s), u"dang thi huong"_s);
        QCOMPARE(VietnameseFold::fold(u"Nguyễn Ngọc Ánh"_s), u"nguyen ngoc anh"_s);
        QCOMPARE(VietnameseFold::fold(u"ƯỚC Ơ Ă Â Ê Ô"_s), u"uoc o a a e o"_s);
        QCOMPARE(VietnameseFold::words(u"  Lò-Văn   An "_s),
            (QStringList { u"lo"_s, u"van"_s, u"an"_s }));
        QVERIFY(VietnameseFold::matches({ u"lo"_s, u"van"_s, u"an"_s }, {}));
    }

    void statisticsCountTheCellsFullProfiles()
    {
        fill(u"secretary"_s);
        DirectoryController directory;
        QAbstractItemModelTester tester(
            directory.statistics(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        start(directory);
        QVERIFY(directory.seesProfiles());
        QCOMPARE(directory.reviewCount(), 1);
        const StatisticsModel &stats = *directory.statistics();
        QCOMPARE(stats.total(), 3); // the directory entry is no full profile
        QCOMPARE(stats.countOf(u"gender"_s, u"Nam"_s), 2);
        QCOMPARE(stats.countOf(u"gender"_s, u"Nữ"_s), 1);
        QCOMPARE(stats.countOf(u"age"_s, u"Dưới 30 tuổi"_s), 1); // born 2001
        QCOMPARE(stats.countOf(u"age"_s, u"Từ 30 đến 39 tuổi"_s), 1); // 1992
        QCOMPARE(stats.countOf(u"age"_s, u"Từ 60 đến 69 tuổi"_s), 1); // 1960
        QCOMPARE(stats.countOf(u"education"_s, u"Đại học"_s), 1);
        QCOMPARE(stats.countOf(u"education"_s, u"Trung cấp"_s), 1);
        QCOMPARE(stats.countOf(u"education"_s, u"Phổ thông"_s), 1);
        QCOMPARE(stats.countOf(u"ethnicity"_s, u"Tày"_s), 1);
        QCOMPARE(column(stats, "section").removeDuplicates(), column(stats, "section").size() - 4);
        QCOMPARE(column(stats, "firstInSection").count(u"true"_s), 4);
        const int men = rowOf(stats, "label", u"Nam"_s);
        QCOMPARE(cell(stats, men, "percent").toInt(), 67);
        QCOMPARE(cell(stats, men, "sectionLabel").toString(), u"Giới tính"_s);
    }

    void bandsOfEducationAndAge()
    {
        QCOMPARE(StatisticsModel::educationBand(u"12/12; Thạc sĩ Quản lý"_s), u"postgraduate"_s);
        QCOMPARE(StatisticsModel::educationBand(u"Tiến sĩ"_s), u"postgraduate"_s);
        QCOMPARE(StatisticsModel::educationBand(u"12/12; Đại học Luật"_s), u"university"_s);
        QCOMPARE(StatisticsModel::educationBand(u"Kỹ sư Nông nghiệp"_s), u"university"_s);
        QCOMPARE(StatisticsModel::educationBand(u"9/12; Cao đẳng Sư phạm"_s), u"college"_s);
        QCOMPARE(StatisticsModel::educationBand(u"10/10; Trung cấp Y"_s), u"vocational"_s);
        QCOMPARE(StatisticsModel::educationBand(u"7/10"_s), u"general"_s);
        QCOMPARE(StatisticsModel::educationBand(u""_s), u"unknown"_s);
        const QDate today(2026, 11, 22);
        QCOMPARE(StatisticsModel::ageBand(QDate(1996, 11, 23), today), u"under30"_s);
        QCOMPARE(StatisticsModel::ageBand(QDate(1996, 11, 22), today), u"30"_s);
        QCOMPARE(StatisticsModel::ageBand(QDate(1957, 1, 1), today), u"60"_s);
        QCOMPARE(StatisticsModel::ageBand(QDate(1956, 11, 22), today), u"70plus"_s);
        QCOMPARE(StatisticsModel::ageBand(QDate(), today), u"unknown"_s);
    }

    void lockedVaultShowsNothing()
    {
        m_session->lock();
        ProfileController profile;
        start(profile);
        QVERIFY(!profile.found());
        DirectoryController directory;
        start(directory);
        QCOMPARE(directory.members()->rowCount(), 0);
        ContactEditor editor;
        start(editor);
        QVERIFY(!editor.ready());
        QVERIFY(!editor.save());
    }
};

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
