#include "diagnosticmodes.h"

#include "accountcontroller.h"
#include "cellcatalog.h"
#include "documentcatalog.h"
#include "localactions.h"
#include "meetingoutcomeactions.h"
#include "mutationnames.h"
#include "readercatalog.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "studycatalog.h"
#include "studyprogresscatalog.h"
#include "textfitcheck.h"
#include "vaultsession.h"
#include "wirevalues.h"

#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QTimer>
#include <QVariant>
#include <cstdio>
#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void printLine(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream);
}

// Collects warnings while the self-test loads QML (and still prints them).
QStringList *g_warnings = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_warnings && type != QtDebugMsg && type != QtInfoMsg)
        g_warnings->append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// --screenshot-state: drives a fresh session to the page to capture, then calls done().
// "sign-in" and "create-pin" need nothing here; "home" creates a PIN ("change-pin" also opens that
// dialog); "wrong-pin" creates, locks and tries one wrong PIN; "last-attempts" tries wrong PINs
// until 3 attempts are left, skipping the waits by moving the session's clock (skipSeconds). Only
// on an empty data dir.
void driveSession(VaultSession &session, const QString &target,
    const std::function<void(qint64)> &skipSeconds, std::function<void()> done)
{
    if (target == u"sign-in" || target == u"create-pin") {
        done();
        return;
    }
    const QString pin = u"246810"_s;
    const int wrongAttempts = target == u"last-attempts" ? Vault::kMaxAttempts - 3
        : target == u"wrong-pin"                         ? 1
                                                         : 0;
    auto attempts = std::make_shared<int>(0);
    auto finished = std::make_shared<bool>(false);
    auto step = [&session, pin, wrongAttempts, skipSeconds, attempts, finished, done] {
        if (*finished)
            return;
        const auto finish = [&] {
            *finished = true;
            done();
        };
        switch (session.state()) {
        case VaultSession::NoVault:
            session.createPin(pin, pin);
            break;
        case VaultSession::Unlocked:
            if (wrongAttempts == 0)
                finish();
            else
                session.lock();
            break;
        case VaultSession::Locked:
            if (*attempts >= wrongAttempts) {
                finish();
            } else if (session.retryAfterSeconds() > 0) {
                skipSeconds(session.retryAfterSeconds() + 1); // the countdown reaches 0
            } else {
                ++*attempts;
                session.unlock(u"135790"_s);
            }
            break;
        case VaultSession::Busy:
            break;
        }
    };
    QObject::connect(&session, &VaultSession::stateChanged, &session, step, Qt::QueuedConnection);
    QObject::connect(
        &session, &VaultSession::retryAfterSecondsChanged, &session, step, Qt::QueuedConnection);
    QTimer::singleShot(0, &session, step);
}

const QStringList kDataScenarios { u"home-data"_s, u"library"_s, u"reader"_s, u"search"_s,
    u"profile"_s, u"directory"_s, u"review"_s, u"reader-pdf"_s, u"meetings"_s, u"meeting-detail"_s,
    u"dashboard"_s, u"settings"_s, u"notifications"_s, u"feedback-threads"_s, u"choose-file"_s,
    u"publishing"_s, u"draft-editor"_s, u"oversight"_s, u"study-progress"_s, u"study-page"_s,
    u"studies"_s, u"study-submissions"_s, u"meeting-vote"_s, u"minutes"_s, u"accounts"_s,
    u"transfers"_s, u"self-review"_s, u"review-summary"_s, u"cell-reviews"_s, u"room-nearby"_s,
    u"room-page"_s, u"room-host"_s };

// The newest document with a PDF attachment on this device ("" if none).
QString newestWithPdf(SqliteDatabase &db)
{
    for (const DocumentSummary &doc : DocumentCatalog(db).newestDocuments()) {
        for (const AttachmentInfo &file : ReaderCatalog(db).attachments(doc.id)) {
            if (file.isPdf() && file.stored)
                return doc.id;
        }
    }
    return {};
}

// The first open study of this member's (the nearest due date first; "" if none).
QString firstOpenStudy(SqliteDatabase &db)
{
    for (const StudyEntry &entry : StudyCatalog(db).studies()) {
        if (entry.mine && entry.study.isOpen())
            return entry.study.id;
    }
    return {};
}

