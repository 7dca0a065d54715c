// The server's verdict on one pushed mutation: {"id", "status": "applied" | "rejected",
// "error"?: {"code", "message"}}. A rejection is consumed: it is never sent again.
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

struct WireMutationResult
{
    qint64 id = 0;
    bool applied = true;
    QString errorCode; // rejected only, e.g. "not_found"
    QString errorMessage; // rejected only; Vietnamese, shown as it is
    // Applied only, optional (DESIGN.md 8.4): facts for the caller alone, e.g. the one-time
    // temporary password of account.create (Protocol::ResultData). Only in the first answer:
    // a replay after a lost answer has none.
    QJsonObject data;

    [[nodiscard]] QJsonObject toJson() const;
    // Strict: integer id, status "applied" or "rejected"; a rejection's error object is
    // optional but, when present, must carry string code and message.
    [[nodiscard]] static std::optional<WireMutationResult> fromJson(
        const QJsonObject &object, QString *error);
};
