#include "roomcontroller.h"

#include "cellcatalog.h"
#include "documentcatalog.h"
#include "meetingoutcomeactions.h"
#include "mutationnames.h"
#include "protocol.h"
#include "readercatalog.h"
#include "replicastore.h"
#include "roomchannel.h"
#include "roomhost.h"
#include "roomhostcontent.h"
#include "roomidentitystore.h"
#include "roommemberstore.h"
#include "roomsession.h"
#include "roomstatement.h"
#include "sqlitedatabase.h"
#include "syncstore.h"
#include "vaultsession.h"
#include "vaultsyncstore.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <exception>

using namespace Qt::StringLiterals;
namespace RowType = Protocol::RowType;

Q_LOGGING_CATEGORY(lcRoomUi, "handbook.room.app")

namespace {

// Announcements come every 2 s: three missed and the room is no longer nearby.
constexpr int kNearbyTimeoutMs = 3 * RoomAnnouncer::kIntervalMs + 500;

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool isOver(const QString &status)
{
    return status == Protocol::MeetingStatus::Done || status == Protocol::MeetingStatus::Cancelled;
}

} // namespace

RoomController::RoomController(VaultSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_nearbyTimer.setSingleShot(true);
    m_nearbyTimer.setInterval(kNearbyTimeoutMs);
    connect(&m_nearbyTimer, &QTimer::timeout, this, &RoomController::setNearbyGone);
    if (m_session) {
        connect(m_session, &VaultSession::stateChanged, this, &RoomController::onSessionState);
        connect(m_session, &VaultSession::dataChanged, this, &RoomController::onDataChanged);
        // Started from the event loop, so that a test may set the network first.
        QMetaObject::invokeMethod(this, &RoomController::onSessionState, Qt::QueuedConnection);
    }
}

RoomController::~RoomController()
{
    stop();
}

void RoomController::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime RoomController::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

quint16 RoomController::discoveryPort() const
{
    return m_discovery ? m_discovery->port() : 0;
}

quint16 RoomController::hostPort() const
{
    return m_host ? m_host->port() : 0;
}

QString RoomController::nearbyMeetingId() const
{
    return m_announcement ? m_announcement->meetingId : QString();
}

int RoomController::memberCount() const
{
    return m_hostSession ? m_hostSession->memberCount() : 0;
}

SqliteDatabase *RoomController::database() const
{
    if (!m_session || m_session->state() != VaultSession::Unlocked)
        return nullptr;
    return &m_session->vault().database();
}

void RoomController::onSessionState()
{
    if (!m_session)
        return;
    if (m_session->state() == VaultSession::Unlocked) {
        if (!m_started)
            start();
    } else if (m_session->state() != VaultSession::Busy) {
        stop();
    }
}

void RoomController::start()
{
    SqliteDatabase *db = database();
    if (!db)
        return;
    m_started = true;
    AuthUser user;
    try {
        user = VaultSyncStore(m_session->vault()).user();
        m_identity = RoomIdentityStore::identity(*db);
    } catch (const SyncStoreError &) {
        // A vault without a signed-in user (made on the device alone): no room.
    } catch (const std::exception &failure) {
        qCWarning(lcRoomUi) << "cannot read the room identity:" << failure.what();
    }
    m_memberId = user.memberId;
    m_usable = !user.memberId.isEmpty() && m_identity.isUsable(now())
        && m_identity.cellId() == user.orgId;
    const bool canHost = m_usable && user.role == Protocol::Role::Secretary;
    if (canHost != m_canHost) {
        m_canHost = canHost;
        Q_EMIT identityChanged();
    }
    if (!m_usable)
        return;
    m_discovery = std::make_unique<RoomDiscovery>(m_identity.cellId());
    connect(m_discovery.get(), &RoomDiscovery::found, this, &RoomController::onFound);
    if (!m_discovery->listen(QHostAddress::AnyIPv4, m_network.discoveryPort)) {
        qCWarning(lcRoomUi) << "cannot listen for the meeting room's announcements";
        m_discovery.reset();
    }
}

