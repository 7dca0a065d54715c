// The held live pulls of one server process (DESIGN.md 8.7): a pull with nothing new to send
// and `wait` > 0 is held here until a change its user may see commits (in any process:
// ChangeSignals::changesCommitted), the wait ends (the normal empty page), the access token
// expires (401 token_expired at that moment), or the user's authentication changes
// (ChangeSignals::authChanged: the token is checked again; a revoked device hears 401
// device_revoked at once, a changed scope the reset page). A commit is read once per process
// (seq, type, org_id, owner) and tested against every held pull in memory
// (ChangeVisibility::canSee); only the pulls that may see it query the database for their page.
// A wait that ends with nothing seen since the pull was held is answered with the normal empty
// page made in memory (quietEnd), without a query: 10,000 held pulls end every minute.
// A client that goes away is forgotten. Caps: one held pull per device (a new one answers the
// older at once), a number per client address (429) and in all (503).
#pragma once

#include "auth/authenticateduser.h"
#include "sync/changevisibility.h"
#include "sync/pullcursor.h"

#include <QDateTime>
#include <QHash>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <memory>
#include <optional>
#include <set>

class QTcpSocket;
class ServerDatabase;

class LivePulls : public QObject
{
public:
    // One pull to hold: the page it would answer now is empty.
    struct Pull
    {
        AuthenticatedUser user;
        QString tokenHash; // to check the token again (TokenStore::hash); never the token
        std::optional<PullCursor> cursor; // where its next page starts
        int limit = 0;
        QByteArray acceptEncoding; // the request's, for a compressed answer
        QString address; // LoginRateLimiter::addressKey of the client
        int waitSeconds = 0;
    };
    struct Caps
    {
        int perAddress = 0;
        int total = 0;
    };

    // What is known of a held pull when its wait ends, to decide whether the page it would
    // read is certainly empty (quietEnd).
    struct WaitEnd
    {
        std::optional<PullCursor> cursor; // the held pull's
        qint64 scopeGeneration = 0; // its user's, as last checked (hold, recheck)
        std::optional<qint64> knownNewest; // ChangeSignals' newest, when watched
        qint64 newestAtHold = -1; // the same when the pull was held (-1: unknown)
        // The newest change of a commit that was not tested against the held pulls (its
        // rows unread, the tree unreadable, the first news); -1: none.
        qint64 untestedThrough = -1;
        bool woken = false; // a change it may see waits to be answered
    };
    // The cursor of the empty page a normal pull would answer now (reset false, no changes,
    // no more), when it is certain that no change the user may see committed after the held
    // cursor: every commit up to knownNewest past it was tested against the pull in memory and
    // none woke it, and its scope is the cursor's. Otherwise nothing: read the page.
    [[nodiscard]] static std::optional<PullCursor> quietEnd(const WaitEnd &state);

    LivePulls(ServerDatabase &database, Caps caps);
    ~LivePulls() override;

    // Holds `pull` and answers it later through `responder`, or answers at once when a cap
    // refuses it or its token is no longer good.
    void hold(Pull pull, QHttpServerResponder &&responder);

    [[nodiscard]] qsizetype size() const { return m_held.size(); }

private:
    struct Held;
    // Held pulls by a key (user, organisation, member).
    using Index = QHash<QString, QSet<quint64>>;

    void onChangesCommitted(qint64 previous, qint64 newest);
    void onAuthChanged(const QSet<QString> &userIds);
    void onDeadline();
    // Answers the next few woken pulls, then lets the event loop serve others.
    void answerWoken();
    // The wait of the held pull ended: the empty page made in memory when quietEnd allows,
    // else read as a pull would.
    void answerWaitEnd(quint64 id);
    // The held pull's page from its cursor; answered unless it is empty and `keepIfEmpty`.
    void answerPage(quint64 id, bool keepIfEmpty);
    // Checks the held pull's token again: answers a refusal, or a reset page when the scope
    // changed; true when the pull is still held.
    bool recheck(quint64 id);
    // Answers and forgets the held pull.
    void answer(quint64 id, QHttpServerResponse &&response);
    // Forgets the held pull without answering (its client went away).
    void forget(quint64 id);
    void armTimer();
    // The place in the tree of the user's organisation (cached per process).
    [[nodiscard]] const ChangeVisibility::OrgPlace &placeOf(const AuthenticatedUser &user);
    // The place of an organisation, with its subtree when asked (cached per process).
    [[nodiscard]] const ChangeVisibility::OrgPlace &placeOf(
        const QString &orgId, bool withDescendants);
    // Keeps the held pull's deadline (the earlier of its wait's end and its token's expiry).
    void setDeadline(quint64 id, Held &held);
    // The newest change this process knows, if the watcher keeps it.
    [[nodiscard]] std::optional<qint64> knownNewest() const;
    static void unindex(Index &index, const QString &key, quint64 id);

    ServerDatabase &m_database;
    Caps m_caps;
    quint64 m_nextId = 1;
    QHash<quint64, std::shared_ptr<Held>> m_held;
    QHash<QString, quint64> m_byDevice;
    // The held pulls by user, by their user's organisation and by member id (a commit's
    // candidates): sets, so that forgetting one of the thousands in an organisation is O(1).
    Index m_byUser;
    Index m_byOrg;
    Index m_byMember;
    QHash<QString, int> m_perAddress;
    // (deadline in ms since the epoch, id): the earliest first, one timer for all; at most
    // kDeadlineSlice answered per event-loop turn.
    std::set<std::pair<qint64, quint64>> m_deadlines;
    // WaitEnd::untestedThrough of this process.
    qint64 m_untestedThrough = -1;
    QTimer m_timer;
    // Pulls a commit woke, answered kWakeSlice per event-loop turn: a publication to a whole
    // province wakes thousands, each reading its page, and active requests must not wait
    // behind all of them.
    QList<quint64> m_woken;
    QSet<quint64> m_wokenSet;
    QTimer m_wakeTimer;
    // orgId (+ "/" for a committee's place with its subtree) -> place; dropped when an
    // organisation change commits.
    QHash<QString, std::shared_ptr<const ChangeVisibility::OrgPlace>> m_places;
};
