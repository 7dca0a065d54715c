#include "profilefields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool isDateField(const QString &field)
{
    return field == u"birth_date" || field == u"admission_date" || field == u"official_date";
}

// The work history as its periods ("2010–nay: Giáo viên ..."); plain text as one period.
QStringList periods(const QString &text)
{
    const QJsonDocument parsed = QJsonDocument::fromJson(text.toUtf8());
    if (!parsed.isArray())
        return text.trimmed().isEmpty() ? QStringList() : QStringList { text.trimmed() };
    QStringList lines;
    for (const QJsonValue &entry : parsed.array()) {
        if (!entry.toString().trimmed().isEmpty())
            lines << entry.toString().trimmed();
    }
    return lines;
}

} // namespace

const QStringList &ProfileFields::groups()
{
    static const QStringList all { u"identity"_s, u"party"_s, u"education"_s, u"work"_s,
        u"contacts"_s };
    return all;
}

QStringList ProfileFields::fieldsOf(const QString &group)
{
    if (group == u"identity")
        return { u"full_name"_s, u"birth_date"_s, u"gender"_s, u"ethnicity"_s, u"religion"_s,
            u"hometown"_s, u"citizen_id"_s };
    if (group == u"party")
        return { u"admission_date"_s, u"official_date"_s, u"party_card_no"_s, u"position"_s,
            u"commendations"_s, u"discipline"_s };
    if (group == u"education")
        return { u"education"_s, u"political_theory"_s };
    if (group == u"work")
        return { u"work_history"_s };
    if (group == u"contacts")
        return { u"phone"_s, u"email"_s, u"address"_s };
    return {};
}

QString ProfileFields::groupOf(const QString &field)
{
    for (const QString &group : groups()) {
        if (fieldsOf(group).contains(field))
            return group;
    }
    return {};
}

QString ProfileFields::groupLabel(const QString &group)
{
    if (group == u"identity")
        return tr("Thông tin cá nhân");
    if (group == u"party")
        return tr("Thông tin đảng viên");
    if (group == u"education")
        return tr("Trình độ");
    if (group == u"work")
        return tr("Công tác");
    if (group == u"contacts")
        return tr("Liên hệ");
    return group;
}

QString ProfileFields::label(const QString &field)
{
    if (field == u"full_name")
        return tr("Họ và tên");
    if (field == u"birth_date")
        return tr("Ngày sinh");
    if (field == u"gender")
        return tr("Giới tính");
    if (field == u"ethnicity")
        return tr("Dân tộc");
    if (field == u"religion")
        return tr("Tôn giáo");
    if (field == u"hometown")
        return tr("Quê quán");
    if (field == u"address")
        return tr("Nơi ở hiện nay");
    if (field == u"phone")
        return tr("Số điện thoại");
    if (field == u"email")
        return tr("Email");
    if (field == u"citizen_id")
        return tr("Số định danh cá nhân");
    if (field == u"party_card_no")
        return tr("Số thẻ đảng viên");
    if (field == u"admission_date")
        return tr("Ngày vào Đảng");
    if (field == u"official_date")
        return tr("Ngày chính thức");
    if (field == u"position")
        return tr("Chức vụ");
    if (field == u"education")
        return tr("Trình độ học vấn, chuyên môn");
    if (field == u"political_theory")
        return tr("Trình độ lý luận chính trị");
    if (field == u"work_history")
        return tr("Quá trình công tác");
    if (field == u"commendations")
        return tr("Khen thưởng");
    if (field == u"discipline")
        return tr("Kỷ luật");
    return field;
}

QString ProfileFields::display(const QString &field, const QJsonValue &value)
{
    const QString text = value.isString() ? value.toString().trimmed() : QString();
    if (text.isEmpty())
        return {};
    if (isDateField(field))
        return displayDate(text);
    if (field == u"work_history")
        return periods(text).join(u'\n');
    return text;
}