void RoomController::stop()
{
    if (m_state == Hosting)
        endHosting(true);
    m_rejoin = false;
    dropChannel();
    m_discovery.reset();
    m_store.reset();
    m_started = false;
    m_nearbyTimer.stop();
    const bool wasNearby = m_announcement.has_value();
    m_announcement.reset();
    m_nearbyTitle.clear();
    m_identity = {};
    m_usable = false;
    m_memberId.clear();
    m_meetingId.clear();
    m_meetingTitle.clear();
    m_hostName.clear();
    m_documents.clear();
    m_documentsReady = 0;
    m_checkedIn = false;
    m_votes.clear();
    m_pending.clear();
    m_missingBlobs.clear();
    if (m_canHost) {
        m_canHost = false;
        Q_EMIT identityChanged();
    }
    if (wasNearby)
        Q_EMIT nearbyChanged();
    setState(Idle, {});
    Q_EMIT contentChanged();
}

QString RoomController::meetingTitleFor(const QString &meetingId)
{
    if (SqliteDatabase *db = database()) {
        try {
            if (const auto meeting = CellCatalog(*db).meeting(meetingId);
                meeting && !meeting->title.isEmpty())
                return meeting->title;
        } catch (const std::exception &failure) {
            qCWarning(lcRoomUi) << "cannot read the meeting:" << failure.what();
        }
    }
    return tr("Buổi sinh hoạt chi bộ");
}

void RoomController::onFound(const RoomAnnouncement &announcement)
{
    if (m_state == Hosting && announcement.meetingId == m_hostMeetingId)
        return; // this device's own room
    m_nearbyTimer.start();
    const bool changed = !m_announcement || m_announcement->meetingId != announcement.meetingId
        || m_announcement->address != announcement.address
        || m_announcement->port != announcement.port;
    m_announcement = announcement;
    if (changed) {
        m_nearbyTitle = meetingTitleFor(announcement.meetingId);
        Q_EMIT nearbyChanged();
    }
    // A lost channel is joined again at the next announcement while the page is open.
    if (m_rejoin && !m_channel && m_state != Closed && m_state != Refused)
        join();
}

void RoomController::setNearbyGone()
{
    if (!m_announcement)
        return;
    m_announcement.reset();
    m_nearbyTitle.clear();
    Q_EMIT nearbyChanged();
}

void RoomController::setState(RoomState state, const QString &text)
{
    if (state == m_state && text == m_statusText)
        return;
    m_state = state;
    m_statusText = text;
    Q_EMIT stateChanged();
}

void RoomController::join()
{
    if (m_state == Hosting || m_channel)
        return;
    if (!m_usable) {
        Q_EMIT error(tr("Cần đồng bộ với máy chủ một lần để vào phòng họp."));
        return;
    }
    if (!m_announcement) {
        m_rejoin = true;
        setState(Joining, tr("Đang tìm phòng họp của chi bộ…"));
        return;
    }
    m_rejoin = true;
    if (m_meetingId != m_announcement->meetingId) {
        m_meetingId = m_announcement->meetingId;
        m_meetingTitle = m_nearbyTitle;
        m_checkedIn = false;
        m_documents.clear();
        m_documentsReady = 0;
        m_votes.clear();
        m_missingBlobs.clear();
        m_hostName.clear();
        readMember();
    }
    auto *channel = new RoomChannel(RoomChannel::Side::Member, m_identity, this);
    m_channel = channel;
    connect(channel, &RoomChannel::established, this, &RoomController::onChannelEstablished);
    connect(channel, &RoomChannel::failed, this, &RoomController::onChannelFailed);
    setState(Joining, tr("Đang vào phòng họp…"));
    channel->connectToHost(m_announcement->address, m_announcement->port);
}

