// The committee's annual review over a real vault (DESIGN.md 8.6, issue 22): the review_cycle
// and review_summary rows as a pull brings them; the cycles of this year and last year (older
// ones left out), the summary one level at a time (its own organisation first, the units
// directly below in Vietnamese order, drill-down and breadcrumb), the counts per rating and the
// rate "hoàn thành tốt nhiệm vụ trở lên" (excellent + good over decided), the chart's data,
// the report's total line (the sum of the units, equal to the unit's own summary), the CSV
// parsed back and the PDF read back with QtPdf; the opening form refused before anything is
// queued (bad dates, a due date past, an audience outside the subtree), then queued; closing
// by the opener only.
#include "mutationnames.h"
#include "outbox.h"
#include "replicastore.h"
#include "reviewcyclecontroller.h"
#include "reviewreport.h"
#include "unlockedsession.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"
#include "wirevalues.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
namespace Rating = Protocol::ReviewRating;

namespace {
const QString kPin = u"246810"_s;
constexpr int kTimeoutMs = 20000;
// 20:00 UTC: already 8 December in Vietnam.
const QDateTime kNow(QDate(2026, 12, 7), QTime(20, 0), QTimeZone::utc());
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

QJsonObject org(const QString &id, const QString &parent, const QString &name, const QString &kind)
{
    return { { u"id"_s, id }, { u"parent_id"_s, parent.isEmpty() ? QJsonValue() : parent },
        { u"name"_s, name }, { u"kind"_s, kind } };
}

QJsonObject cycle(const QString &id, int year, const QString &audience, const QString &audienceName,
    const QString &status)
{
    return { { u"id"_s, id }, { u"year"_s, year }, { u"audience_org_id"_s, audience },
        { u"audience_name"_s, audienceName }, { u"opener_org_id"_s, u"p"_s },
        { u"opener_name"_s, u"Tỉnh ủy Sơn Lâm"_s },
        { u"self_review_due"_s, u"%1-12-15"_s.arg(year) },
        { u"decision_due"_s, u"%1-12-31"_s.arg(year) }, { u"status"_s, status },
        { u"opened_at"_s, u"%1-12-01T01:00:00Z"_s.arg(year) }, { u"closed_at"_s, QJsonValue() } };
}

QJsonObject counts(int excellent, int good, int fulfilled, int notFulfilled)
{
    return { { QString(Rating::Excellent), excellent }, { QString(Rating::Good), good },
        { QString(Rating::Fulfilled), fulfilled },
        { QString(Rating::NotFulfilled), notFulfilled } };
}

// A review_summary row as the server sends it.
QJsonObject summary(const QString &cycleId, const QString &orgId, int members, int submitted,
    const QJsonObject &proposed, const QJsonObject &decided)
{
    return { { u"id"_s, cycleId + u':' + orgId }, { u"cycle_id"_s, cycleId },
        { u"org_id"_s, orgId }, { u"members"_s, members },
        { QString(Protocol::SelfReviewStatus::Submitted), submitted },
        { QString(Protocol::SelfReviewStatus::Proposed), proposed },
        { QString(Protocol::SelfReviewStatus::Decided), decided },
        { u"updated_at"_s, u"2026-12-07T01:30:00Z"_s } };
}

// RFC 4180: fields of one CSV text, quotes undone.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> lines;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            fields << field;
            lines << fields;
            fields.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty())
        lines << (fields << field);
    return lines;
}

} // namespace

