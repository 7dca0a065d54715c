// The progress report of a study (DESIGN.md 8.3) as a Ban Tổ chức sends it upward: "Báo cáo
// kết quả học tập, quán triệt nghị quyết", per unit the members, who submitted, was accepted,
// was returned, was late or has not started, and the average score on a 10-point scale. Made
// from plain data (the committee's or secretary's study_progress rows), written as CSV for
// Excel and as an A4 PDF with a Vietnamese font embedded. Writes no log.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// One line of the table: a unit (a cell, a grassroots committee, ...) and its figures.
struct StudyReportRow
{
    QString unit;
    int members = 0;
    int submitted = 0; // handed in at least once
    int accepted = 0;
    int returned = 0; // returned now, waiting for a new version
    int late = 0;
    int notStarted = 0;
    std::optional<double> averageScore; // 0..10, none when nothing was scored
};

// A document the study is about.
struct StudyReportDocument
{
    QString number; // "05-NQ/TU"; may be empty
    QString title;
};

// Everything the report shows.
struct StudyReportInput
{
    QString studyTitle;
    QList<StudyReportDocument> documents;
    QDate dueDate;
    QString assigningOrganisation; // who asked for the study
    QString reportUnit; // whose report this is (the committee's or the cell's organisation)
    QDate generatedOn;
    QList<StudyReportRow> rows; // one per unit below (or the cell alone)
    // The report unit's own figures when known (its study_progress row, exact for the average);
    // otherwise the totals are summed from the rows.
    std::optional<StudyReportRow> total;
};

class StudyReport
{
public:
    explicit StudyReport(StudyReportInput input);

    // The totals line: `total` when given, else the sums of the rows (the average weighted by
    // each unit's submissions).
    [[nodiscard]] StudyReportRow totals() const;
    // UTF-8 with a byte-order mark (Excel then reads Vietnamese right), RFC 4180 quoting, CRLF
    // line ends, a Vietnamese header line, one line per unit and a totals line. Numbers use
    // '.' for decimals; rates are percentages of the members.
    [[nodiscard]] QByteArray csv() const;
    // The report as HTML for QTextDocument (every input string escaped).
    [[nodiscard]] QString html() const;
    // Writes the A4 PDF to `path`; false with *error (Vietnamese) when it cannot be written.
    bool writePdf(const QString &path, QString *error) const;

    // "62,5" (PDF) or "62.5" (CSV): `part` of `whole` in percent, one decimal; empty when
    // `whole` is 0.
    [[nodiscard]] static QString rate(int part, int whole, QChar decimalPoint);
    // The CSV header's column names, in order.
    [[nodiscard]] static QStringList columns();

private:
    StudyReportInput m_input;
};
