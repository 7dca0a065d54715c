// Cell life with real clients and the real server (demo province): the secretary of
// cell A schedules a meeting and shares a 5 MB PDF while offline; after both devices sync, a
// member of A sees the meeting, opens the PDF from the vault, answers absent with a reason
// and reads the document; after the next sync the secretary's follow-up shows exactly that,
// and a member of cell B sees none of it. A plain member's meeting.create and document.share
// are rejected and the rejections are kept with their reasons. Attendance taken offline
// reaches the server once through a lost request and a lost answer; an interrupted 5 MB
// upload resumes where it stopped. The screens' controllers run on each device's vault.
#include "attendancecontroller.h"
#include "blobstore.h"
#include "cellcatalog.h"
#include "clientdevice.h"
#include "demoserver.h"
#include "documentcatalog.h"
#include "faultyproxy.h"
#include "feedbackcontroller.h"
#include "followupcontroller.h"
#include "homecontroller.h"
#include "meetingcontroller.h"
#include "meetingeditorcontroller.h"
#include "meetingscontroller.h"
#include "notificationscontroller.h"
#include "outbox.h"
#include "readercontroller.h"
#include "replicastore.h"
#include "sharedocumentcontroller.h"
#include "testbytes.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kChunk = 256 * 1024;
constexpr qsizetype kPdfSize = 5 * 1024 * 1024;

// A valid one-page PDF of exactly `size` bytes: a line on an A4 page, plus an unused stream
// of random bytes that makes up the size (like the scans secretaries share).
QByteArray makePdf(qsizetype size, quint32 seed)
{
    const QByteArray drawing = "0 0 m 400 700 l S\n";
    QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        "<< /Length " + QByteArray::number(drawing.size()) + " >>\nstream\n" + drawing + "endstream"
    };
    const auto build = [&](const QByteArray &padding) {
        QByteArray pdf = "%PDF-1.4\n";
        QList<qsizetype> offsets;
        QList<QByteArray> all = objects;
        all.append("<< /Length " + QByteArray::number(padding.size()) + " >>\nstream\n" + padding
            + "\nendstream");
        for (qsizetype i = 0; i < all.size(); ++i) {
            offsets.append(pdf.size());
            pdf += QByteArray::number(i + 1) + " 0 obj\n" + all.at(i) + "\nendobj\n";
        }
        const qsizetype xref = pdf.size();
        pdf += "xref\n0 " + QByteArray::number(all.size() + 1) + "\n0000000000 65535 f \n";
        for (const qsizetype offset : offsets)
            pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        pdf += "trailer\n<< /Size " + QByteArray::number(all.size() + 1)
            + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        return pdf;
    };
    const qsizetype overhead = build({}).size() + 2; // the padding's length has 7 digits
    QByteArray pdf = build(randomBytes(size - overhead, seed));
    if (pdf.size() != size)
        pdf = build(randomBytes(size - overhead - (pdf.size() - size), seed));
    return pdf;
}

// A URL where nothing listens: the device is offline.
QUrl unreachableUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port));
}

// "dd/MM/yyyy" and "HH:mm" of a UTC time in Vietnam time (what the editor takes).
QPair<QString, QString> vietnamFields(const QDateTime &utc)
{
    const QDateTime local = utc.toTimeZone(QTimeZone(7 * 3600));
    return { local.toString(u"dd/MM/yyyy"_s), local.toString(u"HH:mm"_s) };
}

} // namespace

class TestClientCell : public QObject
{
    Q_OBJECT

    DemoServer m_server;

    std::unique_ptr<ClientDevice> signedIn(const QString &login)
    {
        return ClientDevice::signedIn(m_server.baseUrl(), login, m_server.password(login));
    }

