// The results of an annual review (DESIGN.md 8.6) as a committee reports them upward: "Báo
// cáo kết quả đánh giá, xếp loại đảng viên năm …", per unit the members, the self-reviews
// handed in, the members rated, the count and rate of each of the four ratings and of "hoàn
// thành tốt nhiệm vụ trở lên" (excellent + good), rates over the members rated, and the total
// line (the sums of the units). Made from plain data (the committee's review_summary rows),
// written as CSV for Excel and as an A4 landscape PDF with a Vietnamese font embedded. An
// official document: its words are Vietnamese whatever the app's language. Writes no log.
#pragma once

#include "reviewsummarycatalog.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// One line of the table: a unit and its figures.
struct ReviewReportRow
{
    QString unit;
    int members = 0;
    int submitted = 0; // self-reviews handed in
    RatingCounts decided; // the committee's ratings
};

struct ReviewReportInput
{
    int year = 0;
    QString reportUnit; // whose report this is (the unit shown)
    QString openerOrganisation; // who opened the cycle; may be empty
    QString statusText; // "Đang diễn ra" / "Đã kết thúc"; may be empty
    QDate generatedOn;
    QList<ReviewReportRow> rows; // the units directly below, in the table's order
};

class ReviewReport
{
public:
    explicit ReviewReport(ReviewReportInput input);

    // The totals line ("Tổng cộng"): the sums of the rows.
    [[nodiscard]] ReviewReportRow totals() const;
    // UTF-8 with a byte-order mark (Excel then reads Vietnamese right), RFC 4180 quoting, CRLF
    // line ends, a Vietnamese header line, one line per unit and the totals line. Rates in
    // percent with '.' for decimals, empty when nobody is rated.
    [[nodiscard]] QByteArray csv() const;
    // The report as HTML for QTextDocument (every input string escaped).
    [[nodiscard]] QString html() const;
    // Writes the PDF to `path`; false with *error (Vietnamese) when it cannot be written.
    bool writePdf(const QString &path, QString *error) const;

    // The CSV header's column names, in order.
    [[nodiscard]] static QStringList columns();
    // The four ratings' names, best first (the report's column groups).
    [[nodiscard]] static QStringList ratingNames();
    // `part` of `whole` in percent with one decimal ("95,2" or "95.2"); "" when `whole` is 0.
    [[nodiscard]] static QString rate(int part, int whole, QChar decimalPoint);

private:
    ReviewReportInput m_input;
};