QString ProfileFields::inputText(const QString &field, const QJsonValue &value)
{
    return display(field, value);
}

QString ProfileFields::fromInput(const QString &field, const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    if (isDateField(field)) {
        const QDate date = parseDate(text);
        return date.isValid() ? date.toString(Qt::ISODate) : text;
    }
    if (field == u"work_history") {
        QJsonArray entries;
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.trimmed().isEmpty())
                entries.append(line.trimmed());
        }
        return QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact));
    }
    return text;
}

QString ProfileFields::inputHint(const QString &field)
{
    if (isDateField(field))
        return tr("Viết ngày/tháng/năm, ví dụ 30/04/1975.");
    if (field == u"gender")
        return tr("Viết Nam hoặc Nữ.");
    if (field == u"work_history")
        return tr(
            "Mỗi dòng một giai đoạn, ví dụ: 2010–nay: Giáo viên Trường Tiểu học Quang Trung.");
    if (field == u"phone")
        return tr("10 chữ số bắt đầu bằng 0, hoặc +84. Ví dụ 0912 345 678.");
    if (field == u"citizen_id")
        return tr("12 chữ số.");
    if (field == u"party_card_no")
        return tr("Ví dụ 18.012345.");
    return {};
}

bool ProfileFields::isMultiLine(const QString &field)
{
    return field == u"work_history" || field == u"commendations" || field == u"discipline"
        || field == u"address" || field == u"hometown" || field == u"education";
}

QString ProfileFields::problemText(ProfileRules::Problem problem, const QString &field)
{
    using Problem = ProfileRules::Problem;
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::UnknownField:
    case Problem::NotText:
        return tr("Thông tin này không sửa được ở đây.");
    case Problem::Required:
        return tr("%1: không được để trống.").arg(label(field));
    case Problem::TooLong:
        return tr("%1: nội dung quá dài.").arg(label(field));
    case Problem::Phone:
        return tr("Số điện thoại chưa đúng. Hãy nhập 10 chữ số bắt đầu bằng 0 (ví dụ 0912 345 678) "
                  "hoặc bắt đầu bằng +84.");
    case Problem::Email:
        return tr("Địa chỉ email chưa đúng. Ví dụ: ten@gmail.com");
    case Problem::AddressLength:
        return tr("Địa chỉ cần từ %1 đến %2 ký tự.")
            .arg(ProfileRules::kMinAddress)
            .arg(ProfileRules::kMaxAddress);
    case Problem::Date:
        return tr("%1: ngày chưa đúng. Hãy viết ngày/tháng/năm, ví dụ 30/04/1975.")
            .arg(label(field));
    case Problem::DateInFuture:
        return tr("%1: không được sau ngày hôm nay.").arg(label(field));
    case Problem::CitizenId:
        return tr("Số định danh cá nhân phải gồm đúng 12 chữ số.");
    case Problem::PartyCardNo:
        return tr("Số thẻ đảng viên chưa đúng. Ví dụ: 18.012345.");
    case Problem::Gender:
        return tr("Giới tính: hãy viết Nam hoặc Nữ.");
    case Problem::WorkHistory:
        return tr("Quá trình công tác chưa đúng định dạng.");
    case Problem::AdmissionTooEarly:
        return tr("Ngày vào Đảng phải sau ngày sinh ít nhất 18 năm.");
    case Problem::OfficialBeforeAdmission:
        return tr("Ngày chính thức phải sau ngày vào Đảng.");
    case Problem::OfficialWithoutAdmission:
        return tr("Chưa có ngày vào Đảng thì chưa thể có ngày chính thức.");
    }
    return {};
}

QString ProfileFields::displayDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate.left(10), Qt::ISODate);
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : isoDate;
}

QDate ProfileFields::parseDate(const QString &typed)
{
    const QString text = typed.trimmed();
    static const QRegularExpression dayFirst(u"^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})$"_s);
    if (const auto match = dayFirst.match(text); match.hasMatch())
        return QDate(
            match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}
