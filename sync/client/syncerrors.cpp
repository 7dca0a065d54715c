#include "syncerrors.h"

#include "mutationnames.h"
#include "protocol.h"
#include "synclog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncErrors", text);
}

ApiError make(QLatin1StringView code, int status = 0)
{
    return ApiError(QString(code), SyncErrors::message(QString(code), status));
}

} // namespace

ApiError SyncErrors::transport(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::OperationCanceledError: // what setTransferTimeout() produces
    case QNetworkReply::TimeoutError:
        return make(Protocol::ErrorCode::Timeout);
    case QNetworkReply::SslHandshakeFailedError:
        return make(Protocol::ErrorCode::TlsError);
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::ProtocolFailure:
        return make(Protocol::ErrorCode::BadResponse);
    default:
        return make(Protocol::ErrorCode::NetworkUnreachable);
    }
}

ApiError SyncErrors::of(const HttpResponse &response)
{
    if (!response.transportError.isNull())
        return response.transportError;
    if (response.status >= 200 && response.status < 300)
        return {};
    if (const auto server = ApiError::fromBytes(response.body)) {
        // Keep the code; the text the user sees is ours (server texts are for operators).
        return ApiError(server->code(), message(server->code(), response.status));
    }
    if (response.status >= 500)
        return make(Protocol::ErrorCode::Unavailable, response.status);
    return badResponse(u"HTTP %1 without an error body"_s.arg(response.status));
}

ApiError SyncErrors::badResponse(const QString &detail)
{
    qCWarning(lcSync) << "unusable answer from the server:" << detail;
    return make(Protocol::ErrorCode::BadResponse);
}

ApiError SyncErrors::localStorage(const QString &detail)
{
    qCWarning(lcSync) << "local storage failed:" << detail;
    return make(LocalStorage);
}

ApiError SyncErrors::signedOut()
{
    return make(SignedOut);
}

ApiError SyncErrors::untrustedCertificate()
{
    return make(TlsUntrusted);
}

ApiError SyncErrors::redirectRefused()
{
    return make(RedirectRefused);
}

ApiError SyncErrors::hashMismatch()
{
    return make(Protocol::ErrorCode::HashMismatch);
}

QString SyncErrors::message(const QString &code, int status)
{
    using namespace Protocol::ErrorCode;
    if (code == NetworkUnreachable)
        return tr("Không kết nối được tới máy chủ. Hãy kiểm tra mạng rồi thử lại.");
    if (code == Timeout || code == RequestTimeout)
        return tr("Máy chủ không trả lời kịp. Hãy thử lại sau.");
    if (code == TlsError)
        return tr("Không thiết lập được kết nối bảo mật với máy chủ. Chứng chỉ của máy chủ có "
                  "thể không hợp lệ.");
    if (code == TlsUntrusted)
        return tr("Chứng chỉ bảo mật của máy chủ không đúng với chứng chỉ đã cài cho tài khoản "
                  "này, nên ứng dụng đã dừng kết nối để bảo vệ dữ liệu. Đồng chí hãy báo cho "
                  "cán bộ quản trị.");
    if (code == RedirectRefused)
        return tr("Máy chủ chuyển sang một địa chỉ khác nên ứng dụng đã dừng kết nối để bảo vệ "
                  "dữ liệu. Đồng chí hãy kiểm tra lại địa chỉ máy chủ hoặc báo cho cán bộ quản "
                  "trị.");
    if (code == BadResponse)
        return tr("Máy chủ trả lời không đúng định dạng. Dữ liệu trên máy được giữ nguyên.");
    if (code == InvalidCredentials)
        return tr("Tên đăng nhập hoặc mật khẩu không đúng.");
    if (code == Unauthenticated || code == TokenExpired || code == SignedOut)
        return tr("Phiên đăng nhập đã hết. Hãy đăng nhập lại.");
    if (code == DeviceRevoked)
        return tr("Thiết bị này đã bị thu hồi quyền truy cập. Dữ liệu của tài khoản trên máy "
                  "đã được xóa; hãy đăng nhập lại.");
    if (code == PasswordChangeRequired)
        return tr("Đồng chí đang dùng mật khẩu tạm thời: hãy mở ứng dụng Sổ tay đảng viên và đặt "
                  "mật khẩu mới trước khi đồng bộ.");
    if (code == WeakPassword)
        return tr("Mật khẩu mới quá dễ đoán: cần ít nhất 8 ký tự, không chỉ gồm chữ số, không "
                  "phải mật khẩu phổ biến và không chứa tên đăng nhập.");
    if (code == InvalidArgs)
        return tr("Máy chủ không nhận yêu cầu vì có thông tin không hợp lệ. Hãy cập nhật ứng "
                  "dụng.");
    if (code == Forbidden)
        return tr("Tài khoản của đồng chí không có quyền thực hiện việc này.");
    if (code == NotFound)
        return tr("Không tìm thấy dữ liệu trên máy chủ.");
    if (code == Conflict)
        return tr("Thiết bị này đã được đăng ký cho một tài khoản khác.");
    if (code == PayloadTooLarge)
        return tr("Tệp quá lớn, máy chủ không nhận.");
    if (code == RateLimited)
        return tr("Đăng nhập sai quá nhiều lần. Hãy đợi ít phút rồi thử lại.");
    if (code == HashMismatch)
        return tr("Tệp tải về bị hỏng nên đã bị bỏ; ứng dụng sẽ tải lại sau.");
    if (code == LocalStorage)
        return tr("Không ghi được dữ liệu vào bộ nhớ của máy. Hãy kiểm tra dung lượng trống "
                  "rồi thử lại.");
    if (code == Unavailable || code == InternalError || status >= 500)
        return tr("Máy chủ tạm thời không phục vụ được. Hãy thử lại sau.");
    return tr("Máy chủ từ chối yêu cầu (mã %1). Hãy cập nhật ứng dụng hoặc báo cho cán bộ "
              "quản trị.")
        .arg(code);
}

bool SyncErrors::isTransient(const ApiError &error)
{
    using namespace Protocol::ErrorCode;
    const QString code = error.code();
    return code == NetworkUnreachable || code == Timeout || code == TlsError || code == BadResponse
        || code == Unavailable || code == InternalError || code == RequestTimeout
        || code == RateLimited || code == HashMismatch || code == LocalStorage
        || code == Protocol::SyncErrorCode::BadCursor || code == TlsUntrusted
        || code == RedirectRefused;
}

bool SyncErrors::isOffline(const ApiError &error)
{
    using namespace Protocol::ErrorCode;
    return error.code() == NetworkUnreachable || error.code() == Timeout
        || error.code() == TlsError;
}