void RoomController::onChannelEstablished()
{
    if (!m_channel)
        return;
    if (m_channel->meetingId() != m_meetingId) {
        // The host serves another meeting than it announced: follow what it proved.
        m_meetingId = m_channel->meetingId();
        m_meetingTitle = meetingTitleFor(m_meetingId);
    }
    m_hostCertificate = m_channel->peerCertificate();
    const QString hostMemberId = m_hostCertificate.value(u"member_id"_s).toString();
    QString name;
    if (SqliteDatabase *db = database()) {
        try {
            name = CellCatalog(*db).memberName(hostMemberId);
        } catch (const std::exception &) { }
    }
    m_hostName = name;
    auto *session = new RoomMemberSession(m_channel, m_channel);
    m_memberSession = session;
    connect(session, &RoomMemberSession::packageReceived, this, &RoomController::onPackage);
    connect(session, &RoomMemberSession::blobChunkReceived, this, &RoomController::onBlobChunk);
    connect(session, &RoomMemberSession::blobUnavailable, this,
        [this](const QString &sha256, const QString &) { onBlobUnavailable(sha256); });
    connect(session, &RoomMemberSession::acknowledged, this, &RoomController::onAcknowledged);
    connect(session, &RoomMemberSession::roomClosed, this, &RoomController::onRoomClosed);
    connect(session, &RoomMemberSession::protocolError, this,
        [this] { qCWarning(lcRoomUi) << "the room's host sent a malformed message"; });
    m_blobRequested = false;
    setState(Joined, tr("Đang nhận tài liệu của buổi sinh hoạt…"));
    session->requestPackage();
}

void RoomController::onChannelFailed(RoomRefusal reason)
{
    auto *channel = qobject_cast<RoomChannel *>(sender());
    if (channel && channel != m_channel)
        return;
    dropChannel();
    if (m_state == Closed)
        return;
    switch (reason) {
    case RoomRefusal::Closed:
    case RoomRefusal::ChannelBroken:
    case RoomRefusal::Timeout:
        // Lost: back to nearby, joined again at the next announcement (the page is open).
        m_pending.clear();
        setState(Joining, tr("Mất kết nối với phòng họp. Đang kết nối lại…"));
        Q_EMIT contentChanged();
        return;
    default:
        m_rejoin = false;
        setState(Refused, refusalText(reason));
        return;
    }
}

void RoomController::dropChannel()
{
    m_blobRequested = false;
    if (m_channel) {
        RoomChannel *channel = m_channel;
        m_channel = nullptr;
        m_memberSession = nullptr;
        channel->disconnect(this);
        channel->close();
        channel->deleteLater();
    }
}

RoomMemberStore &RoomController::memberStore(SqliteDatabase &db)
{
    // One store per joined meeting while the vault is open (it may keep state between a
    // statement and its acknowledgement).
    if (!m_store || m_store->meetingId() != m_meetingId)
        m_store = std::make_unique<RoomMemberStore>(db, m_meetingId, m_clock);
    return *m_store;
}

void RoomController::onPackage(const QJsonObject &package)
{
    SqliteDatabase *db = database();
    if (!db)
        return;
    try {
        RoomMemberStore &store = memberStore(*db);
        const RoomMemberStore::Applied applied = store.applyPackage(package, m_hostCertificate);
        const QString inFlight = m_blobRequested && !m_missingBlobs.isEmpty()
            ? m_missingBlobs.constFirst()
            : QString();
        m_missingBlobs = applied.missingBlobs;
        // The package comes again whenever the room changes: a download under way goes on.
        if (!inFlight.isEmpty() && m_missingBlobs.removeOne(inFlight))
            m_missingBlobs.prepend(inFlight);
        else
            m_blobRequested = false;
    } catch (const std::exception &failure) {
        qCWarning(lcRoomUi) << "cannot keep the room's package:" << failure.what();
        Q_EMIT error(tr("Không lưu được tài liệu của phòng họp vào máy."));
        return;
    }
    m_checkedIn = m_checkedIn || package.value(RoomMessageKey::CheckedIn).toBool();
    m_meetingTitle = meetingTitleFor(m_meetingId);
    readMember();
    if (m_session)
        m_session->noteDataChanged();
    requestNextBlob();
}

void RoomController::requestNextBlob()
{
    if (!m_memberSession || m_blobRequested)
        return;
    SqliteDatabase *db = database();
    if (!db)
        return;
    if (m_missingBlobs.isEmpty()) {
        setState(Joined, tr("Đồng chí đã vào phòng họp."));
        return;
    }
    qint64 offset = 0;
    try {
        offset = memberStore(*db).blobOffset(m_missingBlobs.constFirst());
    } catch (const std::exception &failure) {
        qCWarning(lcRoomUi) << "cannot read a stored attachment:" << failure.what();
    }
    m_blobRequested = true;
    setState(Joined, tr("Đang nhận tài liệu của buổi sinh hoạt…"));
    m_memberSession->requestBlob(m_missingBlobs.constFirst(), offset);
}

