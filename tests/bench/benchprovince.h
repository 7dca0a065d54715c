// A province-scale data set for the benchmarks, deterministic for a seed: the demo
// province Sơn Lâm grown to the size of a real one (Thái Nguyên: 97,250 members, 589
// grassroots committees, 4,675 cells) — about 100,000 members with full profiles, 600
// grassroots committees, 4,700 cells, 5,000 documents with Vietnamese bodies of 2-40 KB, two
// meetings per cell and PDF attachments. Written through the server's own SQL layer (OrgTree,
// MemberStore, DocumentPublisher, AttachmentStore, DemoMeetings, DemoAccounts: the change log
// included) into a migrated, empty database, SQLite or PostgreSQL.
//
// Every document is visible to the benchmark member ("bench.member"): most are the
// province's, the rest come from the member's district, commune and cell.
#pragma once

#include "demo/demoaccounts.h"

#include <QList>
#include <QString>
#include <optional>

class ServerDatabase;

class BenchProvince
{
public:
    struct Options
    {
        quint64 seed = 20260301;
        // A tenth of the province (one district and part of a bloc, 1,000 documents).
        bool quick = false;
    };

    struct Summary
    {
        int organizations = 0;
        int grassroots = 0;
        int cells = 0;
        int members = 0;
        int documents = 0;
        qint64 bodyBytes = 0; // UTF-8 bytes of all document bodies
        int attachments = 0;
        qint64 attachmentBytes = 0;
        int meetings = 0;
        int changes = 0; // rows of the change log
        double seconds = 0;
        // bench.member, bench.secretary (same cell), bench.committee (the province),
        // bench.other (a member of a cell in another district).
        QList<DemoAccount> accounts;
    };

    // Loads the province into a migrated database without organisations, in one write
    // transaction; nullopt with *error otherwise. Throws DbError on a database failure.
    [[nodiscard]] static std::optional<Summary> load(
        ServerDatabase &database, const Options &options, QString *error);
    // The account with this login from a summary (an empty account when there is none).
    [[nodiscard]] static DemoAccount account(const Summary &summary, const QString &login);
};
