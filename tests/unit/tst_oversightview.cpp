// The committee's dashboard over a real vault (DESIGN.md 8.4, issue 20): org_stats rows of the
// subtree one level at a time (its own organisation first, then the units directly below in
// Vietnamese order), the unit's figures and "cập nhật lúc", the "needs attention" flags
// (docs/decisions.md "Dashboard thresholds"), sorting (the unit's own row stays first), the
// drill-down to a cell and its members (accounts, devices) and the breadcrumb back up, the
// months to choose and the twelve months' series, and the month's report: the CSV parsed
// back and the PDF's text read back with QtPdf.
#include "mutationnames.h"
#include "oversightcontroller.h"
#include "replicastore.h"
#include "unlockedsession.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QString kPin = u"246810"_s;
constexpr int kTimeoutMs = 20000;
// 20:00 UTC on 30 November: already 1 December in Vietnam.
const QDateTime kNow(QDate(2026, 11, 30), QTime(20, 0), QTimeZone::utc());
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

QJsonObject org(const QString &id, const QString &parent, const QString &name, const QString &kind)
{
    return { { u"id"_s, id }, { u"parent_id"_s, parent.isEmpty() ? QJsonValue() : parent },
        { u"name"_s, name }, { u"kind"_s, kind } };
}

QJsonValue rate(double value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

// cells, cells met, members, active devices, read rate (negative: none).
QJsonObject stats(const QString &orgId, const QString &parent, const QString &name,
    const QString &kind, const QString &month, int cells, int cellsMet, int members, int devices,
    double readRate)
{
    return { { u"id"_s, orgId + u':' + month }, { u"org_id"_s, orgId }, { u"org_name"_s, name },
        { u"org_kind"_s, kind }, { u"parent_id"_s, parent.isEmpty() ? QJsonValue() : parent },
        { u"month"_s, month }, { u"cells"_s, cells }, { u"cells_met"_s, cellsMet },
        { u"members"_s, members }, { u"accounts"_s, members - 1 }, { u"active_devices"_s, devices },
        { u"meetings_held"_s, cellsMet }, { u"attendance_rate"_s, rate(cellsMet > 0 ? 0.8 : -1) },
        { u"documents_published"_s, 3 }, { u"read_rate"_s, rate(readRate) },
        { u"studies_open"_s, 1 }, { u"study_completion"_s, 0.5 },
        { u"profile_requests_pending"_s, cells }, { u"transfers_pending"_s, cellsMet },
        { u"updated_at"_s, u"2026-12-01T01:30:00Z"_s } };
}

QStringList column(const OrgStatsModel *model, int role)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row).data(role).toString();
    return values;
}

// RFC 4180: the fields of one CSV text, quotes undone.
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
    return lines;
}
} // namespace

