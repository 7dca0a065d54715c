// The sync client against the real handbook-server with the demo province: each role's
// initial sync holds exactly what the server lets it see; local changes reach the server
// exactly once and come back as the server's rows; rejections roll back; a publication
// arrives incrementally with its attachment; two devices of one user converge; a member and
// a secretary exchange feedback and a shared file; revocation wipes; a move resets the scope.
#include "blobstore.h"
#include "clientdevice.h"
#include "demoserver.h"
#include "outbox.h"
#include "searchindex.h"
#include "serverprocess.h"
#include "sqlitedatabase.h"
#include "testbytes.h"
#include "vault.h"
#include "vaultsyncstore.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

using Account = DemoServer::Account;

class TestClientSync : public QObject
{
    Q_OBJECT

    DemoServer m_server;

    Account account(const QString &login) const { return m_server.account(login); }

    int count(const QString &sql, const QVariantList &binds = {})
    {
        return m_server.scalar(sql, binds).toInt();
    }

    std::unique_ptr<ClientDevice> signedIn(const QString &login)
    {
        return ClientDevice::signedIn(m_server.baseUrl(), login, account(login).password);
    }

    // The scope filter on an organisation column: own org's ancestry, plus for a committee
    // its subtree. Binds: org, committee flag, org.
    static QString inScope(const QString &column)
    {
        return column
            + u" IN (SELECT ancestor_id FROM org_closure WHERE descendant_id = ?) OR (? = 1 AND "_s
            + column + u" IN (SELECT descendant_id FROM org_closure WHERE ancestor_id = ?))"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void initialSyncHoldsExactlyWhatTheUserMaySee_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("member") << u"dangvien.a1"_s;
        QTest::newRow("secretary") << u"bithu.a"_s;
        QTest::newRow("committee") << u"danguy.quangtrung"_s;
    }

    void initialSyncHoldsExactlyWhatTheUserMaySee()
    {
        QFETCH(QString, login);
        const Account me = account(login);
        const int committee = me.role == u"committee" ? 1 : 0;
        const QVariantList scope { me.orgId, committee, me.orgId };
        auto device = signedIn(login);
        QString error;
        QVERIFY2(device->sync(&error), qPrintable(error));

        QCOMPARE(device->count(u"document"_s),
            count(u"SELECT count(*) FROM documents WHERE withdrawn_at IS NULL AND ("_s
                    + inScope(u"audience_org_id"_s) + u')',
                scope));
        // A committee pulls every organisation of the province (issue 20: transfers).
        QCOMPARE(device->count(u"organization"_s),
            committee
                ? count(u"SELECT count(*) FROM organizations"_s, {})
                : count(u"SELECT count(*) FROM organizations WHERE "_s + inScope(u"id"_s), scope));
        const QString ownOrSubtree = committee
            ? u"org_id IN (SELECT descendant_id FROM org_closure WHERE ancestor_id = ?)"_s
            : u"org_id = ?"_s;
        QCOMPARE(device->count(u"meeting"_s),
            count(u"SELECT count(*) FROM meetings WHERE "_s + ownOrSubtree, { me.orgId }));
        QCOMPARE(device->count(u"member"_s),
            count(u"SELECT count(*) FROM members WHERE "_s + ownOrSubtree, { me.orgId }));
        if (me.role == u"secretary") {
            QCOMPARE(device->count(u"attendance"_s),
                count(
                    u"SELECT count(*) FROM attendance a JOIN meetings m ON m.id = a.meeting_id WHERE m.org_id = ?"_s,
                    { me.orgId }));
        } else if (me.role == u"member") {
            QCOMPARE(device->count(u"attendance"_s),
                count(u"SELECT count(*) FROM attendance WHERE member_id = ?"_s, { me.memberId }));
        }
        QVERIFY(device->count(u"document"_s) > 0);
        // Every attachment of a visible, not restricted document was fetched and verified.
        const int attachments = count(
            u"SELECT count(DISTINCT a.sha256) FROM document_attachments a JOIN documents d "
            "ON d.id = a.document_id WHERE d.withdrawn_at IS NULL AND d.classification <> 'restricted' AND ("_s
                + inScope(u"d.audience_org_id"_s) + u')',
            scope);
        QVERIFY(attachments > 0);
        QCOMPARE(BlobStore(device->db()).count(), attachments);
        QCOMPARE(device->engine().progress().blobsDone, attachments);
        // Nothing changed: the next sync is one empty page.
        QVERIFY2(device->sync(&error), qPrintable(error));
        QCOMPARE(device->engine().progress().pages, 1);
        QCOMPARE(device->engine().progress().changes, 0);
        QCOMPARE(device->engine().progress().blobsDone, 0);
    }