// The member with the most devices on this device (a committee's vault; "" if none).
QString memberWithDevices(SqliteDatabase &db)
{
    QMap<QString, int> counts;
    for (const QJsonObject &device : ReplicaStore(db).all(QString(Protocol::RowType::Device))) {
        const QString member = device.value(u"member_id"_s).toString();
        if (!member.isEmpty())
            ++counts[member];
    }
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best.isEmpty() || it.value() > counts.value(best))
            best = it.key();
    }
    return best;
}

// The cell's latest meeting that has begun and was not cancelled ("" if none).
QString latestStartedMeeting(SqliteDatabase &db)
{
    const QList<CellMeeting> meetings = CellCatalog(db).meetings(); // earliest first
    for (auto it = meetings.crbegin(); it != meetings.crend(); ++it) {
        if (it->startsAt <= QDateTime::currentDateTimeUtc()
            && it->status != Protocol::MeetingStatus::Cancelled)
            return it->id;
    }
    return {};
}

// The meeting of the newest vote on this device, an open vote first ("" if none).
QString meetingWithVote(SqliteDatabase &db)
{
    Statement query(db,
        "SELECT meeting_id FROM votes ORDER BY status = ?1 DESC, "
        "json_extract(data, '$.opened_at') DESC LIMIT 1");
    query.bind(1, QString(Protocol::VoteStatus::Open));
    return query.step() ? query.text(0) : QString();
}

// Calls a function of a QML page (parameters typed `string` or untyped).
bool callPage(QObject *page, const char *function, const QString &argument)
{
    return QMetaObject::invokeMethod(page, function, Q_ARG(QString, argument))
        || QMetaObject::invokeMethod(page, function, Q_ARG(QVariant, QVariant(argument)));
}

// Calls `then` once `ready` holds (checked every 100 ms while `context` lives).
void whenReady(QObject *context, std::function<bool()> ready, std::function<void()> then)
{
    auto *poll = new QTimer(context);
    poll->setInterval(100);
    QObject::connect(poll, &QTimer::timeout, context, [poll, ready, then] {
        if (!ready())
            return;
        poll->stop();
        poll->deleteLater();
        then();
    });
    poll->start();
}

// The votes of the meeting room's list `property` (RoomController's votes or hostVotes).
QVariantList roomList(QObject *room, const char *property)
{
    return room->property(property).toList();
}

// The room's meeting on the secretary's device ("room-host"): the cell's next meeting moved
// to start in five minutes and two votes opened in it (an open one and a secret one) through
// the app's own actions, offline, as she would on her phone in the commune before opening
// the room. The meeting's id, or "" when the device refused something.
QString prepareRoomMeeting(SqliteDatabase &db)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto next = DocumentCatalog(db).nextMeeting(now);
    if (!next)
        return {};
    if (next->startsAt > now.addSecs(30 * 60)
        && !LocalActions(db)
                .updateMeeting(next->id, next->title, now.addSecs(5 * 60), next->location,
                    next->agenda, next->documentIds)
                .ok())
        return {};
    MeetingOutcomeActions votes(db);
    const bool opened
        = votes
              .openVote(next->id,
                  u"Thông qua nghị quyết của chi bộ về nhiệm vụ trọng tâm tháng tới"_s,
                  { u"Đồng ý"_s, u"Không đồng ý"_s, u"Ý kiến khác"_s }, false)
              .ok()
        && votes
               .openVote(next->id,
                   u"Giới thiệu quần chúng ưu tú Lê Thị Mai để chi bộ xem xét kết nạp Đảng"_s,
                   { u"Đồng ý"_s, u"Không đồng ý"_s }, true)
               .ok();
    return opened ? next->id : QString();
}

