#include "sync/livepulls.h"

#include "auth/authreplies.h"
#include "auth/devicerevocation.h"
#include "auth/tokencache.h"
#include "db/changesignals.h"
#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "http/apiresponse.h"
#include "http/connectionguard.h"
#include "http/serverlog.h"
#include "protocol.h"
#include "pullquery.h"
#include "sync/changefeed.h"
#include "timestamps.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

using Status = ApiResponse::Status;

// Seconds a client refused by a cap waits before it tries again (it polls meanwhile).
constexpr int kRetryAfterAddress = 60;
constexpr int kRetryAfterTotal = 30;
// Woken pulls answered per event-loop turn (each reads its page from the database).
constexpr int kWakeSlice = 16;
// Held pulls whose wait ended answered per event-loop turn (most without a query): the phones
// that opened their live pulls together end them together, and active requests are served
// between the slices.
constexpr int kDeadlineSlice = 64;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QHttpServerResponse refusal(
    Status status, QLatin1StringView code, const QString &message, int retryAfter)
{
    QHttpServerResponse response = ApiResponse::error(status, code, message);
    response.setHeader("Retry-After", QByteArray::number(retryAfter));
    return response;
}

} // namespace

struct LivePulls::Held
{
    Held(Pull &&pull_, QHttpServerResponder &&responder_)
        : pull(std::move(pull_))
        , responder(std::move(responder_))
    { }

    Pull pull;
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    qint64 after = 0; // changes up to this sequence are in no page it would get
    qint64 waitEndsMs = 0;
    qint64 expiresMs = 0; // the access token's expiry
    qint64 deadlineMs = 0; // the earlier of the two, as kept in m_deadlines
    qint64 newestAtHold = -1; // ChangeSignals' newest when it was held (-1: not watched)
    // The keys it is indexed under in m_byOrg and m_byMember (the user's may change on recheck).
    QString indexedOrg;
    QString indexedMember;
};

LivePulls::LivePulls(ServerDatabase &database, Caps caps)
    : m_database(database)
    , m_caps(caps)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LivePulls::onDeadline);
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setInterval(0);
    connect(&m_wakeTimer, &QTimer::timeout, this, &LivePulls::answerWoken);
    ChangeSignals &signals_ = m_database.changeSignals();
    connect(&signals_, &ChangeSignals::changesCommitted, this, &LivePulls::onChangesCommitted);
    connect(&signals_, &ChangeSignals::authChanged, this, &LivePulls::onAuthChanged);
}

LivePulls::~LivePulls()
{
    // The server is going away with its connections: nobody is answered.
    for (const auto &held : std::as_const(m_held)) {
        if (held->socket) {
            held->socket->disconnect(this);
            ConnectionGuard::setAnswerPending(held->socket, false);
        }
    }
}

void LivePulls::hold(Pull pull, QHttpServerResponder &&responder)
{
    QTcpSocket *socket = responder.socket();
    // One held pull per device: the older one (a phone that changed networks, an app that
    // reopened) is answered now with its page rather than left to wait for nothing.
    if (const auto older = m_byDevice.constFind(pull.user.deviceId); older != m_byDevice.cend())
        answerPage(*older, false);
    if (m_caps.perAddress > 0 && m_perAddress.value(pull.address) >= m_caps.perAddress) {
        refusal(Status::TooManyRequests, Protocol::ErrorCode::RateLimited,
            u"too many live pulls from this address; poll instead"_s, kRetryAfterAddress)
            .write(std::move(responder));
        return;
    }
    if (m_caps.total > 0 && m_held.size() >= m_caps.total) {
        refusal(Status::ServiceUnavailable, Protocol::ErrorCode::Unavailable,
            u"the server holds too many live pulls; poll instead"_s, kRetryAfterTotal)
            .write(std::move(responder));
        return;
    }
    const quint64 id = m_nextId++;
    const qint64 after = pull.cursor ? pull.cursor->sequence : 0;
    const qint64 waitEnds = nowMs() + qint64(pull.waitSeconds) * 1000;
    auto held = std::make_shared<Held>(std::move(pull), std::move(responder));
    held->after = after;
    held->waitEndsMs = waitEnds;
    held->expiresMs = waitEnds; // until recheck() reads the token's expiry
    held->socket = socket;
    held->newestAtHold = knownNewest().value_or(-1);
    m_held.insert(id, held);
    m_byDevice.insert(held->pull.user.deviceId, id);
    m_byUser[held->pull.user.userId].insert(id);
    held->indexedOrg = held->pull.user.orgId;
    m_byOrg[held->indexedOrg].insert(id);
    held->indexedMember = held->pull.user.memberId;
    if (!held->indexedMember.isEmpty())
        m_byMember[held->indexedMember].insert(id);
    ++m_perAddress[held->pull.address];
    if (socket) {
        ConnectionGuard::setAnswerPending(socket, true);
        connect(socket, &QAbstractSocket::disconnected, this, [this, id] { forget(id); });
        connect(socket, &QObject::destroyed, this, [this, id] { forget(id); });
    }
    // The token's expiry: from this process's token cache, where the authenticator has just
    // put it (no query: 10,000 phones reopen a live pull every minute); else read with the
    // other checks of the token.
    const CachedToken *cached = m_database.changeSignals().isWatched()
        ? TokenCache::of(m_database).find(held->pull.tokenHash)
        : nullptr;
    const QDateTime expires = cached ? Timestamps::fromIso(cached->expiresAt) : QDateTime();
    if (expires.isValid()) {
        held->expiresMs = expires.toMSecsSinceEpoch();
        setDeadline(id, *held);
    } else if (!recheck(id)) {
        return;
    }
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        forget(id);
}