class TestReviewSummary : public QObject
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

    void prepare(ReviewCycleController &controller)
    {
        controller.setClock([] { return kNow; });
        controller.setSession(m_session.get());
    }

    // The province p; its districts Ân Thi (d-a, two cells: số 2 and số 10) and Bình Xuyên
    // (d-b, one cell, nothing decided yet); this year's open cycle r1 of the province, last
    // year's closed r0, and r-old of 2024 (not listed).
    void fill()
    {
        ReplicaStore replica(db());
        const auto put = [&replica](const QString &type, const QJsonObject &row) {
            replica.put(type, row.value(u"id"_s).toString(), 1, row);
        };
        put(u"organization"_s, org(u"p"_s, {}, u"Đảng bộ tỉnh Sơn Lâm"_s, u"province"_s));
        put(u"organization"_s, org(u"d-b"_s, u"p"_s, u"Đảng bộ huyện Bình Xuyên"_s, u"district"_s));
        put(u"organization"_s, org(u"d-a"_s, u"p"_s, u"Đảng bộ huyện Ân Thi"_s, u"district"_s));
        put(u"organization"_s, org(u"c-10"_s, u"d-a"_s, u"Chi bộ số 10"_s, u"cell"_s));
        put(u"organization"_s, org(u"c-2"_s, u"d-a"_s, u"Chi bộ số 2"_s, u"cell"_s));
        put(u"organization"_s, org(u"c-b"_s, u"d-b"_s, u"Chi bộ Bình Minh, \"số 1\""_s, u"cell"_s));
        put(u"review_cycle"_s, cycle(u"r1"_s, 2026, u"p"_s, u"Đảng bộ tỉnh Sơn Lâm"_s, u"open"_s));
        put(u"review_cycle"_s,
            cycle(u"r0"_s, 2025, u"p"_s, u"Đảng bộ tỉnh Sơn Lâm"_s, u"closed"_s));
        put(u"review_cycle"_s,
            cycle(u"r-old"_s, 2024, u"p"_s, u"Đảng bộ tỉnh Sơn Lâm"_s, u"closed"_s));
        put(u"review_summary"_s,
            summary(u"r1"_s, u"c-2"_s, 8, 7, counts(2, 4, 1, 0), counts(1, 4, 1, 0)));
        put(u"review_summary"_s,
            summary(u"r1"_s, u"c-10"_s, 12, 10, counts(3, 5, 2, 0), counts(2, 5, 1, 1)));
        put(u"review_summary"_s,
            summary(u"r1"_s, u"d-a"_s, 20, 17, counts(5, 9, 3, 0), counts(3, 9, 2, 1)));
        put(u"review_summary"_s,
            summary(u"r1"_s, u"c-b"_s, 10, 4, counts(1, 1, 0, 0), counts(0, 0, 0, 0)));
        put(u"review_summary"_s,
            summary(u"r1"_s, u"d-b"_s, 10, 4, counts(1, 1, 0, 0), counts(0, 0, 0, 0)));
        put(u"review_summary"_s,
            summary(u"r1"_s, u"p"_s, 30, 21, counts(6, 10, 3, 0), counts(3, 9, 2, 1)));
        put(u"review_summary"_s,
            summary(u"r0"_s, u"p"_s, 29, 29, counts(5, 20, 4, 0), counts(4, 21, 4, 0)));
    }

    static QStringList column(const ReviewSummaryModel *model, int role)
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

    void listsThisYearsAndLastYearsCycles()
    {
        ReviewCycleController page;
        prepare(page);
        QVERIFY(page.isCommittee());
        QStringList ids;
        for (const QVariant &entry : page.cycles())
            ids << entry.toMap().value(u"cycleId"_s).toString();
        QCOMPARE(ids, (QStringList { u"r1"_s, u"r0"_s }));
        QCOMPARE(page.cycleId(), u"r1"_s);
        QVERIFY(page.found());
        QVERIFY(page.isOpen());
        QCOMPARE(page.title(), u"Đợt kiểm điểm năm 2026 · Đảng bộ tỉnh Sơn Lâm"_s);
        QCOMPARE(
            page.datesText(), u"Hạn nộp bản kiểm điểm: 15/12/2026 · Hạn xếp loại: 31/12/2026"_s);
        QCOMPARE(page.statusText(), u"Đang diễn ra"_s);
        QCOMPARE(page.openerText(), u"Tỉnh ủy Sơn Lâm mở đợt"_s);
        QCOMPARE(page.updatedText(), u"Cập nhật lúc 08:30 ngày 07/12/2026"_s);
        page.setCycleId(u"r0"_s);
        QCOMPARE(page.statusText(), u"Đã kết thúc"_s);
        QVERIFY(!page.canClose());
        QCOMPARE(page.summary()->rowCount(), 1); // only the province's row
        page.setCycleId(u"r-old"_s); // not this year or last year
        QVERIFY(!page.found());
        QCOMPARE(page.summary()->rowCount(), 0);
    }

    void summaryPerUnitWithRatesAndChart()
    {
        ReviewCycleController page;
        QAbstractItemModelTester tester(page.summary(), kQtTest);
        prepare(page);
        const ReviewSummaryModel *rows = page.summary();
        QCOMPARE(column(rows, ReviewSummaryModel::OrgIdRole),
            (QStringList { u"p"_s, u"d-a"_s, u"d-b"_s }));
        QCOMPARE(
            column(rows, ReviewSummaryModel::LabelRole), (QStringList { u""_s, u"1"_s, u"2"_s }));
        QCOMPARE(column(rows, ReviewSummaryModel::CanDrillRole),
            (QStringList { u"false"_s, u"true"_s, u"true"_s }));
        QCOMPARE(column(rows, ReviewSummaryModel::GoodOrBetterRateTextRole),
            (QStringList { u"80,0 %"_s, u"80,0 %"_s, u"—"_s }));
        const QModelIndex anThi = rows->index(1);
        QCOMPARE(anThi.data(ReviewSummaryModel::MembersRole).toInt(), 20);
        QCOMPARE(anThi.data(ReviewSummaryModel::SubmittedRole).toInt(), 17);
        QCOMPARE(anThi.data(ReviewSummaryModel::ProposedRole).toInt(), 17);
        QCOMPARE(anThi.data(ReviewSummaryModel::DecidedRole).toInt(), 15);
        QCOMPARE(anThi.data(ReviewSummaryModel::ExcellentRole).toInt(), 3);
        QCOMPARE(anThi.data(ReviewSummaryModel::GoodRole).toInt(), 9);
        QCOMPARE(anThi.data(ReviewSummaryModel::FulfilledRole).toInt(), 2);
        QCOMPARE(anThi.data(ReviewSummaryModel::NotFulfilledRole).toInt(), 1);
        QCOMPARE(anThi.data(ReviewSummaryModel::DecidedRatingsTextRole).toString(),
            u"Hoàn thành xuất sắc nhiệm vụ: 3 · Hoàn thành tốt nhiệm vụ: 9 · Hoàn thành nhiệm "
            "vụ: 2 · Không hoàn thành nhiệm vụ: 1"_s);
        // The chart reads top down in the table's order: the last unit first; shares of the
        // decisions (Bình Xuyên has none yet: empty bars).
        QVERIFY(!rows->chartOfProposals());
        QCOMPARE(rows->chartLabels(), (QStringList { u"2"_s, u"1"_s }));
        QCOMPARE(rows->chartExcellent(), (QVariantList { 0.0, 20.0 }));
        QCOMPARE(rows->chartGood(), (QVariantList { 0.0, 60.0 }));
        QCOMPARE(rows->chartFulfilled(), (QVariantList { 0.0, 13.3 }));
        QCOMPARE(rows->chartNotFulfilled(), (QVariantList { 0.0, 6.7 }));

        // Down to Ân Thi: numbers in names in numeric order (số 2 before số 10).
        QVERIFY(page.showLevel(u"d-a"_s));
        QCOMPARE(column(rows, ReviewSummaryModel::OrgIdRole),
            (QStringList { u"d-a"_s, u"c-2"_s, u"c-10"_s }));
        QCOMPARE(column(rows, ReviewSummaryModel::GoodOrBetterRateTextRole),
            (QStringList { u"80,0 %"_s, u"83,3 %"_s, u"77,8 %"_s }));
        QCOMPARE(column(rows, ReviewSummaryModel::CanDrillRole),
            (QStringList { u"false"_s, u"false"_s, u"false"_s }));
        QStringList way;
        for (const QVariant &step : page.breadcrumb())
            way << step.toMap().value(u"name"_s).toString();
        QCOMPARE(way, (QStringList { u"Đảng bộ tỉnh Sơn Lâm"_s, u"Đảng bộ huyện Ân Thi"_s }));
        QVERIFY(!page.showLevel(u"nowhere"_s));
        page.reload(); // a sync: the level stays
        QCOMPARE(page.levelOrgId(), u"d-a"_s);

        // Bình Xuyên: nothing decided, so the chart shows the cell's proposals.
        QVERIFY(page.showLevel(u"d-b"_s));
        QVERIFY(rows->chartOfProposals());
        QCOMPARE(rows->chartExcellent(), (QVariantList { 50.0 }));
        QCOMPARE(rows->chartGood(), (QVariantList { 50.0 }));
        QVERIFY(page.showLevel(u"p"_s));
        QCOMPARE(page.breadcrumb().size(), 1);
    }

    void aDistrictCommitteeSeesItsOwnSubtreeOnly()
    {
        signIn(u"committee"_s, u"d-a"_s);
        ReviewCycleController page;
        prepare(page);
        QCOMPARE(page.levelOrgId(), u"d-a"_s);
        QVERIFY(!page.showLevel(u"p"_s));
        QVERIFY(!page.showLevel(u"d-b"_s));
        QVERIFY(!page.canClose()); // the province opened it
        // A member is not a committee.
        signIn(u"member"_s, u"c-2"_s);
        page.reload();
        QVERIFY(!page.isCommittee());
        QVERIFY(!page.problem().isEmpty());
    }

    void theTotalLineIsTheSumOfTheUnits()
    {
        ReviewCycleController page;
        prepare(page);
        const ReviewReportInput input = page.reportInput();
        QCOMPARE(input.year, 2026);
        QCOMPARE(input.reportUnit, u"Đảng bộ tỉnh Sơn Lâm"_s);
        QCOMPARE(input.openerOrganisation, u"Tỉnh ủy Sơn Lâm"_s);
        QCOMPARE(input.generatedOn, QDate(2026, 12, 8)); // Vietnam's date
        QCOMPARE(input.rows.size(), 2);
        QCOMPARE(input.rows.at(0).unit, u"Đảng bộ huyện Ân Thi"_s);
        const ReviewReport report(input);
        const ReviewReportRow total = report.totals();
        int members = 0;
        int submitted = 0;
        RatingCounts decided;
        for (const ReviewReportRow &row : input.rows) {
            members += row.members;
            submitted += row.submitted;
            decided += row.decided;
        }
        QCOMPARE(total.members, members);
        QCOMPARE(total.submitted, submitted);
        QVERIFY(total.decided == decided);
        // … and the province's own summary, counted by the server.
        const ReviewSummaryRow own = page.summary()->rows().constFirst();
        QCOMPARE(total.members, own.members);
        QCOMPARE(total.submitted, own.submitted);
        QVERIFY(total.decided == own.decided);
        // A cell has nothing below it: its own line.
        signIn(u"committee"_s, u"c-2"_s);
        page.reload();
        QCOMPARE(page.reportInput().rows.size(), 1);
        QCOMPARE(page.reportInput().rows.at(0).unit, u"Chi bộ số 2"_s);
    }

    void csvParsesBack()
    {
        ReviewCycleController page;
        prepare(page);
        QVERIFY(page.showLevel(u"d-b"_s));
        QVERIFY(page.showLevel(u"p"_s));
        const QByteArray bytes = ReviewReport(page.reportInput()).csv();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> lines = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(lines.size(), 4); // header, two units, total
        QCOMPARE(lines.at(0), ReviewReport::columns());
        QCOMPARE(lines.at(0).size(), 15);
        QCOMPARE(lines.at(0).at(13), u"Hoàn thành tốt nhiệm vụ trở lên - Số lượng"_s);
        QCOMPARE(lines.at(1),
            (QStringList { u"1"_s, u"Đảng bộ huyện Ân Thi"_s, u"20"_s, u"17"_s, u"15"_s, u"3"_s,
                u"20.0"_s, u"9"_s, u"60.0"_s, u"2"_s, u"13.3"_s, u"1"_s, u"6.7"_s, u"12"_s,
                u"80.0"_s }));
        // Nobody rated: counts 0, rates empty.
        QCOMPARE(lines.at(2),
            (QStringList { u"2"_s, u"Đảng bộ huyện Bình Xuyên"_s, u"10"_s, u"4"_s, u"0"_s, u"0"_s,
                u""_s, u"0"_s, u""_s, u"0"_s, u""_s, u"0"_s, u""_s, u"0"_s, u""_s }));
        QCOMPARE(lines.at(3),
            (QStringList { u""_s, u"Tổng cộng"_s, u"30"_s, u"21"_s, u"15"_s, u"3"_s, u"20.0"_s,
                u"9"_s, u"60.0"_s, u"2"_s, u"13.3"_s, u"1"_s, u"6.7"_s, u"12"_s, u"80.0"_s }));
        // A quote and a comma in a unit's name survive.
        QVERIFY(page.showLevel(u"d-b"_s));
        const QList<QStringList> cell
            = parseCsv(QString::fromUtf8(ReviewReport(page.reportInput()).csv().mid(3)));
        QCOMPARE(cell.at(1).at(1), u"Chi bộ Bình Minh, \"số 1\""_s);
        QCOMPARE(cell.at(1).size(), 15);
    }

    void pdfReadsBack()
    {
        QTemporaryDir out;
        ReviewCycleController page;
        prepare(page);
        page.setExportFolder(QUrl::fromLocalFile(out.path()));
        QVERIFY(page.exportPdf());
        const QString path = page.exportedPath();
        QCOMPARE(path,
            out.filePath(u"bao-cao-xep-loai-dang-vien-2026-dang-bo-tinh-son-lam-2026-12-08.pdf"_s));
        QVERIFY(page.exportedText().contains(path));
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QVERIFY(pdf.pageCount() >= 1);
        const QSizeF size = pdf.pagePointSize(0); // A4 landscape: 842 x 595 points
        QVERIFY2(qAbs(size.width() - 842) < 2 && qAbs(size.height() - 595) < 2,
            qPrintable(u"%1 x %2"_s.arg(size.width()).arg(size.height())));
        QString text;
        for (int i = 0; i < pdf.pageCount(); ++i)
            text += pdf.getAllText(i).text() + u' ';
        text = text.simplified();
        for (const QString &expected : { u"BÁO CÁO KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN NĂM 2026"_s,
                 u"Đảng bộ huyện Ân Thi"_s, u"Đảng bộ huyện Bình Xuyên"_s, u"Tỉnh ủy Sơn Lâm"_s,
                 u"Hoàn thành xuất sắc nhiệm vụ"_s, u"Không hoàn thành nhiệm vụ"_s,
                 u"Hoàn thành tốt nhiệm vụ trở lên"_s, u"Tổng cộng"_s,
                 u"ngày 8 tháng 12 năm 2026"_s, u"80,0"_s, u"13,3"_s }) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
        }
        QVERIFY2(text.contains(QRegularExpression(
                     u"Đảng bộ huyện Ân Thi\\s+20\\s+17\\s+15\\s+3\\s+20,0\\s+9\\s+60,0"_s)),
            qPrintable(text));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("/FontFile2"));
        // CSV beside it; a second export does not overwrite the first.
        QVERIFY(page.exportCsv());
        const QString csv = page.exportedPath();
        QVERIFY(csv.endsWith(u".csv"_s));
        QVERIFY(page.exportCsv());
        QVERIFY(page.exportedPath() != csv);
        // No folder: a message, no file.
        page.setExportFolder(QUrl::fromLocalFile(out.filePath(u"missing"_s)));
        QVERIFY(!page.exportPdf());
        QVERIFY(!page.errorMessage().isEmpty());
        QString error;
        QVERIFY(!ReviewReport(page.reportInput()).writePdf(u"/nonexistent-dir/x.pdf"_s, &error));
        QVERIFY(!error.isEmpty());
    }

    void badDatesAreRefusedBeforeQueueing()
    {
        ReviewCycleController page;
        prepare(page);
        // The defaults: this year, the committee's organisation, two and four weeks ahead.
        QCOMPARE(page.property("openYear").toInt(), 2026);
        QCOMPARE(page.audienceOrgId(), u"p"_s);
        QCOMPARE(page.audienceName(), u"Đảng bộ tỉnh Sơn Lâm"_s);
        QCOMPARE(page.property("selfReviewDueText").toString(), u"22/12/2026"_s);
        QCOMPARE(page.property("decisionDueText").toString(), u"05/01/2027"_s);
        QCOMPARE(page.problem(), QString());

        const auto refused = [&](const char *field, const QString &value, const QString &word) {
            const QVariant before = page.property(field);
            page.setProperty(field, value);
            const bool ok = page.openCycle();
            const QString message = page.errorMessage();
            page.setProperty(field, before);
            return !ok && message.contains(word) && Outbox(db()).pending().isEmpty();
        };
        QVERIFY(refused("selfReviewDueText", u"31/02/2026"_s, u"Hạn nộp bản kiểm điểm"_s));
        QVERIFY(refused("decisionDueText", u"hôm nay"_s, u"Hạn xếp loại"_s));
        // The decision due before today (8/12 in Vietnam, 7/12 in UTC).
        page.setProperty("selfReviewDueText", u"01/12/2026"_s);
        QVERIFY(refused("decisionDueText", u"07/12/2026"_s, u"đã qua"_s));
        page.setProperty("selfReviewDueText", u"22/12/2026"_s);
        // The self-review due after the decision due.
        QVERIFY(refused("selfReviewDueText", u"06/01/2027"_s, u"trước hoặc cùng ngày"_s));
        page.setProperty("openYear", 1999);
        QVERIFY(!page.openCycle());
        QVERIFY(page.errorMessage().contains(u"Năm"_s));
        page.setProperty("openYear", 2026);
        // An audience outside the subtree cannot be chosen.
        signIn(u"committee"_s, u"d-a"_s);
        ReviewCycleController district;
        prepare(district);
        QVERIFY(!district.chooseAudience(u"d-b"_s));
        QVERIFY(district.chooseAudience(u"c-10"_s));
        QCOMPARE(district.audienceName(), u"Chi bộ số 10"_s);
        QVERIFY(Outbox(db()).pending().isEmpty());

        // This year's cycle of the province is open: not another one below it.
        QVERIFY(district.setProperty("selfReviewDueText", u"8/12/2026"_s));
        QVERIFY(district.setProperty("decisionDueText", u"08/12/2026"_s));
        QCOMPARE(district.problem(), QString());
        QVERIFY(!district.openCycle());
        QVERIFY(district.errorMessage().contains(u"đang mở"_s));
        QVERIFY(Outbox(db()).pending().isEmpty());
        // Last year's (closed): queued, the same day for both dues is fine.
        QVERIFY(district.setProperty("openYear", 2025));
        QSignalSpy opened(&district, &ReviewCycleController::cycleOpened);
        QVERIFY2(district.openCycle(), qPrintable(district.errorMessage()));
        QCOMPARE(opened.size(), 1);
        const QList<PendingMutation> queued = Outbox(db()).pending();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.constFirst().name, QString(Protocol::Mutation::ReviewCycleOpen));
        const QJsonObject args = queued.constFirst().args;
        QCOMPARE(args.value(u"year"_s).toInt(), 2025);
        QCOMPARE(args.value(u"audience_org_id"_s).toString(), u"c-10"_s);
        QCOMPARE(args.value(u"self_review_due"_s).toString(), u"2026-12-08"_s);
        QCOMPARE(args.value(u"decision_due"_s).toString(), u"2026-12-08"_s);
    }

    void theOpenerClosesTheCycle()
    {
        ReviewCycleController page;
        prepare(page);
        QVERIFY(page.canClose());
        QVERIFY(page.closeCycle());
        const QList<PendingMutation> queued = Outbox(db()).pending();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.constFirst().name, QString(Protocol::Mutation::ReviewCycleClose));
        QCOMPARE(queued.constFirst().args.value(u"id"_s).toString(), u"r1"_s);
    }
};

QTEST_MAIN(TestReviewSummary)

#include "tst_reviewsummary.moc"
