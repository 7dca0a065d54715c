// The committee's view of a study over a real vault (DESIGN.md 8.3): the progress rows of its
// subtree one level at a time (its own organisation first, then the units directly below in
// Vietnamese order, a unit with units below it drills down, the breadcrumb goes back up),
// the rates, sorting (the unit's own row stays first), the chart's data in the table's order,
// the report input the controller hands StudyReport (the figures of the rows on screen), the
// exported CSV and PDF files, and study.close for the assigner's organisation only.
#include "outbox.h"
#include "replicastore.h"
#include "studyprogresscontroller.h"
#include "unlockedsession.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"
#include "wirevalues.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QString kPin = u"246810"_s;
constexpr int kTimeoutMs = 20000;
// 20:00 UTC: already the next day in Vietnam.
const QDateTime kNow(QDate(2026, 11, 22), QTime(20, 0), QTimeZone::utc());
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

QJsonObject org(const QString &id, const QString &parent, const QString &name, const QString &kind)
{
    return { { u"id"_s, id }, { u"parent_id"_s, parent.isEmpty() ? QJsonValue() : parent },
        { u"name"_s, name }, { u"kind"_s, kind } };
}

QJsonObject study(const QString &id, const QString &title, const QString &due,
    const QString &status, const QString &orgId = u"p"_s)
{
    return { { u"id"_s, id }, { u"org_id"_s, orgId }, { u"org_name"_s, u"Tỉnh ủy Sơn Lâm"_s },
        { u"audience_org_id"_s, u"p"_s }, { u"audience_name"_s, u"Đảng bộ tỉnh Sơn Lâm"_s },
        { u"title"_s, title }, { u"instructions"_s, u""_s },
        { u"document_ids"_s, QJsonArray { u"doc-1"_s, u"doc-gone"_s } }, { u"due_date"_s, due },
        { u"reflection_required"_s, true }, { u"quiz"_s, QJsonArray() }, { u"status"_s, status },
        { u"created_by"_s, u"u-staff"_s }, { u"created_at"_s, u"2026-11-01T01:00:00Z"_s } };
}

// members, submitted, accepted, returned, late; average (negative: none).
QJsonObject progress(const QString &studyId, const QString &orgId, const QString &name,
    const QString &kind, int members, int submitted, int accepted, int returned, int late,
    double average)
{
    return { { u"id"_s, studyId + u':' + orgId }, { u"study_id"_s, studyId },
        { u"org_id"_s, orgId }, { u"org_name"_s, name }, { u"org_kind"_s, kind },
        { u"members"_s, members }, { u"submitted"_s, submitted }, { u"accepted"_s, accepted },
        { u"returned"_s, returned }, { u"late"_s, late }, { u"not_started"_s, members - submitted },
        { u"average_score"_s, average < 0 ? QJsonValue() : QJsonValue(average) },
        { u"updated_at"_s, u"2026-11-20T00:00:00Z"_s } };
}
} // namespace

