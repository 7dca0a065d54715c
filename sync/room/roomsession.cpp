#include "roomsession.h"

#include "protocol.h"
#include "roomhost.h"
#include "roomstatement.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QLoggingCategory>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcRoomSession, "handbook.room.session")

namespace Message = Protocol::Room::Message;
namespace Key = RoomMessageKey;

// A JSON frame as an object with a string "type"; nullopt when it is not one.
std::optional<QJsonObject> decode(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject message = document.object();
    if (!message.value(Key::Type).isString())
        return std::nullopt;
    return message;
}

// A whole number >= 0 (JSON numbers hold integers exactly up to 2^53); -1 otherwise.
qint64 count(const QJsonValue &value)
{
    if (!value.isDouble())
        return -1;
    const qint64 number = value.toInteger(-1);
    return number >= 0 && number <= (qint64(1) << 53) ? number : -1;
}

// 64 lower-case hex digits.
bool isSha256(const QJsonValue &value)
{
    if (!value.isString())
        return false;
    const QString text = value.toString();
    if (text.size() != 64)
        return false;
    return std::all_of(text.cbegin(), text.cend(),
        [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

} // namespace

// ---- RoomHostSession ------------------------------------------------------------------------

RoomHostSession::RoomHostSession(RoomHost *host, RoomHostContent *content, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_content(content)
{
    connect(host, &RoomHost::memberJoined, this, &RoomHostSession::onJoined);
    const QList<RoomChannel *> joined = host->members();
    for (RoomChannel *channel : joined)
        onJoined(channel);
}

void RoomHostSession::broadcastPackage()
{
    const QList<QPointer<RoomChannel>> members = m_members;
    for (const QPointer<RoomChannel> &channel : members) {
        if (channel && channel->isEstablished()) {
            QJsonObject package = m_content->package(channel->peerCertificate());
            package.insert(Key::Type, Message::Package);
            send(channel, package);
        }
    }
}

void RoomHostSession::closeRoom()
{
    const QList<QPointer<RoomChannel>> members = m_members;
    for (const QPointer<RoomChannel> &channel : members) {
        if (channel && channel->isEstablished())
            send(channel, QJsonObject { { Key::Type, Message::RoomClosed } });
    }
    m_members.clear();
    // RoomChannel::close lets what was just written reach the member.
    if (m_host)
        m_host->close();
    Q_EMIT membersChanged();
}

int RoomHostSession::memberCount() const
{
    return int(std::count_if(m_members.cbegin(), m_members.cend(),
        [](const QPointer<RoomChannel> &channel) { return channel && channel->isEstablished(); }));
}

void RoomHostSession::onJoined(RoomChannel *channel)
{
    m_members.removeAll(nullptr);
    m_members.append(channel);
    connect(channel, &RoomChannel::frameReceived, this,
        [this, channel](const QByteArray &payload) { onFrame(channel, payload); });
    connect(channel, &RoomChannel::failed, this, [this, channel] { forget(channel); });
    Q_EMIT membersChanged();
}

void RoomHostSession::forget(RoomChannel *channel)
{
    if (m_members.removeAll(channel) > 0)
        Q_EMIT membersChanged();
}

void RoomHostSession::expel(RoomChannel *channel)
{
    channel->disconnect(this);
    forget(channel);
    if (m_host)
        m_host->expel(channel, RoomRefusal::BadMessage);
    else
        channel->close();
}

bool RoomHostSession::send(RoomChannel *channel, const QJsonObject &message)
{
    const QByteArray payload = QJsonDocument(message).toJson(QJsonDocument::Compact);
    if (payload.size() > RoomHandshake::kMaxFrame) {
        // Never the content: its type and size only.
        qCWarning(lcRoomSession) << "a" << message.value(Key::Type).toString() << "frame of"
                                 << payload.size() << "bytes exceeds the room's frame limit";
        return false;
    }
    return channel->send(payload);
}

void RoomHostSession::onFrame(RoomChannel *channel, const QByteArray &payload)
{
    if (!m_members.contains(channel))
        return;
    const auto message = decode(payload);
    if (!message) {
        expel(channel);
        return;
    }
    const QString type = message->value(Key::Type).toString();
    if (type == Message::GetMeeting) {
        QJsonObject package = m_content->package(channel->peerCertificate());
        package.insert(Key::Type, Message::Package);
        send(channel, package);
    } else if (type == Message::GetBlob) {
        answerBlob(channel, *message);
    } else if (type == Message::Submit) {
        answerSubmit(channel, *message);
    } else {
        expel(channel);
    }
}

void RoomHostSession::answerBlob(RoomChannel *channel, const QJsonObject &message)
{
    const QJsonValue sha256 = message.value(Key::Sha256);
    const qint64 offset = count(message.value(Key::Offset));
    if (!isSha256(sha256) || offset < 0) {
        expel(channel);
        return;
    }
    const QString hash = sha256.toString();
    auto unavailable = [&](QLatin1StringView code) {
        send(channel,
            QJsonObject { { Key::Type, Message::BlobUnavailable }, { Key::Sha256, hash },
                { Key::Code, code } });
    };
    const auto chunk = m_content->readBlob(hash, offset, kBlobChunk);
    if (!chunk) {
        unavailable(Protocol::ErrorCode::NotFound);
        return;
    }
    if (offset > chunk->size) {
        unavailable(Protocol::ErrorCode::RangeNotSatisfiable);
        return;
    }
    const QByteArray data = chunk->data.left(qMin(kBlobChunk, chunk->size - offset));
    if (data.isEmpty() && offset < chunk->size) {
        // The device could not read it (a file gone since the package was made).
        unavailable(Protocol::ErrorCode::NotFound);
        return;
    }
    send(channel,
        QJsonObject { { Key::Type, Message::BlobChunk }, { Key::Sha256, hash },
            { Key::Offset, offset }, { Key::Size, chunk->size },
            { Key::Data, QString::fromLatin1(data.toBase64()) } });
}

void RoomHostSession::answerSubmit(RoomChannel *channel, const QJsonObject &message)
{
    const QJsonValue value = message.value(Protocol::Room::Statement);
    if (!value.isObject() || !m_host) {
        expel(channel);
        return;
    }
    const QJsonObject statement = value.toObject();
    const QJsonObject certificate = channel->peerCertificate();
    QString refusal;
    if (const auto failure
        = RoomStatement::verify(statement, certificate, m_host->identity().roomPublicKey);
        failure != RoomStatement::Failure::None) {
        refusal = RoomStatement::failureCode(failure);
    } else if (RoomStatement::fields(statement).meetingId != m_host->meetingId()) {
        refusal = RoomAckRefusal::OtherMeeting;
    } else {
        refusal = m_content->record(statement, certificate);
    }
    // The ack first: a package broadcast from recorded() reaches the member after it.
    send(channel,
        QJsonObject { { Key::Type, Message::Ack }, { Key::Id, RoomStatement::fields(statement).id },
            { Key::Refusal, refusal } });
    if (refusal.isEmpty())
        Q_EMIT recorded(statement);
}

// ---- RoomMemberSession ----------------------------------------------------------------------

RoomMemberSession::RoomMemberSession(RoomChannel *channel, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
{
    connect(channel, &RoomChannel::frameReceived, this, &RoomMemberSession::onFrame);
}

void RoomMemberSession::requestPackage()
{
    send(QJsonObject { { Key::Type, Message::GetMeeting } });
}

void RoomMemberSession::requestBlob(const QString &sha256, qint64 offset)
{
    send(QJsonObject {
        { Key::Type, Message::GetBlob }, { Key::Sha256, sha256 }, { Key::Offset, offset } });
}

void RoomMemberSession::submit(const QJsonObject &statement)
{
    send(QJsonObject { { Key::Type, Message::Submit }, { Protocol::Room::Statement, statement } });
}

void RoomMemberSession::send(const QJsonObject &message)
{
    if (m_channel)
        m_channel->send(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

void RoomMemberSession::broken()
{
    if (m_channel) {
        m_channel->disconnect(this);
        m_channel->close();
    }
    Q_EMIT protocolError();
}

void RoomMemberSession::onFrame(const QByteArray &payload)
{
    const auto message = decode(payload);
    if (!message) {
        broken();
        return;
    }
    const QString type = message->value(Key::Type).toString();
    if (type == Message::Package) {
        const QJsonValue changes = message->value(Key::Changes);
        const QJsonValue checkedIn = message->value(Key::CheckedIn);
        const QJsonValue voted = message->value(Key::Voted);
        const QJsonArray rows = changes.toArray();
        const QJsonArray votes = voted.toArray();
        if (!changes.isArray() || !checkedIn.isBool() || !voted.isArray()
            || !std::all_of(
                rows.cbegin(), rows.cend(), [](const QJsonValue &row) { return row.isObject(); })
            || !std::all_of(votes.cbegin(), votes.cend(),
                [](const QJsonValue &vote) { return vote.isString(); })) {
            broken();
            return;
        }
        QJsonObject package = *message;
        package.remove(Key::Type);
        Q_EMIT packageReceived(package);
    } else if (type == Message::BlobChunk) {
        const QJsonValue sha256 = message->value(Key::Sha256);
        const qint64 offset = count(message->value(Key::Offset));
        const qint64 size = count(message->value(Key::Size));
        const QJsonValue encoded = message->value(Key::Data);
        const auto data = QByteArray::fromBase64Encoding(
            encoded.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!isSha256(sha256) || offset < 0 || size < 0 || !encoded.isString() || !data
            || data.decoded.size() > RoomHostSession::kBlobChunk
            || offset + data.decoded.size() > size || (data.decoded.isEmpty() && offset != size)) {
            broken();
            return;
        }
        Q_EMIT blobChunkReceived(sha256.toString(), offset, size, data.decoded);
    } else if (type == Message::BlobUnavailable) {
        const QJsonValue sha256 = message->value(Key::Sha256);
        const QJsonValue code = message->value(Key::Code);
        if (!isSha256(sha256) || !code.isString()) {
            broken();
            return;
        }
        Q_EMIT blobUnavailable(sha256.toString(), code.toString());
    } else if (type == Message::Ack) {
        const QJsonValue id = message->value(Key::Id);
        const QJsonValue refusal = message->value(Key::Refusal);
        if (!id.isString() || !refusal.isString()) {
            broken();
            return;
        }
        Q_EMIT acknowledged(id.toString(), refusal.toString());
    } else if (type == Message::RoomClosed) {
        if (m_channel) {
            m_channel->disconnect(this);
            m_channel->close();
        }
        Q_EMIT roomClosed();
    } else {
        broken();
    }
}
