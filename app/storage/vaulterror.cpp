#include "vaulterror.h"

#include <QCoreApplication>

VaultError::VaultError(Code code, QString detail)
    : m_code(code)
    , m_detail(std::move(detail))
{ }

QString VaultError::codeName() const
{
    switch (m_code) {
    case None:
        return QStringLiteral("ok");
    case NoVault:
        return QStringLiteral("no_vault");
    case AlreadyExists:
        return QStringLiteral("already_exists");
    case InvalidPin:
        return QStringLiteral("invalid_pin");
    case WrongPin:
        return QStringLiteral("wrong_pin");
    case LockedOut:
        return QStringLiteral("locked_out");
    case Wiped:
        return QStringLiteral("wiped");
    case Damaged:
        return QStringLiteral("damaged");
    case EnvelopeDamaged:
        return QStringLiteral("envelope_damaged");
    case NotEncrypted:
        return QStringLiteral("not_encrypted");
    case TooNew:
        return QStringLiteral("too_new");
    case Io:
        return QStringLiteral("io_error");
    }
    return QStringLiteral("unknown");
}

QString VaultError::message() const
{
    switch (m_code) {
    case None:
        return {};
    case NoVault:
        return QCoreApplication::translate(
            "VaultError", "Chưa có dữ liệu trên máy này. Hãy tạo mã PIN.");
    case AlreadyExists:
        return QCoreApplication::translate("VaultError", "Máy này đã có mã PIN cho tài khoản này.");
    case InvalidPin:
        return QCoreApplication::translate("VaultError", "Mã PIN phải gồm từ 6 đến 12 chữ số.");
    case WrongPin:
        if (attemptsLeft >= 0)
            return QCoreApplication::translate(
                "VaultError", "Mã PIN không đúng. Còn %n lần thử.", nullptr, attemptsLeft);
        return QCoreApplication::translate("VaultError", "Mã PIN không đúng.");
    case LockedOut:
        // Waits of two minutes or more read in minutes (rounded up).
        if (retryAfterSeconds >= 120) {
            const int minutes = (retryAfterSeconds + 59) / 60;
            return QCoreApplication::translate("VaultError",
                "Nhập sai quá nhiều lần. Vui lòng thử lại sau %n phút.", nullptr, minutes);
        }
        return QCoreApplication::translate("VaultError",
            "Nhập sai quá nhiều lần. Vui lòng thử lại sau %n giây.", nullptr, retryAfterSeconds);
    case Wiped:
        return QCoreApplication::translate("VaultError",
            "Nhập sai mã PIN 10 lần. Dữ liệu trên máy đã được xóa để bảo vệ tài liệu. Hãy đăng "
            "nhập lại.");
    case Damaged:
        return QCoreApplication::translate("VaultError",
            "Dữ liệu trên máy bị hỏng hoặc đã bị thay đổi. Hãy xóa dữ liệu và đồng bộ lại từ máy "
            "chủ.");
    case EnvelopeDamaged:
        return QCoreApplication::translate("VaultError",
            "Khóa bảo vệ dữ liệu bị hỏng, không thể mở dữ liệu. Hãy xóa dữ liệu và đăng nhập lại.");
    case NotEncrypted:
        return QCoreApplication::translate(
            "VaultError", "Thư viện mã hóa không hoạt động. Ứng dụng từ chối mở dữ liệu.");
    case TooNew:
        return QCoreApplication::translate("VaultError",
            "Dữ liệu được tạo bởi phiên bản ứng dụng mới hơn. Hãy cập nhật ứng dụng.");
    case Io:
        return QCoreApplication::translate(
            "VaultError", "Không ghi được dữ liệu lên máy (bộ nhớ đầy hoặc không có quyền).");
    }
    return {};
}