class TestStudyProgressView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;

    SqliteDatabase &db() { return m_session->vault().database(); }

    void signIn(const QString &role, const QString &orgId)
    {
        VaultSyncStore(m_session->vault())
            .saveSession(u"token"_s, AuthUser { u"u-staff"_s, u"m-staff"_s, role, orgId });
    }

    void prepare(StudyProgressController &controller)
    {
        controller.setClock([] { return kNow; });
        controller.setSession(m_session.get());
    }

    // The province p, its districts (Vietnamese order: Ân Thi, Bình Xuyên, Đông Anh, which
    // code-point order would not give) and cells; study s1 (open) with a row for every unit,
    // s2 (closed) with the province only; a district without a row (not in the audience) is
    // never listed.
    void fill()
    {
        ReplicaStore replica(db());
        replica.put(u"organization"_s, u"p"_s, 1,
            org(u"p"_s, {}, u"Đảng bộ tỉnh Sơn Lâm"_s, u"province"_s));
        replica.put(u"organization"_s, u"d-b"_s, 1,
            org(u"d-b"_s, u"p"_s, u"Đảng bộ huyện Bình Xuyên"_s, u"district"_s));
        replica.put(u"organization"_s, u"d-a"_s, 1,
            org(u"d-a"_s, u"p"_s, u"Đảng bộ huyện Ân Thi"_s, u"district"_s));
        replica.put(u"organization"_s, u"d-d"_s, 1,
            org(u"d-d"_s, u"p"_s, u"Đảng bộ huyện Đông Anh"_s, u"district"_s));
        replica.put(u"organization"_s, u"d-x"_s, 1,
            org(u"d-x"_s, u"p"_s, u"Đảng bộ huyện Xuân Trường"_s, u"district"_s));
        replica.put(u"organization"_s, u"c-10"_s, 1,
            org(u"c-10"_s, u"d-a"_s, u"Chi bộ số 10"_s, u"cell"_s));
        replica.put(
            u"organization"_s, u"c-2"_s, 1, org(u"c-2"_s, u"d-a"_s, u"Chi bộ số 2"_s, u"cell"_s));
        replica.put(u"document"_s, u"doc-1"_s, 1,
            QJsonObject { { u"id"_s, u"doc-1"_s }, { u"org_id"_s, u"p"_s },
                { u"audience_org_id"_s, u"p"_s }, { u"kind"_s, u"resolution"_s },
                { u"number"_s, u"05-NQ/TU"_s }, { u"title"_s, u"Nghị quyết về chuyển đổi số"_s },
                { u"issued_date"_s, u"2026-10-01"_s }, { u"classification"_s, u"public"_s },
                { u"body"_s, u"Toàn văn"_s }, { u"attachments"_s, QJsonArray() },
                { u"published_at"_s, u"2026-10-01T00:00:00Z"_s } });
        replica.put(u"study"_s, u"s1"_s, 1,
            study(u"s1"_s, u"Học tập Nghị quyết 05"_s, u"2026-12-05"_s, u"open"_s));
        replica.put(u"study"_s, u"s2"_s, 1,
            study(u"s2"_s, u"Học tập Chỉ thị cũ"_s, u"2026-10-01"_s, u"closed"_s));
        replica.put(u"study"_s, u"s3"_s, 1,
            study(u"s3"_s, u"Đợt không có tiến độ ở đây"_s, u"2026-12-01"_s, u"open"_s));
        const auto put = [&replica](const QJsonObject &row) {
            replica.put(u"study_progress"_s, row.value(u"id"_s).toString(), 1, row);
        };
        put(progress(
            u"s1"_s, u"p"_s, u"Đảng bộ tỉnh Sơn Lâm"_s, u"province"_s, 40, 20, 10, 2, 3, 7.5));
        put(progress(
            u"s1"_s, u"d-b"_s, u"Đảng bộ huyện Bình Xuyên"_s, u"district"_s, 10, 8, 6, 0, 1, 8.0));
        put(progress(
            u"s1"_s, u"d-a"_s, u"Đảng bộ huyện Ân Thi"_s, u"district"_s, 20, 10, 3, 2, 2, 6.25));
        put(progress(
            u"s1"_s, u"d-d"_s, u"Đảng bộ huyện Đông Anh"_s, u"district"_s, 10, 2, 1, 0, 0, -1));
        put(progress(u"s1"_s, u"c-10"_s, u"Chi bộ số 10"_s, u"cell"_s, 12, 6, 2, 1, 1, 6.0));
        put(progress(u"s1"_s, u"c-2"_s, u"Chi bộ số 2"_s, u"cell"_s, 8, 4, 1, 1, 1, 6.5));
        put(progress(
            u"s2"_s, u"p"_s, u"Đảng bộ tỉnh Sơn Lâm"_s, u"province"_s, 40, 40, 40, 0, 0, 9.0));
    }

    static QStringList column(const StudyProgressModel *model, int role)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row).data(role).toString();
        return values;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = unlockedTestSession(*m_dir, kPin, kTimeoutMs);
        QVERIFY(m_session);
        signIn(u"committee"_s, u"p"_s);
        fill();
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void ownOrganisationFirstThenTheUnitsBelowInVietnameseOrder()
    {
        StudyProgressController page;
        QAbstractItemModelTester tester(page.rows(), kQtTest);
        prepare(page);
        page.setStudyId(u"s1"_s);
        QVERIFY(page.found());
        QCOMPARE(page.title(), u"Học tập Nghị quyết 05"_s);
        QCOMPARE(page.dueText(), u"Hạn hoàn thành: 05/12/2026"_s);
        QCOMPARE(page.statusText(), u"Đang diễn ra"_s);
        QCOMPARE(page.assignedText(), u"Tỉnh ủy Sơn Lâm yêu cầu toàn thể đảng viên học tập"_s);
        const StudyProgressModel *rows = page.rows();
        QCOMPARE(column(rows, StudyProgressModel::OrgIdRole),
            (QStringList { u"p"_s, u"d-a"_s, u"d-b"_s, u"d-d"_s }));
        QCOMPARE(column(rows, StudyProgressModel::LabelRole),
            (QStringList { u""_s, u"1"_s, u"2"_s, u"3"_s }));
        QCOMPARE(column(rows, StudyProgressModel::CanDrillRole),
            (QStringList { u"false"_s, u"true"_s, u"false"_s, u"false"_s }));
        QCOMPARE(rows->index(0).data(StudyProgressModel::IsTotalRole).toBool(), true);
        // Ân Thi: 20 members, 10 submitted, 3 accepted.
        const QModelIndex anThi = rows->index(1);
        QCOMPARE(anThi.data(StudyProgressModel::MembersRole).toInt(), 20);
        QCOMPARE(anThi.data(StudyProgressModel::NotStartedRole).toInt(), 10);
        QCOMPARE(anThi.data(StudyProgressModel::ReturnedRole).toInt(), 2);
        QCOMPARE(anThi.data(StudyProgressModel::LateRole).toInt(), 2);
        QCOMPARE(anThi.data(StudyProgressModel::AcceptedPercentRole).toDouble(), 15.0);
        QCOMPARE(anThi.data(StudyProgressModel::SubmittedPercentRole).toDouble(), 50.0);
        QCOMPARE(anThi.data(StudyProgressModel::AcceptedRateTextRole).toString(), u"15 %"_s);
        QCOMPARE(anThi.data(StudyProgressModel::SubmittedRateTextRole).toString(), u"50 %"_s);
        QCOMPARE(anThi.data(StudyProgressModel::AverageScoreTextRole).toString(), u"6,3"_s);
        QCOMPARE(rows->index(3).data(StudyProgressModel::AverageScoreTextRole).toString(), u"—"_s);
        // The chart reads top down in the table's order: the last unit first.
        QCOMPARE(rows->chartLabels(), (QStringList { u"3"_s, u"2"_s, u"1"_s }));
        QCOMPARE(rows->chartAccepted(), (QVariantList { 10.0, 60.0, 15.0 }));
        QCOMPARE(rows->chartSubmitted(), (QVariantList { 20.0, 80.0, 50.0 }));
        QCOMPARE(page.levelOrgId(), u"p"_s);
        QCOMPARE(page.breadcrumb().size(), 1);
    }

    void drillsDownOneLevelAndBackUp()
    {
        StudyProgressController page;
        prepare(page);
        page.setStudyId(u"s1"_s);
        QVERIFY(page.showLevel(u"d-a"_s));
        QCOMPARE(page.levelName(), u"Đảng bộ huyện Ân Thi"_s);
        // Numbers in names in numeric order: số 2 before số 10.
        QCOMPARE(column(page.rows(), StudyProgressModel::OrgIdRole),
            (QStringList { u"d-a"_s, u"c-2"_s, u"c-10"_s }));
        QCOMPARE(column(page.rows(), StudyProgressModel::CanDrillRole),
            (QStringList { u"false"_s, u"false"_s, u"false"_s }));
        QStringList way;
        for (const QVariant &step : page.breadcrumb())
            way << step.toMap().value(u"name"_s).toString();
        QCOMPARE(way, (QStringList { u"Đảng bộ tỉnh Sơn Lâm"_s, u"Đảng bộ huyện Ân Thi"_s }));
        // A cell has nothing below it; an organisation without a row is not a level.
        QVERIFY(!page.showLevel(u"d-x"_s));
        QVERIFY(!page.showLevel(u"nowhere"_s));
        QCOMPARE(page.levelOrgId(), u"d-a"_s);
        // A sync reloads the screen: it stays on the level shown.
        page.reload();
        QCOMPARE(page.levelOrgId(), u"d-a"_s);
        QVERIFY(page.showLevel(u"p"_s));
        QCOMPARE(page.rows()->rowCount(), 4);
        QCOMPARE(page.breadcrumb().size(), 1);
    }

    void aDistrictCommitteeStartsAtItsOwnDistrict()
    {
        signIn(u"committee"_s, u"d-a"_s);
        StudyProgressController page;
        prepare(page);
        page.setStudyId(u"s1"_s);
        QCOMPARE(page.levelOrgId(), u"d-a"_s);
        QCOMPARE(page.breadcrumb().size(), 1);
        // Not the province: the top is its own district.
        QVERIFY(!page.showLevel(u"p"_s));
        QVERIFY(!page.canClose()); // the study is the province's
    }

    void sortsTheUnitsBelowKeepingTheOwnRowFirst()
    {
        StudyProgressController page;
        QAbstractItemModelTester tester(page.rows(), kQtTest);
        prepare(page);
        page.setStudyId(u"s1"_s);
        StudyProgressModel *rows = page.rows();
        rows->sortBy(StudyProgressModel::ByAcceptedRate);
        QCOMPARE(column(rows, StudyProgressModel::OrgIdRole),
            (QStringList { u"p"_s, u"d-d"_s, u"d-a"_s, u"d-b"_s }));
        QCOMPARE(rows->chartLabels(), (QStringList { u"3"_s, u"2"_s, u"1"_s }));
        QCOMPARE(rows->chartAccepted(), (QVariantList { 60.0, 15.0, 10.0 }));
        rows->sortBy(StudyProgressModel::ByAcceptedRate);
        QVERIFY(!rows->sortAscending());
        QCOMPARE(column(rows, StudyProgressModel::OrgIdRole),
            (QStringList { u"p"_s, u"d-b"_s, u"d-a"_s, u"d-d"_s }));
        // No score sorts below every score.
        rows->sortBy(StudyProgressModel::ByAverageScore);
        QCOMPARE(column(rows, StudyProgressModel::OrgIdRole),
            (QStringList { u"p"_s, u"d-d"_s, u"d-a"_s, u"d-b"_s }));
        rows->sortBy(StudyProgressModel::ByName);
        rows->sortBy(StudyProgressModel::ByName);
        QCOMPARE(column(rows, StudyProgressModel::OrgIdRole),
            (QStringList { u"p"_s, u"d-d"_s, u"d-b"_s, u"d-a"_s }));
        // The order chosen survives a reload.
        page.reload();
        QCOMPARE(column(rows, StudyProgressModel::OrgIdRole),
            (QStringList { u"p"_s, u"d-d"_s, u"d-b"_s, u"d-a"_s }));
    }

    void theReportHasTheFiguresOfTheRowsOnScreen()
    {
        StudyProgressController page;
        prepare(page);
        page.setStudyId(u"s1"_s);
        page.rows()->sortBy(StudyProgressModel::ByMembers);
        const StudyReportInput input = page.reportInput();
        QCOMPARE(input.studyTitle, u"Học tập Nghị quyết 05"_s);
        QCOMPARE(input.dueDate, QDate(2026, 12, 5));
        QCOMPARE(input.assigningOrganisation, u"Tỉnh ủy Sơn Lâm"_s);
        QCOMPARE(input.reportUnit, u"Đảng bộ tỉnh Sơn Lâm"_s);
        QCOMPARE(input.generatedOn, QDate(2026, 11, 23)); // Vietnam's date
        QCOMPARE(input.documents.size(), 2);
        QCOMPARE(input.documents.at(0).number, u"05-NQ/TU"_s);
        QCOMPARE(input.documents.at(0).title, u"Nghị quyết về chuyển đổi số"_s);
        QCOMPARE(input.documents.at(1).title, u"doc-gone"_s); // not on this device
        QVERIFY(input.total);
        QCOMPARE(input.total->unit, u"Đảng bộ tỉnh Sơn Lâm"_s);
        QCOMPARE(input.total->members, 40);
        QCOMPARE(input.total->averageScore, std::optional<double>(7.5));
        // The rows in the table's order (members ascending, ties by name).
        const StudyProgressModel *rows = page.rows();
        QCOMPARE(input.rows.size(), rows->rowCount() - 1);
        for (int i = 0; i < input.rows.size(); ++i) {
            const QModelIndex row = rows->index(i + 1);
            const StudyReportRow &line = input.rows.at(i);
            QCOMPARE(line.unit, row.data(StudyProgressModel::NameRole).toString());
            QCOMPARE(line.members, row.data(StudyProgressModel::MembersRole).toInt());
            QCOMPARE(line.submitted, row.data(StudyProgressModel::SubmittedRole).toInt());
            QCOMPARE(line.accepted, row.data(StudyProgressModel::AcceptedRole).toInt());
            QCOMPARE(line.returned, row.data(StudyProgressModel::ReturnedRole).toInt());
            QCOMPARE(line.late, row.data(StudyProgressModel::LateRole).toInt());
            QCOMPARE(line.notStarted, row.data(StudyProgressModel::NotStartedRole).toInt());
        }
        QCOMPARE(input.rows.at(0).unit, u"Đảng bộ huyện Bình Xuyên"_s);
        QCOMPARE(input.rows.at(2).unit, u"Đảng bộ huyện Ân Thi"_s);
        QVERIFY(!input.rows.at(1).averageScore);
        // A level further down reports that unit.
        QVERIFY(page.showLevel(u"d-a"_s));
        QCOMPARE(page.reportInput().reportUnit, u"Đảng bộ huyện Ân Thi"_s);
        QCOMPARE(page.reportInput().rows.size(), 2);
    }

    void exportsCsvAndPdfIntoTheFolder()
    {
        QTemporaryDir out;
        StudyProgressController page;
        prepare(page);
        page.setExportFolder(QUrl::fromLocalFile(out.path()));
        page.setStudyId(u"s1"_s);
        QVERIFY(page.exportCsv());
        const QString csvPath = page.exportedPath();
        QCOMPARE(csvPath, out.filePath(u"bao-cao-hoc-tap-dang-bo-tinh-son-lam-2026-11-23.csv"_s));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains(u"Đảng bộ huyện Ân Thi"_s));
        QVERIFY(text.contains(u"Đảng bộ huyện Bình Xuyên"_s));
        QVERIFY(page.exportedText().contains(csvPath));
        // A second export does not overwrite the first.
        QVERIFY(page.exportCsv());
        QVERIFY(page.exportedPath() != csvPath);
        QVERIFY(page.exportPdf());
        QVERIFY(page.exportedPath().endsWith(u".pdf"_s));
        QFile pdf(page.exportedPath());
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        // No folder: a message, no file.
        page.setExportFolder(QUrl::fromLocalFile(out.filePath(u"missing"_s)));
        QVERIFY(!page.exportCsv());
        QVERIFY(!page.errorMessage().isEmpty());
    }

    void theAssignerClosesTheStudy()
    {
        StudyProgressController page;
        prepare(page);
        page.setStudyId(u"s1"_s);
        QVERIFY(page.canClose());
        QVERIFY(page.closeStudy());
        const QList<PendingMutation> queued = Outbox(db()).pending();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.constFirst().name, u"study.close"_s);
        QCOMPARE(queued.constFirst().args.value(u"id"_s).toString(), u"s1"_s);
        QVERIFY(page.closed());
        QCOMPARE(page.statusText(), u"Đã đóng"_s);
        QVERIFY(!page.canClose());
        // A member never gets the button.
        signIn(u"member"_s, u"p"_s);
        page.setStudyId(u"s2"_s);
        page.setStudyId(u"s1"_s);
        QVERIFY(!page.canClose());
    }

    void listsTheStudiesWithProgressOpenFirst()
    {
        StudyProgressController page;
        prepare(page);
        QStringList ids;
        for (const QVariant &entry : page.studies())
            ids << entry.toMap().value(u"studyId"_s).toString();
        // s3 has no progress row here.
        QCOMPARE(ids, (QStringList { u"s1"_s, u"s2"_s }));
        const QVariantMap first = page.studies().constFirst().toMap();
        QCOMPARE(first.value(u"acceptedRateText"_s).toString(), u"25 %"_s);
        QCOMPARE(first.value(u"dueText"_s).toString(), u"05/12/2026"_s);
        QCOMPARE(page.studies().at(1).toMap().value(u"statusText"_s).toString(), u"Đã đóng"_s);
        QCOMPARE(page.studies().at(1).toMap().value(u"isClosed"_s).toBool(), true);
        page.setStudyId(u"s3"_s);
        QVERIFY(!page.found());
        QCOMPARE(page.rows()->rowCount(), 0);
    }
};

QTEST_MAIN(TestStudyProgressView)

#include "tst_studyprogressview.moc"
