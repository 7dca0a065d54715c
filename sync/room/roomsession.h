// What the meeting room carries (DESIGN.md 8.8, issue 23), on an established RoomChannel:
// JSON frames {"type": Protocol::Room::Message::…, …}. The contract is in
// docs/protocol-extensions.md, "What the room carries". No storage here: the secretary's app
// answers through RoomHostContent, the member's app takes what RoomMemberSession receives.
//
// Member -> host:
//   get_meeting {}                          -> package
//   get_blob {sha256, offset}               -> blob_chunk (or blob_unavailable {sha256, code})
//     one chunk per request, from `offset`: the member asks for the next one at offset+size of
//     data (so a lost Wi-Fi resumes at what it stored); offset == size answers an empty chunk
//   submit {statement}                      -> ack {id, refusal} (refusal "" when recorded)
// Host -> member:
//   package {changes: [SyncChange JSON], checked_in: bool, voted: [vote ids]} — the meeting's
//     rows; sent on request and again to every member whenever the room's state changes
//   blob_chunk {sha256, offset, size, data (base64, at most kBlobChunk bytes)}
//   blob_unavailable {sha256, code}: not_found (not served), range_not_satisfiable (offset
//     past the end)
//   ack {id, refusal}: the submitted statement's id; refusal a RoomStatement failure code,
//     RoomAckRefusal or RoomHostContent::record's, empty when recorded
//   room_closed {} — the secretary ended the room; the channel closes after it
// Anything else, or a malformed frame, ends the channel: the host expels that member
// (bad_message), the member's session emits protocolError and closes.
#pragma once

#include "roomchannel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <optional>

class RoomHost;

// Keys of the room's messages besides "type" (the contract's table).
namespace RoomMessageKey {
inline constexpr QLatin1StringView Type("type");
inline constexpr QLatin1StringView Changes("changes"); // package
inline constexpr QLatin1StringView CheckedIn("checked_in"); // package
inline constexpr QLatin1StringView Voted("voted"); // package
inline constexpr QLatin1StringView Sha256("sha256"); // get_blob, blob_chunk, blob_unavailable
inline constexpr QLatin1StringView Offset("offset"); // get_blob, blob_chunk
inline constexpr QLatin1StringView Size("size"); // blob_chunk: the whole blob's size
inline constexpr QLatin1StringView Data("data"); // blob_chunk: base64
inline constexpr QLatin1StringView Code("code"); // blob_unavailable
inline constexpr QLatin1StringView Id("id"); // ack: the statement's id
inline constexpr QLatin1StringView Refusal("refusal"); // ack: empty when recorded
} // namespace RoomMessageKey

// The host's refusals of a submitted statement (ack's "refusal"), besides RoomStatement's
// failure codes (malformed_statement, bad_certificate, wrong_device, bad_signature), which
// RoomHostSession answers itself with other_meeting; the others are RoomHostContent::record's.
namespace RoomAckRefusal {
inline constexpr QLatin1StringView OtherMeeting("other_meeting");
inline constexpr QLatin1StringView MeetingOver("meeting_over");
inline constexpr QLatin1StringView TooEarly("too_early");
inline constexpr QLatin1StringView AlreadyCheckedIn("already_checked_in");
inline constexpr QLatin1StringView NotCheckedIn("not_checked_in");
inline constexpr QLatin1StringView UnknownVote("unknown_vote");
inline constexpr QLatin1StringView VoteClosed("vote_closed");
inline constexpr QLatin1StringView BadChoice("bad_choice");
inline constexpr QLatin1StringView AlreadyVoted("already_voted");
} // namespace RoomAckRefusal

// What the secretary's device serves; the app implements it on its vault.
class RoomHostContent
{
public:
    virtual ~RoomHostContent() = default;

    // The meeting's package for the member whose (already accepted) certificate is given:
    // {changes, checked_in, voted}.
    [[nodiscard]] virtual QJsonObject package(const QJsonObject &memberCertificate) = 0;
    // Up to `max` bytes of a blob the room serves, from `offset`, and its whole size; nullopt
    // when the room does not serve it (not an attachment of the meeting's documents, or not
    // on this device).
    struct Chunk
    {
        QByteArray data;
        qint64 size = 0;
    };
    [[nodiscard]] virtual std::optional<Chunk> readBlob(
        const QString &sha256, qint64 offset, qint64 max)
        = 0;
    // Records a member's statement, after RoomHostSession checked that it verifies
    // (RoomStatement::verify) under the channel's certificate and is for this meeting. Answers
    // the refusal code, empty when recorded (recording the same statement again is recorded).
    [[nodiscard]] virtual QString record(
        const QJsonObject &statement, const QJsonObject &memberCertificate)
        = 0;
};

// The host's side: answers every joined member's frames from `content`.
class RoomHostSession : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kBlobChunk = 256 * 1024;

    // Serves the members `host` lets in (the session follows memberJoined); `content` must
    // outlive the session.
    RoomHostSession(RoomHost *host, RoomHostContent *content, QObject *parent = nullptr);

    // Sends the package again to every member (after the room's state changed: a vote opened
    // or closed, the meeting's rows changed).
    void broadcastPackage();
    // Tells every member the room is over, then RoomHost::close().
    void closeRoom();
    [[nodiscard]] int memberCount() const;

Q_SIGNALS:
    void membersChanged();
    // A statement was recorded (not emitted for a refused one).
    void recorded(const QJsonObject &statement);

private:
    void onJoined(RoomChannel *channel);
    void onFrame(RoomChannel *channel, const QByteArray &payload);
    void answerBlob(RoomChannel *channel, const QJsonObject &message);
    void answerSubmit(RoomChannel *channel, const QJsonObject &message);
    // False (and the member expelled) when the frame cannot be sent.
    bool send(RoomChannel *channel, const QJsonObject &message);
    // A malformed frame or an unknown type: that member's channel ends (bad_message).
    void expel(RoomChannel *channel);
    void forget(RoomChannel *channel);

    QPointer<RoomHost> m_host;
    RoomHostContent *m_content;
    QList<QPointer<RoomChannel>> m_members;
};

// The member's side of one joined room.
class RoomMemberSession : public QObject
{
    Q_OBJECT

public:
    // Talks over `channel` (established; the session does not own it).
    explicit RoomMemberSession(RoomChannel *channel, QObject *parent = nullptr);

    void requestPackage();
    void requestBlob(const QString &sha256, qint64 offset);
    void submit(const QJsonObject &statement);

Q_SIGNALS:
    void packageReceived(const QJsonObject &package);
    void blobChunkReceived(
        const QString &sha256, qint64 offset, qint64 size, const QByteArray &data);
    void blobUnavailable(const QString &sha256, const QString &code);
    // refusal empty: the host recorded the statement.
    void acknowledged(const QString &statementId, const QString &refusal);
    // The secretary ended the room.
    void roomClosed();
    // The host sent something malformed (the channel is then closed).
    void protocolError();

private:
    void onFrame(const QByteArray &payload);
    void send(const QJsonObject &message);
    void broken();

    QPointer<RoomChannel> m_channel;
};
