// The opaque pull cursor: the last change sequence a client has and the scope generation
// of the user when it got it. Encoded as base64url text; anything else is a bad cursor.
#pragma once

#include <QString>
#include <optional>

struct PullCursor
{
    qint64 scopeGeneration = 0;
    qint64 sequence = 0;

    [[nodiscard]] QString encode() const;
    // Nothing when the text is not a cursor this server made.
    [[nodiscard]] static std::optional<PullCursor> decode(const QString &text);
};
