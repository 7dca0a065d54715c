// The vault side of sync (VaultSyncStore, LocalActions): a page and its cursor commit
// together and a crash resumes; a reset snapshot keeps the old rows readable until its last
// page; rows with a pending change are not overwritten; rejections roll back; deletes drop
// search entries and orphaned blobs; attachments are prioritised within the storage limit.
#include "accountsecrets.h"
#include "blobcatalog.h"
#include "blobstore.h"
#include "localactions.h"
#include "mutationnames.h"
#include "outbox.h"
#include "replicastore.h"
#include "searchindex.h"
#include "sqlitedatabase.h"
#include "syncfixtures.h"
#include "syncstate.h"
#include "vaultfixture.h"
#include "vaultsyncstore.h"
#include "wirevalues.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncFixtures;

namespace {

QByteArray bytesOf(int size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(seed + i * 7);
    return bytes;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

WireMutationResult applied(qint64 id)
{
    return { id, true, {}, {}, {} };
}

WireMutationResult rejected(qint64 id, const QString &code, const QString &message)
{
    return { id, false, code, message, {} };
}

} // namespace

class TestSyncStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<VaultSyncStore> m_store;

    SqliteDatabase &db() { return m_fixture->vault->database(); }
    ReplicaStore replica() { return ReplicaStore(db()); }
    LocalActions actions()
    {
        return LocalActions(db(), [this] { return m_fixture->now; });
    }

    void storeBlob(const QByteArray &bytes)
    {
        const QString sha = sha256Of(bytes);
        m_store->beginBlob({ sha, bytes.size(), u"application/pdf"_s });
        m_store->appendBlob(sha, bytes);
        QVERIFY(m_store->finishBlob(sha));
    }

    void reopen()
    {
        m_store.reset();
        m_fixture->vault->lock();
        m_fixture->vault = m_fixture->makeVault();
        QVERIFY(m_fixture->vault->unlock(VaultFixture::kPin).ok());
        m_store = std::make_unique<VaultSyncStore>(
            *m_fixture->vault, [this] { return m_fixture->now; });
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<VaultFixture>();
        QVERIFY(m_fixture->vault->create(VaultFixture::kPin).ok());
        m_store = std::make_unique<VaultSyncStore>(
            *m_fixture->vault, [this] { return m_fixture->now; });
        m_store->saveSession(u"refresh-1"_s, AuthUser { u"u1"_s, u"m1"_s, u"member"_s, u"c1"_s });
    }

    void cleanup()
    {
        m_store.reset();
        m_fixture.reset();
    }

    // A screen's bookkeeping joined to a queued change commits and rolls back with it (the
    // feedback page's held message: queued and no longer held, never both, never neither).
    void alsoWriteSharesTheMutationsTransaction()
    {
        LocalActions joined = actions();
        joined.alsoWrite([](SqliteDatabase &db) { SyncState(db).setValue(u"held"_s, u"a"_s); });
        QVERIFY(joined.postFeedback(u"Góp ý thứ nhất"_s).ok());
        QCOMPARE(m_store->pendingCount(), 1);
        QCOMPARE(SyncState(db()).value(u"held"_s), u"a"_s);

        LocalActions failing = actions();
        failing.alsoWrite([](SqliteDatabase &db) {
            SyncState(db).setValue(u"held"_s, u"b"_s);
            throw StorageError(1, u"disk full"_s);
        });
        QVERIFY(!failing.postFeedback(u"Góp ý thứ hai"_s).ok());
        QCOMPARE(m_store->pendingCount(), 1); // the second is not queued
        QCOMPARE(SyncState(db()).value(u"held"_s), u"a"_s); // nor its bookkeeping written
    }

    void sessionLivesInTheVault()
    {
        QCOMPARE(m_store->refreshToken(), u"refresh-1"_s);
        QCOMPARE(m_store->user().memberId, u"m1"_s);
        const QString device = m_store->deviceId();
        QVERIFY(!device.isEmpty());
        reopen();
        QCOMPARE(m_store->refreshToken(), u"refresh-1"_s);
        QCOMPARE(m_store->deviceId(), device);
        // Not readable without the key: the token is nowhere in the files in clear.
        m_fixture->vault->lock();
        for (const QString &name : QDir(m_fixture->accountDir()).entryList(QDir::Files)) {
            QFile file(QDir(m_fixture->accountDir()).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("refresh-1"), qPrintable(name));
        }
        QVERIFY_THROWS_EXCEPTION(SyncStoreError, (void)m_store->refreshToken());
    }