std::optional<qint64> LivePulls::knownNewest() const
{
    const ChangeSignals &signals_ = m_database.changeSignals();
    if (signals_.isWatched() && signals_.newestChange() >= 0)
        return signals_.newestChange();
    return std::nullopt;
}

const ChangeVisibility::OrgPlace &LivePulls::placeOf(const AuthenticatedUser &user)
{
    return placeOf(user.orgId, user.isCommittee());
}

const ChangeVisibility::OrgPlace &LivePulls::placeOf(const QString &orgId, bool withDescendants)
{
    const QString key = withDescendants ? orgId + u'/' : orgId;
    auto found = m_places.find(key);
    if (found == m_places.end())
        found = m_places.insert(
            key, ChangeVisibility::readPlace(m_database.connection(), orgId, withDescendants));
    return **found;
}

void LivePulls::setDeadline(quint64 id, Held &held)
{
    m_deadlines.erase({ held.deadlineMs, id });
    held.deadlineMs = std::min(held.waitEndsMs, held.expiresMs);
    m_deadlines.insert({ held.deadlineMs, id });
    armTimer();
}

void LivePulls::onChangesCommitted(qint64 previous, qint64 newest)
{
    // Nothing held, nothing to read; -1: the first news, nothing to compare with.
    if (m_held.isEmpty())
        return;
    // Until this commit is tested against every held pull, none may end quietly past it.
    const qint64 untestedBefore = m_untestedThrough;
    m_untestedThrough = std::max(m_untestedThrough, newest);
    if (previous < 0)
        return;
    QList<ChangeVisibility::Change> changes;
    try {
        forEachRow(m_database.connection(),
            u"SELECT seq, type, org_id, owner_member_id FROM changes WHERE seq > ? AND seq <= ?"_s,
            { previous, newest }, [&changes](const QSqlQuery &query) {
                changes << ChangeVisibility::Change { query.value(0).toLongLong(),
                    query.value(1).toString(), query.value(2).toString(),
                    query.value(3).toString() };
            });
    } catch (const DbError &error) {
        qCWarning(lcServer) << "live pulls: cannot read the new changes:" << error.what();
        return;
    }
    for (const auto &change : std::as_const(changes)) {
        if (ChangeVisibility::movesTree(change.type)) {
            m_places.clear();
            break;
        }
    }
    try {
        // The pulls that might see a change, through the indexes: its owner's, and those of
        // the organisations above and below its own (every rule relates the change's
        // organisation to the viewer's one of these ways, ChangeVisibility::Relation; but an
        // organisation row, which every committee sees, makes every held pull one). Never a
        // pass over every held pull per commit: 10,000 are held while 1,000 phones push.
        QSet<quint64> candidates;
        const auto addAll = [&candidates](const Index &index, const QString &key) {
            if (const auto found = index.constFind(key); found != index.cend())
                candidates.unite(*found);
        };
        for (const auto &change : std::as_const(changes)) {
            if (!change.ownerMemberId.isEmpty())
                addAll(m_byMember, change.ownerMemberId);
            if (change.orgId.isEmpty())
                continue; // only its owner may see it
            if (ChangeVisibility::seenEverywhere(change.type)) {
                // An organisation (rare): every committee of the province sees it.
                for (auto held = m_held.cbegin(); held != m_held.cend(); ++held)
                    candidates.insert(held.key());
                continue;
            }
            const ChangeVisibility::OrgPlace &tree = placeOf(change.orgId, true);
            for (const QString &org : tree.descendants)
                addAll(m_byOrg, org);
            for (const QString &org : tree.ancestors)
                addAll(m_byOrg, org);
        }
        // Then the rule itself decides.
        for (const quint64 id : std::as_const(candidates)) {
            const std::shared_ptr<Held> found = m_held.value(id);
            if (!found || m_wokenSet.contains(id))
                continue;
            const Held &held = *found;
            const AuthenticatedUser &user = held.pull.user;
            const ChangeVisibility::OrgPlace &place = placeOf(user);
            for (const auto &change : std::as_const(changes)) {
                if (change.seq > held.after && ChangeVisibility::canSee(user, place, change)) {
                    m_wokenSet.insert(id);
                    m_woken << id;
                    break;
                }
            }
        }
    } catch (const DbError &error) {
        qCWarning(lcServer) << "live pulls: cannot read the organisation tree:" << error.what();
        return;
    }
    m_untestedThrough = untestedBefore;
    if (!m_woken.isEmpty())
        answerWoken();
}

