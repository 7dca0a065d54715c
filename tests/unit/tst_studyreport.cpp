// The study progress report (app/reports/studyreport): the CSV parsed back (BOM, Vietnamese
// header, RFC 4180 quoting, the totals line), and the PDF read back with QtPdf: the title, the
// Vietnamese unit names and the figures are there as text (a font with Vietnamese glyphs
// embedded), on A4.
#include "studyreport.h"

#include <QGuiApplication>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

StudyReportRow row(const QString &unit, int members, int submitted, int accepted, int returned,
    int late, std::optional<double> average)
{
    StudyReportRow r;
    r.unit = unit;
    r.members = members;
    r.submitted = submitted;
    r.accepted = accepted;
    r.returned = returned;
    r.late = late;
    r.notStarted = members - submitted;
    r.averageScore = average;
    return r;
}

StudyReportInput input()
{
    StudyReportInput in;
    in.studyTitle = u"Học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"_s;
    in.documents = { { u"05-NQ/TU"_s, u"Nghị quyết về xây dựng, chỉnh đốn Đảng"_s } };
    in.dueDate = QDate(2025, 7, 31);
    in.assigningOrganisation = u"Thành ủy Sơn Lâm"_s;
    in.reportUnit = u"Đảng bộ phường Quang Trung"_s;
    in.generatedOn = QDate(2025, 7, 20);
    in.rows = { row(u"Chi bộ Quang Trung"_s, 32, 20, 15, 1, 3, 8.25),
        row(u"Chi bộ tổ dân phố số 2, \"Hòa Bình\""_s, 8, 2, 0, 0, 0, std::nullopt) };
    return in;
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

class TestStudyReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvOpensInExcelAndParsesBack()
    {
        const QByteArray bytes = StudyReport(input()).csv();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> lines = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(lines.size(), 4); // header, two units, totals
        QCOMPARE(lines.at(0), StudyReport::columns());
        QCOMPARE(lines.at(0).at(1), u"Đơn vị"_s);
        QCOMPARE(lines.at(1),
            (QStringList { u"1"_s, u"Chi bộ Quang Trung"_s, u"32"_s, u"20"_s, u"62.5"_s, u"15"_s,
                u"46.9"_s, u"1"_s, u"3"_s, u"12"_s, u"8.3"_s }));
        // A quote and a comma in a name survive; no score: an empty field.
        QCOMPARE(lines.at(2).at(1), u"Chi bộ tổ dân phố số 2, \"Hòa Bình\""_s);
        QCOMPARE(lines.at(2).at(10), u""_s);
        QCOMPARE(lines.at(2).size(), lines.at(0).size());
        // Totals: sums; the average weighted by the submissions (only one unit scored).
        QCOMPARE(lines.at(3),
            (QStringList { u""_s, u"Tổng cộng"_s, u"40"_s, u"22"_s, u"55.0"_s, u"15"_s, u"37.5"_s,
                u"1"_s, u"3"_s, u"18"_s, u"8.3"_s }));

        // The report unit's own figures, when given, are the totals.
        StudyReportInput in = input();
        in.total = row(u"Đảng bộ phường Quang Trung"_s, 40, 22, 15, 1, 3, 7.6);
        const QList<QStringList> withTotal
            = parseCsv(QString::fromUtf8(StudyReport(in).csv().mid(3)));
        QCOMPARE(withTotal.last().at(1), u"Tổng cộng"_s);
        QCOMPARE(withTotal.last().at(10), u"7.6"_s);
    }

    void ratesOfNobody()
    {
        QCOMPARE(StudyReport::rate(0, 0, u'.'), QString());
        QCOMPARE(StudyReport::rate(1, 3, u','), u"33,3"_s);
        QCOMPARE(StudyReport::rate(3, 3, u'.'), u"100.0"_s);
    }

    void pdfReadsBackWithVietnameseNamesAndFigures()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"bao-cao.pdf"_s);
        QString error;
        QVERIFY2(StudyReport(input()).writePdf(path, &error), qPrintable(error));

        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QVERIFY(pdf.pageCount() >= 1);
        const QSizeF page = pdf.pagePointSize(0); // A4: 595 x 842 points
        QVERIFY2(qAbs(page.width() - 595) < 2 && qAbs(page.height() - 842) < 2,
            qPrintable(u"%1 x %2"_s.arg(page.width()).arg(page.height())));
        QString text;
        for (int i = 0; i < pdf.pageCount(); ++i)
            text += pdf.getAllText(i).text() + u' ';
        text = text.simplified();
        for (const QString &expected : { u"BÁO CÁO KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT"_s,
                 u"Chi bộ Quang Trung"_s, u"Đảng bộ phường Quang Trung"_s, u"Thành ủy Sơn Lâm"_s,
                 u"Nghị quyết Đại hội Đảng bộ tỉnh"_s, u"05-NQ/TU"_s, u"31/07/2025"_s,
                 u"ngày 20 tháng 7 năm 2025"_s, u"Tổng cộng"_s, u"62,5"_s, u"46,9"_s, u"8,3"_s,
                 u"55,0"_s, u"Số đảng viên"_s, u"Điểm trung bình"_s }) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
        }
        // The figures of the first unit, in order.
        QVERIFY2(text.contains(QRegularExpression(u"Chi bộ Quang Trung\\s+32\\s+20\\s+62,5"_s)),
            qPrintable(text));
        // The font is embedded (a subset), so any reader shows the diacritics.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("/FontFile2"));
        QVERIFY(bytes.contains("DejaVu"));
    }

    void unwritablePathIsAnError()
    {
        QString error;
        QVERIFY(!StudyReport(input()).writePdf(u"/nonexistent-dir/x/bao-cao.pdf"_s, &error));
        QVERIFY(!error.isEmpty());
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestStudyReport test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_studyreport.moc"