    void accountWithoutMemberProfileCanSignIn()
    {
        // Committee and admin accounts have no member id (null on the wire).
        m_store->saveSession(
            u"refresh-2"_s, AuthUser { u"u9"_s, QString(), u"committee"_s, u"o1"_s });
        QCOMPARE(m_store->user().role, u"committee"_s);
        QVERIFY(m_store->user().memberId.isEmpty());
        QCOMPARE(actions().markRead(u"d1"_s).error, u"not_signed_in"_s);
    }

    void pageAndCursorCommitTogether()
    {
        m_store->applyPullPage(
            page({ put(u"document"_s, u"d1"_s, document(u"d1"_s, u"Nghị quyết một"_s)) }, u"k1"_s));
        QCOMPARE(m_store->cursor(), u"k1"_s);
        // A failure in the middle of the next page (injected in SQLite) leaves nothing of it.
        db().exec("CREATE TEMP TRIGGER boom BEFORE INSERT ON meetings WHEN NEW.id = 'boom' "
                  "BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
        const PullPage broken = page(
            { put(u"document"_s, u"d2"_s, document(u"d2"_s, u"Chỉ thị hai"_s)),
                put(u"meeting"_s, u"boom"_s, meeting(u"boom"_s, u"2026-12-01T01:00:00.000Z"_s)) },
            u"k2"_s);
        QVERIFY_THROWS_EXCEPTION(SyncStoreError, m_store->applyPullPage(broken));
        QCOMPARE(m_store->cursor(), u"k1"_s);
        QVERIFY(!replica().get(u"document"_s, u"d2"_s));
        QVERIFY(SearchIndex(db()).search(u"chi thi"_s).isEmpty());
        // After a crash the vault resumes from the last committed page.
        reopen();
        QCOMPARE(m_store->cursor(), u"k1"_s);
        QVERIFY(replica().get(u"document"_s, u"d1"_s));
        m_store->applyPullPage(
            page({ put(u"document"_s, u"d2"_s, document(u"d2"_s, u"Chỉ thị hai"_s)) }, u"k2"_s));
        QCOMPARE(SearchIndex(db()).search(u"chi thi"_s).size(), 1);
    }

    // A long pull lets the write-ahead log grow instead of copying it into the vault after
    // every page, and leaves it copied and emptied, the vault's own settings back, at its end.
    void longPullCopiesTheLogIntoTheVaultAtItsEnd()
    {
        const QString wal = m_fixture->accountDir() + u"/vault.db-wal"_s;
        QCOMPARE(db().scalar("PRAGMA wal_autocheckpoint").toInt(), 1000);
        for (int i = 1; i <= 2; ++i) {
            const QString id = u"d%1"_s.arg(i);
            m_store->applyPullPage(
                page({ put(u"document"_s, id, document(id, u"Nghị quyết %1"_s.arg(i))) },
                    u"k%1"_s.arg(i), true));
            QCOMPARE(db().scalar("PRAGMA wal_autocheckpoint").toInt(), 32768);
            QCOMPARE(db().scalar("PRAGMA synchronous").toInt(), 1); // NORMAL
            QVERIFY(QFileInfo(wal).size() > 0);
        }
        m_store->applyPullPage(
            page({ put(u"document"_s, u"d3"_s, document(u"d3"_s, u"Chỉ thị ba"_s)) }, u"k3"_s));
        QCOMPARE(db().scalar("PRAGMA wal_autocheckpoint").toInt(), 1000);
        QCOMPARE(db().scalar("PRAGMA synchronous").toInt(), 2); // FULL
        QCOMPARE(QFileInfo(wal).size(), 0);
        reopen();
        QCOMPARE(replica().count(u"document"_s), 3);
        QCOMPARE(m_store->cursor(), u"k3"_s);
    }

    void snapshotKeepsOldRowsReadableUntilItsLastPage()
    {
        const QByteArray x = bytesOf(1000, 'x');
        const QByteArray y = bytesOf(2000, 'y');
        m_store->applyPullPage(
            page({ put(u"document"_s, u"A"_s,
                       document(u"A"_s, u"Kế hoạch A"_s, { attachment(sha256Of(x), x.size()) })),
                     put(u"document"_s, u"B"_s, document(u"B"_s, u"Hướng dẫn B"_s)),
                     put(u"document"_s, u"C"_s,
                         document(u"C"_s, u"Thông báo C"_s, { attachment(sha256Of(y), y.size()) })),
                     put(u"meeting"_s, u"M1"_s, meeting(u"M1"_s, u"2026-12-01T01:00:00.000Z"_s)) },
                u"k1"_s));
        storeBlob(x);
        storeBlob(y);
        QVERIFY(actions().markRead(u"B"_s).ok()); // pending: survives the snapshot
        QCOMPARE(replica().count(u"document"_s), 3);

        // The user's scope changed: a snapshot in three pages, with a restart in between.
        m_store->applyPullPage(page(
            { put(u"document"_s, u"A"_s,
                document(u"A"_s, u"Kế hoạch A sửa đổi"_s, { attachment(sha256Of(x), x.size()) }),
                2) },
            u"k2"_s, true, true));
        QCOMPARE(replica().count(u"document"_s), 3); // B and C still readable
        QCOMPARE(replica().get(u"document"_s, u"A"_s)->value(u"title"_s).toString(),
            u"Kế hoạch A sửa đổi"_s);
        reopen();
        m_store->applyPullPage(page({}, u"k3"_s, true));
        QCOMPARE(replica().count(u"document"_s), 3);
        QCOMPARE(replica().count(u"meeting"_s), 1);
        m_store->applyPullPage(
            page({ put(u"document"_s, u"D"_s, document(u"D"_s, u"Quy định D"_s)) }, u"k4"_s));

        const QStringList documents = replica().ids(u"document"_s);
        QCOMPARE(
            QSet<QString>(documents.begin(), documents.end()), (QSet<QString> { u"A"_s, u"D"_s }));
        QCOMPARE(replica().count(u"meeting"_s), 0);
        QVERIFY(SearchIndex(db()).search(u"thong bao"_s).isEmpty());
        QVERIFY(BlobStore(db()).isComplete(sha256Of(x)));
        QVERIFY(!BlobStore(db()).isComplete(sha256Of(y))); // only C referenced it
        QCOMPARE(m_store->pendingCount(), 1); // the outbox is kept
        QCOMPARE(m_store->cursor(), u"k4"_s);
    }

    void deleteDropsRowSearchEntryAndOrphanedBlobs()
    {
        const QByteArray shared = bytesOf(3000, 's');
        const QByteArray own = bytesOf(500, 'o');
        m_store->applyPullPage(page({ put(u"document"_s, u"d1"_s,
                                          document(u"d1"_s, u"Nghị quyết đại hội"_s,
                                              { attachment(sha256Of(shared), shared.size()),
                                                  attachment(sha256Of(own), own.size()) })),
                                        put(u"document"_s, u"d2"_s,
                                            document(u"d2"_s, u"Phụ lục"_s,
                                                { attachment(sha256Of(shared), shared.size()) })) },
            u"k1"_s));
        storeBlob(shared);
        storeBlob(own);
        QCOMPARE(SearchIndex(db()).search(u"dai hoi"_s).size(), 1);
        m_store->applyPullPage(page({ gone(u"document"_s, u"d1"_s) }, u"k2"_s));
        QVERIFY(!replica().get(u"document"_s, u"d1"_s));
        QVERIFY(SearchIndex(db()).search(u"dai hoi"_s).isEmpty());
        QVERIFY(!BlobStore(db()).isComplete(sha256Of(own)));
        QVERIFY(BlobStore(db()).isComplete(sha256Of(shared))); // d2 still needs it
    }

    void pendingRowIsNotOverwrittenUntilAcknowledged()
    {
        m_store->applyPullPage(
            page({ put(u"document"_s, u"d1"_s, document(u"d1"_s, u"Nghị quyết"_s)) }, u"k1"_s));
        const LocalActions::Result note = actions().putNote(u"d1"_s, u"Ghi chú của tôi"_s);
        QVERIFY(note.ok());
        QVERIFY(note.mutationId > 0);
        const QJsonObject serverImage { { u"id"_s, note.rowId }, { u"document_id"_s, u"d1"_s },
            { u"text"_s, u"Ghi chú của tôi (máy chủ)"_s }, { u"anchor"_s, QJsonValue() },
            { u"updated_at"_s, u"2026-11-22T08:00:01.000Z"_s } };
        m_store->applyPullPage(page({ put(u"note"_s, note.rowId, serverImage) }, u"k2"_s));
        QCOMPARE(replica().get(u"note"_s, note.rowId)->value(u"text"_s).toString(),
            u"Ghi chú của tôi"_s);
        QCOMPARE(m_store->cursor(), u"k2"_s); // the page itself was taken

        // Acknowledged: the held-back server image is now the truth.
        QCOMPARE(m_store->acknowledge({ note.mutationId, { applied(note.mutationId) } }), 0);
        QCOMPARE(replica().get(u"note"_s, note.rowId)->value(u"text"_s).toString(),
            u"Ghi chú của tôi (máy chủ)"_s);
        QCOMPARE(m_store->pendingCount(), 0);

        // A pending delete is not undone by a server put either.
        const LocalActions::Result removal = actions().deleteNote(note.rowId);
        QVERIFY(removal.ok());
        m_store->applyPullPage(page({ put(u"note"_s, note.rowId, serverImage) }, u"k3"_s));
        QVERIFY(!replica().get(u"note"_s, note.rowId));
        m_store->acknowledge({ removal.mutationId, { applied(removal.mutationId) } });
        m_store->applyPullPage(page({ gone(u"note"_s, note.rowId) }, u"k4"_s));
        QVERIFY(!replica().get(u"note"_s, note.rowId));
        QCOMPARE(db().scalar("SELECT count(*) FROM deferred_rows").toInt(), 0);
        QCOMPARE(db().scalar("SELECT count(*) FROM before_images").toInt(), 0);
    }

    void rejectionRollsBackAndIsListed()
    {
        QJsonObject profile { { u"id"_s, u"m1"_s }, { u"org_id"_s, u"c1"_s },
            { u"full_name"_s, u"Nguyễn Văn A"_s }, { u"phone"_s, u"0900000000"_s },
            { u"email"_s, u"a@example.vn"_s }, { u"version"_s, 3 } };
        m_store->applyPullPage(
            page({ put(u"member"_s, u"m1"_s, profile, 3),
                     put(u"document"_s, u"d1"_s, document(u"d1"_s, u"Nghị quyết"_s)) },
                u"k1"_s));
        const LocalActions::Result contact = actions().updateContact({ { u"phone"_s, u"12"_s } });
        QVERIFY(contact.ok());
        QCOMPARE(replica().get(u"member"_s, u"m1"_s)->value(u"phone"_s).toString(), u"12"_s);
        const LocalActions::Result mark = actions().bookmark(u"d1"_s);
        QVERIFY(mark.ok());
        QVERIFY(replica().get(u"bookmark"_s, u"m1:d1"_s));
        const LocalActions::Result read = actions().markRead(u"d1"_s);

        const int rejectedCount = m_store->acknowledge({ read.mutationId,
            { rejected(contact.mutationId, u"invalid_args"_s, u"Số điện thoại không hợp lệ."_s),
                rejected(mark.mutationId, u"not_found"_s, u"Tài liệu không tồn tại."_s),
                applied(read.mutationId) } });
        QCOMPARE(rejectedCount, 2);
        QCOMPARE(*replica().get(u"member"_s, u"m1"_s), profile);
        QCOMPARE(*replica().version(u"member"_s, u"m1"_s), 3);
        QVERIFY(!replica().get(u"bookmark"_s, u"m1:d1"_s));
        QVERIFY(replica().get(u"read_receipt"_s, u"d1:m1"_s)); // applied: stays
        const QList<RejectedMutation> listed = Outbox(db()).rejected();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.first().errorMessage, u"Số điện thoại không hợp lệ."_s);
        QCOMPARE(m_store->pendingCount(), 0);
        QCOMPARE(db().scalar("SELECT count(*) FROM before_images").toInt(), 0);
    }

