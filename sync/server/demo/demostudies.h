// The demo's studies (DESIGN.md 8.3), so that every studying screen shows something:
// - the province committee asks the whole province to study Nghị quyết 15-NQ/TU (a signed
//   province resolution), due ten days from the day of loading (Vietnam time), with a
//   three-question quiz and a reflection required, in progress: in every cell some members
//   have handed in a reflection (some accepted by the secretary with a comment, the others
//   waiting for review), exactly one in cell A (qt-5) is returned with a comment, the rest have
//   not started; the demo accounts' own members have not started (they can try it);
// - the secretary of cell A asked the cell to study the ward's resolution 45-NQ/ĐU: closed,
//   every member accepted (two of them late), so the secretary's list has history.
// Progress rows are counted after loading (records/studies). No notifications are written.
#pragma once

#include "demo/demoaccounts.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

class WriteTransaction;

class DemoStudies
{
public:
    // Writes the studies, their submissions and progress; `documentIds` maps the demo
    // documents' keys to their ids. Returns how many studies were written (0 when the demo's
    // documents or accounts they need are missing); throws DbError.
    static int store(WriteTransaction &transaction, const QList<DemoAccount> &accounts,
        const QHash<QString, QString> &documentIds, const QDateTime &now);
};