// The meeting room's screens (issue 23), with a real host on the local network: the
// secretary's device ("room-host") opens the room for the meeting of the open vote from its
// meeting page and serves it until a member has checked in and voted there; a member's device
// sees it nearby on the home page ("room-nearby"), or joins it from the banner ("room-page"):
// every document received, checked in, a ballot in the open vote (the secret one left open).
void openRoomScreen(QObject *room, QQuickWindow *window, QObject *home, const QString &target,
    SqliteDatabase &db, std::function<void()> done)
{
    if (target == u"room-host") {
        const QString meetingId = prepareRoomMeeting(db);
        bool ok = !meetingId.isEmpty() && QMetaObject::invokeMethod(home, "openMeetings");
        auto *list = ok ? window->findChild<QObject *>(u"meetingsPage"_s) : nullptr;
        ok = list && callPage(list, "openMeeting", meetingId);
        auto *meeting = ok ? window->findChild<QObject *>(u"meetingPage"_s) : nullptr;
        ok = meeting && QMetaObject::invokeMethod(meeting, "openRoom");
        if (!ok) {
            printLine(stderr, u"screenshot: cannot open the room"_s);
            QCoreApplication::exit(1);
            return;
        }
        whenReady(
            window,
            [room] {
                if (!room->property("hosting").toBool()
                    || room->property("checkedInNames").toStringList().isEmpty())
                    return false;
                for (const QVariant &vote : roomList(room, "hostVotes")) {
                    if (vote.toMap().value(u"ballots"_s).toInt() > 0)
                        return true;
                }
                return false;
            },
            done);
        return;
    }
    // A member's device: the room announced nearby.
    whenReady(
        window, [room] { return room->property("nearby").toBool(); },
        [room, window, target, done] {
            if (target == u"room-nearby") {
                done();
                return;
            }
            auto *join = window->findChild<QObject *>(u"joinRoomButton"_s);
            if (!join || !QMetaObject::invokeMethod(join, "clicked")) {
                printLine(stderr, u"screenshot: cannot join the room"_s);
                QCoreApplication::exit(1);
                return;
            }
            // Joined with every document received, then checked in.
            whenReady(
                window,
                [room] {
                    return room->property("documentsReady").toInt()
                        == room->property("documentsTotal").toInt()
                        && room->property("documentsTotal").toInt() > 0
                        && !roomList(room, "votes").isEmpty();
                },
                [room, window, done] {
                    QMetaObject::invokeMethod(room, "checkIn");
                    whenReady(
                        window, [room] { return room->property("checkedIn").toBool(); },
                        [room, window, done] {
                            // A ballot in the open vote (not the secret one).
                            QString voteId, choice;
                            for (const QVariant &row : roomList(room, "votes")) {
                                const QVariantMap vote = row.toMap();
                                if (vote.value(u"isOpen"_s).toBool()
                                    && !vote.value(u"secret"_s).toBool()) {
                                    voteId = vote.value(u"voteId"_s).toString();
                                    choice = vote.value(u"choices"_s).toStringList().value(0);
                                    break;
                                }
                            }
                            QMetaObject::invokeMethod(
                                room, "castBallot", Q_ARG(QString, voteId), Q_ARG(QString, choice));
                            whenReady(
                                window,
                                [room, voteId] {
                                    for (const QVariant &row : roomList(room, "votes")) {
                                        const QVariantMap vote = row.toMap();
                                        if (vote.value(u"voteId"_s).toString() == voteId)
                                            return vote.value(u"voted"_s).toBool();
                                    }
                                    return false;
                                },
                                [window, done] {
                                    // The host's screenshot waits for this ballot: stay in the room
                                    // while it is taken.
                                    QTimer::singleShot(1500, window, done);
                                });
                        });
                });
        });
}

