// The minutes (biên bản) of a meeting in the app over a real SQLCipher vault (issue 21): the
// template filled from the vault's meeting, members, RSVP reasons, attendance and vote
// tallies; meeting.minutes and meeting.end refused before queueing by the contract's rules,
// queued with its arguments, the meeting row showing the minutes at once and pending, rolled
// back when the server rejects them; the draft kept in the vault as the secretary types; the
// home screen's card for a member who was absent, until she opens the minutes; the PDF's
// text read back with QtPdf.
#include "homecontroller.h"
#include "minutesactions.h"
#include "minutescatalog.h"
#include "minutescontroller.h"
#include "minutesreport.h"
#include "minutestemplate.h"
#include "outbox.h"
#include "pushreply.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "unlockedsession.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
namespace Limit = Protocol::Limit;

namespace {
const QString kPin = u"246810"_s;
// The meeting starts at 12:30 UTC (19:30 in Vietnam) on 27/11/2026; now is an hour after.
const QDateTime kStarts(QDate(2026, 11, 27), QTime(12, 30), QTimeZone::utc());
const QDateTime kNow = kStarts.addSecs(3600);

QJsonObject meeting(const QString &id, const QString &org, const QString &status)
{
    return { { u"id"_s, id }, { u"org_id"_s, org }, { u"title"_s, u"Sinh hoạt chi bộ tháng 11"_s },
        { u"starts_at"_s, u"2026-11-27T12:30:00.000Z"_s },
        { u"location"_s, u"Nhà văn hóa khu 3"_s },
        { u"agenda"_s, u"Kiểm điểm công tác tháng 11.\nPhương hướng tháng 12."_s },
        { u"document_ids"_s, QJsonArray() }, { u"status"_s, status },
        { u"cancel_reason"_s, QJsonValue() }, { u"minutes"_s, QJsonValue() },
        { u"minutes_attachments"_s, QJsonArray() }, { u"minutes_by_name"_s, QJsonValue() },
        { u"minutes_at"_s, QJsonValue() }, { u"ended_at"_s, QJsonValue() } };
}

QJsonObject member(const QString &id, const QString &name)
{
    return { { u"id"_s, id }, { u"org_id"_s, u"c1"_s }, { u"full_name"_s, name },
        { u"position"_s, u""_s } };
}

QJsonObject attendance(const QString &memberId, const QJsonValue &rsvp, const QString &reason,
    const QJsonValue &present)
{
    return { { u"id"_s, u"mt1:"_s + memberId }, { u"meeting_id"_s, u"mt1"_s },
        { u"member_id"_s, memberId }, { u"rsvp"_s, rsvp }, { u"reason"_s, reason },
        { u"present"_s, present } };
}
} // namespace

