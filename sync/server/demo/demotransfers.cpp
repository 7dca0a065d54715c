#include "demo/demotransfers.h"

#include "demo/demoaccounts.h"
#include "demo/demoprovince.h"
#include "mutationnames.h"
#include "records/membertransfers.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
namespace RowType = Protocol::RowType;
namespace TransferStatus = Protocol::TransferStatus;

namespace {

struct Spec
{
    QStringView member; // "<cell key>:<index>" of DemoProvince's members
    QStringView from;
    QStringView to;
    QStringView reason;
    QStringView requestedBy; // demo login
    int requestedDaysAgo;
    QLatin1StringView status;
    QStringView decidedBy; // demo login, decided ones only
    int decidedDaysAgo;
    QStringView decisionReason;
};

constexpr Spec kSpecs[] = {
    { u"ls-khuon-lang:11", u"ls-khuon-lang", u"qt-2",
        u"Chuyển nơi cư trú về tổ dân phố số 2, phường Quang Trung, thành phố Sơn Lâm (ở cùng "
        u"gia đình con trai); đã có xác nhận của Công an phường.",
        u"huyenuy.daiphu", 3, TransferStatus::Pending, {}, 0, {} },
    { u"qt-1:14", u"qt-1", u"tv-8",
        u"Chuyển công tác về Trường Tiểu học Trưng Vương, cư trú tại tổ dân phố số 8, phường "
        u"Trưng Vương.",
        u"danguy.quangtrung", 6, TransferStatus::Pending, {}, 0, {} },
    { u"qt-3:12", u"qt-3", u"qth-cay-thi",
        u"Về sinh hoạt tại nơi ở mới, xóm Cây Thị, xã Quyết Thắng.", u"danguy.quangtrung", 40,
        TransferStatus::Rejected, u"thanhuy.sonlam", 36,
        u"Chưa có giấy giới thiệu sinh hoạt đảng và xác nhận cư trú; đề nghị bổ sung rồi gửi "
        u"lại." },
    { u"qt-4:20", u"tv-9", u"qt-4", u"Chuyển nơi cư trú về tổ dân phố số 4, phường Quang Trung.",
        u"thanhuy.sonlam", 75, TransferStatus::Accepted, u"danguy.quangtrung", 71, {} },
};

QString at(const QDateTime &now, int daysAgo, int hour)
{
    // A working hour of that day, Vietnam time.
    const QDate day = now.toOffsetFromUtc(7 * 3600).date().addDays(-daysAgo);
    return Timestamps::toIso(QDateTime(day, QTime(hour, 30), QTimeZone(7 * 3600)).toUTC());
}

} // namespace

int DemoTransfers::store(WriteTransaction &transaction, const QDateTime &now)
{
    int written = 0;
    for (const Spec &spec : kSpecs) {
        MemberTransfer transfer;
        transfer.id = DemoProvince::id(RowType::MemberTransfer, spec.member);
        transfer.memberId = DemoProvince::id(RowType::Member, spec.member);
        transfer.fromOrgId = DemoProvince::id(RowType::Organization, spec.from);
        transfer.toOrgId = DemoProvince::id(RowType::Organization, spec.to);
        transfer.reason = spec.reason.toString();
        transfer.requestedBy = DemoAccounts::userId(spec.requestedBy.toString());
        transfer.requestedAt = at(now, spec.requestedDaysAgo, 9);
        MemberTransfers::request(transaction, transfer);
        if (spec.status != TransferStatus::Pending) {
            MemberTransfers::decide(transaction, transfer, QString(spec.status),
                DemoAccounts::userId(spec.decidedBy.toString()), at(now, spec.decidedDaysAgo, 14),
                spec.decisionReason.toString());
        }
        ++written;
    }
    return written;
}