// The screenshots of a synced vault: unlocks it with `pin`, then opens the screen to capture
// from the home page (the library, the reader on the newest document, a search for
// "nghi quyet") and calls done().
void openDataScreen(VaultSession &session, QQuickWindow *window, const QString &target,
    const QString &pin, QObject *room, std::function<void()> done)
{
    auto finished = std::make_shared<bool>(false);
    auto step = [&session, window, target, room, finished, done] {
        if (*finished || session.state() != VaultSession::Unlocked)
            return;
        *finished = true;
        // Let the stack show the home page first.
        QTimer::singleShot(0, window, [&session, window, target, room, done] {
            auto *home = window->findChild<QObject *>(u"homePage"_s);
            bool ok = home != nullptr;
            if (ok && room && target.startsWith(u"room-")) {
                openRoomScreen(room, window, home, target, session.vault().database(), done);
                return;
            }
            if (ok && target == u"library")
                ok = callPage(home, "openLibrary", QString());
            else if (ok && target == u"search")
                ok = callPage(home, "openLibrary", u"nghi quyet"_s);
            else if (ok && target == u"reader") {
                const auto newest = DocumentCatalog(session.vault().database()).newestDocuments(1);
                ok = !newest.isEmpty() && callPage(home, "openDocument", newest.constFirst().id);
            } else if (ok && target == u"reader-pdf") {
                // The reader of a document with a PDF, then its first attachment.
                const QString id = newestWithPdf(session.vault().database());
                ok = !id.isEmpty() && callPage(home, "openDocument", id);
                auto *reader = ok ? window->findChild<QObject *>(u"readerPage"_s) : nullptr;
                ok = reader && QMetaObject::invokeMethod(reader, "openFirstAttachment");
            } else if (ok && target == u"profile") {
                ok = QMetaObject::invokeMethod(home, "openProfile");
            } else if (ok && target == u"directory") {
                ok = QMetaObject::invokeMethod(home, "openDirectory");
            } else if (ok && target == u"review") {
                ok = QMetaObject::invokeMethod(home, "openReview");
            } else if (ok && target == u"settings") {
                ok = QMetaObject::invokeMethod(home, "openSettings");
            } else if (ok && target == u"notifications") {
                ok = QMetaObject::invokeMethod(home, "openNotifications");
            } else if (ok && target == u"feedback-threads") {
                ok = QMetaObject::invokeMethod(home, "openFeedback");
            } else if (ok && target == u"choose-file") {
                // The share page's file picker (on the user's Documents, Downloads or home).
                ok = QMetaObject::invokeMethod(home, "shareDocument");
                auto *share = ok ? window->findChild<QObject *>(u"shareDocumentPage"_s) : nullptr;
                ok = share && QMetaObject::invokeMethod(share, "openFilePicker");
            } else if (ok && (target == u"publishing" || target == u"draft-editor")) {
                // The committee's workspace (a committee account), and its new draft.
                ok = QMetaObject::invokeMethod(home, "openPublishing");
                auto *page = ok ? window->findChild<QObject *>(u"publishingPage"_s) : nullptr;
                ok = page
                    && (target == u"publishing" || QMetaObject::invokeMethod(page, "newDraft"));
            } else if (ok && target == u"oversight") {
                // The committee's dashboard of its own organisation, this month.
                ok = QMetaObject::invokeMethod(home, "openOversight");
            } else if (ok && target == u"accounts") {
                // The accounts page from the dashboard's toolbar, on the member with the most
                // devices (the member's panel and devices).
                ok = QMetaObject::invokeMethod(home, "openOversight");
                auto *button = ok ? window->findChild<QObject *>(u"openAccounts"_s) : nullptr;
                ok = button && QMetaObject::invokeMethod(button, "clicked");
                auto *page = ok ? window->findChild<QObject *>(u"accountsPage"_s) : nullptr;
                const QString member = memberWithDevices(session.vault().database());
                ok = page && !member.isEmpty() && callPage(page, "openMember", member);
            } else if (ok && target == u"transfers") {
                // The transfers page from the dashboard's toolbar, on the first transfer listed
                // (one to decide when there is one).
                ok = QMetaObject::invokeMethod(home, "openOversight");
                auto *button = ok ? window->findChild<QObject *>(u"openTransfers"_s) : nullptr;
                ok = button && QMetaObject::invokeMethod(button, "clicked");
                auto *page = ok ? window->findChild<QObject *>(u"transfersPage"_s) : nullptr;
                ok = page && QMetaObject::invokeMethod(page, "openFirst");
            } else if (ok && target == u"study-progress") {
                // The committee's progress of the first study it has progress of (the
                // studies menu, then its progress page).
                const auto studies = StudyProgressCatalog(session.vault().database()).studies();
                ok = !studies.isEmpty() && QMetaObject::invokeMethod(home, "openStudies");
                auto *list = ok ? window->findChild<QObject *>(u"studiesPage"_s) : nullptr;
                ok = list && callPage(list, "openProgress", studies.constFirst().id);
            } else if (ok && target == u"studies") {
                ok = QMetaObject::invokeMethod(home, "openStudies");
            } else if (ok && (target == u"study-page" || target == u"study-submissions")) {
                // The first open study: the member's page of it, or the cell's reflections
                // of it (a secretary), from the studies menu.
                const QString id = firstOpenStudy(session.vault().database());
                ok = !id.isEmpty() && QMetaObject::invokeMethod(home, "openStudies");
                auto *list = ok ? window->findChild<QObject *>(u"studiesPage"_s) : nullptr;
                ok = list
                    && callPage(
                        list, target == u"study-page" ? "openStudy" : "openSubmissions", id);
            } else if (ok && target == u"minutes") {
                // The secretary's minutes of the latest meeting held (the template filled in
                // from its data), from its page.
                const QString id = latestStartedMeeting(session.vault().database());
                ok = !id.isEmpty() && QMetaObject::invokeMethod(home, "openMeetings");
                auto *list = ok ? window->findChild<QObject *>(u"meetingsPage"_s) : nullptr;
                ok = list && callPage(list, "openMeeting", id);
                auto *meeting = ok ? window->findChild<QObject *>(u"meetingPage"_s) : nullptr;
                ok = meeting && QMetaObject::invokeMethod(meeting, "openMinutesEditor");
            } else if (ok && target == u"meeting-vote") {
                // The meeting with the newest vote (an open one first), scrolled to its card.
                const QString id = meetingWithVote(session.vault().database());
                ok = !id.isEmpty() && QMetaObject::invokeMethod(home, "openMeetings");
                auto *list = ok ? window->findChild<QObject *>(u"meetingsPage"_s) : nullptr;
                ok = list && callPage(list, "openMeeting", id);
                auto *outcomes = ok ? window->findChild<QObject *>(u"meetingOutcomes"_s) : nullptr;
                bool shown = false;
                ok = outcomes
                    && QMetaObject::invokeMethod(outcomes, "showVotes", Q_RETURN_ARG(bool, shown))
                    && shown;
            } else if (ok && target == u"self-review") {
                // The member's bản kiểm điểm of the open annual review (the home card's cycle).
                auto *card = window->findChild<QObject *>(u"selfReviewCard"_s);
                ok = card && card->property("visible").toBool()
                    && callPage(home, "openSelfReview", QString());
            } else if (ok && target == u"review-summary") {
                // The committee's annual review from the dashboard's toolbar: this year's
                // cycle, the summary per unit below it and the chart of the ratings.
                ok = QMetaObject::invokeMethod(home, "openOversight");
                auto *button = ok ? window->findChild<QObject *>(u"openReview"_s) : nullptr;
                ok = button && QMetaObject::invokeMethod(button, "clicked")
                    && window->findChild<QObject *>(u"reviewCyclePage"_s);
            } else if (ok && target == u"cell-reviews") {
                // The secretary's annual review of the cell (the home page's Việc cần làm).
                ok = QMetaObject::invokeMethod(home, "openCellReviews")
                    && window->findChild<QObject *>(u"cellReviewsPage"_s);
            } else if (ok && target == u"meetings") {
                ok = QMetaObject::invokeMethod(home, "openMeetings");
            } else if (ok && (target == u"meeting-detail" || target == u"dashboard")) {
                // The next meeting (the secretary's follow-up of it for "dashboard").
                const auto next = DocumentCatalog(session.vault().database())
                                      .nextMeeting(QDateTime::currentDateTimeUtc());
                ok = next && QMetaObject::invokeMethod(home, "openMeetings");
                auto *list = ok ? window->findChild<QObject *>(u"meetingsPage"_s) : nullptr;
                ok = list && callPage(list, "openMeeting", next->id);
                auto *meeting = ok ? window->findChild<QObject *>(u"meetingPage"_s) : nullptr;
                ok = meeting
                    && (target == u"meeting-detail"
                        || QMetaObject::invokeMethod(meeting, "openFollowUp"));
            }
            if (!ok) {
                printLine(stderr, u"screenshot: cannot open "_s + target);
                QCoreApplication::exit(1);
                return;
            }
            done();
        });
    };
    QObject::connect(&session, &VaultSession::stateChanged, &session, step, Qt::QueuedConnection);
    if (!session.unlock(pin)) {
        printLine(stderr, u"screenshot: cannot unlock"_s);
        QCoreApplication::exit(1);
    }
}

