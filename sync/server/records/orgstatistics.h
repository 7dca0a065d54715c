// The committee's figures (DESIGN.md 8.4, docs/protocol-extensions.md "Oversight, accounts and
// transfers"): one org_stats row per organisation of the province and month, each counting
// only that organisation's own subtree. The server computes them itself on a schedule (serve's
// timer, `handbook-server stats refresh`), never from a client; see docs/decisions.md
// "Statistics" for why a periodic recount rather than upkeep on every write.
//
// A refresh reads a handful of grouped statements (per cell, per document and cell, per study
// and cell) outside any write transaction, rolls the counts up the organisation tree in memory
// (every organisation is a sum over the cells below it, so a cell's count is added to each of
// its ancestors: a few tens of thousands of additions for a province), and then, in one short
// write transaction, rewrites only the rows whose figures changed (version + 1, a change
// logged in the row's organisation's scope). Months are Vietnam months (UTC+7), as studies'
// due dates.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class ServerDatabase;

class OrgStatistics
{
public:
    // The Vietnam month ("yyyy-mm") holding this instant.
    [[nodiscard]] static QString monthOf(const QDateTime &utc);
    // The month `back` months before `month` ("yyyy-mm").
    [[nodiscard]] static QString monthBefore(const QString &month, int back);
    // A row's id: "<org id>:<yyyy-mm>".
    [[nodiscard]] static QString rowId(const QString &orgId, const QString &month);

    // Recounts every organisation's figures of `month` ("yyyy-mm") as of `now` and writes the
    // rows that changed in one write transaction of `database`. Returns how many rows changed;
    // throws DbError.
    static int refreshMonth(ServerDatabase &database, const QString &month, const QDateTime &now);
    // The same for this month and the `months - 1` before it (oldest first); the total changed.
    static int refresh(ServerDatabase &database, int months, const QDateTime &now);
    // serve's schedule: claims the refresh due at `now` for this process by a compare-and-set
    // of `stats_refreshed_at` in server_meta. True when no process has refreshed within
    // `intervalSeconds` (less a little slack for timers' drift) and this one's claim won, so
    // one process of a fleet refreshes per interval. Throws DbError.
    [[nodiscard]] static bool claimScheduledRefresh(
        ServerDatabase &database, const QDateTime &now, qint64 intervalSeconds);

    // The pulled data of these rows (ids that no longer exist are left out): id -> {data,
    // version}, with the organisation's name, kind and parent joined.
    struct Row
    {
        QJsonObject data;
        qint64 version = 1;
    };
    [[nodiscard]] static QHash<QString, Row> rows(const QSqlDatabase &db, const QStringList &ids);
};
