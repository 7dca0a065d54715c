#include "serveraddress.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerAddress", text);
}

} // namespace

ServerAddress ServerAddress::parse(const QString &text)
{
    ServerAddress address;
    const QString typed = text.trimmed();
    if (typed.isEmpty()) {
        address.m_error = tr("Hãy nhập địa chỉ máy chủ.");
        return address;
    }
    const QString withScheme = typed.contains(u"://") ? typed : u"https://"_s + typed;
    QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || typed.contains(u' ')) {
        address.m_error = tr("Địa chỉ máy chủ không hợp lệ. Ví dụ: https://sotay.example.vn");
        return address;
    }
    if (url.scheme() != "https"_L1 && url.scheme() != "http"_L1) {
        address.m_error = tr("Địa chỉ máy chủ phải bắt đầu bằng https://");
        return address;
    }
    if (!url.userInfo().isEmpty()) {
        address.m_error = tr("Địa chỉ máy chủ không được chứa tên đăng nhập hay mật khẩu.");
        return address;
    }
    if (url.hasQuery() || url.hasFragment()) {
        address.m_error = tr("Địa chỉ máy chủ không được chứa phần sau dấu ? hoặc #.");
        return address;
    }
    if (url.scheme() == "http"_L1 && !isLoopbackHost(url.host())) {
        address.m_error = tr("Máy chủ phải dùng kết nối bảo mật (https://). Chỉ máy chủ thử "
                             "nghiệm trên chính thiết bị này mới được dùng http://.");
        return address;
    }
    if (url.port() == (url.scheme() == "https"_L1 ? 443 : 80))
        url.setPort(-1);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    address.m_url = url;
    return address;
}

QUrl ServerAddress::endpoint(QAnyStringView path) const
{
    QUrl url = m_url;
    url.setPath(m_url.path() + path.toString());
    return url;
}

bool ServerAddress::isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