// Once the window has rendered its first frame and the page transition has ended, saves
// the window as a PNG and quits.
// With `checkText` (--check-text), then lists every text that is cut or reaches outside the
// window (TextFitCheck), one "text-fit: ..." line each, and exits 3 when there is one.
// `lingerMs`: the app goes on that long after the PNG is saved (the room's host serves the
// member's device until its own screenshot is taken).
void grabWhenSettled(QQuickWindow *window, std::shared_ptr<bool> firstFrameRendered,
    const QString &path, bool checkText, int lingerMs = 0)
{
    auto *stack = window->findChild<QObject *>(u"stack"_s);
    auto *poll = new QTimer(window);
    poll->setInterval(50);
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        if (!*firstFrameRendered || (stack && stack->property("busy").toBool()))
            return;
        poll->stop();
        // Popups (dialogs) open with a short animation of their own.
        QTimer::singleShot(500, window, [window, path, checkText, lingerMs] {
            const QImage image = window->grabWindow();
            const bool saved = !image.isNull() && image.save(path, "PNG");
            printLine(saved ? stdout : stderr,
                saved ? u"screenshot: "_s + path : u"screenshot: cannot write "_s + path);
            const QStringList cuts = checkText ? TextFitCheck::problems(window) : QStringList();
            for (const QString &cut : cuts)
                printLine(stdout, u"text-fit: "_s + cut);
            const int code = !saved ? 1 : cuts.isEmpty() ? 0 : 3;
            if (lingerMs > 0)
                QTimer::singleShot(lingerMs, window, [code] { QCoreApplication::exit(code); });
            else
                QCoreApplication::exit(code);
        });
    });
    poll->start();
}

