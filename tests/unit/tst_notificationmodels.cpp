// The notifications list (NotificationListModel, through NotificationsController) and the
// rejected changes (RejectedChangesModel, through HomeController) over a real vault, each
// under QAbstractItemModelTester: rows and roles as the screens read them, the "new" mark
// cleared in place, a rejection dismissed, reloads that shrink and grow the lists.
#include "homecontroller.h"
#include "notificationlistmodel.h"
#include "notificationscontroller.h"
#include "outbox.h"
#include "rejectedchangesmodel.h"
#include "replicarows.h"
#include "replicastore.h"
#include "syncstate.h"
#include "unlockedsession.h"
#include "vaultsession.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kPin = u"246810"_s;
constexpr int kTimeoutMs = 20000;

QJsonObject notification(const QString &id, const QString &kind, const QString &title,
    const QString &refType, const QString &refId, const QString &createdAt)
{
    return { { u"id"_s, id }, { u"kind"_s, kind }, { u"title"_s, title },
        { u"body"_s, u"Nội dung "_s + title }, { u"ref_type"_s, refType }, { u"ref_id"_s, refId },
        { u"created_at"_s, createdAt } };
}

} // namespace

class TestNotificationModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;

    SqliteDatabase &db() { return m_session->vault().database(); }

    // A meeting that exists (n-meeting points at it), a document that does not (n-gone), a
    // profile decision that opens nothing; n-old was seen before.
    void fillNotifications()
    {
        ReplicaStore replica(db());
        replica.put(u"meeting"_s, u"m1"_s, 1,
            QJsonObject { { u"id"_s, u"m1"_s }, { u"org_id"_s, u"o1"_s },
                { u"title"_s, u"Sinh hoạt chi bộ tháng 11"_s },
                { u"starts_at"_s, u"2026-11-27T12:30:00Z"_s }, { u"status"_s, u"scheduled"_s } });
        replica.put(u"notification"_s, u"n-old"_s, 1,
            notification(u"n-old"_s, u"meeting.created"_s, u"Họp tháng 10"_s, u"meeting"_s, u"m1"_s,
                u"2026-10-01T01:00:00Z"_s));
        replica.put(u"notification"_s, u"n-meeting"_s, 1,
            notification(u"n-meeting"_s, u"meeting.changed"_s, u"Đổi giờ sinh hoạt"_s, u"meeting"_s,
                u"m1"_s, u"2026-11-20T01:00:00Z"_s));
        replica.put(u"notification"_s, u"n-gone"_s, 1,
            notification(u"n-gone"_s, u"document.shared"_s, u"Tài liệu mới"_s, u"document"_s,
                u"d-gone"_s, u"2026-11-21T01:00:00Z"_s));
        replica.put(u"notification"_s, u"n-profile"_s, 1,
            notification(u"n-profile"_s, u"profile.decided"_s, u"Đề nghị đã được duyệt"_s,
                u"profile_request"_s, u"pr1"_s, u"2026-11-22T01:00:00Z"_s));
        SyncState(db()).setValue(u"notifications_seen_until"_s, u"2026-11-01T00:00:00Z"_s);
    }

    // Two changes the server refused (one with a reason, one without) and one it applied.
    void fillRejections()
    {
        Outbox outbox(db());
        const qint64 share = outbox.enqueue(u"document.share"_s, { { u"document_id"_s, u"d1"_s } });
        const qint64 read = outbox.enqueue(u"document.read"_s, { { u"document_id"_s, u"d2"_s } });
        const qint64 custom = outbox.enqueue(u"something.new"_s, {});
        outbox.acknowledge(custom,
            { MutationResult {
                  share, false, u"forbidden"_s, u"Bạn không được chia sẻ tài liệu này."_s },
                MutationResult { read, true, {}, {} },
                MutationResult { custom, false, u"unknown_mutation"_s, {} } },
            QDateTime(QDate(2026, 11, 22), QTime(3, 15), Qt::UTC));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = unlockedTestSession(*m_dir, kPin, kTimeoutMs);
        QVERIFY(m_session); // the PIN was created and the vault unlocked
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void notificationRowsAndRoles()
    {
        fillNotifications();
        NotificationsController controller;
        NotificationListModel *model = controller.notifications();
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 0);
        QSignalSpy countSpy(model, &NotificationListModel::countChanged);
        controller.setSession(m_session.get());
        QCOMPARE(countSpy.count(), 1);
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->property("count").toInt(), 4);
        // Newest first; new since the last "seen"; times in Vietnam time.
        QCOMPARE(column(*model, "notificationId"),
            (QStringList { u"n-profile"_s, u"n-gone"_s, u"n-meeting"_s, u"n-old"_s }));
        QCOMPARE(column(*model, "unread"),
            (QStringList { u"true"_s, u"true"_s, u"true"_s, u"false"_s }));
        QCOMPARE(column(*model, "time").at(2), u"20/11/2026 08:00"_s);
        QCOMPARE(column(*model, "target"),
            (QStringList { QString(), u"document"_s, u"meeting"_s, u"meeting"_s }));
        QCOMPARE(column(*model, "refType").at(0), u"profile_request"_s);
        QCOMPARE(column(*model, "body").at(2), u"Nội dung Đổi giờ sinh hoạt"_s);
        QCOMPARE(
            model->data(model->index(2, 0), Qt::DisplayRole).toString(), u"Đổi giờ sinh hoạt"_s);
        QCOMPARE(controller.unreadCount(), 3);
        QVERIFY(!model->data(model->index(0, 0), Qt::UserRole + 100).isValid());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"is not valid"_s));
        QVERIFY(!model->data(model->index(9, 0), NotificationListModel::TitleRole).isValid());
    }

    void openingANotificationClearsItsMarkInPlace()
    {
        fillNotifications();
        NotificationsController controller;
        NotificationListModel *model = controller.notifications();
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        controller.setSession(m_session.get());
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy meeting(&controller, &NotificationsController::meetingRequested);

        QVERIFY(controller.open(u"n-meeting"_s));
        QCOMPARE(meeting.count(), 1);
        QCOMPARE(meeting.first().first().toString(), u"m1"_s);
        QCOMPARE(reset.count(), 0); // one row changes, nothing is rebuilt
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.first().at(2).value<QList<int>>(),
            QList<int> { NotificationListModel::UnreadRole });
        QCOMPARE(column(*model, "unread"),
            (QStringList { u"true"_s, u"true"_s, u"false"_s, u"false"_s }));
        QCOMPARE(controller.unreadCount(), 0);
        // Opening it again changes nothing more.
        QVERIFY(model->markSeen(u"n-meeting"_s));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!model->markSeen(u"n-unknown"_s));

        // Its target is gone, or it opens nothing: no row changes.
        QVERIFY(!controller.open(u"n-gone"_s));
        QVERIFY(!controller.errorMessage().isEmpty());
        QVERIFY(!controller.open(u"n-profile"_s));
        QCOMPARE(changed.count(), 1);

        // A reload shows everything as seen; the list shrinks and grows under the tester.
        controller.reload();
        QCOMPARE(column(*model, "unread"),
            (QStringList { u"false"_s, u"false"_s, u"false"_s, u"false"_s }));
        QSignalSpy countSpy(model, &NotificationListModel::countChanged);
        model->setItems({});
        QCOMPARE(model->rowCount(), 0);
        controller.reload();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(countSpy.count(), 2);
    }

    // What a member sends the secretary opens her screens: an absence the
    // meeting's follow-up (if the meeting is on the device), a profile request the review
    // page, a feedback message the threads; a decision on her own request still opens nothing.
    void aSecretarysNotificationsOpenHerScreens()
    {
        fillNotifications();
        ReplicaStore replica(db());
        replica.put(u"notification"_s, u"n-absent"_s, 1,
            notification(u"n-absent"_s, u"rsvp_absent"_s, u"Đồng chí A báo vắng"_s, u"meeting"_s,
                u"m1"_s, u"2026-11-23T01:00:00Z"_s));
        replica.put(u"notification"_s, u"n-absent-gone"_s, 1,
            notification(u"n-absent-gone"_s, u"rsvp_attending"_s, u"Đồng chí B báo lại"_s,
                u"meeting"_s, u"m-gone"_s, u"2026-11-23T02:00:00Z"_s));
        replica.put(u"notification"_s, u"n-request"_s, 1,
            notification(u"n-request"_s, u"profile_request_submitted"_s,
                u"Đồng chí A đề nghị sửa hồ sơ"_s, u"profile_request"_s, u"pr2"_s,
                u"2026-11-23T03:00:00Z"_s));
        replica.put(u"notification"_s, u"n-feedback"_s, 1,
            notification(u"n-feedback"_s, u"feedback_received"_s, u"Đồng chí A gửi góp ý"_s,
                u"feedback"_s, u"f1"_s, u"2026-11-23T04:00:00Z"_s));
        NotificationsController controller;
        controller.setSession(m_session.get());
        const QStringList ids = column(*controller.notifications(), "notificationId");
        const QStringList targets = column(*controller.notifications(), "target");
        const auto targetOf = [&](const QString &id) { return targets.at(ids.indexOf(id)); };
        QCOMPARE(targetOf(u"n-absent"_s), u"followup"_s);
        QCOMPARE(targetOf(u"n-absent-gone"_s), u"followup"_s);
        QCOMPARE(targetOf(u"n-request"_s), u"review"_s);
        QCOMPARE(targetOf(u"n-feedback"_s), u"feedback"_s);
        QCOMPARE(targetOf(u"n-profile"_s), QString());
        QCOMPARE(targetOf(u"n-meeting"_s), u"meeting"_s);

        QSignalSpy followUp(&controller, &NotificationsController::followUpRequested);
        QSignalSpy review(&controller, &NotificationsController::reviewRequested);
        QSignalSpy feedback(&controller, &NotificationsController::feedbackRequested);
        QSignalSpy meeting(&controller, &NotificationsController::meetingRequested);
        QVERIFY(controller.open(u"n-absent"_s));
        QCOMPARE(followUp.count(), 1);
        QCOMPARE(followUp.first().first().toString(), u"m1"_s);
        QVERIFY(!controller.open(u"n-absent-gone"_s)); // its meeting is not on this device
        QVERIFY(!controller.errorMessage().isEmpty());
        QCOMPARE(followUp.count(), 1);
        QVERIFY(controller.open(u"n-request"_s));
        QCOMPARE(review.count(), 1);
        QCOMPARE(review.first().first().toString(), u"pr2"_s);
        QVERIFY(controller.errorMessage().isEmpty());
        QVERIFY(controller.open(u"n-feedback"_s));
        QCOMPARE(feedback.count(), 1);
        QCOMPARE(feedback.first().first().toString(), u"f1"_s);
        QVERIFY(!controller.open(u"n-profile"_s));
        QCOMPARE(meeting.count(), 0);
        QCOMPARE(review.count(), 1);
    }

    void rejectedChangesRowsAndRoles()
    {
        fillRejections();
        HomeController home;
        RejectedChangesModel *model = home.rejectedChanges();
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countSpy(model, &RejectedChangesModel::countChanged);
        home.setSession(m_session.get());
        QCOMPARE(countSpy.count(), 1);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->property("count").toInt(), 2);
        QCOMPARE(column(*model, "action"),
            (QStringList { u"Chia sẻ tài liệu với chi bộ"_s, u"Thay đổi khác (something.new)"_s }));
        QCOMPARE(column(*model, "reason"),
            (QStringList { u"Bạn không được chia sẻ tài liệu này."_s,
                u"Máy chủ không chấp nhận thay đổi này."_s }));
        QCOMPARE(column(*model, "code"), (QStringList { u"forbidden"_s, u"unknown_mutation"_s }));
        QCOMPARE(column(*model, "rejectedAt"),
            (QStringList { u"22/11/2026 10:15"_s, u"22/11/2026 10:15"_s }));
        QCOMPARE(model->data(model->index(0, 0), Qt::DisplayRole).toString(),
            u"Chia sẻ tài liệu với chi bộ"_s);
        QVERIFY(!model->data(model->index(0, 0), Qt::UserRole + 100).isValid());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"is not valid"_s));
        QVERIFY(!model->data(model->index(3, 0), RejectedChangesModel::ReasonRole).isValid());
    }

    void dismissingARejectionRemovesItsRow()
    {
        fillRejections();
        HomeController home;
        RejectedChangesModel *model = home.rejectedChanges();
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        home.setSession(m_session.get());
        QCOMPARE(model->rowCount(), 2);
        const qint64 first
            = model->data(model->index(0, 0), RejectedChangesModel::IdRole).toLongLong();
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy countSpy(model, &RejectedChangesModel::countChanged);
        QVERIFY(home.dismissRejected(first));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(countSpy.count(), 1);
        QCOMPARE(column(*model, "code"), QStringList { u"unknown_mutation"_s });
        QVERIFY(!model->remove(first)); // already gone
        // The vault forgot it too: a reload lists only the other one.
        home.reload();
        QCOMPARE(column(*model, "code"), QStringList { u"unknown_mutation"_s });
        QCOMPARE(Outbox(db()).rejected().size(), 1);
        // The last one goes; the list is empty, then refilled by a reload from the vault.
        const qint64 last
            = model->data(model->index(0, 0), RejectedChangesModel::IdRole).toLongLong();
        QVERIFY(model->remove(last));
        QCOMPARE(model->rowCount(), 0);
        home.reload();
        QCOMPARE(model->rowCount(), 1);
    }

    void everyMutationHasALabel()
    {
        // The labels of every mutation the protocol names (read from its header, so a new one
        // without a label fails here) are words, never the internal name.
        QFile header(QStringLiteral(HANDBOOK_SOURCE_DIR "/sync/protocol/mutationnames.h"));
        QVERIFY(header.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(header.readAll());
        const qsizetype begin = text.indexOf(u"namespace Mutation {"_s);
        const qsizetype end = text.indexOf(u"} // namespace Mutation"_s);
        QVERIFY(begin >= 0 && end > begin);
        static const QRegularExpression value(u"QLatin1StringView \\w+\\(\"([^\"]+)\"\\)"_s);
        QStringList names;
        for (const auto &match : value.globalMatch(text.mid(begin, end - begin)))
            names << match.captured(1);
        QVERIFY2(names.size() >= 30, qPrintable(names.join(u' ')));
        for (const QString &name : std::as_const(names)) {
            const QString label = RejectedChangesModel::actionLabel(name);
            QVERIFY2(!label.contains(name), qPrintable(name));
            QVERIFY(!label.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestNotificationModels)
#include "tst_notificationmodels.moc"
