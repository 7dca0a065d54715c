#include "profilerules.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool isDateField(const QString &field)
{
    return field == u"birth_date" || field == u"admission_date" || field == u"official_date";
}

QDate dateOf(const QJsonObject &profile, const QString &field)
{
    return QDate::fromString(profile.value(field).toString(), Qt::ISODate);
}

} // namespace

const QStringList &ProfileRules::profileFields()
{
    static const QStringList fields { u"full_name"_s, u"birth_date"_s, u"gender"_s, u"ethnicity"_s,
        u"religion"_s, u"hometown"_s, u"address"_s, u"phone"_s, u"email"_s, u"citizen_id"_s,
        u"party_card_no"_s, u"admission_date"_s, u"official_date"_s, u"position"_s, u"education"_s,
        u"political_theory"_s, u"work_history"_s, u"commendations"_s, u"discipline"_s };
    return fields;
}

const QStringList &ProfileRules::contactFields()
{
    static const QStringList fields { u"phone"_s, u"email"_s, u"address"_s };
    return fields;
}

bool ProfileRules::isRequestable(const QString &field)
{
    return profileFields().contains(field) && !contactFields().contains(field);
}

bool ProfileRules::isRequired(const QString &field)
{
    return field == u"full_name" || field == u"birth_date" || field == u"gender"
        || field == u"admission_date" || field == u"address";
}

QString ProfileRules::normalised(const QString &field, const QString &rawValue)
{
    // One spelling for the same Vietnamese text: some keyboards type decomposed marks
    // ("Nữ" as N + u + combining hook + combining tilde), which would fail the gender check and
    // split one ethnicity into two in the statistics.
    const QString value = rawValue.normalized(QString::NormalizationForm_C);
    if (field == u"phone") {
        static const QRegularExpression separators(u"[\\s.\\-()]"_s);
        QString digits = value;
        digits.remove(separators);
        if (digits.startsWith(u"+84"_s))
            digits = u"0"_s + digits.mid(3);
        else if (digits.startsWith(u"0084"_s))
            digits = u"0"_s + digits.mid(4);
        return digits;
    }
    return value.trimmed();
}

ProfileRules::Problem ProfileRules::checkValue(
    const QString &field, const QJsonValue &value, const QDate &today)
{
    if (!profileFields().contains(field))
        return Problem::UnknownField;
    if (!value.isString() && !value.isNull())
        return Problem::NotText;
    const QString text = normalised(field, value.toString());
    if (text.isEmpty())
        return isRequired(field) ? Problem::Required : Problem::None;

    if (field == u"phone") {
        // Mobile numbers since the 2018 renumbering (Viettel, VinaPhone, MobiFone,
        // Vietnamobile, Gmobile, Itelecom, ...) and landlines with their 02x area codes.
        static const QRegularExpression mobile(
            u"^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-9])\\d{7}$"_s);
        static const QRegularExpression landline(u"^02\\d{9}$"_s);
        return mobile.match(text).hasMatch() || landline.match(text).hasMatch() ? Problem::None
                                                                                : Problem::Phone;
    }
    if (field == u"email") {
        static const QRegularExpression email(
            u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"_s);
        return text.size() <= 254 && email.match(text).hasMatch() ? Problem::None : Problem::Email;
    }
    if (field == u"address")
        return text.size() < kMinAddress || text.size() > kMaxAddress ? Problem::AddressLength
                                                                      : Problem::None;
    if (isDateField(field)) {
        static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!shape.match(text).hasMatch() || !date.isValid() || date.year() < 1900)
            return Problem::Date;
        return today.isValid() && date > today ? Problem::DateInFuture : Problem::None;
    }
    if (field == u"citizen_id") {
        static const QRegularExpression twelveDigits(u"^\\d{12}$"_s);
        return twelveDigits.match(text).hasMatch() ? Problem::None : Problem::CitizenId;
    }
    if (field == u"party_card_no") {
        static const QRegularExpression card(u"^\\d{2}\\.?\\d{6,8}$"_s);
        return card.match(text).hasMatch() ? Problem::None : Problem::PartyCardNo;
    }
    if (field == u"gender")
        return text == u"Nam" || text == u"Nữ" ? Problem::None : Problem::Gender;
    if (field == u"work_history") {
        if (text.size() > kMaxWorkHistory)
            return Problem::TooLong;
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !parsed.isArray())
            return Problem::WorkHistory;
        for (const QJsonValue &entry : parsed.array()) {
            if (!entry.isString())
                return Problem::WorkHistory;
        }
        return Problem::None;
    }
    if (field == u"full_name")
        return text.size() > kMaxName ? Problem::TooLong : Problem::None;
    return text.size() > kMaxText ? Problem::TooLong : Problem::None;
}