void RoomController::onBlobChunk(
    const QString &sha256, qint64 offset, qint64 size, const QByteArray &data)
{
    SqliteDatabase *db = database();
    if (!db || m_missingBlobs.isEmpty() || m_missingBlobs.constFirst() != sha256)
        return;
    RoomMemberStore::BlobResult result = RoomMemberStore::BlobResult::Corrupt;
    qint64 next = offset + data.size();
    try {
        RoomMemberStore &store = memberStore(*db);
        result = store.appendBlob(sha256, offset, size, data);
        if (result == RoomMemberStore::BlobResult::More)
            next = store.blobOffset(sha256);
    } catch (const std::exception &failure) {
        qCWarning(lcRoomUi) << "cannot store an attachment:" << failure.what();
    }
    if (result == RoomMemberStore::BlobResult::More) {
        if (m_memberSession)
            m_memberSession->requestBlob(sha256, next);
        return;
    }
    m_missingBlobs.removeFirst();
    m_blobRequested = false;
    if (result == RoomMemberStore::BlobResult::Done) {
        readMember();
        if (m_session)
            m_session->noteDataChanged();
    } else {
        Q_EMIT error(tr("Một tệp đính kèm nhận được bị hỏng nên không được lưu."));
    }
    requestNextBlob();
}

void RoomController::onBlobUnavailable(const QString &sha256)
{
    if (m_missingBlobs.isEmpty() || m_missingBlobs.constFirst() != sha256)
        return;
    m_missingBlobs.removeFirst();
    m_blobRequested = false;
    requestNextBlob();
}

void RoomController::readMember()
{
    SqliteDatabase *db = database();
    if (!db || m_meetingId.isEmpty())
        return;
    try {
        CellCatalog cell(*db);
        const auto meeting = cell.meeting(m_meetingId);
        QStringList ids = meeting ? meeting->documentIds : QStringList();
        {
            Statement shares(*db, "SELECT id FROM documents WHERE meeting_id = ?1 ORDER BY id");
            shares.bind(1, m_meetingId);
            while (shares.step()) {
                const QString id = shares.text(0);
                if (!ids.contains(id))
                    ids.append(id);
            }
        }
        const QSet<QString> missing(m_missingBlobs.cbegin(), m_missingBlobs.cend());
        DocumentCatalog catalog(*db);
        ReaderCatalog reader(*db);
        m_documents.clear();
        m_documentsReady = 0;
        for (const QString &id : std::as_const(ids)) {
            const auto detail = catalog.document(id);
            bool ready = detail.has_value();
            if (ready) {
                for (const AttachmentInfo &attachment : reader.attachments(id))
                    ready = ready && attachment.stored && !missing.contains(attachment.sha256);
            }
            if (ready)
                ++m_documentsReady;
            m_documents.append(QVariantMap { { u"documentId"_s, id },
                { u"title"_s, detail ? detail->summary.title : tr("Tài liệu chưa nhận được") },
                { u"ready"_s, ready } });
        }

        RoomMemberStore &store = memberStore(*db);
        m_checkedIn = m_checkedIn || store.checkedIn()
            || cell.attendance(m_meetingId).value(m_memberId).present.value_or(false);
        const QStringList votedIds = store.votedIds();
        const QSet<QString> voted(votedIds.cbegin(), votedIds.cend());
        ReplicaStore replica(*db);
        MeetingOutcomeActions actions(*db);
        m_votes.clear();
        Statement query(*db, "SELECT data FROM votes WHERE meeting_id = ?1 ORDER BY id");
        query.bind(1, m_meetingId);
        QList<QJsonObject> rows;
        while (query.step())
            rows << parse(query.text(0));
        std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(u"opened_at"_s).toString() > b.value(u"opened_at"_s).toString();
        });
        for (const QJsonObject &row : std::as_const(rows)) {
            const QString id = row.value(u"id"_s).toString();
            const bool secret = row.value(u"secret"_s).toBool();
            const auto cast = replica.get(
                QString(RowType::VoteCast), MeetingOutcomeActions::castId(id, m_memberId));
            const bool hasVoted = voted.contains(id) || cast.has_value();
            QString myChoice;
            if (secret && hasVoted) {
                // Only this device knows it (secret_ballots).
                if (const auto ballot = actions.secretBallot(id))
                    myChoice = ballot->choice;
            } else if (cast) {
                myChoice = cast->value(u"choice"_s).toString();
            }
            m_votes.append(QVariantMap { { u"voteId"_s, id },
                { u"question"_s, row.value(u"question"_s).toString() },
                { u"choices"_s, row.value(u"choices"_s).toArray().toVariantList() },
                { u"secret"_s, secret },
                { u"isOpen"_s, row.value(u"status"_s).toString() == Protocol::VoteStatus::Open },
                { u"voted"_s, hasVoted }, { u"myChoice"_s, myChoice } });
        }
    } catch (const std::exception &failure) {
        qCWarning(lcRoomUi) << "cannot read the room's meeting:" << failure.what();
    }
    Q_EMIT contentChanged();
}

