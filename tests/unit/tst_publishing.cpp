// The committee's publishing workspace over a real vault (DESIGN.md 8.2): the drafts of my
// organization grouped by status with their counts, newest first, never another
// organization's; the editor queues document.draft.put with exactly the arguments the
// server takes, its files stored in the vault and uploaded before it; the limits are
// refused with a message before anything is queued; a returned draft shows its reason; the
// audience picker lists my organization and below it, found with or without diacritics.
#include "blobstore.h"
#include "drafteditorcontroller.h"
#include "outbox.h"
#include "publishingcontroller.h"
#include "replicastore.h"
#include "unlockedsession.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"
#include "wirevalues.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
namespace Limit = Protocol::Limit;

namespace {
const QString kPin = u"246810"_s;
constexpr int kTimeoutMs = 20000;
const QDateTime kNow(QDate(2026, 11, 22), QTime(8, 0), QTimeZone::utc());
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

QJsonObject org(const QString &id, const QString &parent, const QString &name, const QString &kind)
{
    return { { u"id"_s, id }, { u"parent_id"_s, parent.isEmpty() ? QJsonValue() : parent },
        { u"name"_s, name }, { u"kind"_s, kind } };
}

QJsonObject draft(const QString &id, const QString &orgId, const QString &status,
    const QString &title, const QString &updatedAt, const QString &reason = {})
{
    return { { u"id"_s, id }, { u"org_id"_s, orgId }, { u"status"_s, status },
        { u"kind"_s, u"resolution"_s }, { u"number"_s, u"01-NQ/TU"_s }, { u"title"_s, title },
        { u"issued_date"_s, u"2026-11-20"_s }, { u"issuer"_s, u"Tỉnh ủy Hòa Bình"_s },
        { u"summary"_s, u""_s }, { u"body"_s, u"Toàn văn"_s },
        { u"classification"_s, u"internal"_s }, { u"audience_org_id"_s, orgId },
        { u"attachments"_s, QJsonArray() }, { u"author_id"_s, u"m-staff"_s },
        { u"author_name"_s, u"Trần Văn Soạn"_s },
        { u"return_reason"_s, reason.isEmpty() ? QJsonValue() : reason },
        { u"updated_at"_s, updatedAt } };
}
} // namespace

