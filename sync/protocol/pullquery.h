// The query of GET /v1/sync/pull (DESIGN.md sections 5 and 8.7): its parameter names and the
// live pull's bounds, named once for the client and the server.
#pragma once

#include <QLatin1StringView>

namespace Protocol::PullQuery {

// The opaque cursor of the previous page (absent or empty: from the start).
inline constexpr QLatin1StringView Cursor("cursor");
// Rows per page, 1 to the server's maximum.
inline constexpr QLatin1StringView Limit("limit");
// Live pull (DESIGN.md 8.7): when nothing new is visible, hold the request up to this many
// seconds (an integer from 0 to MaxWaitSeconds; 0 or absent: answer at once) until a change
// the user may see commits, then answer as a normal pull.
inline constexpr QLatin1StringView Wait("wait");
inline constexpr int MaxWaitSeconds = 60;

} // namespace Protocol::PullQuery