    void localChangesReachTheServerExactlyOnce()
    {
        const Account me = account(u"dangvien.a2"_s);
        auto device = signedIn(me.login);
        QString error;
        QVERIFY2(device->sync(&error), qPrintable(error));
        const QString documentId
            = m_server
                  .scalar(
                      u"SELECT id FROM documents WHERE audience_org_id IN (SELECT ancestor_id FROM "
                      u"org_closure "
                      "WHERE descendant_id = ?) AND withdrawn_at IS NULL ORDER BY id LIMIT 1"_s,
                      { me.orgId })
                  .toString();
        const QString meetingId
            = m_server
                  .scalar(u"SELECT id FROM meetings WHERE org_id = ? AND status = 'scheduled' "
                          "ORDER BY starts_at DESC LIMIT 1"_s,
                      { me.orgId })
                  .toString();
        LocalActions actions = device->actions();
        const auto read = actions.markRead(documentId);
        const auto mark = actions.bookmark(documentId);
        const auto note = actions.putNote(documentId, u"Cần quán triệt ở buổi sinh hoạt tới"_s);
        const auto rsvp = actions.rsvp(meetingId, u"absent"_s, u"Đi công tác"_s);
        const auto phone = actions.updateContact({ { u"phone"_s, u"0912 345 678"_s } });
        const auto feedback = actions.postFeedback(u"Đề nghị chi bộ gửi tài liệu sớm hơn"_s);
        for (const auto &result : { read, mark, note, rsvp, phone, feedback })
            QVERIFY2(result.ok() && result.mutationId > 0, qPrintable(result.error));
        QCOMPARE(device->store().pendingCount(), 6);

        QVERIFY2(device->sync(&error), qPrintable(error));
        QCOMPARE(device->store().pendingCount(), 0);
        QCOMPARE(device->engine().progress().pushed, 6);
        QCOMPARE(
            count(
                u"SELECT count(*) FROM mutation_results WHERE device_id = ? AND status = 'applied'"_s,
                { device->deviceId() }),
            6);
        QCOMPARE(
            count(u"SELECT count(*) FROM read_receipts WHERE document_id = ? AND member_id = ?"_s,
                { documentId, me.memberId }),
            1);
        QCOMPARE(count(u"SELECT count(*) FROM bookmarks WHERE document_id = ? AND member_id = ?"_s,
                     { documentId, me.memberId }),
            1);
        QCOMPARE(
            m_server.scalar(u"SELECT text FROM notes WHERE id = ?"_s, { note.rowId }).toString(),
            u"Cần quán triệt ở buổi sinh hoạt tới"_s);
        QCOMPARE(
            m_server
                .scalar(u"SELECT rsvp FROM attendance WHERE meeting_id = ? AND member_id = ?"_s,
                    { meetingId, me.memberId })
                .toString(),
            u"absent"_s);
        QCOMPARE(m_server.scalar(u"SELECT phone FROM members WHERE id = ?"_s, { me.memberId })
                     .toString(),
            u"0912345678"_s);
        QCOMPARE(count(u"SELECT count(*) FROM feedback WHERE id = ?"_s, { feedback.rowId }), 1);
        // The server's own rows replaced the optimistic ones (the phone as it normalised it).
        const ClientDevice::Rows rows = device->rows();
        QCOMPARE(rows[u"member"_s][me.memberId].value(u"phone"_s).toString(), u"0912345678"_s);
        QCOMPARE(rows[u"attendance"_s][meetingId + u':' + me.memberId].value(u"rsvp"_s).toString(),
            u"absent"_s);
        QVERIFY(rows[u"feedback"_s].contains(feedback.rowId));
        // Sending again changes nothing: the outbox is empty and the server has them once.
        QVERIFY2(device->sync(&error), qPrintable(error));
        QCOMPARE(device->engine().progress().pushed, 0);
    }