void RoomController::submit(const std::optional<QJsonObject> &statement)
{
    if (!statement) {
        Q_EMIT error(tr("Cần đồng bộ với máy chủ một lần để vào phòng họp."));
        return;
    }
    if (!m_memberSession) {
        Q_EMIT error(tr("Chưa kết nối với phòng họp. Xin đồng chí chờ một lát rồi thử lại."));
        return;
    }
    m_pending.insert(RoomStatement::fields(*statement).id, *statement);
    m_memberSession->submit(*statement);
    Q_EMIT contentChanged();
}

void RoomController::checkIn()
{
    SqliteDatabase *db = database();
    if (!db || m_state != Joined)
        return;
    try {
        submit(memberStore(*db).makeCheckIn());
    } catch (const std::exception &failure) {
        qCWarning(lcRoomUi) << "cannot make the check-in:" << failure.what();
        Q_EMIT error(tr("Không điểm danh được. Xin đồng chí thử lại."));
    }
}

void RoomController::castBallot(const QString &voteId, const QString &choice)
{
    SqliteDatabase *db = database();
    if (!db || m_state != Joined)
        return;
    try {
        submit(memberStore(*db).makeBallot(voteId, choice));
    } catch (const std::exception &failure) {
        qCWarning(lcRoomUi) << "cannot make the ballot:" << failure.what();
        Q_EMIT error(tr("Không biểu quyết được. Xin đồng chí thử lại."));
    }
}

void RoomController::onAcknowledged(const QString &statementId, const QString &refusal)
{
    const auto found = m_pending.constFind(statementId);
    if (found == m_pending.cend())
        return;
    const QJsonObject statement = *found;
    m_pending.erase(found);
    if (!refusal.isEmpty()) {
        Q_EMIT contentChanged();
        Q_EMIT error(statementRefusalText(refusal));
        return;
    }
    SqliteDatabase *db = database();
    if (!db)
        return;
    try {
        const LocalActions::Result result = memberStore(*db).recordAcknowledged(statement);
        if (!result.ok())
            qCWarning(lcRoomUi) << "the acknowledged statement was not recorded:" << result.error;
        if (RoomStatement::fields(statement).type == RoomStatement::CheckIn)
            m_checkedIn = true;
    } catch (const std::exception &failure) {
        qCWarning(lcRoomUi) << "cannot record the acknowledged statement:" << failure.what();
    }
    readMember();
    if (m_session)
        m_session->noteLocalChange(this);
}

void RoomController::onRoomClosed()
{
    m_rejoin = false;
    dropChannel();
    m_pending.clear();
    setState(Closed, tr("Đồng chí bí thư đã đóng phòng họp."));
    Q_EMIT contentChanged();
}

void RoomController::leave()
{
    m_rejoin = false;
    dropChannel();
    m_pending.clear();
    if (m_state != Hosting)
        setState(Idle, {});
    Q_EMIT contentChanged();
}

