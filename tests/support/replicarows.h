// Rows of the replica as the server sends them (DESIGN.md section 3), for the tests that fill
// a vault's replica directly: cell c1 of province p1, the demo's Vietnamese texts.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace ReplicaRows {

// A member of `org` ("c1" unless given), position "Đảng viên".
[[nodiscard]] QJsonObject member(
    const QString &id, const QString &name, const QString &org = QStringLiteral("c1"));
// A meeting of cell c1 at the Nhà văn hóa, no cancel reason.
[[nodiscard]] QJsonObject meeting(const QString &id, const QString &title,
    const QDateTime &startsAt, const QString &status, const QStringList &documentIds = {});
// `memberId`'s answer to a meeting (a reason only when given; presence not yet taken).
[[nodiscard]] QJsonObject answer(const QString &meetingId, const QString &memberId,
    const QString &rsvp, const QString &reason = {});
// `memberId` read `documentId` on 2026-11-20.
[[nodiscard]] QJsonObject receipt(const QString &documentId, const QString &memberId);
// A feedback message in cell c1 (a reply when `replyTo` is given).
[[nodiscard]] QJsonObject feedback(const QString &id, const QString &memberId, const QString &text,
    const QString &replyTo, const QString &createdAt);

} // namespace ReplicaRows

// The values of `role` in `model`'s rows (column 0), top to bottom, as text.
[[nodiscard]] QStringList column(const QAbstractItemModel &model, const QByteArray &role);
