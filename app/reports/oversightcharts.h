// The two charts of the month's report (OversightReport), painted with QPainter into images
// for the PDF: the unit's last months (cells that met, attendance, reading, in percent) and
// the units below it (reading and members using the app, in percent). Labels are numbers and
// months only: unit names stay in the table, where they are never cut.
#pragma once

#include "orgstatscatalog.h"

#include <QImage>
#include <QList>

class OversightCharts
{
public:
    // Grouped bars per month, oldest first; `size` in pixels (drawn for 300 dpi).
    [[nodiscard]] static QImage months(const QList<OrgStatsRow> &series, QSize size);
    // Grouped bars per unit, labelled "1", "2", … in the table's order.
    [[nodiscard]] static QImage units(const QList<OrgStatsRow> &rows, QSize size);
};