    // The app's session over a device's vault (a second connection, as the app's screens
    // would have), unlocked with the device's PIN.
    static std::unique_ptr<VaultSession> openScreens(ClientDevice &device)
    {
        Vault::Options options;
        options.accountDir = device.dataDir() + u"/accounts/"_s + device.store().user().id;
        options.kdf = KdfParams::fastForTests();
        auto session = std::make_unique<VaultSession>(options);
        if (!session->unlock(u"246810"_s))
            qFatal("the screens cannot unlock the vault");
        QSignalSpy changed(session.get(), &VaultSession::stateChanged);
        while (session->state() != VaultSession::Unlocked && changed.wait(20000)) { }
        if (session->state() != VaultSession::Unlocked)
            qFatal("the screens did not unlock the vault");
        return session;
    }

    QString memberName(const QString &login)
    {
        return m_server
            .scalar(u"SELECT m.full_name FROM members m JOIN users u ON u.member_id = m.id "
                    "WHERE u.login = ?"_s,
                { login })
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        for (const QString &login :
            { u"bithu.a"_s, u"dangvien.a1"_s, u"dangvien.a2"_s, u"dangvien.b1"_s })
            QVERIFY2(m_server.hasAccount(login), qPrintable(login));
    }

    void meetingAndFileReachTheCellOnly()
    {
        QString error;
        auto secretary = signedIn(u"bithu.a"_s);
        auto member = signedIn(u"dangvien.a1"_s);
        auto stranger = signedIn(u"dangvien.b1"_s);
        for (ClientDevice *device : { secretary.get(), member.get(), stranger.get() })
            QVERIFY2(device->sync(&error), qPrintable(error));

        // The secretary, offline, schedules a meeting in two days and shares a 5 MB PDF for it.
        secretary->setServer(unreachableUrl());
        auto secretaryScreens = openScreens(*secretary);
        const QString background = DocumentCatalog(secretary->db()).newestDocuments(1).at(0).id;
        const QDateTime startsAt = QDateTime::currentDateTimeUtc().addDays(2).addSecs(
            -QDateTime::currentDateTimeUtc().time().second());
        QString meetingId;
        {
            MeetingEditorController editor;
            editor.setSession(secretaryScreens.get());
            QVERIFY(editor.isSecretary());
            const auto [date, time] = vietnamFields(startsAt);
            editor.setProperty("title", u"Sinh hoạt chuyên đề quý IV"_s);
            editor.setProperty("dateText", date);
            editor.setProperty("timeText", time);
            editor.setProperty("location", u"Nhà văn hóa tổ 3"_s);
            editor.setProperty("agenda", u"1. Quán triệt kế hoạch\n2. Kiểm điểm"_s);
            editor.toggleDocument(background);
            QVERIFY2(editor.save(), qPrintable(editor.errorMessage()));
            meetingId = editor.savedMeetingId();
        }
        const QByteArray pdf = makePdf(kPdfSize, 2026);
        QCOMPARE(pdf.size(), kPdfSize);
        QString sharedId;
        {
            ShareDocumentController share;
            share.setSession(secretaryScreens.get());
            QVERIFY(share.chooseBytes(u"ke-hoach-quy-IV.pdf"_s, pdf));
            share.setProperty("title", u"Kế hoạch sinh hoạt quý IV"_s);
            share.setProperty("kind", u"meeting_material"_s);
            share.setProperty("note", u"Các đồng chí đọc trước"_s);
            share.setProperty("meetingId", meetingId);
            QVERIFY2(share.share(), qPrintable(share.errorMessage()));
            sharedId = share.sharedDocumentId();
        }
        QVERIFY(!secretary->sync(&error)); // offline
        QCOMPARE(secretary->store().pendingCount(), 2);
        QVERIFY(CellCatalog(secretary->db()).meeting(meetingId)->documentIds.contains(sharedId));

        // Back online: both reach the server, the file complete.
        secretary->setServer(m_server.baseUrl());
        QVERIFY2(secretary->sync(&error), qPrintable(error));
        QCOMPARE(secretary->store().pendingCount(), 0);
        QCOMPARE(Outbox(secretary->db()).rejected().size(), 0);
        QCOMPARE(secretary->engine().progress().bytesUp, qint64(kPdfSize));
        const QString sha = sha256Of(pdf);
        QCOMPARE(
            m_server.scalar(u"SELECT complete FROM blobs WHERE sha256 = ?"_s, { sha }).toInt(), 1);
        QCOMPARE(m_server.scalar(u"SELECT document_ids FROM meetings WHERE id = ?"_s, { meetingId })
                     .toString(),
            QString::fromUtf8(
                QJsonDocument(QJsonArray { background, sharedId }).toJson(QJsonDocument::Compact)));

        // The member sees the meeting, its materials and the PDF, and answers.
        QVERIFY2(member->sync(&error), qPrintable(error));
        auto memberScreens = openScreens(*member);
        {
            MeetingsController meetings;
            meetings.setSession(memberScreens.get());
            QVERIFY(!meetings.isSecretary());
            const auto *upcoming = meetings.upcoming();
            QStringList ids;
            for (int row = 0; row < upcoming->rowCount(); ++row)
                ids << upcoming->data(upcoming->index(row), MeetingListModel::IdRole).toString();
            QVERIFY(ids.contains(meetingId));
        }
        MeetingController meeting;
        meeting.setSession(memberScreens.get());
        meeting.setMeetingId(meetingId);
        QVERIFY(meeting.found());
        QCOMPARE(meeting.location(), u"Nhà văn hóa tổ 3"_s);
        QCOMPARE(meeting.agenda(), u"1. Quán triệt kế hoạch\n2. Kiểm điểm"_s);
        QCOMPARE(meeting.documents()->rowCount(), 2);
        QCOMPARE(meeting.documents()
                     ->data(meeting.documents()->index(1), DocumentListModel::IdRole)
                     .toString(),
            sharedId);
        const auto sharedRow = ReplicaStore(member->db()).get(u"document"_s, sharedId);
        QVERIFY(sharedRow);
        QCOMPARE(sharedRow->value(u"summary"_s).toString(), u"Các đồng chí đọc trước"_s);
        QCOMPARE(sharedRow->value(u"attachments"_s).toArray().at(0)[u"sha256"_s].toString(), sha);
        // The PDF, from the member's vault, opens (rendered from memory, no file).
        BlobStore blobs(member->db());
        QVERIFY(blobs.isComplete(sha));
        std::unique_ptr<QIODevice> stored = blobs.open(sha);
        QCOMPARE(stored->readAll(), pdf);
        stored->seek(0);
        QPdfDocument document;
        QSignalSpy status(&document, &QPdfDocument::statusChanged);
        document.load(stored.get());
        QTRY_VERIFY_WITH_TIMEOUT(document.status() == QPdfDocument::Status::Ready
                || document.status() == QPdfDocument::Status::Error,
            20000);
        QCOMPARE(document.status(), QPdfDocument::Status::Ready);
        QCOMPARE(document.pageCount(), 1);
        // A notification announced each, pointing at it.
        const auto notificationsAbout = [&](const QString &refId) {
            QList<QJsonObject> found;
            for (const QJsonObject &row : member->rows().value(u"notification"_s)) {
                if (row.value(u"ref_id"_s).toString() == refId)
                    found.append(row);
            }
            return found;
        };
        const QList<QJsonObject> aboutMeeting = notificationsAbout(meetingId);
        QCOMPARE(aboutMeeting.size(), 1);
        QCOMPARE(aboutMeeting.at(0).value(u"kind"_s).toString(), u"meeting_created"_s);
        QCOMPARE(aboutMeeting.at(0).value(u"ref_type"_s).toString(), u"meeting"_s);
        QVERIFY(aboutMeeting.at(0)
                    .value(u"title"_s)
                    .toString()
                    .contains(u"Sinh hoạt chuyên đề quý IV"_s));
        const QList<QJsonObject> aboutShared = notificationsAbout(sharedId);
        QCOMPARE(aboutShared.size(), 1);
        QCOMPARE(aboutShared.at(0).value(u"kind"_s).toString(), u"document_shared"_s);
        QCOMPARE(aboutShared.at(0).value(u"ref_type"_s).toString(), u"document"_s);
        QVERIFY(aboutShared.at(0)
                    .value(u"title"_s)
                    .toString()
                    .contains(u"Kế hoạch sinh hoạt quý IV"_s));
        // On the notifications screen each opens its meeting or document, and is then seen.
        {
            NotificationsController notifications;
            notifications.setSession(memberScreens.get());
            QVERIFY(notifications.unreadCount() >= 2);
            const NotificationListModel &listed = *notifications.notifications();
            const auto rowOf = [&](const QString &id) {
                for (int row = 0; row < listed.rowCount(); ++row) {
                    if (listed.data(listed.index(row), NotificationListModel::IdRole).toString()
                        == id)
                        return row;
                }
                return -1;
            };
            const int meetingRow = rowOf(aboutMeeting.at(0).value(u"id"_s).toString());
            const int sharedRow = rowOf(aboutShared.at(0).value(u"id"_s).toString());
            QVERIFY(meetingRow >= 0 && sharedRow >= 0);
            QCOMPARE(
                listed.data(listed.index(meetingRow), NotificationListModel::TargetRole).toString(),
                u"meeting"_s);
            QCOMPARE(
                listed.data(listed.index(sharedRow), NotificationListModel::TargetRole).toString(),
                u"document"_s);
            QVERIFY(
                listed.data(listed.index(sharedRow), NotificationListModel::UnreadRole).toBool());
            QSignalSpy meetings(&notifications, &NotificationsController::meetingRequested);
            QSignalSpy documents(&notifications, &NotificationsController::documentRequested);
            QVERIFY(notifications.open(aboutMeeting.at(0).value(u"id"_s).toString()));
            QVERIFY(notifications.open(aboutShared.at(0).value(u"id"_s).toString()));
            QCOMPARE(meetings.count(), 1);
            QCOMPARE(meetings.at(0).at(0).toString(), meetingId);
            QCOMPARE(documents.count(), 1);
            QCOMPARE(documents.at(0).at(0).toString(), sharedId);
            QVERIFY(
                !listed.data(listed.index(sharedRow), NotificationListModel::UnreadRole).toBool());
            QCOMPARE(notifications.unreadCount(), 0);
        }

        QVERIFY(meeting.canAnswer());
        QVERIFY2(meeting.answer(u"absent"_s, u"Đi công tác tỉnh ngoài"_s),
            qPrintable(meeting.errorMessage()));
        {
            ReaderController reader;
            reader.setSession(memberScreens.get());
            reader.setDocumentId(sharedId);
            QVERIFY(reader.found());
            QVERIFY(reader.markRead());
        }
        QVERIFY2(member->sync(&error), qPrintable(error));
        QCOMPARE(member->store().pendingCount(), 0);

        // The secretary's follow-up after the next sync: exactly that.
        QVERIFY2(secretary->sync(&error), qPrintable(error));
        FollowUpController followUp;
        followUp.setSession(secretaryScreens.get());
        followUp.setMeetingId(meetingId);
        QVERIFY(followUp.found());
        const MemberAnswerModel &answers = *followUp.answers();
        const int cellSize = m_server
                                 .scalar(u"SELECT count(*) FROM members WHERE org_id = ?"_s,
                                     { secretary->store().user().orgId })
                                 .toInt();
        QCOMPARE(answers.rowCount(), cellSize);
        QCOMPARE(answers.attendingCount(), 0);
        QCOMPARE(answers.absentCount(), 1);
        QCOMPARE(answers.noAnswerCount(), cellSize - 1);
        const QString memberId = member->store().user().memberId;
        QCOMPARE(answers.members().at(0).memberId, memberId);
        QCOMPARE(answers.members().at(0).name, memberName(u"dangvien.a1"_s));
        QCOMPARE(answers.members().at(0).reason, u"Đi công tác tỉnh ngoài"_s);
        const DocumentReadingModel &readings = *followUp.readings();
        QCOMPARE(readings.rowCount(), 2);
        QCOMPARE(readings.data(readings.index(1), DocumentReadingModel::DocumentIdRole).toString(),
            sharedId);
        QCOMPARE(readings.data(readings.index(1), DocumentReadingModel::ReadersRole).toStringList(),
            QStringList { memberName(u"dangvien.a1"_s) });
        QCOMPARE(readings.data(readings.index(1), DocumentReadingModel::MemberCountRole).toInt(),
            cellSize);

        // A member of another cell has none of it.
        QVERIFY2(stranger->sync(&error), qPrintable(error));
        const ClientDevice::Rows strangerRows = stranger->rows();
        QVERIFY(!strangerRows.value(u"meeting"_s).contains(meetingId));
        QVERIFY(!strangerRows.value(u"document"_s).contains(sharedId));
        QVERIFY(!BlobStore(stranger->db()).isComplete(sha));
        for (const QJsonObject &notification : strangerRows.value(u"notification"_s)) {
            QVERIFY(notification.value(u"ref_id"_s).toString() != meetingId);
            QVERIFY(notification.value(u"ref_id"_s).toString() != sharedId);
        }
    }