    void onlyTheTrailingRejectionsAreRolledBack()
    {
        m_store->applyPullPage(
            page({ put(u"meeting"_s, u"M1"_s, meeting(u"M1"_s, u"2026-12-01T01:00:00.000Z"_s)) },
                u"k1"_s));
        const auto first = actions().rsvp(u"M1"_s, u"attending"_s);
        const auto second = actions().rsvp(u"M1"_s, u"absent"_s, u"Đi công tác"_s);
        QVERIFY(first.ok() && second.ok());
        // The first is rejected while the second is still pending: nothing moves yet.
        m_store->acknowledge({ first.mutationId,
            { rejected(first.mutationId, u"meeting_closed"_s, u"Đã họp."_s) } });
        QCOMPARE(
            replica().get(u"attendance"_s, u"M1:m1"_s)->value(u"rsvp"_s).toString(), u"absent"_s);
        // The second is applied: its effect stands (the server's own change follows).
        m_store->acknowledge({ second.mutationId, { applied(second.mutationId) } });
        QCOMPARE(
            replica().get(u"attendance"_s, u"M1:m1"_s)->value(u"rsvp"_s).toString(), u"absent"_s);

        // Applied then rejected: back to the state after the applied one.
        const auto third = actions().rsvp(u"M1"_s, u"attending"_s);
        const auto fourth = actions().rsvp(u"M1"_s, u"absent"_s, u"Ốm"_s);
        m_store->acknowledge({ fourth.mutationId,
            { applied(third.mutationId),
                rejected(fourth.mutationId, u"invalid_args"_s, u"Sai."_s) } });
        QCOMPARE(replica().get(u"attendance"_s, u"M1:m1"_s)->value(u"rsvp"_s).toString(),
            u"attending"_s);
    }

