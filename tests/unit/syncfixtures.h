// Builders of pull pages and rows for the sync unit tests.
#pragma once

#include "pullpage.h"

#include <QJsonArray>
#include <QJsonObject>

namespace SyncFixtures {

inline SyncChange put(
    const QString &type, const QString &id, const QJsonObject &data, qint64 version = 1)
{
    return SyncChange { type, id, SyncChange::Op::Put, version, data };
}

inline SyncChange gone(const QString &type, const QString &id)
{
    return SyncChange { type, id, SyncChange::Op::Delete, 0, {} };
}

inline PullPage page(const QList<SyncChange> &changes, const QString &cursor, bool hasMore = false,
    bool reset = false)
{
    PullPage result;
    result.changes = changes;
    result.cursor = cursor;
    result.hasMore = hasMore;
    result.reset = reset;
    return result;
}

// A document row as the server sends it; attachments as {sha256, size, mime, name}.
inline QJsonObject document(const QString &id, const QString &title,
    const QJsonArray &attachments = {},
    const QString &publishedAt = QStringLiteral("2026-01-01T00:00:00.000Z"),
    const QString &meetingId = {})
{
    return QJsonObject { { QStringLiteral("id"), id },
        { QStringLiteral("org_id"), QStringLiteral("p1") },
        { QStringLiteral("audience_org_id"), QStringLiteral("p1") },
        { QStringLiteral("kind"), QStringLiteral("resolution") },
        { QStringLiteral("number"), QStringLiteral("01-NQ/TU") },
        { QStringLiteral("title"), title }, { QStringLiteral("summary"), QString() },
        { QStringLiteral("body"), QStringLiteral("Nội dung ") + title },
        { QStringLiteral("classification"), QStringLiteral("internal") },
        { QStringLiteral("attachments"), attachments },
        { QStringLiteral("meeting_id"),
            meetingId.isEmpty() ? QJsonValue() : QJsonValue(meetingId) },
        { QStringLiteral("published_at"), publishedAt } };
}

inline QJsonObject attachment(
    const QString &sha256, qint64 size, const QString &name = QStringLiteral("a.pdf"))
{
    return QJsonObject { { QStringLiteral("sha256"), sha256 }, { QStringLiteral("size"), size },
        { QStringLiteral("mime"), QStringLiteral("application/pdf") },
        { QStringLiteral("name"), name } };
}

inline QJsonObject meeting(const QString &id, const QString &startsAt,
    const QJsonArray &documentIds = {}, const QString &status = QStringLiteral("scheduled"))
{
    return QJsonObject { { QStringLiteral("id"), id },
        { QStringLiteral("org_id"), QStringLiteral("c1") },
        { QStringLiteral("title"), QStringLiteral("Sinh hoạt chi bộ") },
        { QStringLiteral("starts_at"), startsAt },
        { QStringLiteral("location"), QStringLiteral("Nhà văn hóa") },
        { QStringLiteral("agenda"), QString() }, { QStringLiteral("document_ids"), documentIds },
        { QStringLiteral("status"), status } };
}

} // namespace SyncFixtures