class TestPublishing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;

    SqliteDatabase &db() { return m_session->vault().database(); }
    template<typename Controller> void prepare(Controller &controller)
    {
        controller.setClock([] { return kNow; });
        controller.setSession(m_session.get());
    }

    // A committee user of the province p1; its tree (two districts, a cell) and another
    // province's; drafts of p1 in every status and one of p2.
    void fill()
    {
        VaultSyncStore(m_session->vault())
            .saveSession(
                u"token"_s, AuthUser { u"u-staff"_s, u"m-staff"_s, u"committee"_s, u"p1"_s });
        ReplicaStore replica(db());
        replica.put(u"organization"_s, u"p1"_s, 1,
            org(u"p1"_s, {}, u"Ban Thường vụ Tỉnh ủy Hòa Bình"_s, u"province"_s));
        replica.put(u"organization"_s, u"d1"_s, 1,
            org(u"d1"_s, u"p1"_s, u"Đảng ủy xã Đồng Tâm"_s, u"grassroots"_s));
        replica.put(u"organization"_s, u"d2"_s, 1,
            org(u"d2"_s, u"p1"_s, u"Huyện ủy Lạc Sơn"_s, u"district"_s));
        replica.put(u"organization"_s, u"c1"_s, 1,
            org(u"c1"_s, u"d1"_s, u"Chi bộ thôn Đồng Tâm"_s, u"cell"_s));
        replica.put(
            u"organization"_s, u"p2"_s, 1, org(u"p2"_s, {}, u"Đảng ủy tỉnh khác"_s, u"province"_s));
        replica.put(u"document_draft"_s, u"dr-old"_s, 1,
            draft(
                u"dr-old"_s, u"p1"_s, u"draft"_s, u"Dự thảo cũ"_s, u"2026-11-01T00:00:00.000Z"_s));
        replica.put(u"document_draft"_s, u"dr-new"_s, 1,
            draft(
                u"dr-new"_s, u"p1"_s, u"draft"_s, u"Dự thảo mới"_s, u"2026-11-21T00:00:00.000Z"_s));
        replica.put(u"document_draft"_s, u"dr-sub"_s, 1,
            draft(
                u"dr-sub"_s, u"p1"_s, u"submitted"_s, u"Chờ ký"_s, u"2026-11-15T00:00:00.000Z"_s));
        replica.put(u"document_draft"_s, u"dr-ret"_s, 1,
            draft(u"dr-ret"_s, u"p1"_s, u"returned"_s, u"Cần sửa"_s, u"2026-11-16T00:00:00.000Z"_s,
                u"Sai số hiệu văn bản"_s));
        replica.put(u"document_draft"_s, u"dr-pub"_s, 1,
            draft(u"dr-pub"_s, u"p1"_s, u"published"_s, u"Đã ban hành"_s,
                u"2026-11-10T00:00:00.000Z"_s));
        replica.put(u"document_draft"_s, u"dr-other"_s, 1,
            draft(u"dr-other"_s, u"p2"_s, u"draft"_s, u"Của tỉnh khác"_s,
                u"2026-11-22T00:00:00.000Z"_s));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = unlockedTestSession(*m_dir, kPin, kTimeoutMs);
        QVERIFY(m_session);
        fill();
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void workspaceGroupsOwnDraftsByStatusNewestFirst()
    {
        PublishingController workspace;
        QAbstractItemModelTester tester(workspace.drafts(), kQtTest);
        prepare(workspace);
        QVERIFY(workspace.isCommittee());
        QCOMPARE(workspace.orgName(), u"Ban Thường vụ Tỉnh ủy Hòa Bình"_s);
        DraftListModel *drafts = workspace.drafts();
        // p2's draft is not listed; groups in order, newest first within one.
        QStringList ids, sections;
        for (int row = 0; row < drafts->rowCount(); ++row) {
            ids << drafts->index(row).data(DraftListModel::IdRole).toString();
            sections << drafts->index(row).data(DraftListModel::SectionRole).toString();
        }
        QCOMPARE(
            ids, (QStringList { u"dr-new"_s, u"dr-old"_s, u"dr-sub"_s, u"dr-ret"_s, u"dr-pub"_s }));
        QCOMPARE(sections,
            (QStringList { u"Đang soạn (2)"_s, u"Đang soạn (2)"_s, u"Chờ duyệt (1)"_s,
                u"Bị trả lại (1)"_s, u"Đã ban hành (1)"_s }));
        QCOMPARE(drafts->index(1).data(DraftListModel::FirstInSectionRole).toBool(), false);
        QCOMPARE(drafts->index(2).data(DraftListModel::FirstInSectionRole).toBool(), true);
        QCOMPARE(workspace.draftCount(), 2);
        QCOMPARE(workspace.submittedCount(), 1);
        QCOMPARE(workspace.returnedCount(), 1);
        QCOMPARE(workspace.publishedCount(), 1);
        // The reason shows on a returned draft only.
        QCOMPARE(drafts->index(3).data(DraftListModel::ReturnReasonRole).toString(),
            u"Sai số hiệu văn bản"_s);
        QVERIFY(drafts->index(0).data(DraftListModel::ReturnReasonRole).toString().isEmpty());
        // The first is selected for the side-by-side detail.
        QCOMPARE(workspace.selectedId(), u"dr-new"_s);
    }

    void newDraftQueuesExactlyTheServersArguments()
    {
        DraftEditorController editor;
        prepare(editor);
        // Defaults: my organization as issuer and audience, today's date in Vietnam.
        QCOMPARE(editor.property("issuer").toString(), u"Ban Thường vụ Tỉnh ủy Hòa Bình"_s);
        QCOMPARE(editor.audienceOrgId(), u"p1"_s);
        QCOMPARE(editor.property("issuedDateText").toString(), u"22/11/2026"_s);
        QVERIFY(editor.canEdit());
        editor.setProperty("kind", u"directive"_s);
        editor.setProperty("number", u" 05-CT/TU "_s);
        editor.setProperty("title", u"Chỉ thị về học tập nghị quyết"_s);
        editor.setProperty("issuedDateText", u"1/12/2026"_s);
        editor.setProperty("summary", u"Trích yếu"_s);
        editor.setProperty("body", u"Nội dung chỉ thị"_s);
        editor.setProperty("classification", u"public"_s);
        QVERIFY(editor.chooseAudience(u"d1"_s));
        QVERIFY(!editor.chooseAudience(u"p2"_s)); // not below my organization
        const QByteArray pdf = "%PDF-1.4 chỉ thị";
        QVERIFY(editor.addBytes(u"chi-thi.pdf"_s, pdf));
        QSignalSpy changes(m_session.get(), &VaultSession::localChangeQueued);
        QVERIFY2(editor.save(), qPrintable(editor.errorMessage()));
        QCOMPARE(changes.size(), 1);

        const QList<PendingMutation> queued = Outbox(db()).pending();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.constFirst().name, u"document.draft.put"_s);
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        const QJsonObject expected { { u"id"_s, editor.savedDraftId() },
            { u"kind"_s, u"directive"_s }, { u"number"_s, u"05-CT/TU"_s },
            { u"title"_s, u"Chỉ thị về học tập nghị quyết"_s },
            { u"issued_date"_s, u"2026-12-01"_s },
            { u"issuer"_s, u"Ban Thường vụ Tỉnh ủy Hòa Bình"_s }, { u"summary"_s, u"Trích yếu"_s },
            { u"body"_s, u"Nội dung chỉ thị"_s }, { u"classification"_s, u"public"_s },
            { u"audience_org_id"_s, u"d1"_s },
            { u"attachments"_s,
                QJsonArray { QJsonObject { { u"sha256"_s, sha }, { u"size"_s, pdf.size() },
                    { u"mime"_s, u"application/pdf"_s }, { u"name"_s, u"chi-thi.pdf"_s } } } } };
        QCOMPARE(queued.constFirst().args, expected);
        // The file is in the vault, ready for the resumable upload.
        QVERIFY(BlobStore(db()).isComplete(sha));
        // The row shows at once, pending, in the workspace's drafts.
        PublishingController workspace;
        prepare(workspace);
        QCOMPARE(workspace.draftCount(), 3);
        QCOMPARE(workspace.drafts()->index(0).data(DraftListModel::IdRole).toString(),
            editor.savedDraftId());
        QVERIFY(workspace.drafts()->index(0).data(DraftListModel::PendingRole).toBool());

        // A meeting goes along when chosen; submit queues {id}.
        QVERIFY(editor.submit());
        const PendingMutation submit = Outbox(db()).pending().constLast();
        QCOMPARE(submit.name, u"document.draft.submit"_s);
        QCOMPARE(submit.args, (QJsonObject { { u"id"_s, editor.savedDraftId() } }));
        QCOMPARE(editor.status(), u"submitted"_s);
        QVERIFY(!editor.canEdit());
        QVERIFY(!editor.save()); // waiting for approval: no more changes
        QCOMPARE(Outbox(db()).pendingCount(), 2);
    }

    void limitsAreRefusedBeforeQueueing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("message");
        QTest::newRow("title") << u"title"_s << Limit::DocumentTitle + 1
                               << u"Tên văn bản quá dài"_s;
        QTest::newRow("number") << u"number"_s << Limit::DocumentNumber + 1 << u"Số hiệu quá dài"_s;
        QTest::newRow("issuer") << u"issuer"_s << Limit::DocumentIssuer + 1
                                << u"Cơ quan ban hành quá dài"_s;
        QTest::newRow("summary") << u"summary"_s << Limit::DocumentSummary + 1
                                 << u"Trích yếu quá dài"_s;
        QTest::newRow("body") << u"body"_s << Limit::DocumentBody + 1 << u"Nội dung quá dài"_s;
        // Within the body's limit, but more than one push request carries.
        QTest::newRow("request") << u"body"_s << Limit::DocumentBody << u"quá lớn để gửi một lần"_s;
        QTest::newRow("no title") << u"title"_s << 0 << u"Xin nhập tên văn bản"_s;
        QTest::newRow("date") << u"issuedDateText"_s << -1 << u"Ngày ban hành chưa đúng"_s;
    }

    void limitsAreRefusedBeforeQueueing()
    {
        QFETCH(QString, field);
        QFETCH(int, size);
        QFETCH(QString, message);
        DraftEditorController editor;
        prepare(editor);
        editor.setProperty("title", u"Nghị quyết"_s);
        // Vietnamese letters: three UTF-8 bytes each.
        editor.setProperty(
            field.toLatin1().constData(), size < 0 ? u"31/02/2026"_s : QString(size, u'ệ'));
        QVERIFY(!editor.save());
        QVERIFY2(editor.errorMessage().contains(message), qPrintable(editor.errorMessage()));
        QCOMPARE(Outbox(db()).pendingCount(), 0);
    }

    // What the server needs before approval: a date, and a text or a file.
    void submitNeedsADateAndATextOrAFile()
    {
        DraftEditorController editor;
        prepare(editor);
        editor.setProperty("title", u"Nghị quyết"_s);
        QVERIFY(!editor.submit());
        QVERIFY(editor.errorMessage().contains(u"nội dung hoặc tệp đính kèm"_s));
        editor.setProperty("body", u"Toàn văn"_s);
        editor.setProperty("issuedDateText", QString());
        QVERIFY(!editor.submit());
        QVERIFY(editor.errorMessage().contains(u"ngày ban hành"_s));
        QCOMPARE(Outbox(db()).pendingCount(), 0);
    }

    void tooManyAttachmentsAreRefused()
    {
        DraftEditorController editor;
        prepare(editor);
        for (int i = 0; i < Limit::DocumentAttachments; ++i)
            QVERIFY(editor.addBytes(u"tep%1.txt"_s.arg(i), QByteArray::number(i)));
        QVERIFY(!editor.addBytes(u"thua.txt"_s, "x"));
        QVERIFY(editor.errorMessage().contains(u"tối đa 20 tệp"_s));
        QCOMPARE(editor.attachmentList().size(), Limit::DocumentAttachments);
    }

    void returnedDraftShowsItsReasonAndCanBeResubmitted()
    {
        DraftEditorController editor;
        editor.setDraftId(u"dr-ret"_s);
        prepare(editor);
        QCOMPARE(editor.returnReason(), u"Sai số hiệu văn bản"_s);
        QCOMPARE(editor.property("title").toString(), u"Cần sửa"_s);
        QCOMPARE(editor.property("issuedDateText").toString(), u"20/11/2026"_s);
        QVERIFY(editor.canEdit());
        editor.setProperty("number", u"02-NQ/TU"_s);
        QVERIFY(editor.submit());
        const QList<PendingMutation> queued = Outbox(db()).pending();
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued.at(0).name, u"document.draft.put"_s);
        QCOMPARE(queued.at(0).args.value(u"number"_s).toString(), u"02-NQ/TU"_s);
        QCOMPARE(queued.at(1).name, u"document.draft.submit"_s);

        DraftEditorController submitted;
        submitted.setDraftId(u"dr-sub"_s);
        prepare(submitted);
        QVERIFY(submitted.submitted());
        QVERIFY(!submitted.canEdit());
        QVERIFY(submitted.returnReason().isEmpty());
    }

    void orgPickerSearchesWithAndWithoutDiacritics()
    {
        DraftEditorController editor;
        prepare(editor);
        OrgPickerModel *orgs = editor.organizations();
        QAbstractItemModelTester tester(orgs, kQtTest);
        // My organization and below it, in tree order; never another province.
        QCOMPARE(orgs->names(),
            (QStringList { u"Ban Thường vụ Tỉnh ủy Hòa Bình"_s, u"Đảng ủy xã Đồng Tâm"_s,
                u"Chi bộ thôn Đồng Tâm"_s, u"Huyện ủy Lạc Sơn"_s }));
        QCOMPARE(orgs->index(2).data(OrgPickerModel::DepthRole).toInt(), 2);
        orgs->setFilterText(u"dang uy"_s);
        QCOMPARE(orgs->names(), (QStringList { u"Đảng ủy xã Đồng Tâm"_s }));
        orgs->setFilterText(u"Đảng ủy"_s);
        QCOMPARE(orgs->names(), (QStringList { u"Đảng ủy xã Đồng Tâm"_s }));
        orgs->setFilterText(u"dong tam"_s);
        QCOMPARE(
            orgs->names(), (QStringList { u"Đảng ủy xã Đồng Tâm"_s, u"Chi bộ thôn Đồng Tâm"_s }));
        orgs->setFilterText(QString());
        QCOMPARE(orgs->rowCount(), 4);
        QVERIFY(editor.chooseAudience(u"c1"_s));
        QCOMPARE(editor.audienceName(), u"Chi bộ thôn Đồng Tâm"_s);
    }
};

QTEST_MAIN(TestPublishing)
#include "tst_publishing.moc"