    // Push result data (DESIGN.md 8.4): an applied account.create's temporary password is kept
    // in the vault with the outbox entry's member, once; a replayed answer without data (the
    // first was lost) keeps only the loss, so the page can offer a new reset; a rejection and
    // other mutations keep nothing.
    void temporaryPasswordOfAnAnswerIsKeptOnce()
    {
        m_store->applyPullPage(
            page({ put(u"member"_s, u"m7"_s,
                     QJsonObject { { u"id"_s, u"m7"_s }, { u"full_name"_s, u"Lê Văn Bảy"_s },
                         { u"account"_s, QJsonObject { { u"user_id"_s, u"u7"_s } } } }) },
                u"k1"_s));
        qint64 create = 0, reset = 0, refused = 0, other = 0;
        {
            Transaction transaction(db());
            Outbox outbox(db());
            create = outbox.enqueue(Protocol::Mutation::AccountCreate,
                { { u"member_id"_s, u"m2"_s }, { u"login"_s, u"nguyenvanhai"_s } });
            reset = outbox.enqueue(
                Protocol::Mutation::AccountResetPassword, { { u"user_id"_s, u"u7"_s } });
            refused = outbox.enqueue(
                Protocol::Mutation::AccountResetPassword, { { u"user_id"_s, u"u9"_s } });
            other
                = outbox.enqueue(Protocol::Mutation::DeviceRevoke, { { u"device_id"_s, u"d1"_s } });
            transaction.commit();
        }
        WireMutationResult created = applied(create);
        created.data = { { Protocol::ResultData::UserId, u"u2"_s },
            { Protocol::ResultData::Login, u"nguyenvanhai"_s },
            { Protocol::ResultData::TemporaryPassword, u"Tam-4821-xk"_s } };
        WireMutationResult revoked = applied(other);
        revoked.data = { { Protocol::ResultData::TemporaryPassword, u"never"_s } };
        QCOMPARE(m_store->acknowledge({ other,
                     { created, applied(reset), rejected(refused, u"not_found"_s, u"Không"_s),
                         revoked } }),
            1);
        // The same answers again (the outbox has consumed them): nothing more.
        m_store->acknowledge({ other, { created, applied(reset) } });

        const QList<AccountSecret> secrets = AccountSecrets(db()).all();
        QCOMPARE(secrets.size(), 2);
        const AccountSecret &lost = secrets.at(0); // newest first
        QCOMPARE(lost.mutationId, reset);
        QVERIFY(lost.isLost());
        QCOMPARE(lost.userId, u"u7"_s);
        QCOMPARE(lost.memberId, u"m7"_s); // found through the member row's account
        const AccountSecret &kept = secrets.at(1);
        QCOMPARE(kept.mutationId, create);
        QCOMPARE(kept.memberId, u"m2"_s);
        QCOMPARE(kept.userId, u"u2"_s);
        QCOMPARE(kept.login, u"nguyenvanhai"_s);
        QCOMPARE(kept.temporaryPassword, u"Tam-4821-xk"_s);
        QCOMPARE(kept.receivedAt, m_fixture->now);

        AccountSecrets(db()).dismiss(create);
        QCOMPARE(AccountSecrets(db()).all().size(), 1);
    }

