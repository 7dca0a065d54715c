#include "replicarows.h"

#include "timestamps.h"

#include <QAbstractItemModel>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ReplicaRows {

QJsonObject member(const QString &id, const QString &name, const QString &org)
{
    return { { u"id"_s, id }, { u"org_id"_s, org }, { u"full_name"_s, name },
        { u"position"_s, u"Đảng viên"_s } };
}

QJsonObject meeting(const QString &id, const QString &title, const QDateTime &startsAt,
    const QString &status, const QStringList &documentIds)
{
    return { { u"id"_s, id }, { u"org_id"_s, u"c1"_s }, { u"title"_s, title },
        { u"starts_at"_s, Timestamps::toIso(startsAt) }, { u"location"_s, u"Nhà văn hóa"_s },
        { u"agenda"_s, u"Quán triệt nghị quyết"_s },
        { u"document_ids"_s, QJsonArray::fromStringList(documentIds) }, { u"status"_s, status },
        { u"cancel_reason"_s, QJsonValue() } };
}

QJsonObject answer(
    const QString &meetingId, const QString &memberId, const QString &rsvp, const QString &reason)
{
    return { { u"id"_s, meetingId + u':' + memberId }, { u"meeting_id"_s, meetingId },
        { u"member_id"_s, memberId }, { u"rsvp"_s, rsvp },
        { u"reason"_s, reason.isEmpty() ? QJsonValue() : QJsonValue(reason) },
        { u"present"_s, QJsonValue() } };
}

QJsonObject receipt(const QString &documentId, const QString &memberId)
{
    return { { u"id"_s, documentId + u':' + memberId }, { u"document_id"_s, documentId },
        { u"member_id"_s, memberId }, { u"read_at"_s, u"2026-11-20T01:00:00.000Z"_s } };
}

QJsonObject feedback(const QString &id, const QString &memberId, const QString &text,
    const QString &replyTo, const QString &createdAt)
{
    return { { u"id"_s, id }, { u"org_id"_s, u"c1"_s }, { u"member_id"_s, memberId },
        { u"text"_s, text }, { u"reply_to"_s, replyTo.isEmpty() ? QJsonValue() : replyTo },
        { u"created_at"_s, createdAt } };
}

} // namespace ReplicaRows

QStringList column(const QAbstractItemModel &model, const QByteArray &role)
{
    const int roleId = model.roleNames().key(role, -1);
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.data(model.index(row, 0), roleId).toString());
    return values;
}