bool RoomController::openRoom(const QString &meetingId)
{
    SqliteDatabase *db = database();
    if (!db || !m_canHost) {
        Q_EMIT error(tr("Cần đồng bộ với máy chủ một lần để mở phòng họp."));
        return false;
    }
    if (m_state == Hosting) {
        if (meetingId == m_hostMeetingId)
            return true;
        endHosting(true);
    }
    leave();
    if (!m_identity.isUsable(now())) {
        Q_EMIT error(tr("Cần đồng bộ với máy chủ một lần để mở phòng họp."));
        return false;
    }
    try {
        const auto meeting = CellCatalog(*db).meeting(meetingId);
        if (!meeting || isOver(meeting->status)) {
            Q_EMIT error(tr("Buổi sinh hoạt này đã kết thúc hoặc không có trên máy."));
            return false;
        }
        // Her revocation list from the last sync.
        m_identity = RoomIdentityStore::identity(*db);
    } catch (const std::exception &failure) {
        qCWarning(lcRoomUi) << "cannot read the meeting:" << failure.what();
        Q_EMIT error(tr("Không mở được phòng họp."));
        return false;
    }
    auto *host = new RoomHost(m_identity, meetingId, this);
    if (!host->listen(m_network.listenAddress, 0)) {
        delete host;
        Q_EMIT error(tr("Không mở được phòng họp trên mạng Wi-Fi này."));
        return false;
    }
    m_host = host;
    m_content = std::make_unique<VaultRoomHost>(*db, meetingId, m_clock);
    auto *session = new RoomHostSession(host, m_content.get(), host);
    m_hostSession = session;
    connect(session, &RoomHostSession::membersChanged, this, &RoomController::hostChanged);
    connect(session, &RoomHostSession::recorded, this, [this] {
        readHost();
        if (m_session)
            m_session->noteLocalChange(this);
    });
    RoomAnnouncement announcement;
    announcement.meetingId = meetingId;
    announcement.cellId = m_identity.cellId();
    announcement.port = host->port();
    auto *announcer
        = new RoomAnnouncer(announcement, m_network.announceTarget, m_network.announcePort, host);
    m_announcer = announcer;
    announcer->start();
    announcer->announce();
    m_hostMeetingId = meetingId;
    setState(Hosting, tr("Phòng họp đang mở. Các đồng chí đảng viên ở gần có thể vào."));
    readHost();
    return true;
}

void RoomController::endHosting(bool tellMembers)
{
    if (m_announcer)
        m_announcer->stop();
    if (m_hostSession && tellMembers)
        m_hostSession->closeRoom();
    else if (m_host)
        m_host->close();
    VaultRoomHost *content = m_content.release();
    if (m_host) {
        RoomHost *host = m_host;
        m_host = nullptr;
        host->disconnect(this);
        // The session (the host's child) answers from the content until the host goes: the
        // host goes later, so that room_closed is written first, and the content with it.
        connect(host, &QObject::destroyed, [content] { delete content; });
        host->deleteLater();
    } else {
        delete content;
    }
    m_hostMeetingId.clear();
    m_checkedInNames.clear();
    m_hostVotes.clear();
    Q_EMIT hostChanged();
}

void RoomController::closeRoom()
{
    if (m_state != Hosting)
        return;
    endHosting(true);
    setState(Idle, tr("Phòng họp đã đóng."));
}

void RoomController::refresh()
{
    if (m_state != Hosting)
        return;
    readHost();
    if (m_hostSession)
        m_hostSession->broadcastPackage();
}

void RoomController::readHost()
{
    SqliteDatabase *db = database();
    if (!db || !m_content)
        return;
    try {
        CellCatalog cell(*db);
        m_checkedInNames.clear();
        for (const QString &id : m_content->checkedInMemberIds()) {
            const QString name = cell.memberName(id);
            m_checkedInNames.append(name.isEmpty() ? tr("Đảng viên") : name);
        }
        m_hostVotes.clear();
        for (const VaultRoomHost::VoteState &vote : m_content->votes()) {
            QVariantList perChoice;
            for (const auto &[choice, count] : vote.perChoice)
                perChoice.append(QVariantMap { { u"choice"_s, choice }, { u"count"_s, count } });
            m_hostVotes.append(
                QVariantMap { { u"voteId"_s, vote.voteId }, { u"question"_s, vote.question },
                    { u"secret"_s, vote.secret }, { u"isOpen"_s, vote.open },
                    { u"ballots"_s, vote.ballots }, { u"perChoice"_s, perChoice } });
        }
    } catch (const std::exception &failure) {
        qCWarning(lcRoomUi) << "cannot read the room's figures:" << failure.what();
    }
    Q_EMIT hostChanged();
}

