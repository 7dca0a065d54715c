#include "passwordslip.h"

#include "qrcode.h"

#include <QFile>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace {

const QString kFontFamily = u"DejaVu Sans"_s;

QString longDate(const QDate &date)
{
    return u"ngày %1 tháng %2 năm %3"_s.arg(date.day()).arg(date.month()).arg(date.year());
}

} // namespace

PasswordSlip::PasswordSlip(PasswordSlipInput input)
    : m_input(std::move(input))
{ }

bool PasswordSlip::writePdf(const QString &path, QString *error) const
{
    const auto fail = [error] {
        if (error)
            *error = u"Không ghi được tệp phiếu mật khẩu."_s;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail();
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(u"Phiếu tài khoản Sổ tay đảng viên"_s);
        writer.setCreator(u"Sổ tay đảng viên"_s);
        QPainter painter(&writer);
        if (!painter.isActive())
            return fail();
        const QRect page = painter.viewport();
        const int width = page.width();
        const auto mm = [&writer](qreal millimetres) {
            return int(millimetres * writer.resolution() / 25.4);
        };
        int y = 0;
        // One line of text in `points`, bold or not, centred or left; returns its height.
        const auto line = [&](const QString &text, int points, bool bold, bool centred) {
            QFont font(kFontFamily);
            font.setPointSize(points);
            font.setBold(bold);
            painter.setFont(font);
            const QRect box(0, y, width, painter.fontMetrics().height() * 3);
            const QRect used = painter.boundingRect(
                box, (centred ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::TextWordWrap, text);
            painter.drawText(
                box, (centred ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::TextWordWrap, text);
            y += used.height() + mm(3);
        };
        painter.setPen(Qt::black);
        if (!m_input.issuedBy.isEmpty())
            line(m_input.issuedBy, 12, false, true);
        line(u"PHIẾU TÀI KHOẢN SỔ TAY ĐẢNG VIÊN"_s, 18, true, true);
        y += mm(4);
        line(u"Đồng chí: "_s + m_input.memberName, 16, false, false);
        line(u"Tên đăng nhập:"_s, 14, false, false);
        line(m_input.login, 24, true, false);
        line(u"Mật khẩu tạm thời:"_s, 14, false, false);
        line(m_input.temporaryPassword, 28, true, false);
        line(u"Địa chỉ máy chủ:"_s, 14, false, false);
        line(m_input.serverAddress, 16, true, false);
        y += mm(4);
        const QrCode code = QrCode::encode(m_input.serverProfile);
        if (!code.isNull()) {
            const int side = mm(60);
            code.paint(painter, QRectF((width - side) / 2.0, y, side, side));
            y += side + mm(2);
            line(u"Quét mã này ở màn hình đăng nhập để điền địa chỉ máy chủ."_s, 11, false, true);
        }
        y += mm(4);
        line(u"Lần đầu đăng nhập, ứng dụng sẽ yêu cầu đồng chí đổi mật khẩu. Giữ phiếu này "
             u"cẩn thận và hủy phiếu sau khi đã đổi mật khẩu."_s,
            12, false, false);
        if (m_input.issuedOn.isValid())
            line(u"Cấp "_s + longDate(m_input.issuedOn) + u"."_s, 11, false, false);
        painter.end();
    }
    file.close();
    if (file.error() != QFileDevice::NoError || file.size() == 0)
        return fail();
    return true;
}