    void plainMemberCannotScheduleOrShare()
    {
        QString error;
        auto member = signedIn(u"dangvien.a2"_s);
        QVERIFY2(member->sync(&error), qPrintable(error));
        LocalActions actions = member->actions();
        const auto meeting = actions.createMeeting(u"Họp tự tổ chức"_s,
            QDateTime::currentDateTimeUtc().addDays(3), u"Nhà riêng"_s, {}, {});
        QVERIFY(meeting.ok());
        const auto share = actions.shareDocument(u"Tài liệu tự chia sẻ"_s, u"other"_s, {}, {},
            { { makePdf(4000, 7), u"tu-chia-se.pdf"_s, u"application/pdf"_s } });
        QVERIFY(share.ok());
        QVERIFY2(member->sync(&error), qPrintable(error));

        const QList<RejectedMutation> rejected = Outbox(member->db()).rejected();
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected.at(0).name, u"meeting.create"_s);
        QCOMPARE(rejected.at(0).errorCode, u"forbidden"_s);
        QVERIFY(!rejected.at(0).errorMessage.isEmpty());
        QCOMPARE(rejected.at(1).name, u"document.share"_s);
        QCOMPARE(rejected.at(1).errorCode, u"forbidden"_s);
        QVERIFY(!rejected.at(1).errorMessage.isEmpty());
        // Rolled back: nothing of either is left on the device or on the server.
        QVERIFY(!ReplicaStore(member->db()).get(u"meeting"_s, meeting.rowId));
        QVERIFY(!ReplicaStore(member->db()).get(u"document"_s, share.rowId));
        QCOMPARE(m_server.scalar(u"SELECT count(*) FROM meetings WHERE id = ?"_s, { meeting.rowId })
                     .toInt(),
            0);
        QCOMPARE(m_server.scalar(u"SELECT count(*) FROM documents WHERE id = ?"_s, { share.rowId })
                     .toInt(),
            0);

