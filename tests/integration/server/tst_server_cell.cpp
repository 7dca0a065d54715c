// The cell secretary's mutations against the real server with the demo province: meetings,
// attendance, shared documents and profile decisions reach exactly the cell, are refused to
// everyone else (and consumed), apply once, notify the members and leave audit entries; a
// secretary's own profile request is decided by the committee directly above the cell; a
// pending request follows its member's role and cell.
#include "auth/passwordhasher.h"
#include "cellfixture.h"
#include "db/sqlrunner.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerCell : public QObject
{
    Q_OBJECT

    CellFixture f;

    static QString outcome(const QJsonObject &result) { return CellFixture::outcome(result); }
    static QJsonObject push(DeviceSession &session, const QString &name, const QJsonObject &args)
    {
        return CellFixture::push(session, name, args);
    }
    static PulledRows pull(DeviceSession &session) { return CellFixture::pull(session); }
    // The outcome of a profile.request / a profile.request.decide without a reason.
    static QString askChange(
        DeviceSession &session, const QString &id, const QJsonObject &fields, const QString &reason)
    {
        return outcome(push(session, u"profile.request"_s,
            { { u"id"_s, id }, { u"fields"_s, fields }, { u"reason"_s, reason } }));
    }
    static QString decide(DeviceSession &session, const QString &id, const QString &decision)
    {
        return outcome(push(session, u"profile.request.decide"_s,
            { { u"request_id"_s, id }, { u"decision"_s, decision } }));
    }
    static QString newId() { return CellFixture::newId(); }
    static QString inFuture(qint64 seconds) { return CellFixture::inFuture(seconds); }
    QSqlDatabase db() const { return f.db(); }
    int count(const QString &sql, const QVariantList &binds) const { return f.count(sql, binds); }

    QJsonObject meetingArgs(const QString &id, const QString &title, const QString &startsAt,
        const QJsonArray &documentIds = {}) const
    {
        return { { u"id"_s, id }, { u"title"_s, title }, { u"starts_at"_s, startsAt },
            { u"location"_s, u"Hội trường nhà văn hóa thôn"_s },
            { u"agenda"_s, u"1. Quán triệt nghị quyết\n2. Sinh hoạt chuyên đề"_s },
            { u"document_ids"_s, documentIds } };
    }

    // A document the secretary's cell can see (its audience is the cell or an ancestor).
    QString visibleDocument() const
    {
        return scalarSql(db(),
            u"SELECT id FROM documents WHERE withdrawn_at IS NULL AND audience_org_id IN "
            "(SELECT ancestor_id FROM org_closure WHERE descendant_id = ?) ORDER BY id LIMIT 1"_s,
            { f.secretary.orgId })
            .toString();
    }

    // Uploads bytes [first, last] of `bytes` as one chunk; the HTTP status.
    static int upload(DeviceSession &session, const QByteArray &bytes, const QString &sha256,
        qsizetype first, qsizetype last)
    {
        const QByteArray range = "bytes " + QByteArray::number(first) + '-'
            + QByteArray::number(last) + '/' + QByteArray::number(bytes.size());
        return session.http
            .send("PUT", u"/v1/blobs/"_s + sha256, bytes.mid(first, last - first + 1),
                { { "Content-Type", "application/octet-stream" }, { "Content-Range", range } })
            .status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
    }

    void meetingLifecycleReachesOnlyTheCell()
    {
        auto secretary = f.signIn(f.secretary);
        auto member = f.signIn(f.member);
        auto stranger = f.signIn(f.stranger);
        pull(*member);
        pull(*stranger);
        pull(*secretary);
        const QString documentId = visibleDocument();
        QVERIFY(!documentId.isEmpty());

        // Refused: a time in the past, a time without offset, a document the cell cannot see.
        const QString id = newId();
        QCOMPARE(outcome(push(*secretary, u"meeting.create"_s,
                     meetingArgs(id, u"Họp chi bộ"_s, inFuture(-3600)))),
            u"invalid_args"_s);
        QCOMPARE(outcome(push(*secretary, u"meeting.create"_s,
                     meetingArgs(id, u"Họp chi bộ"_s, u"2031-05-01T19:30:00"_s))),
            u"invalid_args"_s);
        // A document the other cell's secretary shared with that cell only.
        auto otherSecretary = f.signIn(f.otherSecretary);
        const QString foreignDocument = newId();
        QCOMPARE(outcome(push(*otherSecretary, u"document.share"_s,
                     { { u"id"_s, foreignDocument }, { u"title"_s, u"Kế hoạch của chi bộ khác"_s },
                         { u"kind"_s, u"plan"_s }, { u"body"_s, u"Nội dung kế hoạch"_s } })),
            u"applied"_s);
        QCOMPARE(outcome(push(*secretary, u"meeting.create"_s,
                     meetingArgs(id, u"Họp chi bộ"_s, inFuture(86400), { foreignDocument }))),
            u"not_found"_s);
        QCOMPARE(count(u"SELECT count(*) FROM meetings WHERE id = ?"_s, { id }), 0);

        // Created: the members of the cell see it and are notified; the other cell is not.
        QCOMPARE(
            outcome(push(*secretary, u"meeting.create"_s,
                meetingArgs(id, u"Họp chi bộ tháng 8"_s, inFuture(3 * 86400), { documentId }))),
            u"applied"_s);
        PulledRows seen = pull(*member);
        QVERIFY(seen.has(u"meeting"_s, id));
        QCOMPARE(seen.row(u"meeting"_s, id).value(u"title"_s).toString(), u"Họp chi bộ tháng 8"_s);
        QCOMPARE(seen.row(u"meeting"_s, id).value(u"status"_s).toString(), u"scheduled"_s);
        QCOMPARE(seen.row(u"meeting"_s, id).value(u"document_ids"_s).toArray(),
            QJsonArray { documentId });
        const QList<QJsonObject> created = seen.notifications(id, u"meeting_created"_s);
        QCOMPARE(created.size(), 1);
        // The app's word for a meeting (docs/glossary.md): "buổi sinh hoạt", not "cuộc họp".
        QCOMPARE(created.first().value(u"title"_s).toString(),
            u"Buổi sinh hoạt mới: Họp chi bộ tháng 8"_s);
        QCOMPARE(created.first().value(u"ref_type"_s).toString(), u"meeting"_s);
        const int cell = f.cellSize(f.secretary.orgId);
        QCOMPARE(count(u"SELECT count(*) FROM notifications WHERE ref_id = ?"_s, { id }), cell - 1);
        QVERIFY(!seen.has(u"document"_s, foreignDocument));
        PulledRows strangerSees = pull(*stranger);
        QVERIFY(strangerSees.has(u"document"_s, foreignDocument));
        QVERIFY(!strangerSees.has(u"meeting"_s, id));
        QVERIFY(strangerSees.notifications(id).isEmpty());
        QVERIFY(pull(*secretary).notifications(id).isEmpty()); // not the one who acted

        // The same create again (a new mutation id) is applied without a second notification;
        // the same id with other content is a conflict.
        QCOMPARE(
            outcome(push(*secretary, u"meeting.create"_s,
                meetingArgs(id, u"Họp chi bộ tháng 8"_s,
                    seen.row(u"meeting"_s, id).value(u"starts_at"_s).toString(), { documentId }))),
            u"applied"_s);
        QCOMPARE(count(u"SELECT count(*) FROM notifications WHERE ref_id = ?"_s, { id }), cell - 1);
        QCOMPARE(outcome(push(
                     *secretary, u"meeting.create"_s, meetingArgs(id, u"Khác"_s, inFuture(86400)))),
            u"conflict"_s);

        // Updated: new title and version, a change notification.
        QCOMPARE(outcome(push(*secretary, u"meeting.update"_s,
                     meetingArgs(id, u"Họp chi bộ tháng 8 (dời lịch)"_s, inFuture(4 * 86400)))),
            u"applied"_s);
        seen = pull(*member);
        QCOMPARE(seen.row(u"meeting"_s, id).value(u"title"_s).toString(),
            u"Họp chi bộ tháng 8 (dời lịch)"_s);
        QCOMPARE(seen.row(u"meeting"_s, id).value(u"document_ids"_s).toArray(), QJsonArray {});
        QCOMPARE(seen.notifications(id, u"meeting_changed"_s).size(), 1);
        QCOMPARE(seen.notifications(id, u"meeting_changed"_s).first().value(u"title"_s).toString(),
            u"Buổi sinh hoạt thay đổi: Họp chi bộ tháng 8 (dời lịch)"_s);
        QCOMPARE(
            scalarSql(db(), u"SELECT version FROM meetings WHERE id = ?"_s, { id }).toInt(), 2);
        QVERIFY(!pull(*stranger).has(u"meeting"_s, id));

        // The other cell's secretary cannot touch it.
        QCOMPARE(outcome(push(*otherSecretary, u"meeting.cancel"_s, { { u"id"_s, id } })),
            u"not_found"_s);
        QCOMPARE(outcome(push(*otherSecretary, u"meeting.update"_s,
                     meetingArgs(id, u"X"_s, inFuture(86400)))),
            u"not_found"_s);

        // Cancelled: status and reason reach the member with a notification; no more edits.
        QCOMPARE(outcome(push(*secretary, u"meeting.cancel"_s,
                     { { u"id"_s, id }, { u"reason"_s, u"Trùng lịch bầu cử"_s } })),
            u"applied"_s);
        seen = pull(*member);
        QCOMPARE(seen.row(u"meeting"_s, id).value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(seen.row(u"meeting"_s, id).value(u"cancel_reason"_s).toString(),
            u"Trùng lịch bầu cử"_s);
        QCOMPARE(seen.notifications(id, u"meeting_cancelled"_s).size(), 1);
        QCOMPARE(
            seen.notifications(id, u"meeting_cancelled"_s).first().value(u"title"_s).toString(),
            u"Buổi sinh hoạt bị hủy: Họp chi bộ tháng 8 (dời lịch)"_s);
        QCOMPARE(outcome(push(
                     *secretary, u"meeting.update"_s, meetingArgs(id, u"Lại"_s, inFuture(86400)))),
            u"conflict"_s);
        QVERIFY(pull(*stranger).notifications(id).isEmpty());
    }

    void onlyTheSecretaryMayActForTheCell()
    {
        const QString meetingId = newId();
        const QString documentId = newId();
        const QJsonObject share { { u"id"_s, documentId }, { u"title"_s, u"Thông báo"_s },
            { u"kind"_s, u"notice"_s }, { u"body"_s, u"Nội dung"_s },
            { u"attachments"_s, QJsonArray {} } };
        for (const CellAccount &account : { f.member, f.committee }) {
            auto session = f.signIn(account);
            QJsonObject result = push(
                *session, u"meeting.create"_s, meetingArgs(meetingId, u"Họp"_s, inFuture(86400)));
            QCOMPARE(outcome(result), u"forbidden"_s);
            QVERIFY(!result.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
            QCOMPARE(outcome(push(*session, u"document.share"_s, share)), u"forbidden"_s);
            // Consumed: the same ids again give the same answer and apply nothing.
            QCOMPARE(outcome(CellFixture::pushAs(*session, 1, u"meeting.create"_s,
                         meetingArgs(meetingId, u"Họp"_s, inFuture(86400)))),
                u"forbidden"_s);
            QCOMPARE(outcome(push(*session, u"meeting.attendance"_s,
                         { { u"meeting_id"_s, meetingId }, { u"member_id"_s, f.member.memberId },
                             { u"present"_s, true } })),
                u"forbidden"_s);
        }
        QCOMPARE(count(u"SELECT count(*) FROM meetings WHERE id = ?"_s, { meetingId }), 0);
        QCOMPARE(count(u"SELECT count(*) FROM documents WHERE id = ?"_s, { documentId }), 0);
    }

    void sharedDocumentNeedsCompleteBlobsAndReachesTheCell()
    {
        auto secretary = f.signIn(f.secretary);
        auto member = f.signIn(f.member);
        auto stranger = f.signIn(f.stranger);
        pull(*member);
        pull(*stranger);
        const QString meetingId = newId();
        QCOMPARE(outcome(push(*secretary, u"meeting.create"_s,
                     meetingArgs(meetingId, u"Họp chuyên đề"_s, inFuture(5 * 86400)))),
            u"applied"_s);

        const QByteArray bytes
            = "%PDF-1.4 tai lieu sinh hoat chuyen de chi bo " + newId().toLatin1();
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QJsonObject attachment { { u"sha256"_s, sha }, { u"size"_s, bytes.size() },
            { u"mime"_s, u"application/pdf"_s }, { u"name"_s, u"chuyen-de.pdf"_s } };
        const QString documentId = newId();
        QJsonObject share { { u"id"_s, documentId },
            { u"title"_s, u"Tài liệu sinh hoạt chuyên đề"_s }, { u"kind"_s, u"meeting_material"_s },
            { u"summary"_s, u"Đọc trước buổi họp"_s },
            { u"attachments"_s, QJsonArray { attachment } }, { u"meeting_id"_s, meetingId } };

        // Not uploaded, then only partly uploaded: blob_missing, nothing stored.
        QCOMPARE(outcome(push(*secretary, u"document.share"_s, share)), u"blob_missing"_s);
        QCOMPARE(upload(*secretary, bytes, sha, 0, 9), 200);
        QCOMPARE(count(u"SELECT received FROM blobs WHERE sha256 = ?"_s, { sha }), 10);
        QCOMPARE(outcome(push(*secretary, u"document.share"_s, share)), u"blob_missing"_s);
        QCOMPARE(count(u"SELECT count(*) FROM documents WHERE id = ?"_s, { documentId }), 0);
        QJsonObject badKind = share;
        badKind.insert(u"kind"_s, u"memo"_s);
        QCOMPARE(outcome(push(*secretary, u"document.share"_s, badKind)), u"invalid_args"_s);

        // Complete: applied; the members see the document, its attachment and the meeting link.
        QCOMPARE(upload(*secretary, bytes, sha, 10, bytes.size() - 1), 201);
        QCOMPARE(outcome(push(*secretary, u"document.share"_s, share)), u"applied"_s);
        const PulledRows seen = pull(*member);
        const QJsonObject document = seen.row(u"document"_s, documentId);
        QCOMPARE(document.value(u"audience_org_id"_s).toString(), f.secretary.orgId);
        QCOMPARE(document.value(u"classification"_s).toString(), u"internal"_s);
        QCOMPARE(document.value(u"kind"_s).toString(), u"meeting_material"_s);
        QCOMPARE(document.value(u"meeting_id"_s).toString(), meetingId);
        QCOMPARE(document.value(u"attachments"_s).toArray(), QJsonArray { attachment });
        QVERIFY(!document.value(u"published_at"_s).toString().isEmpty());
        QVERIFY(seen.row(u"meeting"_s, meetingId)
                    .value(u"document_ids"_s)
                    .toArray()
                    .contains(documentId));
        QCOMPARE(seen.notifications(documentId, u"document_shared"_s).size(), 1);
        const PulledRows strangerSees = pull(*stranger);
        QVERIFY(!strangerSees.has(u"document"_s, documentId));
        QVERIFY(strangerSees.notifications(documentId).isEmpty());
        QCOMPARE(
            count(
                u"SELECT count(*) FROM audit_log WHERE action = 'document.share' AND target_id = ?"_s,
                { documentId }),
            1);
        // The attachment downloads for the cell only.
        const HttpAnswer download = member->http.get(u"/v1/blobs/"_s + sha);
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, bytes);
        QCOMPARE(stranger->http.get(u"/v1/blobs/"_s + sha).status, 404);

        // The same share again is applied once; other content under the same id is a conflict.
        QCOMPARE(outcome(push(*secretary, u"document.share"_s, share)), u"applied"_s);
        QCOMPARE(count(u"SELECT count(*) FROM document_attachments WHERE document_id = ?"_s,
                     { documentId }),
            1);
        QCOMPARE(count(u"SELECT count(*) FROM notifications WHERE ref_id = ?"_s, { documentId }),
            f.cellSize(f.secretary.orgId) - 1);
        share.insert(u"title"_s, u"Tiêu đề khác"_s);
        QCOMPARE(outcome(push(*secretary, u"document.share"_s, share)), u"conflict"_s);

        // Not to another cell's meeting.
        auto otherSecretary = f.signIn(f.otherSecretary);
        share.insert(u"id"_s, newId());
        QCOMPARE(outcome(push(*otherSecretary, u"document.share"_s, share)), u"not_found"_s);
    }

    void attendanceIsTakenOnce()
    {
        auto secretary = f.signIn(f.secretary);
        const QString later = newId();
        const QString now = newId();
        QCOMPARE(outcome(push(*secretary, u"meeting.create"_s,
                     meetingArgs(later, u"Họp tháng sau"_s, inFuture(20 * 86400)))),
            u"applied"_s);
        QCOMPARE(outcome(push(*secretary, u"meeting.create"_s,
                     meetingArgs(now, u"Họp tối nay"_s, inFuture(600)))),
            u"applied"_s);
        const QJsonObject mark { { u"meeting_id"_s, now }, { u"member_id"_s, f.member.memberId },
            { u"present"_s, true } };

        // Too early, a member of another cell, a bad flag: refused.
        QCOMPARE(outcome(push(*secretary, u"meeting.attendance"_s,
                     { { u"meeting_id"_s, later }, { u"member_id"_s, f.member.memberId },
                         { u"present"_s, true } })),
            u"conflict"_s);
        QCOMPARE(outcome(push(*secretary, u"meeting.attendance"_s,
                     { { u"meeting_id"_s, now }, { u"member_id"_s, f.stranger.memberId },
                         { u"present"_s, true } })),
            u"not_found"_s);
        QCOMPARE(outcome(push(*secretary, u"meeting.attendance"_s,
                     { { u"meeting_id"_s, now }, { u"member_id"_s, f.member.memberId },
                         { u"present"_s, u"yes"_s } })),
            u"invalid_args"_s);

        // The same push twice: one row, one version, one change.
        const qint64 id = secretary->nextMutation++;
        QCOMPARE(outcome(CellFixture::pushAs(*secretary, id, u"meeting.attendance"_s, mark)),
            u"applied"_s);
        QCOMPARE(outcome(CellFixture::pushAs(*secretary, id, u"meeting.attendance"_s, mark)),
            u"applied"_s);
        const QString rowId = now + u':' + f.member.memberId;
        QCOMPARE(count(u"SELECT count(*) FROM attendance WHERE meeting_id = ?"_s, { now }), 1);
        QCOMPARE(count(u"SELECT present FROM attendance WHERE id = ?"_s, { rowId }), 1);
        QCOMPARE(count(u"SELECT version FROM attendance WHERE id = ?"_s, { rowId }), 1);
        QCOMPARE(
            count(u"SELECT count(*) FROM changes WHERE type = 'attendance' AND entity_id = ?"_s,
                { rowId }),
            1);
        // Taking attendance starts the meeting (DESIGN.md 8.5: the secretary ends it).
        QCOMPARE(scalarSql(db(), u"SELECT status FROM meetings WHERE id = ?"_s, { now }).toString(),
            u"in_progress"_s);

        // The member sees their own attendance; the secretary sees the cell's.
        auto member = f.signIn(f.member);
        const PulledRows seen = pull(*member);
        QCOMPARE(seen.row(u"attendance"_s, rowId).value(u"present"_s), QJsonValue(true));
        QCOMPARE(seen.row(u"meeting"_s, now).value(u"status"_s).toString(), u"in_progress"_s);
        QVERIFY(pull(*secretary).has(u"attendance"_s, rowId));
        QVERIFY(!pull(*f.signIn(f.stranger)).has(u"attendance"_s, rowId));

        // Corrected to absent: a new version.
        QJsonObject absent = mark;
        absent.insert(u"present"_s, false);
        QCOMPARE(outcome(push(*secretary, u"meeting.attendance"_s, absent)), u"applied"_s);
        QCOMPARE(count(u"SELECT present FROM attendance WHERE id = ?"_s, { rowId }), 0);
        QCOMPARE(count(u"SELECT version FROM attendance WHERE id = ?"_s, { rowId }), 2);
    }

    void rsvpChangesUntilTheStart()
    {
        auto secretary = f.signIn(f.secretary);
        auto member = f.signIn(f.member);
        pull(*member);
        const QString open = newId();
        QCOMPARE(outcome(push(*secretary, u"meeting.create"_s,
                     meetingArgs(open, u"Họp chi bộ tháng 9"_s, inFuture(3 * 86400)))),
            u"applied"_s);
        const QString rowId = open + u':' + f.member.memberId;

        // Absent with a reason, then changed to attending: the new answer replaces the old one
        // (one row, a new version, the reason gone), and the member's next pull says so.
        QCOMPARE(outcome(push(*member, u"meeting.rsvp"_s,
                     { { u"meeting_id"_s, open }, { u"status"_s, u"absent"_s },
                         { u"reason"_s, u"Đi công tác"_s } })),
            u"applied"_s);
        PulledRows seen = pull(*member);
        QCOMPARE(seen.row(u"attendance"_s, rowId).value(u"rsvp"_s).toString(), u"absent"_s);
        QCOMPARE(seen.row(u"attendance"_s, rowId).value(u"reason"_s).toString(), u"Đi công tác"_s);
        QCOMPARE(outcome(push(*member, u"meeting.rsvp"_s,
                     { { u"meeting_id"_s, open }, { u"status"_s, u"attending"_s } })),
            u"applied"_s);
        QCOMPARE(count(u"SELECT count(*) FROM attendance WHERE meeting_id = ?"_s, { open }), 1);
        QCOMPARE(count(u"SELECT version FROM attendance WHERE id = ?"_s, { rowId }), 2);
        QCOMPARE(
            scalarSql(db(), u"SELECT rsvp FROM attendance WHERE id = ?"_s, { rowId }).toString(),
            u"attending"_s);
        QVERIFY(
            scalarSql(db(), u"SELECT reason FROM attendance WHERE id = ?"_s, { rowId }).isNull());
        seen = pull(*member);
        QCOMPARE(seen.row(u"attendance"_s, rowId).value(u"rsvp"_s).toString(), u"attending"_s);
        QVERIFY(seen.row(u"attendance"_s, rowId).value(u"reason"_s).isNull());
        // The secretary's follow-up gets the changed answer too.
        QCOMPARE(pull(*secretary).row(u"attendance"_s, rowId).value(u"rsvp"_s).toString(),
            u"attending"_s);

        // Closed: once the meeting has started (its start moved into the past, as time would
        // do), when it is under way (attendance taken) or cancelled. Refused with the server's
        // reason, nothing stored, the earlier answer kept.
        runSql(db(), u"UPDATE meetings SET starts_at = ? WHERE id = ?"_s, { inFuture(-60), open });
        const QString done = newId();
        QCOMPARE(outcome(push(*secretary, u"meeting.create"_s,
                     meetingArgs(done, u"Họp tối nay"_s, inFuture(600)))),
            u"applied"_s);
        QCOMPARE(outcome(push(*secretary, u"meeting.attendance"_s,
                     { { u"meeting_id"_s, done }, { u"member_id"_s, f.secretary.memberId },
                         { u"present"_s, true } })),
            u"applied"_s);
        QCOMPARE(
            scalarSql(db(), u"SELECT status FROM meetings WHERE id = ?"_s, { done }).toString(),
            u"in_progress"_s);
        const QString cancelled = newId();
        QCOMPARE(outcome(push(*secretary, u"meeting.create"_s,
                     meetingArgs(cancelled, u"Họp bị hủy"_s, inFuture(2 * 86400)))),
            u"applied"_s);
        QCOMPARE(outcome(push(*secretary, u"meeting.cancel"_s, { { u"id"_s, cancelled } })),
            u"applied"_s);
        for (const QString &closed : { open, done, cancelled }) {
            for (const QString &status : { u"attending"_s, u"absent"_s }) {
                const QJsonObject result = push(*member, u"meeting.rsvp"_s,
                    { { u"meeting_id"_s, closed }, { u"status"_s, status },
                        { u"reason"_s, u"Bận việc gia đình"_s } });
                QCOMPARE(outcome(result), u"meeting_closed"_s);
                QVERIFY(
                    !result.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
            }
        }
        QCOMPARE(
            scalarSql(db(), u"SELECT rsvp FROM attendance WHERE id = ?"_s, { rowId }).toString(),
            u"attending"_s);
        QCOMPARE(count(u"SELECT version FROM attendance WHERE id = ?"_s, { rowId }), 2);
        QCOMPARE(count(u"SELECT count(*) FROM attendance WHERE member_id = ? AND meeting_id IN "
                       "(?, ?)"_s,
                     { f.member.memberId, done, cancelled }),
            0);
    }

    void profileRequestsAreDecidedByTheCellSecretary()
    {
        auto member = f.signIn(f.member);
        auto secretary = f.signIn(f.secretary);
        pull(*member);
        const QString approveId = newId();
        const QString rejectId = newId();
        QCOMPARE(
            askChange(*member, approveId, QJsonObject { { u"education"_s, u"Thạc sĩ Kinh tế"_s } },
                u"Đã bảo vệ luận văn"_s),
            u"applied"_s);
        QCOMPARE(askChange(*member, rejectId,
                     QJsonObject { { u"political_theory"_s, u"Cao cấp"_s } }, u"Cập nhật"_s),
            u"applied"_s);
        QVERIFY(pull(*secretary).has(u"profile_request"_s, approveId));

        // Not the secretary of this member: refused, still pending.
        QCOMPARE(decide(*f.signIn(f.otherSecretary), approveId, u"approve"_s),
            u"not_found"_s); // like a request that does not exist: nothing leaks
        QCOMPARE(decide(*member, approveId, u"approve"_s), u"forbidden"_s);
        QCOMPARE(decide(*secretary, approveId, u"maybe"_s), u"invalid_args"_s);
        QCOMPARE(
            scalarSql(db(), u"SELECT status FROM profile_requests WHERE id = ?"_s, { approveId })
                .toString(),
            u"pending"_s);
        // Nor does the secretary decide their own request.
        const QString ownId = newId();
        QCOMPARE(askChange(*secretary, ownId, QJsonObject { { u"position"_s, u"Bí thư chi bộ"_s } },
                     u"Được bầu"_s),
            u"applied"_s);
        QCOMPARE(decide(*secretary, ownId, u"approve"_s), u"forbidden"_s);

        // Approved: the profile changes and the member hears of it.
        const int version
            = count(u"SELECT version FROM members WHERE id = ?"_s, { f.member.memberId });
        QCOMPARE(decide(*secretary, approveId, u"approve"_s), u"applied"_s);
        QCOMPARE(
            scalarSql(db(), u"SELECT education FROM members WHERE id = ?"_s, { f.member.memberId })
                .toString(),
            u"Thạc sĩ Kinh tế"_s);
        QCOMPARE(count(u"SELECT version FROM members WHERE id = ?"_s, { f.member.memberId }),
            version + 1);
        PulledRows seen = pull(*member);
        QCOMPARE(seen.row(u"member"_s, f.member.memberId).value(u"education"_s).toString(),
            u"Thạc sĩ Kinh tế"_s);
        QCOMPARE(
            seen.row(u"profile_request"_s, approveId).value(u"status"_s).toString(), u"approved"_s);
        QCOMPARE(seen.row(u"profile_request"_s, approveId).value(u"decided_by"_s).toString(),
            f.secretary.memberId);
        QCOMPARE(seen.notifications(approveId, u"profile_decision"_s).size(), 1);
        QCOMPARE(
            count(
                u"SELECT count(*) FROM audit_log WHERE action = 'profile.decide' AND target_id = ?"_s,
                { approveId }),
            1);

        // Rejected only with a reason; the profile stays as it was; decided requests stay decided.
        const QString theoryBefore = scalarSql(
            db(), u"SELECT political_theory FROM members WHERE id = ?"_s, { f.member.memberId })
                                         .toString();
        QCOMPARE(decide(*secretary, rejectId, u"reject"_s), u"invalid_args"_s);
        QCOMPARE(outcome(push(*secretary, u"profile.request.decide"_s,
                     { { u"request_id"_s, rejectId }, { u"decision"_s, u"reject"_s },
                         { u"reason"_s, u"Chưa có bằng tốt nghiệp"_s } })),
            u"applied"_s);
        QCOMPARE(scalarSql(db(), u"SELECT political_theory FROM members WHERE id = ?"_s,
                     { f.member.memberId })
                     .toString(),
            theoryBefore);
        seen = pull(*member);
        QCOMPARE(
            seen.row(u"profile_request"_s, rejectId).value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(seen.row(u"profile_request"_s, rejectId).value(u"decision_reason"_s).toString(),
            u"Chưa có bằng tốt nghiệp"_s);
        QCOMPARE(seen.notifications(rejectId, u"profile_decision"_s).size(), 1);
        QCOMPARE(decide(*secretary, rejectId, u"approve"_s), u"conflict"_s);
        QCOMPARE(decide(*secretary, newId(), u"approve"_s), u"not_found"_s);
    }

    // A secretary cannot decide their own request: the committee of the organisation directly
    // above the cell does (docs/protocol-extensions.md, Profiles). Only that committee pulls
    // it; committees further up or of another branch, and other secretaries, are answered as
    // for a missing request.
    void aSecretarysOwnRequestIsDecidedByTheCommitteeAbove()
    {
        const CellAccount above = f.account(u"danguy.quangtrung"_s);
        QCOMPARE(scalarSql(db(), u"SELECT parent_id FROM organizations WHERE id = ?"_s,
                     { f.secretary.orgId })
                     .toString(),
            above.orgId);
        auto secretary = f.signIn(f.secretary);
        auto member = f.signIn(f.member);
        auto committee = f.signIn(above);
        auto higher = f.signIn(f.account(u"thanhuy.sonlam"_s));
        auto otherBranch = f.signIn(f.account(u"huyenuy.daiphu"_s));
        auto otherSecretary = f.signIn(f.otherSecretary);
        pull(*secretary);
        pull(*committee);

        const QString ownId = newId();
        QCOMPARE(askChange(*secretary, ownId,
                     QJsonObject { { u"education"_s, u"12/12; Thạc sĩ Luật"_s } },
                     u"Đã bảo vệ luận văn"_s),
            u"applied"_s);
        const QString memberRequest = newId();
        QCOMPARE(askChange(*member, memberRequest,
                     QJsonObject { { u"political_theory"_s, u"Trung cấp"_s } }, u"Đã học xong"_s),
            u"applied"_s);

        // The committee above pulls the secretary's request (incrementally, and in the first
        // pull of a new device), never an ordinary member's.
        PulledRows seen = pull(*committee);
        QCOMPARE(seen.row(u"profile_request"_s, ownId).value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(seen.row(u"profile_request"_s, ownId).value(u"member_id"_s).toString(),
            f.secretary.memberId);
        QVERIFY(!seen.has(u"profile_request"_s, memberRequest));
        seen = pull(*f.signIn(above));
        QVERIFY(seen.has(u"profile_request"_s, ownId));
        QVERIFY(!seen.has(u"profile_request"_s, memberRequest));
        QVERIFY(seen.row(u"member"_s, f.secretary.memberId).contains(u"education"_s));
        // The secretary still sees it as her own; nobody else does.
        QVERIFY(pull(*secretary).has(u"profile_request"_s, ownId));
        for (DeviceSession *other :
            { member.get(), higher.get(), otherBranch.get(), otherSecretary.get() })
            QVERIFY(!pull(*other).has(u"profile_request"_s, ownId));

        // Nobody else decides it: the secretary herself is refused, the others are answered as
        // for a missing request (and audited as denied).
        const QJsonObject approve { { u"request_id"_s, ownId }, { u"decision"_s, u"approve"_s } };
        QCOMPARE(outcome(push(*secretary, u"profile.request.decide"_s, approve)), u"forbidden"_s);
        QCOMPARE(outcome(push(*member, u"profile.request.decide"_s, approve)), u"forbidden"_s);
        const QJsonObject missing = push(*otherBranch, u"profile.request.decide"_s,
            { { u"request_id"_s, newId() }, { u"decision"_s, u"approve"_s } });
        const QString deniedSql = u"SELECT count(*) FROM audit_log WHERE action = 'denied' AND "
                                  "target_id = 'profile.request.decide' AND detail = 'not_found'"_s;
        const int deniedBefore = count(deniedSql, {});
        for (DeviceSession *other : { otherBranch.get(), higher.get(), otherSecretary.get() }) {
            const QJsonObject result = push(*other, u"profile.request.decide"_s, approve);
            QCOMPARE(outcome(result), u"not_found"_s);
            QCOMPARE(result.value(u"error"_s).toObject(), missing.value(u"error"_s).toObject());
        }
        QCOMPARE(count(deniedSql, {}), deniedBefore + 3);
        // Nor does the committee decide an ordinary member's request (the secretary does).
        QCOMPARE(decide(*committee, memberRequest, u"approve"_s), u"not_found"_s);
        QCOMPARE(scalarSql(db(), u"SELECT status FROM profile_requests WHERE id = ?"_s, { ownId })
                     .toString(),
            u"pending"_s);

        // Approved by the committee above: the profile changes, the secretary hears of it.
        const int version
            = count(u"SELECT version FROM members WHERE id = ?"_s, { f.secretary.memberId });
        QCOMPARE(outcome(push(*committee, u"profile.request.decide"_s, approve)), u"applied"_s);
        QCOMPARE(scalarSql(db(), u"SELECT education FROM members WHERE id = ?"_s,
                     { f.secretary.memberId })
                     .toString(),
            u"12/12; Thạc sĩ Luật"_s);
        QCOMPARE(count(u"SELECT version FROM members WHERE id = ?"_s, { f.secretary.memberId }),
            version + 1);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'profile.decide' AND "
                       "target_id = ? AND actor_login = ? AND detail = 'approve'"_s,
                     { ownId, above.login }),
            1);
        seen = pull(*secretary);
        QCOMPARE(seen.row(u"member"_s, f.secretary.memberId).value(u"education"_s).toString(),
            u"12/12; Thạc sĩ Luật"_s);
        QCOMPARE(
            seen.row(u"profile_request"_s, ownId).value(u"status"_s).toString(), u"approved"_s);
        QVERIFY(!seen.row(u"profile_request"_s, ownId).value(u"decided_by"_s).toString().isEmpty());
        QCOMPARE(seen.notifications(ownId, u"profile_decision"_s).size(), 1);
        // The committee keeps seeing it, now decided; deciding again changes nothing.
        seen = pull(*committee);
        QCOMPARE(
            seen.row(u"profile_request"_s, ownId).value(u"status"_s).toString(), u"approved"_s);
        QCOMPARE(seen.row(u"member"_s, f.secretary.memberId).value(u"education"_s).toString(),
            u"12/12; Thạc sĩ Luật"_s);
        QVERIFY(!pull(*f.signIn(above)).row(u"profile_request"_s, ownId).isEmpty());
        QCOMPARE(outcome(push(*committee, u"profile.request.decide"_s, approve)), u"applied"_s);
        QCOMPARE(count(u"SELECT version FROM members WHERE id = ?"_s, { f.secretary.memberId }),
            version + 1);
        QVERIFY(!pull(*member).has(u"profile_request"_s, ownId));
    }

    // The secretary hears of what a member of her cell sends her: an absence with
    // its reason (pointing at the meeting; an identical answer again is not announced twice,
    // a change back to attending is), a feedback message (pointing at the thread) and a
    // profile change request (pointing at the request). Only the deciders pull them: not the
    // member who acted, not the cell's other members, not another cell. A secretary's own
    // request is announced to the committee directly above, to its accounts with a member
    // record (a notification belongs to a member).
    void theSecretaryHearsOfAbsencesFeedbackAndRequests()
    {
        auto secretary = f.signIn(f.secretary);
        auto member = f.signIn(f.member);
        auto neighbour = f.signIn(f.account(u"dangvien.a2"_s));
        auto stranger = f.signIn(f.stranger);
        auto otherSecretary = f.signIn(f.otherSecretary);
        const QList<DeviceSession *> others { member.get(), neighbour.get(), stranger.get(),
            otherSecretary.get() };
        const QString meeting = newId();
        // 10:30 Vietnam time on a day three days ahead, announced as that day.
        const QDateTime startsAt
            = QDateTime(QDateTime::currentDateTimeUtc().addDays(3).date(), QTime(3, 30), Qt::UTC);
        QCOMPARE(outcome(push(*secretary, u"meeting.create"_s,
                     meetingArgs(
                         meeting, u"Sinh hoạt chi bộ tháng 12"_s, startsAt.toString(Qt::ISODate)))),
            u"applied"_s);
        pull(*secretary);
        for (DeviceSession *other : others)
            pull(*other);
        const QString name = scalarSql(
            db(), u"SELECT full_name FROM members WHERE id = ?"_s, { f.member.memberId })
                                 .toString();
        const QString day = startsAt.toOffsetFromUtc(7 * 3600).toString(u"dd/MM"_s);
        const auto rsvp = [&](DeviceSession &session, const QString &status, const QString &why) {
            QJsonObject args { { u"meeting_id"_s, meeting }, { u"status"_s, status } };
            if (!why.isNull())
                args.insert(u"reason"_s, why);
            return outcome(push(session, u"meeting.rsvp"_s, args));
        };

        // Absent with a reason: one notification, the secretary's, about the meeting.
        QCOMPARE(rsvp(*member, u"absent"_s, u"Đi khám bệnh định kỳ"_s), u"applied"_s);
        QList<QJsonObject> absent = pull(*secretary).notifications(meeting, u"rsvp_absent"_s);
        QCOMPARE(absent.size(), 1);
        QCOMPARE(absent.first().value(u"title"_s).toString(),
            u"Đồng chí %1 báo vắng buổi sinh hoạt ngày %2"_s.arg(name, day));
        QVERIFY(absent.first().value(u"body"_s).toString().contains(u"Đi khám bệnh định kỳ"_s));
        QCOMPARE(absent.first().value(u"ref_type"_s).toString(), u"meeting"_s);
        for (DeviceSession *other : others)
            QVERIFY(pull(*other).notifications(meeting).isEmpty());
        const QString absentSql
            = u"SELECT count(*) FROM notifications WHERE ref_id = ? AND kind = 'rsvp_absent'"_s;
        QCOMPARE(count(absentSql, { meeting }), 1);
        // The same answer again (another device, a resend): nothing new.
        QCOMPARE(rsvp(*member, u"absent"_s, u"Đi khám bệnh định kỳ"_s), u"applied"_s);
        QCOMPARE(count(absentSql, { meeting }), 1);
        QVERIFY(pull(*secretary).notifications(meeting).isEmpty());
        // A new reason is news.
        QCOMPARE(rsvp(*member, u"absent"_s, u"Đi công tác tỉnh"_s), u"applied"_s);
        absent = pull(*secretary).notifications(meeting, u"rsvp_absent"_s);
        QCOMPARE(absent.size(), 1);
        QVERIFY(absent.first().value(u"body"_s).toString().contains(u"Đi công tác tỉnh"_s));
        // Back to attending: the absence no longer stands, and the secretary is told so once.
        QCOMPARE(rsvp(*member, u"attending"_s, QString()), u"applied"_s);
        QCOMPARE(rsvp(*member, u"attending"_s, QString()), u"applied"_s);
        PulledRows seen = pull(*secretary);
        QCOMPARE(seen.notifications(meeting).size(), 1);
        const QList<QJsonObject> back = seen.notifications(meeting, u"rsvp_attending"_s);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().value(u"title"_s).toString(),
            u"Đồng chí %1 báo lại: sẽ tham dự buổi sinh hoạt ngày %2"_s.arg(name, day));
        // A first answer "attending" is not announced.
        QCOMPARE(rsvp(*neighbour, u"attending"_s, QString()), u"applied"_s);
        QVERIFY(pull(*secretary).notifications(meeting).isEmpty());
        // The secretary's own absence notifies nobody (she is the cell's only secretary).
        const int before
            = count(u"SELECT count(*) FROM notifications WHERE ref_id = ?"_s, { meeting });
        QCOMPARE(rsvp(*secretary, u"absent"_s, u"Họp đảng ủy phường"_s), u"applied"_s);
        QCOMPARE(
            count(u"SELECT count(*) FROM notifications WHERE ref_id = ?"_s, { meeting }), before);
        for (DeviceSession *other : others)
            QVERIFY(pull(*other).notifications(meeting).isEmpty());

        // Feedback: the secretary is told, pointing at the thread; her reply notifies the member
        // (as before), not herself.
        const QString question = newId();
        QCOMPARE(outcome(push(*member, u"feedback.post"_s,
                     { { u"id"_s, question },
                         { u"text"_s, u"Đề nghị chi bộ tổ chức học nghị quyết vào buổi tối"_s } })),
            u"applied"_s);
        const QList<QJsonObject> received
            = pull(*secretary).notifications(question, u"feedback_received"_s);
        QCOMPARE(received.size(), 1);
        QCOMPARE(
            received.first().value(u"title"_s).toString(), u"Đồng chí %1 gửi góp ý"_s.arg(name));
        QCOMPARE(received.first().value(u"ref_type"_s).toString(), u"feedback"_s);
        QVERIFY(received.first().value(u"body"_s).toString().contains(u"học nghị quyết"_s));
        for (DeviceSession *other : others)
            QVERIFY(pull(*other).notifications(question).isEmpty());
        QCOMPARE(outcome(push(*secretary, u"feedback.post"_s,
                     { { u"id"_s, newId() }, { u"text"_s, u"Chi bộ sẽ bàn vào buổi tới"_s },
                         { u"reply_to"_s, question } })),
            u"applied"_s);
        QCOMPARE(count(u"SELECT count(*) FROM notifications WHERE member_id = ? AND kind = "
                       "'feedback_received' AND ref_id <> ?"_s,
                     { f.secretary.memberId, question }),
            0);

        // A member's profile request: the secretary is told, pointing at the request.
        const QString request = newId();
        QCOMPARE(askChange(*member, request, QJsonObject { { u"hometown"_s, u"Xã La Sơn"_s } },
                     u"Cập nhật theo căn cước"_s),
            u"applied"_s);
        const QList<QJsonObject> submitted
            = pull(*secretary).notifications(request, u"profile_request_submitted"_s);
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(submitted.first().value(u"title"_s).toString(),
            u"Đồng chí %1 đề nghị sửa hồ sơ"_s.arg(name));
        QCOMPARE(submitted.first().value(u"ref_type"_s).toString(), u"profile_request"_s);
        QVERIFY(!submitted.first().value(u"body"_s).toString().contains(u"Xã La Sơn"_s));
        for (DeviceSession *other : others)
            QVERIFY(pull(*other).notifications(request).isEmpty());

        // The secretary's own request: the committee above decides it, and its account with a
        // member record hears of it; she does not, nor does the cell.
        const QString committeeOrg = scalarSql(
            db(), u"SELECT parent_id FROM organizations WHERE id = ?"_s, { f.secretary.orgId })
                                         .toString();
        const QString committeeMember = scalarSql(db(),
            u"SELECT id FROM members WHERE org_id <> ? AND org_id <> ? AND id NOT IN "
            "(SELECT member_id FROM users WHERE member_id IS NOT NULL) ORDER BY id LIMIT 1"_s,
            { f.secretary.orgId, f.stranger.orgId })
                                            .toString();
        QVERIFY(!committeeMember.isEmpty());
        const CellAccount reviewer { u"uyvien.quangtrung"_s, u"Uyvien-QT-2025"_s, u"committee"_s,
            committeeMember, committeeOrg };
        runSql(db(),
            u"INSERT INTO users (id, login, password_hash, member_id, role, org_id, created_at) "
            "VALUES (?, ?, ?, ?, 'committee', ?, ?)"_s,
            { newId(), reviewer.login, PasswordHasher::hash(reviewer.password), committeeMember,
                committeeOrg, inFuture(0) });
        auto committee = f.signIn(reviewer);
        pull(*committee);
        const QString own = newId();
        QCOMPARE(
            askChange(*secretary, own, QJsonObject { { u"hometown"_s, u"Phường Quang Trung"_s } },
                u"Cập nhật theo căn cước"_s),
            u"applied"_s);
        const QList<QJsonObject> above
            = pull(*committee).notifications(own, u"profile_request_submitted"_s);
        QCOMPARE(above.size(), 1);
        QCOMPARE(above.first().value(u"ref_type"_s).toString(), u"profile_request"_s);
        QVERIFY(pull(*secretary).notifications(own).isEmpty());
        for (DeviceSession *other : others)
            QVERIFY(pull(*other).notifications(own).isEmpty());
        QCOMPARE(count(u"SELECT count(*) FROM notifications WHERE ref_id = ?"_s, { own }), 1);
    }

    // A pending request follows its member's role (ProfileRequestScope::rescopePending): made
    // secretary of her cell, her request goes to the committee above, which pulls and decides
    // it, while the cell's secretary pulls a delete and is answered as for a missing request;
    // stepping down sends a new pending request back to the cell.
    void pendingRequestsFollowTheRoleOfTheirMember()
    {
        const CellAccount risen = f.account(u"dangvien.a2"_s);
        QCOMPARE(risen.orgId, f.secretary.orgId);
        const CellAccount above = f.account(u"danguy.quangtrung"_s);
        auto member = f.signIn(risen);
        auto secretary = f.signIn(f.secretary);
        auto committee = f.signIn(above);
        pull(*member);
        pull(*secretary);
        pull(*committee);

        const QString sentAsMember = newId();
        QCOMPARE(outcome(push(*member, u"profile.request"_s,
                     { { u"id"_s, sentAsMember },
                         { u"fields"_s,
                             QJsonObject { { u"education"_s, u"12/12; Cử nhân Luật Kinh tế"_s } } },
                         { u"reason"_s, u"Đã tốt nghiệp"_s } })),
            u"applied"_s);
        QVERIFY(pull(*secretary).has(u"profile_request"_s, sentAsMember));
        QVERIFY(!pull(*committee).has(u"profile_request"_s, sentAsMember));

        // Made secretary of her cell: the request moves to the committee above.
        auto changed = f.cli({ u"user"_s, u"set-role"_s, u"--db"_s, u"--login"_s, risen.login,
            u"--role"_s, u"secretary"_s });
        QVERIFY2(changed.exitCode == 0, changed.standardError.constData());
        QVERIFY2(changed.standardOutput.contains("1 pending profile request"),
            changed.standardOutput.constData());
        PulledRows seen = pull(*committee);
        QCOMPARE(seen.row(u"profile_request"_s, sentAsMember).value(u"status"_s).toString(),
            u"pending"_s);
        QCOMPARE(seen.row(u"profile_request"_s, sentAsMember).value(u"member_id"_s).toString(),
            risen.memberId);
        QVERIFY(pull(*f.signIn(above)).has(u"profile_request"_s, sentAsMember));
        seen = pull(*secretary);
        QVERIFY(seen.wasDeleted(u"profile_request"_s, sentAsMember));
        QVERIFY(!pull(*f.signIn(f.secretary)).has(u"profile_request"_s, sentAsMember));
        // She keeps it (her next pull starts over under the new role).
        QCOMPARE(
            pull(*member).row(u"profile_request"_s, sentAsMember).value(u"status"_s).toString(),
            u"pending"_s);

        // The cell's (other) secretary no longer decides it, nor does she; the committee does.
        const QJsonObject approve { { u"request_id"_s, sentAsMember },
            { u"decision"_s, u"approve"_s } };
        QCOMPARE(outcome(push(*secretary, u"profile.request.decide"_s, approve)), u"not_found"_s);
        QCOMPARE(outcome(push(*member, u"profile.request.decide"_s, approve)), u"forbidden"_s);
        QCOMPARE(outcome(push(*committee, u"profile.request.decide"_s, approve)), u"applied"_s);
        QCOMPARE(
            scalarSql(db(), u"SELECT education FROM members WHERE id = ?"_s, { risen.memberId })
                .toString(),
            u"12/12; Cử nhân Luật Kinh tế"_s);
        QCOMPARE(
            pull(*member).row(u"profile_request"_s, sentAsMember).value(u"status"_s).toString(),
            u"approved"_s);

        // As secretary she asks again, then steps down: the committee pulls a delete and may
        // no longer decide; the cell's secretary pulls the request and decides it.
        const QString sentAsSecretary = newId();
        QCOMPARE(askChange(*member, sentAsSecretary,
                     QJsonObject { { u"political_theory"_s, u"Cao cấp"_s } },
                     u"Đã học xong lớp cao cấp"_s),
            u"applied"_s);
        QVERIFY(pull(*committee).has(u"profile_request"_s, sentAsSecretary));
        QVERIFY(!pull(*secretary).has(u"profile_request"_s, sentAsSecretary));
        changed = f.cli({ u"user"_s, u"set-role"_s, u"--db"_s, u"--login"_s, risen.login,
            u"--role"_s, u"member"_s });
        QVERIFY2(changed.exitCode == 0, changed.standardError.constData());
        QVERIFY2(changed.standardOutput.contains("1 pending profile request"),
            changed.standardOutput.constData());
        QVERIFY(pull(*committee).wasDeleted(u"profile_request"_s, sentAsSecretary));
        QCOMPARE(decide(*committee, sentAsSecretary, u"approve"_s), u"not_found"_s);
        QCOMPARE(pull(*secretary)
                     .row(u"profile_request"_s, sentAsSecretary)
                     .value(u"status"_s)
                     .toString(),
            u"pending"_s);
        QCOMPARE(outcome(push(*secretary, u"profile.request.decide"_s,
                     { { u"request_id"_s, sentAsSecretary }, { u"decision"_s, u"reject"_s },
                         { u"reason"_s, u"Chưa có giấy chứng nhận"_s } })),
            u"applied"_s);
        QCOMPARE(
            pull(*member).row(u"profile_request"_s, sentAsSecretary).value(u"status"_s).toString(),
            u"rejected"_s);
        // A role change that moves nothing says nothing about requests.
        changed = f.cli({ u"user"_s, u"set-role"_s, u"--db"_s, u"--login"_s, risen.login,
            u"--role"_s, u"member"_s });
        QCOMPARE(changed.exitCode, 0);
        QVERIFY(!changed.standardOutput.contains("pending"));
    }

    // A pending request follows its member to another cell (`member move`): the new cell's
    // secretary pulls and decides it, the old one pulls a delete and is answered as for a
    // missing request; a moved secretary's own request leaves the committee above for the
    // new cell. Runs last: it moves the fixture's member and secretary away from cell A.
    void pendingRequestsFollowAMemberToAnotherCell()
    {
        const QString newCell = f.otherSecretary.orgId;
        QVERIFY(newCell != f.secretary.orgId);
        auto mover = f.signIn(f.member);
        auto oldSecretary = f.signIn(f.secretary);
        auto newSecretary = f.signIn(f.otherSecretary);
        auto committee = f.signIn(f.account(u"danguy.quangtrung"_s));
        pull(*mover);
        pull(*oldSecretary);
        pull(*newSecretary);
        pull(*committee);

        const QString request = newId();
        QCOMPARE(
            askChange(*mover, request,
                QJsonObject { { u"education"_s, u"12/12; Kỹ sư Thủy lợi"_s } }, u"Đã tốt nghiệp"_s),
            u"applied"_s);
        QVERIFY(pull(*oldSecretary).has(u"profile_request"_s, request));
        QVERIFY(!pull(*newSecretary).has(u"profile_request"_s, request));

        // (The member also has an earlier test's request still pending.)
        const int pending = count(u"SELECT count(*) FROM profile_requests WHERE member_id = ? "
                                  "AND status = 'pending'"_s,
            { f.member.memberId });
        QVERIFY(pending >= 1);
        auto moved = f.cli({ u"member"_s, u"move"_s, u"--db"_s, f.member.memberId, newCell });
        QVERIFY2(moved.exitCode == 0, moved.standardError.constData());
        QVERIFY2(
            moved.standardOutput.contains(QByteArray::number(pending) + " pending profile request"),
            moved.standardOutput.constData());
        PulledRows seen = pull(*oldSecretary);
        QVERIFY(seen.wasDeleted(u"profile_request"_s, request));
        QVERIFY(seen.wasDeleted(u"member"_s, f.member.memberId));
        seen = pull(*newSecretary);
        QCOMPARE(
            seen.row(u"profile_request"_s, request).value(u"status"_s).toString(), u"pending"_s);
        QVERIFY(seen.has(u"member"_s, f.member.memberId));
        QVERIFY(pull(*f.signIn(f.otherSecretary)).has(u"profile_request"_s, request));
        QVERIFY(!pull(*f.signIn(f.secretary)).has(u"profile_request"_s, request));
        QVERIFY(pull(*mover).has(u"profile_request"_s, request));

        const QJsonObject approve { { u"request_id"_s, request }, { u"decision"_s, u"approve"_s } };
        QCOMPARE(
            outcome(push(*oldSecretary, u"profile.request.decide"_s, approve)), u"not_found"_s);
        QCOMPARE(outcome(push(*newSecretary, u"profile.request.decide"_s, approve)), u"applied"_s);
        QCOMPARE(pull(*mover).row(u"profile_request"_s, request).value(u"status"_s).toString(),
            u"approved"_s);

        // The secretary's own request waits with the committee above; moved (and so no longer
        // a secretary) to the other cell, she is that cell's member and its secretary decides.
        const QString own = newId();
        QCOMPARE(outcome(push(*oldSecretary, u"profile.request"_s,
                     { { u"id"_s, own },
                         { u"fields"_s,
                             QJsonObject { { u"education"_s, u"12/12; Thạc sĩ Quản lý công"_s } } },
                         { u"reason"_s, u"Đã bảo vệ luận văn"_s } })),
            u"applied"_s);
        QVERIFY(pull(*committee).has(u"profile_request"_s, own));
        moved = f.cli({ u"member"_s, u"move"_s, u"--db"_s, f.secretary.memberId, newCell });
        QVERIFY2(moved.exitCode == 0, moved.standardError.constData());
        QVERIFY(pull(*committee).wasDeleted(u"profile_request"_s, own));
        QCOMPARE(decide(*committee, own, u"approve"_s), u"not_found"_s);
        QCOMPARE(pull(*newSecretary).row(u"profile_request"_s, own).value(u"status"_s).toString(),
            u"pending"_s);
        QCOMPARE(decide(*newSecretary, own, u"approve"_s), u"applied"_s);
        QCOMPARE(pull(*oldSecretary).row(u"profile_request"_s, own).value(u"status"_s).toString(),
            u"approved"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerCell)
#include "tst_server_cell.moc"