void LivePulls::answerWoken()
{
    for (int i = 0; i < kWakeSlice && !m_woken.isEmpty(); ++i) {
        const quint64 id = m_woken.takeFirst();
        m_wokenSet.remove(id);
        answerPage(id, true);
    }
    if (!m_woken.isEmpty())
        m_wakeTimer.start();
}

void LivePulls::onAuthChanged(const QSet<QString> &userIds)
{
    QList<quint64> affected;
    if (userIds.isEmpty()) {
        affected = m_held.keys();
    } else {
        for (const QString &userId : userIds)
            affected << m_byUser.value(userId).values();
    }
    for (const quint64 id : std::as_const(affected)) {
        if (m_held.contains(id))
            recheck(id);
    }
}

bool LivePulls::recheck(quint64 id)
{
    const std::shared_ptr<Held> held = m_held.value(id);
    if (!held)
        return false;
    std::optional<QHttpServerResponse> refused;
    bool scopeChanged = false;
    try {
        // The checks of RequestAuthenticator, on the token kept by its hash.
        QSqlQuery query = runSql(m_database.connection(),
            u"SELECT a.expires_at, d.revoked_at, u.disabled, u.must_change_password, "
            "u.scope_generation, u.role, u.org_id, u.member_id "
            "FROM access_tokens a JOIN devices d ON d.id = a.device_id "
            "JOIN users u ON u.id = a.user_id WHERE a.token_hash = ?"_s,
            { held->pull.tokenHash });
        if (!query.next()) {
            refused = AuthReplies::unauthenticated(u"unknown or signed-out access token"_s);
        } else if (!query.value(1).isNull()) {
            refused = DeviceRevocation::response();
        } else if (query.value(2).toInt() != 0) {
            refused = AuthReplies::unauthenticated(u"this account is disabled"_s);
        } else if (query.value(3).toInt() != 0) {
            refused = AuthReplies::passwordChangeRequired();
        } else {
            const QDateTime expires = Timestamps::fromIso(query.value(0).toString());
            held->expiresMs = expires.isValid() ? expires.toMSecsSinceEpoch() : 0;
            AuthenticatedUser &user = held->pull.user;
            scopeChanged = query.value(4).toLongLong() != user.scopeGeneration;
            user.scopeGeneration = query.value(4).toLongLong();
            user.role = query.value(5).toString();
            user.orgId = query.value(6).toString();
            user.memberId = query.value(7).isNull() ? QString() : query.value(7).toString();
        }
    } catch (const DbError &error) {
        qCWarning(lcServer) << "live pulls: cannot check a token again:" << error.what();
        refused = ApiResponse::error(
            Status::InternalServerError, Protocol::ErrorCode::InternalError, u"internal error"_s);
    }
    if (refused) {
        answer(id, std::move(*refused));
        return false;
    }
    if (scopeChanged) {
        // Its next page is the reset snapshot of the new scope.
        answerPage(id, false);
        return false;
    }
    setDeadline(id, *held);
    return true;
}

std::optional<PullCursor> LivePulls::quietEnd(const WaitEnd &state)
{
    if (!state.cursor || !state.knownNewest || state.woken)
        return std::nullopt;
    const PullCursor &cursor = *state.cursor;
    // Another scope's cursor: the next page is the reset snapshot.
    if (cursor.scopeGeneration != state.scopeGeneration)
        return std::nullopt;
    // Its page covered every change known when it was held, and every commit since was
    // tested against it (none past its cursor went untested).
    if (state.newestAtHold < 0 || cursor.sequence < state.newestAtHold
        || state.untestedThrough > cursor.sequence || *state.knownNewest < state.newestAtHold)
        return std::nullopt;
    return PullCursor { cursor.scopeGeneration, std::max(cursor.sequence, *state.knownNewest) };
}

