// The handbook's debug and measurement modes, kept out of the composition root (main.cpp):
// --self-test (load every QML file of the module, then the whole UI, exit), --screenshot
// with --screenshot-state and --check-text (drive the UI to one screen, save a PNG, list cut
// texts), and --bench-startup (start-up times to the home screen, tests/bench).
#pragma once

#include <QString>
#include <QUrl>
#include <functional>

class AccountController;
class QQmlApplicationEngine;
class QQuickWindow;
class VaultSession;

namespace DiagnosticModes {

// --self-test: compiles every .qml file in the module's resources, creates each page, then
// instantiates `mainQml` and lets it render a frame. One line per file; 0 only if nothing
// failed or warned.
int runSelfTest(QQmlApplicationEngine &engine, const QUrl &mainQml);

// Why `state` is not a --screenshot-state (the message without "handbook: "), or empty.
[[nodiscard]] QString screenshotStateProblem(const QString &state);
// Why the vault of --data-dir does not suit `state` (a synced, locked vault and the PIN for
// the screens with data; an empty data dir for the PIN screens), or empty.
[[nodiscard]] QString screenshotSessionProblem(
    const QString &state, const VaultSession &session, bool hasPin);

struct Screenshot
{
    QString path; // the PNG to write
    QString state; // --screenshot-state
    QString pin; // --screenshot-pin, for the screens with data
    bool checkText = false; // --check-text: list cut texts, exit 3 when there is one
    // Moves the session's clock forward (the later PIN attempts skip their waits).
    std::function<void(qint64)> skipSeconds;
};
// --screenshot: drives the session to `shot.state` (sign-in, create-pin, wrong-pin,
// last-attempts, home, change-pin on an empty data dir; on a synced one: unlocks it and opens
// that screen from home), then, once the window has rendered and the page transition ended,
// saves the PNG and exits (1 after 60 s without it). The meeting room's states (issue 23) need
// a real host on the local network: room-host (the secretary's vault) opens the room and serves
// it until a member has checked in and voted (180 s at most), then a few seconds more;
// room-nearby and room-page (a member's vault of that cell) find it, and join it.
void startScreenshot(VaultSession &session, AccountController &account, QQuickWindow *window,
    const Screenshot &shot);

// --bench-startup <pin> (tests/bench, the start-up benchmark): at the first frame, unlocks the
// vault as if the PIN had been typed; at the first frame after it opened (the home screen),
// prints one JSON line of CLOCK_MONOTONIC times and the peak RSS, then exits. No PIN is printed.
void benchStartup(VaultSession &session, QQuickWindow *window, const QString &pin);

} // namespace DiagnosticModes