void RoomController::onDataChanged(QObject *origin)
{
    if (origin == this)
        return;
    if (!m_usable) {
        // A sync may have brought the device certificate: read the identity again.
        m_discovery.reset();
        start();
        return;
    }
    if (m_state == Hosting) {
        SqliteDatabase *db = database();
        if (!db)
            return;
        // The meeting ended (meeting.end, its minutes) or was cancelled: the room closes.
        bool over = false;
        try {
            const auto meeting = CellCatalog(*db).meeting(m_hostMeetingId);
            over = !meeting || isOver(meeting->status);
        } catch (const std::exception &) { }
        if (over) {
            endHosting(true);
            setState(Idle, tr("Buổi sinh hoạt đã kết thúc: phòng họp đã đóng."));
            return;
        }
        readHost();
        // A vote opened or closed on her meeting page: the members see it at once.
        if (m_hostSession)
            m_hostSession->broadcastPackage();
        return;
    }
    if (m_announcement) {
        const QString title = meetingTitleFor(m_announcement->meetingId);
        if (title != m_nearbyTitle) {
            m_nearbyTitle = title;
            Q_EMIT nearbyChanged();
        }
    }
    if (!m_meetingId.isEmpty() && m_state != Idle)
        readMember();
}

QString RoomController::refusalText(RoomRefusal refusal)
{
    switch (refusal) {
    case RoomRefusal::Revoked:
        return tr("Thiết bị này đã bị thu hồi nên không vào được phòng họp.");
    case RoomRefusal::OtherCell:
        return tr("Thiết bị không cùng chi bộ với phòng họp này.");
    case RoomRefusal::Expired:
    case RoomRefusal::NoCertificate:
        return tr("Cần đồng bộ với máy chủ một lần để vào phòng họp.");
    case RoomRefusal::BadCertificate:
        return tr("Giấy chứng nhận của thiết bị không hợp lệ. Xin đồng chí đồng bộ với máy chủ "
                  "rồi thử lại.");
    case RoomRefusal::NotSecretary:
        return tr("Máy đang mở phòng họp không phải của đồng chí bí thư chi bộ.");
    case RoomRefusal::BadTranscript:
    case RoomRefusal::BadMessage:
        return tr("Không xác minh được máy đang mở phòng họp.");
    case RoomRefusal::Timeout:
    case RoomRefusal::ChannelBroken:
    case RoomRefusal::Closed:
    case RoomRefusal::None:
        break;
    }
    return tr("Mất kết nối với phòng họp.");
}

QString RoomController::statementRefusalText(const QString &code)
{
    using RoomStatement::Failure;
    if (code == RoomStatement::failureCode(Failure::BadCertificate))
        return tr("Cần đồng bộ với máy chủ một lần để vào phòng họp.");
    if (code == RoomStatement::failureCode(Failure::Malformed)
        || code == RoomStatement::failureCode(Failure::WrongDevice)
        || code == RoomStatement::failureCode(Failure::BadSignature))
        return tr("Máy của đồng chí bí thư không nhận được xác nhận này. Xin đồng chí thử lại.");
    if (code == RoomHostRefusal::AlreadyCheckedIn)
        return tr("Đồng chí đã điểm danh trên một thiết bị khác.");
    if (code == RoomAckRefusal::MeetingOver)
        return tr("Buổi sinh hoạt đã kết thúc.");
    if (code == RoomAckRefusal::NotCheckedIn)
        return tr("Đồng chí cần điểm danh có mặt trước khi biểu quyết.");
    if (code == RoomAckRefusal::VoteClosed)
        return tr("Cuộc biểu quyết này đã kết thúc.");
    if (code == RoomAckRefusal::AlreadyVoted)
        return tr("Đồng chí đã biểu quyết trong cuộc biểu quyết này.");
    if (code == RoomAckRefusal::UnknownVote || code == RoomAckRefusal::BadChoice)
        return tr("Cuộc biểu quyết này không còn như trên máy của đồng chí. Xin đồng chí chờ máy "
                  "cập nhật rồi chọn lại.");
    if (code == RoomAckRefusal::OtherMeeting)
        return tr("Phòng họp đang phục vụ một buổi sinh hoạt khác.");
    return tr("Máy của đồng chí bí thư chưa ghi nhận được. Xin đồng chí thử lại.");
}
