// The shared profile rules (sync/protocol ProfileRules) that the device checks before
// queuing and the server enforces: Vietnamese phone formats, email, address length, dates
// (format, future, in order), citizen id, Party card number, gender, work history, which
// fields are contacts and which need a request; and the client's texts and input forms
// for them (ProfileFields).
#include "profilefields.h"
#include "profilerules.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Problem = ProfileRules::Problem;

Q_DECLARE_METATYPE(ProfileRules::Problem)

namespace {
const QDate kToday(2026, 11, 22);
}

class TestProfileRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsAreContactsOrRequests()
    {
        QCOMPARE(ProfileRules::profileFields().size(), 19);
        QCOMPARE(
            ProfileRules::contactFields(), (QStringList { u"phone"_s, u"email"_s, u"address"_s }));
        for (const QString &field : ProfileRules::profileFields())
            QCOMPARE(
                ProfileRules::isRequestable(field), !ProfileRules::contactFields().contains(field));
        QVERIFY(!ProfileRules::isRequestable(u"org_id"_s));
        QVERIFY(!ProfileRules::isRequestable(u"version"_s));
        // Every field has a Vietnamese name on both sides, and a group on screen.
        for (const QString &field : ProfileRules::profileFields()) {
            QVERIFY2(ProfileRules::label(field) != field, qPrintable(field));
            QVERIFY2(ProfileFields::label(field) != field, qPrintable(field));
            QVERIFY2(!ProfileFields::groupOf(field).isEmpty(), qPrintable(field));
        }
    }

    void values_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<Problem>("problem");
        const auto row = [](const char *name, const QString &field, const QString &value,
                             Problem problem) { QTest::newRow(name) << field << value << problem; };
        // Phones: mobile prefixes since 2018, +84 / 0084, landlines 02x, separators.
        row("viettel", u"phone"_s, u"0987654321"_s, Problem::None);
        row("vinaphone spaced", u"phone"_s, u"0912 345 678"_s, Problem::None);
        row("mobifone dotted", u"phone"_s, u"0903.123.456"_s, Problem::None);
        row("viettel 03x", u"phone"_s, u"0362-111-222"_s, Problem::None);
        row("vietnamobile 05x", u"phone"_s, u"0586123456"_s, Problem::None);
        row("mobifone 07x", u"phone"_s, u"0786123456"_s, Problem::None);
        row("vinaphone 08x", u"phone"_s, u"0833123456"_s, Problem::None);
        row("+84", u"phone"_s, u"+84 912 345 678"_s, Problem::None);
        row("0084", u"phone"_s, u"0084912345678"_s, Problem::None);
        row("landline", u"phone"_s, u"(0212) 385 1234"_s, Problem::None);
        row("empty clears", u"phone"_s, u""_s, Problem::None);
        row("nine digits", u"phone"_s, u"091234567"_s, Problem::Phone);
        row("eleven digits", u"phone"_s, u"09123456789"_s, Problem::Phone);
        row("old 11-digit mobile", u"phone"_s, u"01683456789"_s, Problem::Phone);
        row("unassigned 030", u"phone"_s, u"0301234567"_s, Problem::Phone);
        row("unassigned 050", u"phone"_s, u"0501234567"_s, Problem::Phone);
        row("no leading 0", u"phone"_s, u"9123456789"_s, Problem::Phone);
        row("letters", u"phone"_s, u"09123a5678"_s, Problem::Phone);
        row("foreign", u"phone"_s, u"+1 202 555 0100"_s, Problem::Phone);
        // Email.
        row("email", u"email"_s, u"hoa.nx@example.vn"_s, Problem::None);
        row("email plus", u"email"_s, u"  an+dang@gmail.com "_s, Problem::None);
        row("email empty", u"email"_s, u""_s, Problem::None);
        row("email no at", u"email"_s, u"hoa.example.vn"_s, Problem::Email);
        row("email no domain dot", u"email"_s, u"hoa@localhost"_s, Problem::Email);
        row("email space", u"email"_s, u"ho a@example.vn"_s, Problem::Email);
        row("email two ats", u"email"_s, u"a@b@example.vn"_s, Problem::Email);
        row("email diacritics", u"email"_s, u"hoà@example.vn"_s, Problem::Email);
        // Address: 5..300 characters, required.
        row("address", u"address"_s, u"Tổ 5, phường Quang Trung"_s, Problem::None);
        row("address short", u"address"_s, u"Tổ 5"_s, Problem::AddressLength);
        row("address long", u"address"_s, QString(301, u'a'), Problem::AddressLength);
        row("address max", u"address"_s, QString(300, u'a'), Problem::None);
        row("address empty", u"address"_s, u"   "_s, Problem::Required);
        // Dates.
        row("birth", u"birth_date"_s, u"1960-02-29"_s, Problem::None);
        row("birth not a day", u"birth_date"_s, u"1961-02-29"_s, Problem::Date);
        row("birth day first", u"birth_date"_s, u"29/02/1960"_s, Problem::Date);
        row("birth too old", u"birth_date"_s, u"1850-01-01"_s, Problem::Date);
        row("birth empty", u"birth_date"_s, u""_s, Problem::Required);
        row("admission future", u"admission_date"_s, u"2026-11-23"_s, Problem::DateInFuture);
        row("admission today", u"admission_date"_s, u"2026-11-22"_s, Problem::None);
        row("official empty", u"official_date"_s, u""_s, Problem::None);
        // Identity and Party numbers.
        row("citizen id", u"citizen_id"_s, u"018086001234"_s, Problem::None);
        row("citizen id 9 digits", u"citizen_id"_s, u"018086001"_s, Problem::CitizenId);
        row("citizen id letters", u"citizen_id"_s, u"01808600123A"_s, Problem::CitizenId);
        row("card", u"party_card_no"_s, u"18.012345"_s, Problem::None);
        row("card no dot", u"party_card_no"_s, u"18012345"_s, Problem::None);
        row("card short", u"party_card_no"_s, u"18.0123"_s, Problem::PartyCardNo);
        row("card letters", u"party_card_no"_s, u"AB.012345"_s, Problem::PartyCardNo);
        row("gender", u"gender"_s, u"Nữ"_s, Problem::None);
        row("gender other", u"gender"_s, u"nu"_s, Problem::Gender);
        // Decomposed marks (some keyboards) are the same text.
        row("gender decomposed", u"gender"_s, u"Nu\u031B\u0303"_s, Problem::None);
        row("name empty", u"full_name"_s, u" "_s, Problem::Required);
        row("name long", u"full_name"_s, QString(201, u'a'), Problem::TooLong);
        row("education", u"education"_s, u"12/12; Thạc sĩ Quản lý công"_s, Problem::None);
        row("text long", u"commendations"_s, QString(4001, u'a'), Problem::TooLong);
        row("work history", u"work_history"_s, u"[\"2010–nay: Giáo viên\"]"_s, Problem::None);
        row("work history text", u"work_history"_s, u"Giáo viên"_s, Problem::WorkHistory);
        row("work history numbers", u"work_history"_s, u"[1, 2]"_s, Problem::WorkHistory);
        row("unknown", u"salary"_s, u"1"_s, Problem::UnknownField);
    }

    void values()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(Problem, problem);
        QCOMPARE(ProfileRules::checkValue(field, value, kToday), problem);
        // The client has a message for every problem.
        QCOMPARE(ProfileFields::problemText(problem, field).isEmpty(), problem == Problem::None);
        QCOMPARE(ProfileRules::message({ field, problem }).isEmpty(), problem == Problem::None);
    }

    void onlyStringsOrNull()
    {
        QCOMPARE(ProfileRules::checkValue(u"phone"_s, 912345678, kToday), Problem::NotText);
        QCOMPARE(ProfileRules::checkValue(u"email"_s, QJsonValue(), kToday), Problem::None);
        QCOMPARE(ProfileRules::checkValue(u"address"_s, QJsonValue(), kToday), Problem::Required);
        QCOMPARE(ProfileRules::checkValue(u"education"_s, QJsonObject(), kToday), Problem::NotText);
    }

    void phonesAreStoredWithoutSeparators()
    {
        QCOMPARE(ProfileRules::normalised(u"phone"_s, u"+84 912.345-678"_s), u"0912345678"_s);
        QCOMPARE(ProfileRules::normalised(u"phone"_s, u"(0212) 385 1234"_s), u"02123851234"_s);
        QCOMPARE(ProfileRules::normalised(u"email"_s, u" a@b.vn "_s), u"a@b.vn"_s);
    }

    void datesMustBeInOrder()
    {
        const QJsonObject stored { { u"birth_date"_s, u"1960-05-01"_s },
            { u"admission_date"_s, u"1985-03-15"_s }, { u"official_date"_s, u"1986-03-15"_s },
            { u"phone"_s, u"0912345678"_s } };
        QVERIFY(ProfileRules::check(stored, { { u"education"_s, u"Đại học"_s } }, kToday).ok());
        // Admitted before 18.
        auto issue
            = ProfileRules::check(stored, { { u"admission_date"_s, u"1977-01-01"_s } }, kToday);
        QCOMPARE(issue.problem, Problem::AdmissionTooEarly);
        QCOMPARE(issue.field, u"admission_date"_s);
        // Moving the birth date makes the stored admission too early: blamed on the birth date.
        issue = ProfileRules::check(stored, { { u"birth_date"_s, u"1970-01-01"_s } }, kToday);
        QCOMPARE(issue.problem, Problem::AdmissionTooEarly);
        QCOMPARE(issue.field, u"birth_date"_s);
        issue = ProfileRules::check(stored, { { u"official_date"_s, u"1985-03-15"_s } }, kToday);
        QCOMPARE(issue.problem, Problem::OfficialBeforeAdmission);
        issue = ProfileRules::check(stored, { { u"admission_date"_s, u"1987-01-01"_s } }, kToday);
        QCOMPARE(issue.problem, Problem::OfficialBeforeAdmission);
        QCOMPARE(issue.field, u"admission_date"_s);
        issue = ProfileRules::check({ { u"birth_date"_s, u"1990-01-01"_s } },
            { { u"official_date"_s, u"2015-01-01"_s } }, kToday);
        QCOMPARE(issue.problem, Problem::OfficialWithoutAdmission);
        // Both moved together, in order.
        QVERIFY(ProfileRules::check(stored,
            { { u"admission_date"_s, u"1990-01-01"_s }, { u"official_date"_s, u"1991-01-01"_s } },
            kToday)
                    .ok());
        // A record already out of order never blocks a change of another field.
        const QJsonObject old { { u"birth_date"_s, u"1990-01-01"_s },
            { u"admission_date"_s, u"1995-01-01"_s },
            { u"address"_s, u"Tổ 5, phường Tân Thịnh"_s } };
        QVERIFY(ProfileRules::check(old, { { u"phone"_s, u"0912345678"_s } }, kToday).ok());
        // The first bad value is reported before dates are compared.
        issue = ProfileRules::check(stored, { { u"official_date"_s, u"hôm qua"_s } }, kToday);
        QCOMPARE(issue.problem, Problem::Date);
        QCOMPARE(ProfileRules::message(issue),
            u"Ngày chính thức không hợp lệ (định dạng năm-tháng-ngày, ví dụ 1975-04-30)."_s);
    }

    void typedValuesBecomeWireValues()
    {
        QCOMPARE(ProfileFields::fromInput(u"birth_date"_s, u"30/4/1975"_s), u"1975-04-30"_s);
        QCOMPARE(ProfileFields::fromInput(u"birth_date"_s, u"30-04-1975"_s), u"1975-04-30"_s);
        QCOMPARE(ProfileFields::fromInput(u"birth_date"_s, u"1975-04-30"_s), u"1975-04-30"_s);
        QCOMPARE(ProfileFields::fromInput(u"birth_date"_s, u"31/02/1975"_s), u"31/02/1975"_s);
        QCOMPARE(ProfileRules::checkValue(u"birth_date"_s, u"31/02/1975"_s, kToday), Problem::Date);
        const QString history = ProfileFields::fromInput(
            u"work_history"_s, u"1990–2000: Bộ đội\n\n 2000–nay: Giáo viên \n"_s);
        QCOMPARE(history, u"[\"1990–2000: Bộ đội\",\"2000–nay: Giáo viên\"]"_s);
        QCOMPARE(ProfileRules::checkValue(u"work_history"_s, history, kToday), Problem::None);
        QCOMPARE(ProfileFields::display(u"work_history"_s, history),
            u"1990–2000: Bộ đội\n2000–nay: Giáo viên"_s);
        QCOMPARE(ProfileFields::inputText(u"admission_date"_s, u"1985-03-15"_s), u"15/03/1985"_s);
        QCOMPARE(ProfileFields::display(u"education"_s, QJsonValue()), QString());
    }
};

QTEST_GUILESS_MAIN(TestProfileRules)
#include "tst_profilerules.moc"