class TestOversightView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;

    SqliteDatabase &db() { return m_session->vault().database(); }

    void prepare(OversightController &controller)
    {
        controller.setClock([] { return kNow; });
        controller.setSession(m_session.get());
    }

    // The province p; districts Bình Xuyên (d-b) and Ân Thi (d-a, which code-point order would
    // put last); Ân Thi's cells c-2 and c-10 (numeric order). December's rows for every unit,
    // November's for p and d-a only; c-10's members, one with an account and a phone.
    void fill()
    {
        ReplicaStore replica(db());
        const auto putOrg = [&replica](const QJsonObject &row) {
            replica.put(Protocol::RowType::Organization, row.value(u"id"_s).toString(), 1, row);
        };
        putOrg(org(u"p"_s, {}, u"Đảng bộ tỉnh Sơn Lâm"_s, u"province"_s));
        putOrg(org(u"d-b"_s, u"p"_s, u"Đảng bộ huyện Bình Xuyên"_s, u"district"_s));
        putOrg(org(u"d-a"_s, u"p"_s, u"Đảng bộ huyện Ân Thi"_s, u"district"_s));
        putOrg(org(u"c-10"_s, u"d-a"_s, u"Chi bộ số 10"_s, u"cell"_s));
        putOrg(org(u"c-2"_s, u"d-a"_s, u"Chi bộ số 2"_s, u"cell"_s));
        const auto put = [&replica](const QJsonObject &row) {
            replica.put(Protocol::RowType::OrgStats, row.value(u"id"_s).toString(), 1, row);
        };
        const QString dec = u"2026-12"_s;
        const QString nov = u"2026-11"_s;
        put(stats(u"p"_s, {}, u"Đảng bộ tỉnh Sơn Lâm"_s, u"province"_s, dec, 5, 4, 40, 30, 0.7));
        // Ân Thi: a cell without a meeting, reading 40 %, devices 5 of 10: all three flags.
        put(stats(
            u"d-a"_s, u"p"_s, u"Đảng bộ huyện Ân Thi"_s, u"district"_s, dec, 2, 1, 10, 5, 0.4));
        put(stats(u"d-b"_s, u"p"_s, u"Đảng bộ huyện Bình Xuyên"_s, u"district"_s, dec, 3, 3, 30, 25,
            0.8));
        put(stats(u"c-10"_s, u"d-a"_s, u"Chi bộ số 10"_s, u"cell"_s, dec, 1, 1, 6, 4, 0.5));
        put(stats(u"c-2"_s, u"d-a"_s, u"Chi bộ số 2"_s, u"cell"_s, dec, 1, 0, 4, 1, -1));
        put(stats(u"p"_s, {}, u"Đảng bộ tỉnh Sơn Lâm"_s, u"province"_s, nov, 5, 5, 40, 20, 0.5));
        put(stats(
            u"d-a"_s, u"p"_s, u"Đảng bộ huyện Ân Thi"_s, u"district"_s, nov, 2, 2, 10, 8, 0.9));

        replica.put(Protocol::RowType::Member, u"m-1"_s, 1,
            QJsonObject { { u"id"_s, u"m-1"_s }, { u"org_id"_s, u"c-10"_s },
                { u"full_name"_s, u"Trần Văn Bình"_s }, { u"position"_s, u"Bí thư"_s },
                { u"account"_s,
                    QJsonObject { { u"user_id"_s, u"u-1"_s }, { u"login"_s, u"binh.tv"_s },
                        { u"disabled"_s, false } } } });
        replica.put(Protocol::RowType::Member, u"m-2"_s, 1,
            QJsonObject { { u"id"_s, u"m-2"_s }, { u"org_id"_s, u"c-10"_s },
                { u"full_name"_s, u"Lê Thị An"_s }, { u"position"_s, u"Đảng viên"_s },
                { u"account"_s, QJsonValue::Null } });
        replica.put(Protocol::RowType::Device, u"dev-1"_s, 1,
            QJsonObject { { u"id"_s, u"dev-1"_s }, { u"user_id"_s, u"u-1"_s },
                { u"member_id"_s, u"m-1"_s }, { u"status"_s, Protocol::DeviceStatus::Active },
                { u"last_seen_at"_s, u"2026-11-28T18:00:00Z"_s } });
        replica.put(Protocol::RowType::Device, u"dev-2"_s, 1,
            QJsonObject { { u"id"_s, u"dev-2"_s }, { u"user_id"_s, u"u-1"_s },
                { u"member_id"_s, u"m-1"_s }, { u"status"_s, Protocol::DeviceStatus::Revoked },
                { u"last_seen_at"_s, u"2026-11-29T18:00:00Z"_s } });
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = unlockedTestSession(*m_dir, kPin, kTimeoutMs);
        QVERIFY(m_session);
        VaultSyncStore(m_session->vault())
            .saveSession(u"token"_s,
                AuthUser { u"u-staff"_s, u"m-staff"_s, Protocol::Role::Committee, u"p"_s });
        fill();
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void ownOrganisationThisMonthFirstThenTheUnitsBelow()
    {
        OversightController page;
        QAbstractItemModelTester tester(page.rows(), kQtTest);
        prepare(page);
        QCOMPARE(page.month(), u"2026-12"_s); // Vietnam time
        QCOMPARE(page.months().size(), 13);
        QCOMPARE(
            page.months().constFirst().toMap().value(u"label"_s).toString(), u"Tháng 12/2026"_s);
        QCOMPARE(page.months().constLast().toMap().value(u"month"_s).toString(), u"2025-12"_s);
        QVERIFY(page.found());
        QCOMPARE(page.levelOrgId(), u"p"_s);
        QCOMPARE(page.levelName(), u"Đảng bộ tỉnh Sơn Lâm"_s);
        QCOMPARE(page.updatedText(), u"Cập nhật lúc 08:30 ngày 01/12/2026"_s);
        const QVariantMap summary = page.summary();
        QCOMPARE(summary.value(u"members"_s).toInt(), 40);
        QCOMPARE(summary.value(u"devicesText"_s).toString(), u"30/40 (75 %)"_s);
        QCOMPARE(summary.value(u"meetingsText"_s).toString(), u"4/5 chi bộ"_s);
        QCOMPARE(summary.value(u"readRateText"_s).toString(), u"70 %"_s);
        const OrgStatsModel *rows = page.rows();
        QCOMPARE(
            column(rows, OrgStatsModel::OrgIdRole), (QStringList { u"p"_s, u"d-a"_s, u"d-b"_s }));
        QCOMPARE(column(rows, OrgStatsModel::LabelRole), (QStringList { u""_s, u"1"_s, u"2"_s }));
        QCOMPARE(column(rows, OrgStatsModel::CanDrillRole),
            (QStringList { u"false"_s, u"true"_s, u"false"_s }));
        const QModelIndex anThi = rows->index(1);
        QCOMPARE(anThi.data(OrgStatsModel::DevicesTextRole).toString(), u"5/10 (50 %)"_s);
        QCOMPARE(anThi.data(OrgStatsModel::MeetingsTextRole).toString(), u"1/2 chi bộ"_s);
        QCOMPARE(anThi.data(OrgStatsModel::AttendanceTextRole).toString(), u"80 %"_s);
        QCOMPARE(anThi.data(OrgStatsModel::KindTextRole).toString(), u"Đảng bộ huyện"_s);
        QCOMPARE(rows->chartLabels(), (QStringList { u"2"_s, u"1"_s }));
        QCOMPARE(rows->chartReading(), (QVariantList { 80.0, 40.0 }));
        QCOMPARE(rows->chartCellsMet(), (QVariantList { 100.0, 50.0 }));
        QCOMPARE(rows->chartDevices(), (QVariantList { 83.3, 50.0 }));
        // The twelve months up to December, November's and December's figures last.
        QCOMPARE(page.seriesLabels().size(), 12);
        QCOMPARE(page.seriesLabels().constFirst(), u"1"_s);
        QCOMPARE(page.seriesLabels().constLast(), u"12"_s);
        QCOMPARE(page.seriesReading().mid(9), (QVariantList { 0.0, 50.0, 70.0 }));
        QCOMPARE(page.seriesCellsMet().mid(10), (QVariantList { 100.0, 80.0 }));
    }

    void flagsTheUnitsThatNeedAttention()
    {
        OversightController page;
        prepare(page);
        const OrgStatsModel *rows = page.rows();
        QCOMPARE(rows->attentionCount(), 1);
        const QModelIndex anThi = rows->index(1);
        QVERIFY(anThi.data(OrgStatsModel::NeedsAttentionRole).toBool());
        QVERIFY(anThi.data(OrgStatsModel::NoMeetingRole).toBool());
        QVERIFY(anThi.data(OrgStatsModel::LowReadingRole).toBool());
        QVERIFY(anThi.data(OrgStatsModel::LowDevicesRole).toBool());
        QCOMPARE(anThi.data(OrgStatsModel::AttentionTextRole).toString(),
            u"1/2 chi bộ chưa sinh hoạt · Đọc văn bản 40 % · Dùng Sổ tay 50 %"_s);
        const QModelIndex binhXuyen = rows->index(2);
        QVERIFY(!binhXuyen.data(OrgStatsModel::NeedsAttentionRole).toBool());
        QCOMPARE(binhXuyen.data(OrgStatsModel::AttentionTextRole).toString(), QString());
        QCOMPARE(page.attention().size(), 1);
        QCOMPARE(page.attention().constFirst().toMap().value(u"orgId"_s).toString(), u"d-a"_s);

        // At the thresholds exactly: no flag (50 % reading, 60 % devices).
        OrgStatsRow edge;
        edge.cells = 1;
        edge.cellsMet = 1;
        edge.members = 10;
        edge.activeDevices = 6;
        edge.readRate = 0.5;
        QVERIFY(!OrgStatsModel::lowReading(edge));
        QVERIFY(!OrgStatsModel::lowDevices(edge));
        QVERIFY(!OrgStatsModel::noMeeting(edge));
        edge.readRate.reset(); // nothing published: no reading flag
        edge.activeDevices = 5;
        QVERIFY(!OrgStatsModel::lowReading(edge));
        QVERIFY(OrgStatsModel::lowDevices(edge));
    }

    void sortsTheUnitsBelowByAnyColumn()
    {
        OversightController page;
        QAbstractItemModelTester tester(page.rows(), kQtTest);
        prepare(page);
        OrgStatsModel *rows = page.rows();
        rows->sortBy(OrgStatsModel::ByReadRate); // the weakest first
        QCOMPARE(
            column(rows, OrgStatsModel::OrgIdRole), (QStringList { u"p"_s, u"d-a"_s, u"d-b"_s }));
        rows->sortBy(OrgStatsModel::ByReadRate);
        QVERIFY(!rows->sortAscending());
        QCOMPARE(
            column(rows, OrgStatsModel::OrgIdRole), (QStringList { u"p"_s, u"d-b"_s, u"d-a"_s }));
        rows->sortBy(OrgStatsModel::ByMembers); // the most first
        QCOMPARE(
            column(rows, OrgStatsModel::OrgIdRole), (QStringList { u"p"_s, u"d-b"_s, u"d-a"_s }));
        rows->sortBy(OrgStatsModel::ByProfileRequests);
        QCOMPARE(
            column(rows, OrgStatsModel::OrgIdRole), (QStringList { u"p"_s, u"d-b"_s, u"d-a"_s }));
        rows->sortBy(OrgStatsModel::ByName);
        QCOMPARE(
            column(rows, OrgStatsModel::OrgIdRole), (QStringList { u"p"_s, u"d-a"_s, u"d-b"_s }));
        QCOMPARE(page.attention().size(), 1);
        // The sort stays when the level changes.
        rows->sortBy(OrgStatsModel::ByName);
        QVERIFY(page.showLevel(u"d-a"_s));
        QCOMPARE(column(rows, OrgStatsModel::OrgIdRole),
            (QStringList { u"d-a"_s, u"c-10"_s, u"c-2"_s }));
    }

    void drillsDownToACellAndBackUp()
    {
        OversightController page;
        QAbstractItemModelTester tester(page.rows(), kQtTest);
        prepare(page);
        QVERIFY(page.showLevel(u"d-a"_s));
        QCOMPARE(column(page.rows(), OrgStatsModel::OrgIdRole),
            (QStringList { u"d-a"_s, u"c-2"_s, u"c-10"_s }));
        QCOMPARE(column(page.rows(), OrgStatsModel::CanDrillRole),
            (QStringList { u"false"_s, u"true"_s, u"true"_s })); // cells: their members
        QCOMPARE(page.breadcrumb().size(), 2);
        QCOMPARE(page.breadcrumb().constLast().toMap().value(u"name"_s).toString(),
            u"Đảng bộ huyện Ân Thi"_s);
        QVERIFY(!page.isCell());
        QVERIFY(page.cellMembers().isEmpty());
        QCOMPARE(page.seriesReading().mid(10), (QVariantList { 90.0, 40.0 }));

        QVERIFY(page.showLevel(u"c-10"_s));
        QVERIFY(page.isCell());
        QCOMPARE(page.levelKindText(), u"Chi bộ"_s);
        QCOMPARE(page.rows()->rowCount(), 1);
        QCOMPARE(page.breadcrumb().size(), 3);
        const QVariantList members = page.cellMembers();
        QCOMPARE(members.size(), 2);
        const QVariantMap an = members.at(0).toMap(); // Vietnamese order: Lê before Trần
        QCOMPARE(an.value(u"name"_s).toString(), u"Lê Thị An"_s);
        QCOMPARE(an.value(u"accountText"_s).toString(), u"Chưa có tài khoản"_s);
        QCOMPARE(an.value(u"devicesText"_s).toString(), u"Chưa dùng Sổ tay trên thiết bị nào"_s);
        const QVariantMap binh = members.at(1).toMap();
        QCOMPARE(binh.value(u"accountText"_s).toString(), u"Có tài khoản: binh.tv"_s);
        // The revoked phone does not count (nor its later last seen); Vietnam time.
        QCOMPARE(binh.value(u"devicesText"_s).toString(),
            u"1 thiết bị, dùng lần cuối ngày 29/11/2026"_s);

        QVERIFY(page.showLevel(u"p"_s));
        QCOMPARE(page.levelOrgId(), u"p"_s);
        QCOMPARE(page.breadcrumb().size(), 1);
        QVERIFY(!page.showLevel(u"nowhere"_s));
        QCOMPARE(page.levelOrgId(), u"p"_s);
    }

    void anotherMonthAndAUnitWithoutItsFiguresGoesBackToTheTop()
    {
        OversightController page;
        prepare(page);
        QVERIFY(page.showLevel(u"d-b"_s));
        page.setMonth(u"2026-11"_s);
        QCOMPARE(page.month(), u"2026-11"_s);
        QCOMPARE(page.levelOrgId(), u"p"_s); // Bình Xuyên has no November row
        QCOMPARE(page.summary().value(u"readRateText"_s).toString(), u"50 %"_s);
        QCOMPARE(column(page.rows(), OrgStatsModel::OrgIdRole), (QStringList { u"p"_s, u"d-a"_s }));
        QCOMPARE(page.seriesLabels().constLast(), u"11"_s);
        page.setMonth(u"2025-11"_s); // older than thirteen months: ignored
        QCOMPARE(page.month(), u"2026-11"_s);
        page.setMonth(u"2027-01"_s);
        QCOMPARE(page.month(), u"2026-11"_s);
        page.setMonth(u"2025-12"_s); // offered; no figures here
        QVERIFY(!page.found());
        QCOMPARE(page.rows()->rowCount(), 0);
        QVERIFY(!page.exportCsv());
    }

    void exportsTheMonthsReportAsCsvAndPdf()
    {
        QTemporaryDir out;
        OversightController page;
        prepare(page);
        page.setExportFolder(QUrl::fromLocalFile(out.path()));
        QVERIFY(page.exportCsv());
        QCOMPARE(QFileInfo(page.exportedPath()).fileName(),
            u"bao-cao-sinh-hoat-dang-bo-tinh-son-lam-2026-12.csv"_s);
        QVERIFY(page.exportedText().contains(QDir::toNativeSeparators(page.exportedPath())));
        QFile csv(page.exportedPath());
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> lines = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), OversightReport::columns());
        QCOMPARE(lines.at(1).at(1), u"Đảng bộ huyện Ân Thi"_s);
        QCOMPARE(lines.at(1).at(6), u"50.0"_s); // devices
        QCOMPARE(lines.at(1).at(12), u"40.0"_s); // reading
        QCOMPARE(lines.at(1).at(16),
            u"1/2 chi bộ chưa sinh hoạt; đọc văn bản 40.0 %; dùng Sổ tay 50.0 %"_s);
        QCOMPARE(lines.at(2).at(16), QString());
        QCOMPARE(lines.at(3).at(1), u"Tổng cộng: Đảng bộ tỉnh Sơn Lâm"_s);
        QCOMPARE(lines.at(3).at(3), u"40"_s);

        QVERIFY(page.exportPdf());
        // HANDBOOK_OVERSIGHT_PDF=<file> keeps the PDF there, to look at it.
        if (const QString keep = qEnvironmentVariable("HANDBOOK_OVERSIGHT_PDF"); !keep.isEmpty()) {
            QFile::remove(keep);
            QVERIFY(QFile::copy(page.exportedPath(), keep));
        }
        QPdfDocument pdf;
        QCOMPARE(pdf.load(page.exportedPath()), QPdfDocument::Error::None);
        QVERIFY(pdf.pageCount() >= 1);
        QString text;
        for (int i = 0; i < pdf.pageCount(); ++i)
            text += pdf.getAllText(i).text() + u' ';
        text = text.simplified();
        QVERIFY2(text.contains(u"SỬ DỤNG SỔ TAY ĐẢNG VIÊN"_s), qPrintable(text));
        QVERIFY(text.contains(u"Tháng 12 năm 2026"_s));
        QVERIFY(text.contains(u"Đảng bộ huyện Ân Thi"_s));
        QVERIFY(text.contains(u"Đảng bộ huyện Bình Xuyên"_s));
        QVERIFY(text.contains(u"Đơn vị cần chú ý"_s));
        QVERIFY(text.contains(u"Diễn biến các tháng gần đây"_s));
    }
};

QTEST_MAIN(TestOversightView)
#include "tst_oversightview.moc"
