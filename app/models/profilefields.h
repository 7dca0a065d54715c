// How the profile fields of DESIGN.md section 1 appear on screen: their (translatable)
// Vietnamese names and groups, values as a reader sees them (dates dd/MM/yyyy, the work
// history one period a line), what is typed back into the wire form, and the texts for
// the problems ProfileRules finds.
#pragma once

#include "profilerules.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QStringList>

class ProfileFields
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFields)

public:
    // identity, party, education, work, contacts: the order of the profile screen.
    [[nodiscard]] static const QStringList &groups();
    // The fields of a group, in screen order.
    [[nodiscard]] static QStringList fieldsOf(const QString &group);
    [[nodiscard]] static QString groupOf(const QString &field);
    [[nodiscard]] static QString groupLabel(const QString &group);
    // "phone" -> "Số điện thoại".
    [[nodiscard]] static QString label(const QString &field);

    // The value as a reader sees it; empty when there is none.
    [[nodiscard]] static QString display(const QString &field, const QJsonValue &value);
    // The value as it is typed in an edit field (dates dd/MM/yyyy, one period a line).
    [[nodiscard]] static QString inputText(const QString &field, const QJsonValue &value);
    // What was typed, in the wire form (dates YYYY-MM-DD, the work history a JSON array);
    // text that cannot be read is returned as typed, so the rules report it.
    [[nodiscard]] static QString fromInput(const QString &field, const QString &typed);
    // A short help under the edit field (how to write a date, ...); empty when none is needed.
    [[nodiscard]] static QString inputHint(const QString &field);
    // Whether the field is typed on several lines.
    [[nodiscard]] static bool isMultiLine(const QString &field);

    // What is wrong, for the member (empty for None).
    [[nodiscard]] static QString problemText(ProfileRules::Problem problem, const QString &field);

    // "2025-07-10" -> "10/07/2025" (unchanged when it is not a date).
    [[nodiscard]] static QString displayDate(const QString &isoDate);
    // "10/07/2025", "10-7-2025" or "2025-07-10" -> a date (invalid otherwise).
    [[nodiscard]] static QDate parseDate(const QString &typed);
};