ProfileRules::Issue ProfileRules::check(
    const QJsonObject &current, const QJsonObject &changes, const QDate &today)
{
    QJsonObject merged = current;
    bool datesChanged = false;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (const Problem problem = checkValue(it.key(), it.value(), today);
            problem != Problem::None)
            return { it.key(), problem };
        merged.insert(it.key(), normalised(it.key(), it.value().toString()));
        datesChanged = datesChanged || isDateField(it.key());
    }
    // Dates already stored out of order (old records) never block another change.
    if (!datesChanged)
        return {};
    const auto blame = [&changes](const QString &preferred, const QString &other) {
        return changes.contains(preferred) || !changes.contains(other) ? preferred : other;
    };
    const QDate birth = dateOf(merged, u"birth_date"_s);
    const QDate admission = dateOf(merged, u"admission_date"_s);
    const QDate official = dateOf(merged, u"official_date"_s);
    if (birth.isValid() && admission.isValid() && admission < birth.addYears(18))
        return { blame(u"admission_date"_s, u"birth_date"_s), Problem::AdmissionTooEarly };
    if (official.isValid() && !admission.isValid())
        return { u"official_date"_s, Problem::OfficialWithoutAdmission };
    if (official.isValid() && official <= admission)
        return { blame(u"official_date"_s, u"admission_date"_s), Problem::OfficialBeforeAdmission };
    return {};
}

QString ProfileRules::label(const QString &field)
{
    static const QHash<QString, QString> labels {
        { u"full_name"_s, u"Họ và tên"_s },
        { u"birth_date"_s, u"Ngày sinh"_s },
        { u"gender"_s, u"Giới tính"_s },
        { u"ethnicity"_s, u"Dân tộc"_s },
        { u"religion"_s, u"Tôn giáo"_s },
        { u"hometown"_s, u"Quê quán"_s },
        { u"address"_s, u"Nơi ở hiện nay"_s },
        { u"phone"_s, u"Số điện thoại"_s },
        { u"email"_s, u"Email"_s },
        { u"citizen_id"_s, u"Số căn cước công dân"_s },
        { u"party_card_no"_s, u"Số thẻ đảng viên"_s },
        { u"admission_date"_s, u"Ngày vào Đảng"_s },
        { u"official_date"_s, u"Ngày chính thức"_s },
        { u"position"_s, u"Chức vụ"_s },
        { u"education"_s, u"Trình độ học vấn, chuyên môn"_s },
        { u"political_theory"_s, u"Trình độ lý luận chính trị"_s },
        { u"work_history"_s, u"Quá trình công tác"_s },
        { u"commendations"_s, u"Khen thưởng"_s },
        { u"discipline"_s, u"Kỷ luật"_s },
    };
    return labels.value(field, field);
}

QString ProfileRules::message(const Issue &issue)
{
    const QString name = label(issue.field);
    switch (issue.problem) {
    case Problem::None:
        return {};
    case Problem::UnknownField:
        return u"Hồ sơ không có trường %1."_s.arg(issue.field);
    case Problem::NotText:
        return u"Giá trị của %1 phải là chuỗi ký tự."_s.arg(name);
    case Problem::Required:
        return u"%1 không được để trống."_s.arg(name);
    case Problem::TooLong:
        return u"%1 quá dài."_s.arg(name);
    case Problem::Phone:
        return u"Số điện thoại không hợp lệ (ví dụ: 0912 345 678 hoặc +84 912 345 678)."_s;
    case Problem::Email:
        return u"Địa chỉ email không hợp lệ."_s;
    case Problem::AddressLength:
        return u"Địa chỉ phải có từ %1 đến %2 ký tự."_s.arg(kMinAddress).arg(kMaxAddress);
    case Problem::Date:
        return u"%1 không hợp lệ (định dạng năm-tháng-ngày, ví dụ 1975-04-30)."_s.arg(name);
    case Problem::DateInFuture:
        return u"%1 không được sau ngày hôm nay."_s.arg(name);
    case Problem::CitizenId:
        return u"Số căn cước công dân phải gồm đúng 12 chữ số."_s;
    case Problem::PartyCardNo:
        return u"Số thẻ đảng viên không hợp lệ (ví dụ: 18.012345)."_s;
    case Problem::Gender:
        return u"Giới tính phải là Nam hoặc Nữ."_s;
    case Problem::WorkHistory:
        return u"Quá trình công tác không đúng định dạng."_s;
    case Problem::AdmissionTooEarly:
        return u"Ngày vào Đảng phải sau ngày sinh ít nhất 18 năm."_s;
    case Problem::OfficialBeforeAdmission:
        return u"Ngày chính thức phải sau ngày vào Đảng."_s;
    case Problem::OfficialWithoutAdmission:
        return u"Chưa có ngày vào Đảng thì chưa thể có ngày chính thức."_s;
    }
    return {};
}