        // Shown in the app: the home screen lists both refusals in words, with the server's
        // own Vietnamese reason, until the member dismisses them.
        auto screens = openScreens(*member);
        HomeController home;
        home.setSession(screens.get());
        const RejectedChangesModel &shown = *home.rejectedChanges();
        QCOMPARE(shown.rowCount(), 2);
        const auto cell = [&](int row, RejectedChangesModel::Role role) {
            return shown.data(shown.index(row), role).toString();
        };
        QCOMPARE(cell(0, RejectedChangesModel::ActionRole), u"Tạo buổi sinh hoạt"_s);
        QCOMPARE(cell(0, RejectedChangesModel::ReasonRole),
            u"Chỉ bí thư chi bộ được quản lý buổi sinh hoạt của chi bộ."_s);
        QCOMPARE(cell(0, RejectedChangesModel::CodeRole), u"forbidden"_s);
        QCOMPARE(cell(1, RejectedChangesModel::ActionRole), u"Chia sẻ tài liệu với chi bộ"_s);
        QCOMPARE(cell(1, RejectedChangesModel::ReasonRole),
            u"Chỉ bí thư chi bộ được chia sẻ tài liệu với chi bộ."_s);
        QCOMPARE(cell(1, RejectedChangesModel::CodeRole), u"forbidden"_s);
        QVERIFY(!cell(1, RejectedChangesModel::RejectedAtRole).isEmpty());
        QCOMPARE(cell(0, RejectedChangesModel::ReasonRole), rejected.at(0).errorMessage);
        QCOMPARE(cell(1, RejectedChangesModel::ReasonRole), rejected.at(1).errorMessage);
        // Dismissed once read: gone from the screen and from the vault.
        QVERIFY(home.dismissRejected(
            shown.data(shown.index(0), RejectedChangesModel::IdRole).toLongLong()));
        QCOMPARE(shown.rowCount(), 1);
        QCOMPARE(cell(0, RejectedChangesModel::ActionRole), u"Chia sẻ tài liệu với chi bộ"_s);
        QCOMPARE(Outbox(member->db()).rejected().size(), 1);
    }

    void memberSeesTheSecretarysReply()
    {
        QString error;
        auto member = signedIn(u"dangvien.a2"_s);
        auto secretary = signedIn(u"bithu.a"_s);
        auto memberScreens = openScreens(*member);
        auto secretaryScreens = openScreens(*secretary);

        // The member asks; the question reaches the secretary at the next syncs.
        FeedbackController asking;
        asking.setSession(memberScreens.get());
        QVERIFY2(asking.send(u"Đề nghị chi bộ in tài liệu cho đảng viên cao tuổi"_s),
            qPrintable(asking.errorMessage()));
        // Sending holds the message for its undo window; ending the window queues it.
        QVERIFY2(asking.commitHeld(), qPrintable(asking.errorMessage()));
        const auto threadOf = [](const FeedbackThreadModel &threads, const QString &id) {
            for (int row = 0; row < threads.rowCount(); ++row) {
                if (threads.data(threads.index(row), FeedbackThreadModel::IdRole).toString() == id)
                    return row;
            }
            return -1;
        };
        const FeedbackThreadModel &mine = *asking.threads();
        const QString questionId
            = Outbox(member->db()).pending().constLast().args[u"id"_s].toString();
        QVERIFY(threadOf(mine, questionId) >= 0);
        QVERIFY2(member->sync(&error), qPrintable(error));
        QCOMPARE(member->store().pendingCount(), 0);
        QVERIFY2(secretary->sync(&error), qPrintable(error));

        // The secretary replies to that thread, on the screen, and syncs.
        FeedbackController answering;
        answering.setSession(secretaryScreens.get());
        QVERIFY(answering.isSecretary());
        const FeedbackThreadModel &all = *answering.threads();
        const int thread = threadOf(all, questionId);
        QVERIFY(thread >= 0);
        QCOMPARE(all.data(all.index(thread), FeedbackThreadModel::AuthorNameRole).toString(),
            memberName(u"dangvien.a2"_s));
        const QString replyText = u"Chi bộ sẽ in và gửi tận nhà các đồng chí"_s;
        QVERIFY2(answering.reply(questionId, replyText), qPrintable(answering.errorMessage()));
        QVERIFY2(secretary->sync(&error), qPrintable(error));
        QCOMPARE(secretary->store().pendingCount(), 0);
        QCOMPARE(Outbox(secretary->db()).rejected().size(), 0);

        // After the member's next sync: the reply under the question, and a notification
        // that opens the threads.
        QVERIFY2(member->sync(&error), qPrintable(error));
        asking.reload();
        const int asked = threadOf(mine, questionId);
        QVERIFY(asked >= 0);
        QCOMPARE(mine.data(mine.index(asked), FeedbackThreadModel::ReplyCountRole).toInt(), 1);
        const QVariantMap reply
            = mine.data(mine.index(asked), FeedbackThreadModel::RepliesRole).toList().at(0).toMap();
        QCOMPARE(reply.value(u"text"_s).toString(), replyText);
        QCOMPARE(reply.value(u"authorName"_s).toString(), memberName(u"bithu.a"_s));
        QList<QJsonObject> replied;
        for (const QJsonObject &row : member->rows().value(u"notification"_s)) {
            if (row.value(u"kind"_s).toString() == u"feedback_reply")
                replied.append(row);
        }
        QCOMPARE(replied.size(), 1);
        QCOMPARE(replied.at(0).value(u"ref_type"_s).toString(), u"feedback"_s);
        NotificationsController notifications;
        notifications.setSession(memberScreens.get());
        QSignalSpy opened(&notifications, &NotificationsController::feedbackRequested);
        QVERIFY(notifications.open(replied.at(0).value(u"id"_s).toString()));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), replied.at(0).value(u"ref_id"_s).toString());
    }

    void attendanceReachesTheServerOnce()
    {
        QString error;
        auto secretary = signedIn(u"bithu.a"_s);
        QVERIFY2(secretary->sync(&error), qPrintable(error));
        // A meeting starting in 20 minutes: attendance may be taken from now on.
        const auto created = secretary->actions().createMeeting(
            u"Họp đột xuất"_s, QDateTime::currentDateTimeUtc().addSecs(1200), u"Trụ sở"_s, {}, {});
        QVERIFY(created.ok());
        QVERIFY2(secretary->sync(&error), qPrintable(error));

        // Offline, at the meeting: three members marked.
        auto screens = openScreens(*secretary);
        AttendanceController attendance;
        attendance.setSession(screens.get());
        attendance.setMeetingId(created.rowId);
        QVERIFY(attendance.canTake());
        const QList<MemberAnswerItem> members = attendance.members()->members();
        QVERIFY(members.size() >= 3);
        QVERIFY(attendance.mark(members.at(0).memberId, true));
        QVERIFY(attendance.mark(members.at(1).memberId, false));
        QVERIFY(attendance.mark(members.at(2).memberId, true));
        QCOMPARE(secretary->store().pendingCount(), 3);

        // The push is lost on the way, then its answer is lost after the server applied it;
        // the device retries until a run succeeds and gets the stored answers.
        FaultyProxy proxy(m_server.baseUrl(), { 7, 0.0, 0, 0 });
        QVERIFY2(proxy.listen(&error), qPrintable(error));
        proxy.forceFault("POST /v1/sync/push", FaultyProxy::Fault::DropRequest);
        proxy.forceFault("POST /v1/sync/push", FaultyProxy::Fault::BadGatewayAfterWork);
        secretary->setServer(proxy.url());
        const QString device = secretary->deviceId();
        const auto applied = [&] {
            return m_server
                .scalar(u"SELECT count(*) FROM mutation_results WHERE device_id = ? AND "
                        "status = 'applied'"_s,
                    { device })
                .toInt();
        };
        const int before = applied();
        int failedRuns = 0;
        bool sawLostAnswer = false;
        while (!secretary->sync()) {
            QVERIFY2(++failedRuns <= 4, "the sync does not get through");
            // After the lost answer: applied on the server, still pending on the device.
            if (proxy.faultCount(FaultyProxy::Fault::BadGatewayAfterWork) == 1 && !sawLostAnswer) {
                sawLostAnswer = true;
                QCOMPARE(applied(), before + 3);
                QCOMPARE(secretary->store().pendingCount(), 3);
            }
        }
        QVERIFY(failedRuns >= 1);
        QVERIFY(sawLostAnswer);
        QCOMPARE(secretary->store().pendingCount(), 0);
        QCOMPARE(Outbox(secretary->db()).rejected().size(), 0);
        QCOMPARE(proxy.faultCount(FaultyProxy::Fault::DropRequest), 1);
        QCOMPARE(proxy.faultCount(FaultyProxy::Fault::BadGatewayAfterWork), 1);

        // Once each: one result per mutation, one row per member, marked once.
        QCOMPARE(applied(), before + 3);
        QCOMPARE(m_server
                     .scalar(u"SELECT count(*) FROM attendance WHERE meeting_id = ?"_s,
                         { created.rowId })
                     .toInt(),
            3);
        QCOMPARE(m_server
                     .scalar(u"SELECT max(version) FROM attendance WHERE meeting_id = ?"_s,
                         { created.rowId })
                     .toInt(),
            1);
        QCOMPARE(m_server
                     .scalar(u"SELECT present FROM attendance WHERE id = ?"_s,
                         { created.rowId + u':' + members.at(1).memberId })
                     .toInt(),
            0);
        // Under way until the secretary ends it or publishes the minutes (DESIGN.md 8.5).
        QCOMPARE(m_server.scalar(u"SELECT status FROM meetings WHERE id = ?"_s, { created.rowId })
                     .toString(),
            u"in_progress"_s);
        // The meeting's figures on the secretary's screen, from the server's rows.
        MeetingController meeting;
        meeting.setSession(screens.get());
        meeting.setMeetingId(created.rowId);
        QVERIFY(!meeting.pending());
        QCOMPARE(meeting.status(), u"in_progress"_s);
        QCOMPARE(meeting.presentCount(), 2);
        QCOMPARE(meeting.absentCount(), 1);
    }

    void interruptedUploadResumes()
    {
        QString error;
        auto secretary = signedIn(u"bithu.a"_s);
        QVERIFY2(secretary->sync(&error), qPrintable(error));
        const QByteArray pdf = makePdf(kPdfSize, 4242);
        const QString sha = sha256Of(pdf);
        const auto shared = secretary->actions().shareDocument(u"Báo cáo tổng kết"_s, u"other"_s,
            {}, {}, { { pdf, u"bao-cao.pdf"_s, u"application/pdf"_s } });
        QVERIFY(shared.ok());

        // The 9th chunk reaches the server but its answer never comes back (the network
        // fails the device): the run stops there, the server keeps what it got.
        FaultyProxy proxy(m_server.baseUrl(), { 11, 0.0, 0, 0 });
        QVERIFY2(proxy.listen(&error), qPrintable(error));
        proxy.forceFault("PUT /v1/blobs/", FaultyProxy::Fault::BadGatewayAfterWork, 8);
        secretary->setServer(proxy.url());
        secretary->engine().setChunkSize(kChunk);
        QVERIFY(!secretary->sync());
        QCOMPARE(proxy.faultCount(FaultyProxy::Fault::BadGatewayAfterWork), 1);
        QCOMPARE(secretary->engine().progress().bytesUp, 8 * kChunk);
        const qint64 stored
            = m_server.scalar(u"SELECT received FROM blobs WHERE sha256 = ?"_s, { sha })
                  .toLongLong();
        QVERIFY2(stored >= 8 * kChunk && stored < kPdfSize, qPrintable(QString::number(stored)));
        QCOMPARE(m_server.scalar(u"SELECT count(*) FROM documents WHERE id = ?"_s, { shared.rowId })
                     .toInt(),
            0);

        // The retry sends only the rest.
        QVERIFY2(secretary->sync(&error), qPrintable(error));
        QCOMPARE(secretary->engine().progress().bytesUp, qint64(kPdfSize) - stored);
        qInfo("interrupted at %lld bytes; the retry sent %lld of %lld", stored,
            secretary->engine().progress().bytesUp, qint64(kPdfSize));
        QCOMPARE(secretary->engine().progress().uploads, 1);
        QCOMPARE(
            m_server.scalar(u"SELECT complete FROM blobs WHERE sha256 = ?"_s, { sha }).toInt(), 1);
        QCOMPARE(
            m_server.scalar(u"SELECT size FROM blobs WHERE sha256 = ?"_s, { sha }).toLongLong(),
            qint64(kPdfSize));
        QCOMPARE(m_server.scalar(u"SELECT count(*) FROM documents WHERE id = ?"_s, { shared.rowId })
                     .toInt(),
            1);
        QCOMPARE(Outbox(secretary->db()).rejected().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClientCell)
#include "tst_client_cell.moc"