const QStringList kSessionScenarios { u"sign-in"_s, u"create-pin"_s, u"wrong-pin"_s,
    u"last-attempts"_s, u"home"_s, u"change-pin"_s };

} // namespace

int DiagnosticModes::runSelfTest(QQmlApplicationEngine &engine, const QUrl &mainQml)
{
    QStringList warnings;
    g_warnings = &warnings;
    g_previousHandler = qInstallMessageHandler(collectWarnings);

    QStringList files;
    QDirIterator it(u":/Handbook"_s, { u"*.qml"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();

    int failures = 0;
    auto report = [&failures, &warnings](const QString &what, QStringList problems) {
        problems += warnings;
        warnings.clear();
        if (problems.isEmpty()) {
            printLine(stdout, u"PASS "_s + what);
            return;
        }
        ++failures;
        printLine(stdout, u"FAIL "_s + what + u": "_s + problems.join(u" | "_s));
    };

    for (const QString &file : std::as_const(files)) {
        QQmlComponent component(&engine, QUrl(u"qrc"_s + file));
        QStringList problems;
        if (component.isLoading())
            problems.append(u"still loading (expected a synchronous resource load)"_s);
        for (const QQmlError &error : component.errors())
            problems.append(error.toString());
        // Pages need nothing but the singletons: create each once, whatever the vault's state.
        if (problems.isEmpty() && file.startsWith(u":/Handbook/pages/"_s)) {
            std::unique_ptr<QObject> page(component.create());
            if (!page)
                problems.append(component.errorString());
            QCoreApplication::processEvents();
        }
        report(file, problems);
    }

    // Instantiate the whole UI and render once.
    QStringList problems;
    engine.load(mainQml);
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        problems.append(u"Main.qml did not create a window"_s);
    } else {
        bool rendered = false;
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window, [&rendered] { rendered = true; });
        QTimer timeout;
        timeout.setSingleShot(true);
        timeout.start(10000);
        window->requestUpdate();
        while (!rendered && timeout.isActive())
            QCoreApplication::processEvents(
                QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
        if (!rendered)
            problems.append(u"no frame rendered within 10 s"_s);
    }
    report(u"instantiate "_s + mainQml.toString(), problems);

    qInstallMessageHandler(g_previousHandler);
    g_warnings = nullptr;
    printLine(stdout,
        failures == 0 ? u"self-test: %1 files OK"_s.arg(files.size())
                      : u"self-test: %1 FAILED"_s.arg(failures));
    return failures == 0 ? 0 : 1;
}

QString DiagnosticModes::screenshotStateProblem(const QString &state)
{
    if (kDataScenarios.contains(state) || kSessionScenarios.contains(state))
        return {};
    return u"--screenshot-state must be sign-in, create-pin, wrong-pin, last-attempts, home, change-pin, home-data, library, reader, reader-pdf, search, profile, directory, review, meetings, meeting-detail, dashboard, settings, notifications, feedback-threads, choose-file, publishing, draft-editor, oversight, study-progress, study-page, studies, study-submissions, minutes, accounts, transfers, meeting-vote, self-review, review-summary, cell-reviews, room-nearby, room-page or room-host"_s;
}

QString DiagnosticModes::screenshotSessionProblem(
    const QString &state, const VaultSession &session, bool hasPin)
{
    if (kDataScenarios.contains(state)) {
        if (session.state() != VaultSession::Locked || !hasPin)
            return u"--screenshot-state "_s + state
                + u" needs a synced --data-dir and --screenshot-pin"_s;
        return {};
    }
    if (state != u"sign-in" && state != u"create-pin" && session.state() != VaultSession::NoVault)
        return u"--screenshot-state needs an empty --data-dir"_s;
    return {};
}

void DiagnosticModes::startScreenshot(
    VaultSession &session, AccountController &account, QQuickWindow *window, const Screenshot &shot)
{
    const QString scenario = shot.state;
    // The PIN page comes after the server checked the password.
    if (scenario == u"create-pin")
        account.previewPinStage(u"https://sotay.sonlam.example.vn"_s, u"dangvien.a1"_s);
    const QString path = shot.path;
    // HANDBOOK_SCREENSHOT_SIZE=<width>x<height>: another window size than the phone's (the
    // README's desktop-width pictures).
    const QStringList size = qEnvironmentVariable("HANDBOOK_SCREENSHOT_SIZE").split(u'x');
    if (size.size() == 2 && size[0].toInt() > 0 && size[1].toInt() > 0)
        window->resize(size[0].toInt(), size[1].toInt());
    auto firstFrameRendered = std::make_shared<bool>(false);
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [firstFrameRendered] { *firstFrameRendered = true; }, Qt::SingleShotConnection);
    const bool checkText = shot.checkText;
    const int lingerMs = scenario == u"room-host" ? 5000 : 0;
    const auto grab
        = [=] { grabWhenSettled(window, firstFrameRendered, path, checkText, lingerMs); };
    // The room's host serves the members' devices of the next screenshots meanwhile.
    QTimer::singleShot(scenario == u"room-host" ? 180000 : 60000, window, [] {
        printLine(stderr, u"screenshot: timed out"_s);
        QCoreApplication::exit(1);
    });
    if (kDataScenarios.contains(scenario)) {
        openDataScreen(session, window, scenario, shot.pin, account.room(), grab);
        return;
    }
    driveSession(session, scenario, shot.skipSeconds, [=] {
        if (scenario == u"change-pin") {
            // The dialog belongs to the settings page.
            if (auto *home = window->findChild<QObject *>(u"homePage"_s))
                QMetaObject::invokeMethod(home, "openSettings");
            QTimer::singleShot(0, window, [=] {
                if (auto *dialog = window->findChild<QObject *>(u"changePinDialog"_s))
                    dialog->setProperty("visible", true); // Popup.open()
                grab();
            });
            return;
        }
        grab();
    });
}

