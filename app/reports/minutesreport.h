// The minutes (biên bản) of a cell meeting as an A4 PDF with a Vietnamese font embedded
// (DESIGN.md 8.5, issue 21): the Party heading (the organisation above, the cell; "ĐẢNG CỘNG
// SẢN VIỆT NAM" and the place and date), "BIÊN BẢN SINH HOẠT CHI BỘ", the meeting's title,
// then the minutes' text as the secretary wrote it, line by line (a line ending in ':' that
// the template starts a section with is set in bold). Made from plain data; writes no log.
#pragma once

#include <QDate>
#include <QString>

// Everything the minutes' PDF shows.
struct MinutesReportInput
{
    QString upperOrganisation; // the organisation above the cell (may be empty)
    QString cell; // "Chi bộ Khu phố 3"
    QString meetingTitle;
    QDate meetingDate; // in Vietnam
    QString text; // the minutes as written
    QString publishedBy; // the secretary's name; empty for a draft
};

class MinutesReport
{
public:
    explicit MinutesReport(MinutesReportInput input);

    // The minutes as HTML for QTextDocument (every input string escaped).
    [[nodiscard]] QString html() const;
    // Writes the A4 PDF to `path`; false with *error (Vietnamese) when it cannot be written.
    bool writePdf(const QString &path, QString *error) const;

private:
    MinutesReportInput m_input;
};
