// A test hook of the real window (tst_run_window drives the window scripts/run opens): with
// HANDBOOK_PRINT_WINDOW_STATUS=1 in the environment, what the sync banner's headline shows is
// printed on standard error with when that sync last succeeded, "window: sync: <text> | last
// success <UTC ISO time with ms, or empty>", each time a rendered frame shows a new one. No
// secrets: a sync state or the Vietnamese error, and a time. Does nothing otherwise.
#pragma once

class QQuickWindow;

namespace WindowStatus {

void printWhenAsked(QQuickWindow *window);

} // namespace WindowStatus