void LivePulls::answerWaitEnd(quint64 id)
{
    const std::shared_ptr<Held> held = m_held.value(id);
    if (!held)
        return;
    const std::optional<PullCursor> quiet
        = quietEnd(WaitEnd { held->pull.cursor, held->pull.user.scopeGeneration, knownNewest(),
            held->newestAtHold, m_untestedThrough, m_wokenSet.contains(id) });
    if (!quiet)
        return answerPage(id, false);
    answer(id,
        ApiResponse::json(
            held->pull.acceptEncoding, ChangeFeed::pageObject(QJsonArray(), *quiet, false, false)));
}

void LivePulls::onDeadline()
{
    // What the database has already said (commits that wake, authentication changes that
    // answer at once), as a pull arriving now would take it in first.
    if (!m_deadlines.empty() && m_deadlines.begin()->first <= nowMs())
        m_database.changeSignals().catchUp();
    const qint64 now = nowMs();
    int answered = 0;
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
        if (answered++ == kDeadlineSlice) {
            // The others in the next turn: active requests are served between.
            m_timer.start(0);
            return;
        }
        const quint64 id = m_deadlines.begin()->second;
        const std::shared_ptr<Held> held = m_held.value(id);
        if (!held) {
            m_deadlines.erase(m_deadlines.begin());
            continue;
        }
        if (held->expiresMs <= now) {
            answer(id,
                ApiResponse::error(Status::Unauthorized, Protocol::ErrorCode::TokenExpired,
                    u"the access token has expired; refresh it"_s));
        } else {
            answerWaitEnd(id);
        }
    }
    armTimer();
}

void LivePulls::armTimer()
{
    if (m_deadlines.empty()) {
        m_timer.stop();
        return;
    }
    m_timer.start(
        std::chrono::milliseconds(std::max<qint64>(0, m_deadlines.begin()->first - nowMs())));
}

void LivePulls::answerPage(quint64 id, bool keepIfEmpty)
{
    const std::shared_ptr<Held> held = m_held.value(id);
    if (!held)
        return;
    QJsonObject page;
    try {
        page = ChangeFeed(m_database.connection(), held->pull.user)
                   .page(held->pull.cursor, held->pull.limit, knownNewest());
    } catch (const DbError &) {
        qCWarning(lcServer) << "live pull failed in the database";
        answer(id,
            ApiResponse::error(Status::InternalServerError, Protocol::ErrorCode::InternalError,
                u"the server could not complete the request"_s));
        return;
    }
    if (keepIfEmpty && !ChangeFeed::carriesNews(page)) {
        // Another's change after all (e.g. a row of a transaction it does not see): hold on,
        // from the advanced cursor.
        held->pull.cursor = PullCursor::decode(page.value(Protocol::PullQuery::Cursor).toString());
        if (held->pull.cursor)
            held->after = std::max(held->after, held->pull.cursor->sequence);
        return;
    }
    answer(id, ApiResponse::json(held->pull.acceptEncoding, page));
}

void LivePulls::answer(quint64 id, QHttpServerResponse &&response)
{
    const std::shared_ptr<Held> held = m_held.value(id);
    if (!held)
        return;
    forget(id);
    if (!held->socket)
        return;
    ConnectionGuard::setAnswerPending(held->socket, false);
    if (held->socket->state() != QAbstractSocket::ConnectedState)
        return;
    qCDebug(lcHttp).noquote() << "GET" << QString(Protocol::Path::SyncPull)
                              << int(response.statusCode()) << "(live)";
    response.write(std::move(held->responder));
    held->socket->flush();
}

void LivePulls::forget(quint64 id)
{
    const std::shared_ptr<Held> held = m_held.take(id);
    if (!held)
        return;
    m_deadlines.erase({ held->deadlineMs, id });
    if (m_byDevice.value(held->pull.user.deviceId) == id)
        m_byDevice.remove(held->pull.user.deviceId);
    unindex(m_byUser, held->pull.user.userId, id);
    unindex(m_byOrg, held->indexedOrg, id);
    if (!held->indexedMember.isEmpty())
        unindex(m_byMember, held->indexedMember, id);
    if (--m_perAddress[held->pull.address] <= 0)
        m_perAddress.remove(held->pull.address);
    if (held->socket) {
        held->socket->disconnect(this);
        ConnectionGuard::setAnswerPending(held->socket, false);
    }
}

void LivePulls::unindex(Index &index, const QString &key, quint64 id)
{
    const auto found = index.find(key);
    if (found == index.end())
        return;
    found->remove(id);
    if (found->isEmpty())
        index.erase(found);
}