    void localActionsCheckWhatTheyAreGiven()
    {
        QCOMPARE(actions().markRead(u"nope"_s).error, u"not_found"_s);
        QCOMPARE(actions().rsvp(u"M1"_s, u"maybe"_s).error, u"invalid_args"_s);
        QCOMPARE(
            actions().updateContact({ { u"education"_s, u"Tiến sĩ"_s } }).error, u"invalid_args"_s);
        m_store->applyPullPage(
            page({ put(u"meeting"_s, u"M0"_s,
                     meeting(u"M0"_s, u"2020-01-01T01:00:00.000Z"_s, {}, u"cancelled"_s)) },
                u"k1"_s));
        QCOMPARE(actions().rsvp(u"M0"_s, u"attending"_s).error, u"meeting_closed"_s);
        QCOMPARE(m_store->pendingCount(), 0);
    }

    void attachmentsArePrioritisedWithinTheLimit()
    {
        // The next meeting's document first, then newest first; the limit leaves out what
        // does not fit, and the on-demand lookup still finds it.
        const QString a = QString(64, u'a'), b = QString(64, u'b'), c = QString(64, u'c'),
                      d = QString(64, u'd');
        m_store->applyPullPage(
            page({ put(u"document"_s, u"old"_s,
                       document(u"old"_s, u"Cũ"_s, { attachment(a, 100) },
                           u"2025-01-01T00:00:00.000Z"_s)),
                     put(u"document"_s, u"new"_s,
                         document(u"new"_s, u"Mới"_s, { attachment(b, 100) },
                             u"2026-10-01T00:00:00.000Z"_s)),
                     put(u"document"_s, u"prep"_s,
                         document(u"prep"_s, u"Chuẩn bị họp"_s, { attachment(c, 100) },
                             u"2024-01-01T00:00:00.000Z"_s)),
                     put(u"document"_s, u"big"_s,
                         document(u"big"_s, u"Bản quét"_s, { attachment(d, 10000) },
                             u"2026-11-01T00:00:00.000Z"_s)),
                     put(u"meeting"_s, u"past"_s,
                         meeting(u"past"_s, u"2026-11-01T01:00:00.000Z"_s, { u"old"_s })),
                     put(u"meeting"_s, u"next"_s,
                         meeting(u"next"_s, u"2026-12-01T01:00:00.000Z"_s, { u"prep"_s })),
                     put(u"meeting"_s, u"later"_s,
                         meeting(u"later"_s, u"2027-01-01T01:00:00.000Z"_s, { u"new"_s })) },
                u"k1"_s));
        QList<QString> order;
        for (const BlobWant &want : m_store->wantedBlobs(10))
            order << want.sha256;
        QCOMPARE(order, (QList<QString> { c, d, b, a }));
        BlobCatalog(db()).setStorageLimit(1000);
        order.clear();
        for (const BlobWant &want : m_store->wantedBlobs(10))
            order << want.sha256;
        QCOMPARE(order, (QList<QString> { c, b, a }));
        QCOMPARE(m_store->blobWant(d)->size, 10000);
        QVERIFY(!m_store->blobWant(QString(64, u'e')));
    }
};

QTEST_GUILESS_MAIN(TestSyncStore)
#include "tst_syncstore.moc"
