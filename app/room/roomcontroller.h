// The meeting room in the app (DESIGN.md 8.8, issue 23): one per account, living while the
// vault is unlocked (AccountController owns it; `Account.room` in QML). On a member's device
// of a cell with a usable room identity it listens for the room's announcements (nearby), joins
// with one tap (RoomChannel + RoomMemberSession + RoomMemberStore: the meeting's package, its
// attachments one after another, resumed after a lost channel), and submits the member's
// signed check-in and ballots, recording them once the secretary's device acknowledged them.
// On the secretary's device it opens the room for a meeting (RoomHost + RoomAnnouncer +
// RoomHostSession over VaultRoomHost) and shows who joined, who checked in and the ballots.
// Everything ends when the vault locks (members are told room_closed), and the room closes
// when the meeting ends (meeting.end or its minutes).
#pragma once

#include "localactions.h"
#include "roomdiscovery.h"
#include "roomidentity.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <optional>

class RoomAnnouncer;
class RoomChannel;
class RoomHost;
class RoomHostSession;
class RoomMemberSession;
class RoomMemberStore;
class SqliteDatabase;
class VaultRoomHost;
class VaultSession;

class RoomController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The account owns the meeting room: Account.room.")

    // A room of the own cell announces itself on this network (member's side).
    Q_PROPERTY(bool nearby READ nearby NOTIFY nearbyChanged)
    Q_PROPERTY(QString nearbyMeetingId READ nearbyMeetingId NOTIFY nearbyChanged)
    // The meeting's title from the vault, or "Buổi sinh hoạt chi bộ" when it is not here yet.
    Q_PROPERTY(QString nearbyMeetingTitle READ nearbyMeetingTitle NOTIFY nearbyChanged)
    Q_PROPERTY(RoomState state READ state NOTIFY stateChanged)
    // One plain sentence on the state (refusals in words).
    Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)
    // Who serves the joined room (the secretary's name from the vault; empty when unknown).
    Q_PROPERTY(QString hostName READ hostName NOTIFY stateChanged)
    // The joined meeting (member) and its title.
    Q_PROPERTY(QString meetingId READ meetingId NOTIFY stateChanged)
    Q_PROPERTY(QString meetingTitle READ meetingTitle NOTIFY contentChanged)
    // The meeting's documents, and how many are on the device with their attachments complete.
    Q_PROPERTY(int documentsTotal READ documentsTotal NOTIFY contentChanged)
    Q_PROPERTY(int documentsReady READ documentsReady NOTIFY contentChanged)
    // [{documentId, title, ready}] of the joined meeting.
    Q_PROPERTY(QVariantList documents READ documents NOTIFY contentChanged)
    Q_PROPERTY(bool checkedIn READ checkedIn NOTIFY contentChanged)
    // [{voteId, question, choices, secret, isOpen, voted, myChoice}] of the joined meeting.
    Q_PROPERTY(QVariantList votes READ votes NOTIFY contentChanged)
    // A statement waits for the host's answer.
    Q_PROPERTY(bool submitting READ submitting NOTIFY contentChanged)

    // The secretary's side.
    Q_PROPERTY(bool canHost READ canHost NOTIFY identityChanged)
    Q_PROPERTY(bool hosting READ hosting NOTIFY stateChanged)
    Q_PROPERTY(QString hostMeetingId READ hostMeetingId NOTIFY stateChanged)
    // Devices joined now.
    Q_PROPERTY(int memberCount READ memberCount NOTIFY hostChanged)
    // Names (from the vault) of the members checked in in this room.
    Q_PROPERTY(QStringList checkedInNames READ checkedInNames NOTIFY hostChanged)
    // [{voteId, question, secret, isOpen, ballots, perChoice: [{choice, count}]}].
    Q_PROPERTY(QVariantList hostVotes READ hostVotes NOTIFY hostChanged)

