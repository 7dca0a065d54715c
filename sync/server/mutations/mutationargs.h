// Reads and checks mutation arguments; a bad argument becomes a rejection with code
// invalid_args and a Vietnamese message naming the field.
#pragma once

#include "mutations/mutationhandler.h"

#include <QJsonObject>
#include <QString>
#include <optional>

class MutationArgs
{
public:
    explicit MutationArgs(const QJsonObject &args);

    // A required non-empty string of at most maxLength characters.
    std::optional<QString> text(const QString &key, int maxLength);
    // An optional string (null or absent -> null QString) of at most maxLength characters.
    std::optional<QString> optionalText(const QString &key, int maxLength);
    // A required id: 1-64 characters of letters, digits, '-', '_', ':' or '.'.
    std::optional<QString> id(const QString &key);

    // Every argument of `args` (and key of its fixed-shape objects) that `spec` does not
    // know, as an invalid_args rejection naming them; ok() when there is none.
    [[nodiscard]] static MutationOutcome unknownArguments(
        const QJsonObject &args, const MutationSpec &spec);

    // The first problem found, as a rejection.
    [[nodiscard]] MutationOutcome rejection() const { return m_rejection; }

private:
    QJsonObject m_args;
    MutationOutcome m_rejection;
};
