// The rules for member profile values (DESIGN.md sections 1 and 5), shared by the client
// (checked before a change is queued) and the server (authoritative): which fields a member
// edits directly (contacts) and which need a request, how values are stored (phone numbers
// without spaces, +84 as 0), which values are acceptable, and which dates must be in order.
// Problems are codes: the server words them with message(); the client shows its own
// translated texts for the same codes.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

class ProfileRules
{
public:
    enum class Problem {
        None,
        UnknownField, // not a profile field of DESIGN.md section 1
        NotText, // the value is not a JSON string (null is allowed for optional fields)
        Required, // empty, but the field needs a value
        TooLong,
        Phone, // not a Vietnamese mobile (0 + valid prefix + 7 digits) or landline number
        Email,
        AddressLength, // the address needs kMinAddress..kMaxAddress characters
        Date, // not a real date written YYYY-MM-DD
        DateInFuture,
        CitizenId, // not 12 digits
        PartyCardNo, // not two digits, an optional dot and 6 to 8 digits (e.g. 18.012345)
        Gender, // neither "Nam" nor "Nữ"
        WorkHistory, // not a JSON array of strings
        AdmissionTooEarly, // admitted before the 18th birthday
        OfficialBeforeAdmission,
        OfficialWithoutAdmission,
    };

    // A problem and the field it is about.
    struct Issue
    {
        QString field;
        Problem problem = Problem::None;
        [[nodiscard]] bool ok() const { return problem == Problem::None; }
    };

    static constexpr int kMinAddress = 5;
    static constexpr int kMaxAddress = 300;
    static constexpr int kMaxName = 200;
    static constexpr int kMaxText = 4000;
    static constexpr int kMaxWorkHistory = 20000;

    // Every profile field in wire order (DESIGN.md section 5), without id, org_id, version.
    [[nodiscard]] static const QStringList &profileFields();
    // The fields a member changes directly with profile.update: phone, email, address.
    [[nodiscard]] static const QStringList &contactFields();
    // The fields a member may only ask to change (profile.request): every other one.
    [[nodiscard]] static bool isRequestable(const QString &field);
    // Fields that can never be emptied.
    [[nodiscard]] static bool isRequired(const QString &field);

    // The stored form: trimmed; a phone number without spaces, dots, dashes or brackets and
    // with +84 / 0084 written as 0.
    [[nodiscard]] static QString normalised(const QString &field, const QString &value);
    // One value on its own (a string; null or "" clears an optional field). `today` bounds
    // dates.
    [[nodiscard]] static Problem checkValue(
        const QString &field, const QJsonValue &value, const QDate &today);
    // `changes` (field -> value) applied over `current` (the stored profile, wire names):
    // every changed value, then the dates of the resulting profile in order (admission at 18
    // or later, official membership after admission). The first problem found.
    [[nodiscard]] static Issue check(
        const QJsonObject &current, const QJsonObject &changes, const QDate &today);

    // What is wrong, in Vietnamese, for the server's rejections.
    [[nodiscard]] static QString message(const Issue &issue);
    // The field's Vietnamese name ("Số điện thoại"), for the server's texts.
    [[nodiscard]] static QString label(const QString &field);
};
