#include "profilevalidator.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QStringList const &ProfileValidator::contactFields()
{
    static const QStringList fields { u"phone"_s, u"email"_s, u"address"_s };
    return fields;
}

QString ProfileValidator::normalised(const QString &field, const QString &value)
{
    if (field == u"phone") {
        QString digits = value;
        digits.remove(QRegularExpression(u"[\\s.\\-()]"_s));
        if (digits.startsWith(u"+84"_s))
            digits = u"0"_s + digits.mid(3);
        return digits;
    }
    return value.trimmed();
}

QString ProfileValidator::check(const QString &field, const QJsonValue &value)
{
    if (!value.isString())
        return u"Giá trị của %1 phải là chuỗi ký tự."_s.arg(field);
    const QString text = normalised(field, value.toString());
    if (field == u"phone") {
        static const QRegularExpression mobile(u"^0(3|5|7|8|9)\\d{8}$"_s);
        static const QRegularExpression landline(u"^02\\d{9}$"_s);
        if (!mobile.match(text).hasMatch() && !landline.match(text).hasMatch())
            return u"Số điện thoại không hợp lệ (ví dụ: 0912 345 678)."_s;
        return {};
    }
    if (field == u"email") {
        static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
        if (text.size() > 254 || !email.match(text).hasMatch())
            return u"Địa chỉ email không hợp lệ."_s;
        return {};
    }
    if (field == u"address") {
        if (text.size() < 5 || text.size() > 300)
            return u"Địa chỉ phải có từ 5 đến 300 ký tự."_s;
        return {};
    }
    if (field.endsWith(u"_date")) {
        if (!QDate::fromString(text, Qt::ISODate).isValid())
            return u"Ngày không hợp lệ (định dạng năm-tháng-ngày, ví dụ 1975-04-30)."_s;
        return {};
    }
    if (field == u"citizen_id") {
        static const QRegularExpression twelveDigits(u"^\\d{12}$"_s);
        if (!twelveDigits.match(text).hasMatch())
            return u"Số căn cước công dân phải gồm 12 chữ số."_s;
        return {};
    }
    if (field == u"full_name" && text.isEmpty())
        return u"Họ và tên không được để trống."_s;
    if (text.size() > 4000)
        return u"Nội dung quá dài."_s;
    return {};
}