public:
    enum RoomState { Idle, Joining, Joined, Closed, Refused, Hosting };
    Q_ENUM(RoomState)

    using Clock = LocalActions::Clock;

    // Follows `session` (not owned): starts when the vault is unlocked, ends when it locks.
    explicit RoomController(VaultSession *session, QObject *parent = nullptr);
    ~RoomController() override;

    // For tests (call before the vault is unlocked): the discovery port (0: any free port),
    // where announcements go, the address the room listens on, and "now".
    struct Network
    {
        QHostAddress listenAddress = QHostAddress::AnyIPv4;
        quint16 discoveryPort = Protocol::Room::DiscoveryPort;
        QHostAddress announceTarget = QHostAddress::Broadcast;
        quint16 announcePort = Protocol::Room::DiscoveryPort;
    };
    void setNetwork(const Network &network) { m_network = network; }
    void setClock(Clock clock);
    // The discovery socket's port while listening (0 otherwise).
    [[nodiscard]] quint16 discoveryPort() const;
    // The room's TCP port while hosting (0 otherwise).
    [[nodiscard]] quint16 hostPort() const;

    [[nodiscard]] bool nearby() const { return m_announcement.has_value(); }
    [[nodiscard]] QString nearbyMeetingId() const;
    [[nodiscard]] QString nearbyMeetingTitle() const { return m_nearbyTitle; }
    [[nodiscard]] RoomState state() const { return m_state; }
    [[nodiscard]] QString statusText() const { return m_statusText; }
    [[nodiscard]] QString hostName() const { return m_hostName; }
    [[nodiscard]] QString meetingId() const { return m_meetingId; }
    [[nodiscard]] QString meetingTitle() const { return m_meetingTitle; }
    [[nodiscard]] int documentsTotal() const { return int(m_documents.size()); }
    [[nodiscard]] int documentsReady() const { return m_documentsReady; }
    [[nodiscard]] QVariantList documents() const { return m_documents; }
    [[nodiscard]] bool checkedIn() const { return m_checkedIn; }
    [[nodiscard]] QVariantList votes() const { return m_votes; }
    [[nodiscard]] bool submitting() const { return !m_pending.isEmpty(); }
    [[nodiscard]] bool canHost() const { return m_canHost; }
    [[nodiscard]] bool hosting() const { return m_state == Hosting; }
    [[nodiscard]] QString hostMeetingId() const { return m_hostMeetingId; }
    [[nodiscard]] int memberCount() const;
    [[nodiscard]] QStringList checkedInNames() const { return m_checkedInNames; }
    [[nodiscard]] QVariantList hostVotes() const { return m_hostVotes; }

    // Member: connects to the announced room, takes the package and the attachments. While
    // the page is open (until leave()), a lost channel is joined again at the next
    // announcement.
    Q_INVOKABLE void join();
    Q_INVOKABLE void leave();
    Q_INVOKABLE void checkIn();
    Q_INVOKABLE void castBallot(const QString &voteId, const QString &choice);
    // Secretary: opens the room for `meetingId` (listens on any port, announces every 2 s).
    Q_INVOKABLE bool openRoom(const QString &meetingId);
    Q_INVOKABLE void closeRoom();
    // Host: sends the package again to every member (after a vote opened or closed) and
    // reads the figures again.
    Q_INVOKABLE void refresh();

    // The sentence for a refusal of the handshake, and for a refusal code of the host.
    [[nodiscard]] static QString refusalText(RoomRefusal refusal);
    [[nodiscard]] static QString statementRefusalText(const QString &code);

Q_SIGNALS:
    void nearbyChanged();
    void stateChanged();
    void contentChanged();
    void identityChanged();
    void hostChanged();
    void error(const QString &message);

private:
    void onSessionState();
    void onDataChanged(QObject *origin);
    void start();
    void stop();
    void onFound(const RoomAnnouncement &announcement);
    void onChannelEstablished();
    void onChannelFailed(RoomRefusal reason);
    void onPackage(const QJsonObject &package);
    void onBlobChunk(const QString &sha256, qint64 offset, qint64 size, const QByteArray &data);
    void onBlobUnavailable(const QString &sha256);
    void onAcknowledged(const QString &statementId, const QString &refusal);
    void onRoomClosed();
    void requestNextBlob();
    void submit(const std::optional<QJsonObject> &statement);
    void dropChannel();
    void setState(RoomState state, const QString &text);
    void setNearbyGone();
    void readMember();
    void readHost();
    void endHosting(bool tellMembers);
    [[nodiscard]] SqliteDatabase *database() const;
    [[nodiscard]] RoomMemberStore &memberStore(SqliteDatabase &db);
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] QString meetingTitleFor(const QString &meetingId);

    QPointer<VaultSession> m_session;
    Network m_network;
    Clock m_clock;
    RoomIdentity m_identity;
    bool m_started = false; // the identity was read since the vault opened
    bool m_usable = false;
    bool m_canHost = false;
    QString m_memberId;

    // Member.
    std::unique_ptr<RoomDiscovery> m_discovery;
    QTimer m_nearbyTimer;
    std::optional<RoomAnnouncement> m_announcement;
    QString m_nearbyTitle;
    RoomState m_state = Idle;
    QString m_statusText;
    bool m_rejoin = false; // the page is open: join again at the next announcement
    QPointer<RoomChannel> m_channel;
    QPointer<RoomMemberSession> m_memberSession;
    std::unique_ptr<RoomMemberStore> m_store;
    QJsonObject m_hostCertificate;
    QString m_hostName;
    QString m_meetingId;
    QString m_meetingTitle;
    QStringList m_missingBlobs;
    bool m_blobRequested = false;
    QHash<QString, QJsonObject> m_pending; // statement id -> statement, until acknowledged
    QVariantList m_documents;
    int m_documentsReady = 0;
    bool m_checkedIn = false;
    QVariantList m_votes;

    // Host.
    std::unique_ptr<VaultRoomHost> m_content;
    QPointer<RoomHost> m_host;
    QPointer<RoomHostSession> m_hostSession;
    QPointer<RoomAnnouncer> m_announcer;
    QString m_hostMeetingId;
    QStringList m_checkedInNames;
    QVariantList m_hostVotes;
};
