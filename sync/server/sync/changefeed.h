// Builds pull pages (DESIGN.md section 5, Pull): the changes after a cursor that the user
// may see, in sequence order, never splitting a server transaction; a scope change or a
// cursor from another scope generation restarts with a full snapshot (`reset`). A page ends
// at `limit` rows or kPageBytes of JSON, whichever comes first.
#pragma once

#include "auth/authenticateduser.h"
#include "sync/pullcursor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

class ChangeFeed
{
public:
    static constexpr int kDefaultLimit = 500;
    static constexpr int kMaxLimit = 1000;
    // A page also stops at this many bytes of JSON before compression (at a transaction's
    // end; a transaction alone larger than this is sent alone).
    static constexpr qint64 kPageBytes = 4 * 1024 * 1024;
    // Rows read in the first chunk; later chunks are sized by the room left in the budget.
    static constexpr qsizetype kFirstChunk = 64;
    // Past this many changes after the cursor, a member's or a secretary's page is read in
    // branches (ChangeVisibility::branchesFor) instead of walking the range.
    static constexpr qint64 kBranchedRange = 2000;

    ChangeFeed(const QSqlDatabase &db, const AuthenticatedUser &user);

    // The page after `cursor` (nothing = from the start) as the wire JSON object.
    // `newestChange`: the change log's newest sequence if the caller has just read it
    // (RequestAuthenticator does), else it is read here.
    [[nodiscard]] QJsonObject page(const std::optional<PullCursor> &cursor, int limit,
        std::optional<qint64> newestChange = std::nullopt);

    // Whether a page must reach the client now: changes to apply, more to fetch, or a reset.
    // Otherwise a live pull may hold it (DESIGN.md 8.7).
    [[nodiscard]] static bool carriesNews(const QJsonObject &page);

    // A page as the wire JSON object (every page is made here, so a held live pull's empty
    // page, made without a query, is the same bytes as a normal pull's).
    [[nodiscard]] static QJsonObject pageObject(
        const QJsonArray &changes, const PullCursor &cursor, bool hasMore, bool reset);

private:
    QSqlDatabase m_db;
    AuthenticatedUser m_user;
};
