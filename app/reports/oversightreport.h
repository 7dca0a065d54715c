// The month's report of a committee (DESIGN.md 8.4) as it goes to the committee above: "Báo
// cáo tình hình sinh hoạt đảng và sử dụng Sổ tay đảng viên", the unit, the month, per unit
// below it the members, accounts, members using the app, cells that met, attendance, reading,
// study completion and pending requests, the units that need attention, and two charts (the
// unit's last twelve months; the units below). Made from plain data (org_stats rows), written
// as CSV for Excel and as an A4 landscape PDF with a Vietnamese font embedded. Writes no log.
#pragma once

#include "orgstatscatalog.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

struct OversightReportInput
{
    QString reportUnit; // whose report this is
    QDate month; // any day of the month reported
    QDate generatedOn;
    QString updatedText; // "Số liệu cập nhật lúc 08:30 ngày 05/12/2026"; may be empty
    OrgStatsRow total; // the report unit's own row
    QList<OrgStatsRow> rows; // the units directly below it, in the table's order
    QList<OrgStatsRow> series; // the unit's own rows, oldest month first (up to twelve)
};

class OversightReport
{
public:
    explicit OversightReport(OversightReportInput input);

    // UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line ends; a Vietnamese header
    // line, one line per unit, then the totals line (the unit's own row). Rates in percent
    // with '.' for decimals, empty when there is nothing to divide by.
    [[nodiscard]] QByteArray csv() const;
    // The report as HTML for QTextDocument (every input string escaped); the charts are the
    // images "chart-months" and "chart-units" (added by writePdf).
    [[nodiscard]] QString html() const;
    // Writes the PDF to `path`; false with *error (Vietnamese) when it cannot be written.
    bool writePdf(const QString &path, QString *error) const;

    [[nodiscard]] static QStringList columns();
    // "tháng 11 năm 2026".
    [[nodiscard]] static QString monthText(const QDate &month);

private:
    OversightReportInput m_input;
};
