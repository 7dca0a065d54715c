// The demo province's meetings: every cell's regular monthly meeting in the next 30 days,
// and a thematic meeting for a few cells, with an agenda and "read before" documents that
// the cell can see.
#pragma once

#include "demo/demodocuments.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class WriteTransaction;

struct DemoMeeting
{
    QString id;
    QString cellKey;
    QString title;
    QDateTime startsAt; // UTC
    QString location;
    QString agenda;
    QStringList documentKeys; // keys of demo documents
};

class DemoMeetings
{
public:
    // The id of a cell's regular meeting ("<cell key>") or thematic one ("<cell key>/theme"),
    // as a document's "meeting:" field names it.
    [[nodiscard]] static QString idFor(const QString &meetingRef);
    // Plans the meetings, starting after `now`.
    [[nodiscard]] static QList<DemoMeeting> plan(
        const QList<DemoDocument> &documents, const QDateTime &now, quint64 seed);
    // Stores a meeting (status scheduled) and records the change; throws DbError.
    static void store(WriteTransaction &transaction, const DemoMeeting &meeting,
        const QString &cellId, const QStringList &documentIds, const QString &createdBy);
};