void DiagnosticModes::benchStartup(VaultSession &session, QQuickWindow *window, const QString &pin)
{
    const auto now = [] {
        timespec time {};
        clock_gettime(CLOCK_MONOTONIC, &time);
        return qint64(time.tv_sec) * 1000000000 + time.tv_nsec;
    };
    auto times = std::make_shared<QJsonObject>();
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [=, &session] {
            times->insert(u"first_frame_ns"_s, double(now()));
            times->insert(u"unlock_ns"_s, double(now()));
            if (!session.unlock(pin))
                QCoreApplication::exit(1);
        },
        Qt::SingleShotConnection);
    QObject::connect(
        &session, &VaultSession::stateChanged, window,
        [=, &session] {
            if (session.state() != VaultSession::Unlocked || times->contains(u"unlocked_ns"_s))
                return;
            times->insert(u"unlocked_ns"_s, double(now()));
            // Argon2id as this process ran it (its fresh 64 MiB, beside the render thread),
            // reported apart from the app's own start-up.
            times->insert(u"kdf_ns"_s, double(session.vault().lastKeyDerivation().count()));
            QObject::connect(
                window, &QQuickWindow::frameSwapped, window,
                [=] {
                    times->insert(u"home_frame_ns"_s, double(now()));
                    QFile status(u"/proc/self/status"_s);
                    if (status.open(QIODevice::ReadOnly)) {
                        for (const QByteArray &line : status.readAll().split('\n')) {
                            if (line.startsWith("VmHWM:"))
                                times->insert(u"vm_hwm_kb"_s,
                                    line.mid(6).trimmed().split(' ').constFirst().toDouble());
                        }
                    }
                    printLine(stdout,
                        QString::fromUtf8(QJsonDocument(*times).toJson(QJsonDocument::Compact)));
                    QCoreApplication::exit(0);
                },
                Qt::SingleShotConnection);
            window->requestUpdate();
        },
        Qt::QueuedConnection);
    QTimer::singleShot(60000, window, [] { QCoreApplication::exit(1); });
}