    void rejectedChangeIsRolledBackWithTheServersReason()
    {
        const Account me = account(u"dangvien.a2"_s);
        auto device = signedIn(me.login);
        QString error;
        QVERIFY2(device->sync(&error), qPrintable(error));
        const QJsonObject before = device->rows()[u"member"_s][me.memberId];
        const auto bad = device->actions().updateContact({ { u"email"_s, u"không-phải-email"_s } });
        QVERIFY(bad.ok());
        QCOMPARE(device->rows()[u"member"_s][me.memberId].value(u"email"_s).toString(),
            u"không-phải-email"_s);
        QVERIFY2(device->sync(&error), qPrintable(error)); // a rejection is no sync failure
        QCOMPARE(device->engine().progress().rejected, 1);
        QCOMPARE(device->rows()[u"member"_s][me.memberId], before);
        const QList<RejectedMutation> rejected = Outbox(device->db()).rejected();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().errorCode, u"invalid_args"_s);
        QCOMPARE(rejected.first().errorMessage, u"Địa chỉ email không hợp lệ."_s);
        QCOMPARE(device->store().pendingCount(), 0);
    }

    void publicationArrivesIncrementallyWithItsAttachment()
    {
        const Account me = account(u"dangvien.a1"_s);
        auto device = signedIn(me.login);
        QString error;
        QVERIFY2(device->sync(&error), qPrintable(error));
        const int documents = device->count(u"document"_s);

        const QString province = m_server
                                     .scalar(u"SELECT ancestor_id FROM org_closure c JOIN "
                                             u"organizations o ON o.id = c.ancestor_id "
                                             "WHERE c.descendant_id = ? AND o.parent_id IS NULL"_s,
                                         { me.orgId })
                                     .toString();
        const QByteArray pdf = "%PDF-1.4\n" + randomBytes(700000, 5) + "\n%%EOF\n";
        const QString path = m_server.directory() + u"/nghi-quyet-99.pdf"_s;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        const auto publish = ServerProcess::run({ u"publish"_s, u"--db"_s,
            m_server.databaseArgument(), u"--org"_s, province, u"--audience"_s, province,
            u"--kind"_s, u"resolution"_s, u"--number"_s, u"99-NQ/TU"_s, u"--title"_s,
            u"Nghị quyết về chuyển đổi số trong công tác đảng"_s, u"--attach"_s, path });
        QVERIFY2(publish.finished && publish.exitCode == 0, publish.standardError.constData());
        const QString documentId = QString::fromUtf8(publish.standardOutput).trimmed();

        QVERIFY2(device->sync(&error), qPrintable(error));
        QCOMPARE(device->count(u"document"_s), documents + 1);
        QVERIFY(device->engine().progress().changes < 10); // incremental, not a snapshot
        QVERIFY(BlobStore(device->db()).isComplete(sha256Of(pdf)));
        BlobStore blobs(device->db());
        const auto stored = blobs.open(sha256Of(pdf));
        QCOMPARE(stored->readAll(), pdf);
        const auto found = [&device, &documentId] {
            const auto hits = SearchIndex(device->db()).search(u"99 NQ chuyen doi so"_s);
            return std::any_of(hits.begin(), hits.end(),
                [&documentId](const SearchHit &hit) { return hit.documentId == documentId; });
        };
        QVERIFY(found());

        // Withdrawn: the row, its search entry and its attachment leave the device.
        const auto withdraw = ServerProcess::run(
            { u"withdraw"_s, u"--db"_s, m_server.databaseArgument(), documentId });
        QVERIFY2(withdraw.finished && withdraw.exitCode == 0, withdraw.standardError.constData());
        QVERIFY2(device->sync(&error), qPrintable(error));
        QCOMPARE(device->count(u"document"_s), documents);
        QVERIFY(!device->rows()[u"document"_s].contains(documentId));
        QVERIFY(!found());
        QVERIFY(!BlobStore(device->db()).isComplete(sha256Of(pdf)));
    }

    void twoDevicesOfOneUserConverge()
    {
        const Account me = account(u"dangvien.a1"_s);
        auto first = signedIn(me.login);
        auto second = signedIn(me.login);
        QVERIFY(first->deviceId() != second->deviceId());
        QString error;
        QVERIFY2(first->sync(&error), qPrintable(error));
        QVERIFY2(second->sync(&error), qPrintable(error));
        const QString documentId = first->rows()[u"document"_s].keys().first();

        const auto note = first->actions().putNote(documentId, u"Ghi chú từ điện thoại"_s);
        QVERIFY(first->actions().bookmark(documentId).ok());
        QVERIFY2(first->sync(&error), qPrintable(error));
        QVERIFY2(second->sync(&error), qPrintable(error));
        QCOMPARE(second->rows()[u"note"_s][note.rowId].value(u"text"_s).toString(),
            u"Ghi chú từ điện thoại"_s);

        QVERIFY(second->actions().deleteNote(note.rowId).ok());
        QVERIFY(second->actions().removeBookmark(documentId).ok());
        const auto other = second->actions().putNote(documentId, u"Ghi chú từ máy tính bảng"_s);
        QVERIFY(first->actions().markRead(documentId).ok());
        QVERIFY2(second->sync(&error), qPrintable(error));
        QVERIFY2(first->sync(&error), qPrintable(error));
        QVERIFY2(second->sync(&error), qPrintable(error));

        const ClientDevice::Rows a = first->rows();
        const ClientDevice::Rows b = second->rows();
        QVERIFY(!a[u"note"_s].contains(note.rowId));
        QVERIFY(a[u"note"_s].contains(other.rowId));
        QVERIFY(!a[u"bookmark"_s].contains(me.memberId + u':' + documentId));
        for (auto it = a.begin(); it != a.end(); ++it)
            QVERIFY2(
                it.value() == b.value(it.key()), qPrintable(u"type "_s + it.key() + u" differs"_s));
        QCOMPARE(a.keys(), b.keys());
    }

    void memberAndSecretaryExchangeFeedbackAndAFile()
    {
        auto member = signedIn(u"dangvien.a1"_s);
        auto secretary = signedIn(u"bithu.a"_s);
        QString error;
        QVERIFY2(member->sync(&error), qPrintable(error));
        QVERIFY2(secretary->sync(&error), qPrintable(error));

        const auto question = member->actions().postFeedback(u"Xin tài liệu học tập nghị quyết"_s);
        QVERIFY(member->actions().updateContact({ { u"email"_s, u"hoa.nx@example.vn"_s } }).ok());
        QVERIFY2(member->sync(&error), qPrintable(error));
        QVERIFY2(secretary->sync(&error), qPrintable(error));
        QVERIFY(secretary->engine().progress().changes < 10); // incremental
        QVERIFY(secretary->rows()[u"feedback"_s].contains(question.rowId));
        // The edited profile reaches the secretary, who sees the cell's full profiles.
        const QString memberId = account(u"dangvien.a1"_s).memberId;
        QCOMPARE(secretary->rows()[u"member"_s][memberId].value(u"email"_s).toString(),
            u"hoa.nx@example.vn"_s);

        const QByteArray bytes = randomBytes(600000, 9);
        const QString meetingId
            = m_server
                  .scalar(
                      u"SELECT id FROM meetings WHERE org_id = ? AND status = 'scheduled' ORDER BY starts_at DESC LIMIT 1"_s,
                      { account(u"bithu.a"_s).orgId })
                  .toString();
        const auto shared = secretary->actions().shareDocument(u"Tài liệu học tập nghị quyết"_s,
            u"meeting_material"_s, u"Đọc trước buổi sinh hoạt"_s, {},
            { { bytes, u"tai-lieu.pdf"_s, u"application/pdf"_s } }, meetingId);
        QVERIFY2(shared.ok(), qPrintable(shared.error));
        const auto reply = secretary->actions().postFeedback(
            u"Đã gửi tài liệu, đồng chí xem trong mục tài liệu"_s, question.rowId);
        QVERIFY(reply.ok());
        QVERIFY2(secretary->sync(&error), qPrintable(error));
        QCOMPARE(secretary->engine().progress().uploads, 1);
        QCOMPARE(count(u"SELECT count(*) FROM blobs WHERE sha256 = ? AND complete = 1"_s,
                     { sha256Of(bytes) }),
            1);
        QCOMPARE(count(u"SELECT count(*) FROM documents WHERE id = ?"_s, { shared.rowId }), 1);
        QCOMPARE(Outbox(secretary->db()).rejected().size(), 0);

        QVERIFY2(member->sync(&error), qPrintable(error));
        const ClientDevice::Rows rows = member->rows();
        QVERIFY(rows[u"document"_s].contains(shared.rowId));
        QVERIFY(rows[u"meeting"_s][meetingId]
                    .value(u"document_ids"_s)
                    .toArray()
                    .contains(shared.rowId));
        QVERIFY(rows[u"feedback"_s].contains(reply.rowId));
        BlobStore blobs(member->db());
        QVERIFY(blobs.isComplete(sha256Of(bytes)));
        QCOMPARE(blobs.open(sha256Of(bytes))->readAll(), bytes);
    }

    void revokedDeviceWipesItsData()
    {
        auto device = signedIn(u"bithu.b"_s);
        QString error;
        QVERIFY2(device->sync(&error), qPrintable(error));
        const auto revoke = ServerProcess::run({ u"device"_s, u"revoke"_s, u"--db"_s,
            m_server.databaseArgument(), device->deviceId() });
        QVERIFY2(revoke.finished && revoke.exitCode == 0, revoke.standardError.constData());
        QVERIFY(!device->sync(&error));
        QCOMPARE(device->engine().lastError().code(), u"device_revoked"_s);
        QVERIFY(!device->vault().exists());
        QVERIFY(!QFile::exists(device->vault().databasePath()));
    }

    void movedMemberLosesTheOldCell()
    {
        const Account me = account(u"dangvien.b1"_s);
        const QString newCell = account(u"dangvien.a1"_s).orgId;
        auto device = signedIn(me.login);
        QString error;
        QVERIFY2(device->sync(&error), qPrintable(error));
        QVERIFY(device->count(u"meeting"_s) > 0);
        const auto move = ServerProcess::run({ u"member"_s, u"move"_s, u"--db"_s,
            m_server.databaseArgument(), me.memberId, newCell });
        QVERIFY2(move.finished && move.exitCode == 0, move.standardError.constData());

        QVERIFY2(device->sync(&error), qPrintable(error));
        const ClientDevice::Rows rows = device->rows();
        QCOMPARE(rows[u"meeting"_s].size(),
            count(u"SELECT count(*) FROM meetings WHERE org_id = ?"_s, { newCell }));
        for (const QJsonObject &meeting : rows[u"meeting"_s])
            QCOMPARE(meeting.value(u"org_id"_s).toString(), newCell);
        for (const QJsonObject &member : rows[u"member"_s])
            QCOMPARE(member.value(u"org_id"_s).toString(), newCell);
        for (const QJsonObject &document : rows[u"document"_s])
            QVERIFY(document.value(u"audience_org_id"_s).toString() != me.orgId);
        QCOMPARE(rows[u"document"_s].size(),
            count(
                u"SELECT count(*) FROM documents WHERE withdrawn_at IS NULL AND audience_org_id IN "
                "(SELECT ancestor_id FROM org_closure WHERE descendant_id = ?)"_s,
                { newCell }));
    }
};

QTEST_GUILESS_MAIN(TestClientSync)
#include "tst_client_sync.moc"