class TestMinutes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;

    SqliteDatabase &db() { return m_session->vault().database(); }
    void signInAs(const QString &role, const QString &orgId, const QString &memberId)
    {
        VaultSyncStore(m_session->vault())
            .saveSession(u"token"_s, AuthUser { u"u-"_s + memberId, memberId, role, orgId });
    }
    MinutesActions actions(const QDateTime &at = kNow)
    {
        return MinutesActions(db(), [at] { return at; });
    }
    template<typename Controller> void prepare(Controller &controller)
    {
        controller.setClock([] { return kNow; });
        controller.setSession(m_session.get());
    }
    void putVote(const QString &id, const QJsonObject &vote)
    {
        Statement insert(db(),
            "INSERT INTO votes(id, meeting_id, status, version, data) VALUES (?1, ?2, ?3, 1, ?4)");
        insert.bind(1, id)
            .bind(2, u"mt1"_s)
            .bind(3, vote.value(u"status"_s).toString())
            .bind(4, QString::fromUtf8(QJsonDocument(vote).toJson(QJsonDocument::Compact)));
        insert.step();
    }
    QJsonObject storedMeeting(const QString &id = u"mt1"_s)
    {
        return ReplicaStore(db()).get(u"meeting"_s, id).value_or(QJsonObject());
    }

    // The cell c1 (of the ward d1) with four members: An present, Bình marked absent after
    // answering she would be ill, Cường who answered absent (not marked), Dũng with nothing;
    // the secretary Hà present. A closed open vote, a closed secret vote and an open one.
    void fill()
    {
        ReplicaStore replica(db());
        replica.put(u"organization"_s, u"d1"_s, 1,
            { { u"id"_s, u"d1"_s }, { u"parent_id"_s, QJsonValue() },
                { u"name"_s, u"Đảng bộ phường Quang Trung"_s }, { u"kind"_s, u"grassroots"_s } });
        replica.put(u"organization"_s, u"c1"_s, 1,
            { { u"id"_s, u"c1"_s }, { u"parent_id"_s, u"d1"_s },
                { u"name"_s, u"Chi bộ Khu phố 3"_s }, { u"kind"_s, u"cell"_s } });
        replica.put(u"member"_s, u"m-sec"_s, 1, member(u"m-sec"_s, u"Trần Thu Hà"_s));
        replica.put(u"member"_s, u"m-an"_s, 1, member(u"m-an"_s, u"Nguyễn Văn An"_s));
        replica.put(u"member"_s, u"m-binh"_s, 1, member(u"m-binh"_s, u"Lê Thị Bình"_s));
        replica.put(u"member"_s, u"m-cuong"_s, 1, member(u"m-cuong"_s, u"Phạm Văn Cường"_s));
        replica.put(u"member"_s, u"m-dung"_s, 1, member(u"m-dung"_s, u"Hoàng Văn Dũng"_s));
        replica.put(u"meeting"_s, u"mt1"_s, 1, meeting(u"mt1"_s, u"c1"_s, u"in_progress"_s));
        replica.put(
            u"attendance"_s, u"mt1:m-sec"_s, 1, attendance(u"m-sec"_s, QJsonValue(), {}, true));
        replica.put(
            u"attendance"_s, u"mt1:m-an"_s, 1, attendance(u"m-an"_s, u"attending"_s, {}, true));
        replica.put(u"attendance"_s, u"mt1:m-binh"_s, 1,
            attendance(u"m-binh"_s, u"absent"_s, u"ốm"_s, false));
        replica.put(u"attendance"_s, u"mt1:m-cuong"_s, 1,
            attendance(u"m-cuong"_s, u"absent"_s, u"đi công tác"_s, QJsonValue()));
        const QJsonArray choices { u"Đồng ý"_s, u"Không đồng ý"_s, u"Ý kiến khác"_s };
        putVote(u"v1"_s,
            { { u"id"_s, u"v1"_s }, { u"meeting_id"_s, u"mt1"_s },
                { u"question"_s, u"Thông qua nghị quyết tháng 11"_s }, { u"choices"_s, choices },
                { u"secret"_s, false }, { u"status"_s, u"closed"_s }, { u"ballots"_s, 3 },
                { u"tally"_s,
                    QJsonArray { QJsonObject { { u"choice"_s, u"Đồng ý"_s }, { u"count"_s, 2 } },
                        QJsonObject { { u"choice"_s, u"Không đồng ý"_s }, { u"count"_s, 1 } },
                        QJsonObject { { u"choice"_s, u"Ý kiến khác"_s }, { u"count"_s, 0 } } } },
                { u"opened_at"_s, u"2026-11-27T12:40:00.000Z"_s } });
        putVote(u"v2"_s,
            { { u"id"_s, u"v2"_s }, { u"meeting_id"_s, u"mt1"_s },
                { u"question"_s, u"Đề nghị kết nạp quần chúng ưu tú"_s }, { u"choices"_s, choices },
                { u"secret"_s, true }, { u"status"_s, u"closed"_s }, { u"ballots"_s, 3 },
                { u"tally"_s,
                    QJsonArray { QJsonObject { { u"choice"_s, u"Đồng ý"_s }, { u"count"_s, 3 } },
                        QJsonObject { { u"choice"_s, u"Không đồng ý"_s }, { u"count"_s, 0 } },
                        QJsonObject { { u"choice"_s, u"Ý kiến khác"_s }, { u"count"_s, 0 } } } },
                { u"opened_at"_s, u"2026-11-27T12:50:00.000Z"_s } });
        putVote(u"v3"_s,
            { { u"id"_s, u"v3"_s }, { u"meeting_id"_s, u"mt1"_s },
                { u"question"_s, u"Chọn ngày họp tháng 12"_s }, { u"choices"_s, choices },
                { u"secret"_s, false }, { u"status"_s, u"open"_s }, { u"ballots"_s, 1 },
                { u"tally"_s, QJsonValue() }, { u"opened_at"_s, u"2026-11-27T13:00:00.000Z"_s } });
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = unlockedTestSession(*m_dir, kPin);
        QVERIFY(m_session);
        fill();
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void templateIsFilledFromTheMeetingAttendanceAndVotes()
    {
        const QString text = MinutesTemplate::build(db(), u"mt1"_s, u"Trần Thu Hà"_s);
        for (const QString &expected : { u"BIÊN BẢN SINH HOẠT CHI BỘ\nSinh hoạt chi bộ tháng 11"_s,
                 u"1. Thời gian: 19:30, ngày 27/11/2026"_s, u"2. Địa điểm: Nhà văn hóa khu 3"_s,
                 u"3. Chủ trì: đồng chí Trần Thu Hà"_s, u"4. Thư ký:"_s,
                 u"Có mặt: 2/5 đảng viên: "_s, u"đồng chí Nguyễn Văn An"_s,
                 u"Vắng mặt: 2 đảng viên:"_s, u"- đồng chí Lê Thị Bình (lý do: ốm)"_s,
                 u"- đồng chí Phạm Văn Cường (lý do: đi công tác)"_s,
                 u"Chưa điểm danh: 1 đảng viên:\n- đồng chí Hoàng Văn Dũng"_s,
                 u"Nội dung:\nKiểm điểm công tác tháng 11.\nPhương hướng tháng 12."_s,
                 u"Kết luận:"_s,
                 u"Kết quả biểu quyết:\n- Thông qua nghị quyết tháng 11: Đồng ý 2, Không đồng ý "
                 "1, Ý kiến khác 0 (tổng số 3 phiếu)."_s,
                 u"- Đề nghị kết nạp quần chúng ưu tú (biểu quyết kín): Đồng ý 3, Không đồng ý 0, "
                 "Ý kiến khác 0 (tổng số 3 phiếu)."_s,
                 u"- Chọn ngày họp tháng 12: đang biểu quyết."_s }) {
            QVERIFY2(
                text.contains(expected), qPrintable(expected + u"\n--- not in ---\n"_s + text));
        }
        QVERIFY(MinutesTemplate::build(db(), u"nope"_s, {}).isEmpty());
        // A meeting without votes has no vote heading.
        Statement(db(), "DELETE FROM votes").step();
        QVERIFY(!MinutesTemplate::build(db(), u"mt1"_s, {}).contains(u"Kết quả biểu quyết"_s));
    }

    void publishIsQueuedPendingAndRolledBackWhenRejected()
    {
        signInAs(u"secretary"_s, u"c1"_s, u"m-sec"_s);
        MinutesController minutes;
        prepare(minutes);
        minutes.setMeetingId(u"mt1"_s);
        QVERIFY(minutes.found());
        QVERIFY(minutes.canWrite());
        QVERIFY(minutes.canEnd());
        QVERIFY(!minutes.hasMinutes());
        // The editor starts from the template, with the secretary as chair.
        QVERIFY(minutes.text().contains(u"3. Chủ trì: đồng chí Trần Thu Hà"_s));
        minutes.setText(u"  Biên bản đã thống nhất.\nKết luận: tốt.  "_s);
        QVERIFY(minutes.publish());

        const QList<PendingMutation> queued = Outbox(db()).pending();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.at(0).name, u"meeting.minutes"_s);
        QCOMPARE(queued.at(0).args,
            (QJsonObject { { u"meeting_id"_s, u"mt1"_s },
                { u"text"_s, u"Biên bản đã thống nhất.\nKết luận: tốt."_s } }));
        const QJsonObject row = storedMeeting();
        QCOMPARE(row.value(u"minutes"_s).toString(), u"Biên bản đã thống nhất.\nKết luận: tốt."_s);
        QCOMPARE(row.value(u"status"_s).toString(), u"done"_s);
        QCOMPARE(row.value(u"minutes_by_name"_s).toString(), u"Trần Thu Hà"_s);
        QVERIFY(!row.value(u"ended_at"_s).toString().isEmpty());
        QVERIFY(minutes.hasMinutes());
        QVERIFY(minutes.pending());
        QVERIFY(minutes.ended());
        QVERIFY(minutes.publishedText().contains(u"Trần Thu Hà"_s));
        QVERIFY(!MinutesCatalog(db()).draft(u"mt1"_s)); // the draft went with it

        // The server refuses: the meeting is as before, nothing pending.
        PushReply reply;
        reply.lastMutationId = queued.at(0).id;
        reply.results.append({ queued.at(0).id, false, u"forbidden"_s, u"Không được phép."_s, {} });
        VaultSyncStore(m_session->vault()).acknowledge(reply);
        const QJsonObject back = storedMeeting();
        QCOMPARE(back.value(u"status"_s).toString(), u"in_progress"_s);
        QVERIFY(back.value(u"minutes"_s).isNull());
        minutes.reload();
        QVERIFY(!minutes.hasMinutes());
        QVERIFY(!minutes.pending());
    }

    void endMeetingIsQueuedOnce()
    {
        signInAs(u"secretary"_s, u"c1"_s, u"m-sec"_s);
        const auto ended = actions().endMeeting(u"mt1"_s);
        QVERIFY2(ended.ok(), qPrintable(ended.error));
        QVERIFY(ended.mutationId > 0);
        const QList<PendingMutation> queued = Outbox(db()).pending();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.at(0).name, u"meeting.end"_s);
        QCOMPARE(queued.at(0).args, (QJsonObject { { u"id"_s, u"mt1"_s } }));
        QCOMPARE(storedMeeting().value(u"status"_s).toString(), u"done"_s);
        QVERIFY(!storedMeeting().value(u"minutes"_s).isString());
        // Done already: nothing more to send.
        const auto again = actions().endMeeting(u"mt1"_s);
        QVERIFY(again.ok());
        QCOMPARE(again.mutationId, 0);
        QCOMPARE(Outbox(db()).pendingCount(), 1);
    }

    void refusedBeforeQueueing_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("org");
        QTest::addColumn<QString>("meetingId");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("files");
        QTest::addColumn<int>("minutesEarly"); // how long before the start "now" is
        QTest::addColumn<QString>("error");
        const QString ok = u"Biên bản"_s;
        QTest::newRow("member") << u"member"_s << u"c1"_s << u"mt1"_s << ok << 0 << -60
                                << u"forbidden"_s;
        QTest::newRow("other cell's secretary")
            << u"secretary"_s << u"c2"_s << u"mt1"_s << ok << 0 << -60 << u"forbidden"_s;
        QTest::newRow("unknown meeting")
            << u"secretary"_s << u"c1"_s << u"nope"_s << ok << 0 << -60 << u"not_found"_s;
        QTest::newRow("too early")
            << u"secretary"_s << u"c1"_s << u"mt1"_s << ok << 0 << 61 << u"too_early"_s;
        QTest::newRow("cancelled")
            << u"secretary"_s << u"c1"_s << u"mt-x"_s << ok << 0 << -60 << u"meeting_closed"_s;
        QTest::newRow("empty") << u"secretary"_s << u"c1"_s << u"mt1"_s << u" \n "_s << 0 << -60
                               << u"invalid_args"_s;
        QTest::newRow("too long") << u"secretary"_s << u"c1"_s << u"mt1"_s
                                  << QString(Limit::Minutes + 1, u'a') << 0 << -60
                                  << u"invalid_args"_s;
        QTest::newRow("too many files")
            << u"secretary"_s << u"c1"_s << u"mt1"_s << ok << Limit::MinutesAttachments + 1 << -60
            << u"invalid_args"_s;
    }
    void refusedBeforeQueueing()
    {
        QFETCH(QString, role);
        QFETCH(QString, org);
        QFETCH(QString, meetingId);
        QFETCH(QString, text);
        QFETCH(int, files);
        QFETCH(int, minutesEarly);
        QFETCH(QString, error);
        QJsonObject cancelled = meeting(u"mt-x"_s, u"c1"_s, u"cancelled"_s);
        ReplicaStore(db()).put(u"meeting"_s, u"mt-x"_s, 1, cancelled);
        signInAs(role, org, u"m-sec"_s);
        QList<LocalActions::NewAttachment> attachments;
        for (int i = 0; i < files; ++i)
            attachments.append({ QByteArray("pdf"), u"tep-%1.pdf"_s.arg(i), u"application/pdf"_s });
        const QDateTime at = kStarts.addSecs(-60 * minutesEarly);
        const auto result = actions(at).publishMinutes(meetingId, text, attachments);
        QCOMPARE(result.error, error);
        if (text == u"Biên bản"_s && files == 0) {
            const auto end = actions(at).endMeeting(meetingId);
            QCOMPARE(end.error, error);
        }
        QCOMPARE(Outbox(db()).pendingCount(), 0);
        QCOMPARE(storedMeeting().value(u"status"_s).toString(), u"in_progress"_s);
    }

    void publishWithAttachmentsNamesThem()
    {
        signInAs(u"secretary"_s, u"c1"_s, u"m-sec"_s);
        const auto result = actions().publishMinutes(u"mt1"_s, u"Biên bản"_s,
            { { QByteArray("%PDF-1.4 phụ lục"), u"phu-luc.pdf"_s, u"application/pdf"_s } });
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QJsonArray files
            = Outbox(db()).pending().at(0).args.value(u"attachments"_s).toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.at(0).toObject().value(u"name"_s).toString(), u"phu-luc.pdf"_s);
        QCOMPARE(files.at(0).toObject().value(u"sha256"_s).toString().size(), 64);
        QCOMPARE(storedMeeting().value(u"minutes_attachments"_s).toArray(), files);
    }

    void draftIsKeptAsTheSecretaryTypes()
    {
        signInAs(u"secretary"_s, u"c1"_s, u"m-sec"_s);
        {
            MinutesController minutes;
            prepare(minutes);
            minutes.setMeetingId(u"mt1"_s);
            minutes.setText(minutes.text() + u"\nÝ kiến của đồng chí An: đồng ý."_s);
            // Saved after a pause in typing, without anything queued.
            QTRY_VERIFY_WITH_TIMEOUT(MinutesCatalog(db()).draft(u"mt1"_s).has_value(),
                MinutesController::kSaveDelayMs * 4);
            QVERIFY(!minutes.savedText().isEmpty());
            minutes.setText(minutes.text() + u"\nKết thúc."_s); // saved when the page goes
        }
        QCOMPARE(Outbox(db()).pendingCount(), 0);
        MinutesController again;
        prepare(again);
        again.setMeetingId(u"mt1"_s);
        QVERIFY(again.text().endsWith(u"Ý kiến của đồng chí An: đồng ý.\nKết thúc."_s));
        QVERIFY(again.text().startsWith(u"BIÊN BẢN SINH HOẠT CHI BỘ"_s));
        // Back to the template.
        QVERIFY(again.restoreTemplate());
        QVERIFY(!again.text().contains(u"Kết thúc."_s));
        QVERIFY(again.text().contains(u"Chủ trì: đồng chí Trần Thu Hà"_s));
        QVERIFY(!MinutesCatalog(db()).draft(u"mt1"_s));
    }

    void homeCardForAnAbsentMemberUntilSheOpensTheMinutes_data()
    {
        QTest::addColumn<QString>("memberId");
        QTest::addColumn<bool>("card");
        QTest::newRow("marked absent") << u"m-binh"_s << true;
        QTest::newRow("answered absent, not marked") << u"m-cuong"_s << true;
        QTest::newRow("no attendance at all") << u"m-dung"_s << true;
        QTest::newRow("present") << u"m-an"_s << false;
    }
    void homeCardForAnAbsentMemberUntilSheOpensTheMinutes()
    {
        QFETCH(QString, memberId);
        QFETCH(bool, card);
        signInAs(u"member"_s, u"c1"_s, memberId);
        HomeController home;
        home.setClock([] { return kNow; });
        home.setSession(m_session.get());
        QVERIFY(home.unseenMinutesId().isEmpty()); // no minutes yet

        QJsonObject row = storedMeeting();
        row.insert(u"status"_s, u"done"_s);
        row.insert(u"minutes"_s, u"Biên bản buổi sinh hoạt tháng 11."_s);
        row.insert(u"minutes_by_name"_s, u"Trần Thu Hà"_s);
        row.insert(u"minutes_at"_s, u"2026-11-27T15:00:00.000Z"_s);
        ReplicaStore(db()).put(u"meeting"_s, u"mt1"_s, 2, row);
        home.reload();
        QCOMPARE(home.unseenMinutesId(), card ? u"mt1"_s : QString());
        if (!card)
            return;
        QCOMPARE(home.unseenMinutesTitle(), u"Sinh hoạt chi bộ tháng 11"_s);
        QVERIFY(home.unseenMinutesTime().contains(u"27/11/2026"_s));

        MinutesController minutes;
        prepare(minutes);
        minutes.setMeetingId(u"mt1"_s);
        QVERIFY(minutes.hasMinutes());
        QVERIFY(!minutes.canWrite()); // a member reads them
        QVERIFY(minutes.text().isEmpty());
        QCOMPARE(minutes.minutes(), u"Biên bản buổi sinh hoạt tháng 11."_s);
        QVERIFY(home.unseenMinutesId() == u"mt1"_s);
        minutes.markSeen(); // the home screen hears of it (VaultSession::dataChanged)
        QVERIFY(home.unseenMinutesId().isEmpty());
        QVERIFY(MinutesCatalog(db()).seen(u"mt1"_s));
        QCOMPARE(Outbox(db()).pendingCount(), 0); // nothing to send
    }

    void noCardForTheSecretary()
    {
        signInAs(u"secretary"_s, u"c1"_s, u"m-dung"_s);
        QJsonObject row = storedMeeting();
        row.insert(u"minutes"_s, u"Biên bản."_s);
        ReplicaStore(db()).put(u"meeting"_s, u"mt1"_s, 2, row);
        QVERIFY(MinutesCatalog(db()).unseenByAbsentMember().isEmpty());
    }

    void pdfReadsBackWithVietnameseText()
    {
        signInAs(u"secretary"_s, u"c1"_s, u"m-sec"_s);
        QTemporaryDir out;
        QVERIFY(out.isValid());
        MinutesController minutes;
        prepare(minutes);
        minutes.setMeetingId(u"mt1"_s);
        minutes.setExportFolder(QUrl::fromLocalFile(out.path()));
        QVERIFY2(minutes.exportPdf(), qPrintable(minutes.errorMessage()));
        const QString path = minutes.exportedPath();
        QVERIFY(path.endsWith(u"bien-ban-sinh-hoat-chi-bo-thang-11-2026-11-27.pdf"_s));
        QVERIFY(minutes.exportedText().contains(path));

        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QVERIFY(pdf.pageCount() >= 1);
        const QSizeF page = pdf.pagePointSize(0); // A4
        QVERIFY(qAbs(page.width() - 595) < 2 && qAbs(page.height() - 842) < 2);
        QString text;
        for (int i = 0; i < pdf.pageCount(); ++i)
            text += pdf.getAllText(i).text() + u' ';
        text = text.simplified();
        for (const QString &expected :
            { u"ĐẢNG CỘNG SẢN VIỆT NAM"_s, u"CHI BỘ KHU PHỐ 3"_s, u"ĐẢNG BỘ PHƯỜNG QUANG TRUNG"_s,
                u"Ngày 27 tháng 11 năm 2026"_s, u"Sinh hoạt chi bộ tháng 11"_s,
                u"Địa điểm: Nhà văn hóa khu 3"_s, u"đồng chí Lê Thị Bình (lý do: ốm)"_s,
                u"Kết quả biểu quyết:"_s, u"(biểu quyết kín)"_s, u"Bản nháp, chưa công bố."_s }) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("/FontFile2"));
        QVERIFY(bytes.contains("DejaVu"));

        QString error;
        QVERIFY(!MinutesReport({}).writePdf(u"/nonexistent-dir/x/bien-ban.pdf"_s, &error));
        QVERIFY(!error.isEmpty());
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestMinutes test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_minutes.moc"
