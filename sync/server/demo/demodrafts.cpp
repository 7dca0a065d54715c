#include "demo/demodrafts.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "demo/demoprovince.h"
#include "mutationnames.h"
#include "records/documentdrafts.h"
#include "records/orgtree.h"
#include "timestamps.h"
#include "wirevalues.h"

using namespace Qt::StringLiterals;
namespace DraftStatus = Protocol::DraftStatus;
namespace Kind = Protocol::DocumentKind;

namespace {

struct DemoDraftText
{
    QStringView key;
    QLatin1StringView status;
    QLatin1StringView kind;
    QStringView number;
    QStringView title;
    QStringView summary;
    QStringView body;
    QStringView returnReason;
};

constexpr DemoDraftText kDrafts[] = {
    { u"draft-study-plan", DraftStatus::Draft, Kind::Plan, u"",
        u"Kế hoạch tổ chức học tập, quán triệt Nghị quyết Đại hội Đảng bộ",
        u"Tổ chức học tập, quán triệt nghị quyết cho cán bộ, đảng viên trong toàn Đảng bộ.",
        u"I. MỤC ĐÍCH, YÊU CẦU\n1. Giúp cán bộ, đảng viên nắm vững nội dung cơ bản của Nghị "
        "quyết.\n2. Việc học tập được tổ chức nghiêm túc, thiết thực.\n\nII. NỘI DUNG\n(đang "
        "soạn)",
        u"" },
    { u"draft-review-guidance", DraftStatus::Submitted, Kind::Guidance, u"08-HD/BTC",
        u"Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm nay",
        u"Hướng dẫn các chi bộ tổ chức kiểm điểm, đánh giá, xếp loại cuối năm.",
        u"1. Đối tượng: tổ chức đảng và đảng viên trong toàn Đảng bộ.\n2. Thời gian: hoàn thành "
        "trước ngày 15 tháng 12.\n3. Các chi bộ gửi kết quả về Ban Tổ chức trước ngày 20 tháng "
        "12.",
        u"" },
    { u"draft-meeting-notice", DraftStatus::Returned, Kind::Notice, u"15-TB/BTC",
        u"Thông báo lịch sinh hoạt chi bộ định kỳ quý IV",
        u"Lịch sinh hoạt chi bộ định kỳ các tháng 10, 11 và 12.",
        u"Các chi bộ sinh hoạt định kỳ vào ngày mùng 5 hằng tháng.",
        u"Đề nghị bổ sung thời gian, địa điểm cụ thể và rà soát lại số hiệu văn bản." },
};

} // namespace

int DemoDrafts::store(WriteTransaction &transaction, const QList<DemoAccount> &accounts,
    const QString &provinceOrgId, const QDateTime &now)
{
    const DemoAccount *author = nullptr;
    for (const DemoAccount &account : accounts) {
        if (account.role == Protocol::Role::Committee && account.orgId == provinceOrgId) {
            author = &account;
            break;
        }
    }
    for (const DemoAccount &account : accounts) {
        if (author == nullptr && account.role == Protocol::Role::Committee)
            author = &account;
    }
    if (author == nullptr)
        return 0;
    const auto org = OrgTree::find(transaction.db(), author->orgId);
    const QString today = now.toOffsetFromUtc(7 * 3600).date().toString(Qt::ISODate);
    int written = 0;
    for (const DemoDraftText &text : kDrafts) {
        StoredDraft draft;
        draft.id = DemoProvince::id(Protocol::RowType::DocumentDraft, text.key);
        draft.orgId = author->orgId;
        draft.audienceOrgId = author->orgId;
        draft.kind = text.kind;
        draft.number = text.number.toString();
        draft.title = text.title.toString();
        draft.issuedDate = today;
        draft.issuer = org ? org->name : QString();
        draft.summary = text.summary.toString();
        draft.body = text.body.toString();
        draft.classification = Protocol::Classification::Internal;
        draft.status = text.status;
        draft.authorId = DemoAccounts::userId(author->login);
        draft.returnReason = text.returnReason.toString();
        draft.createdAt = Timestamps::toIso(now);
        draft.updatedAt = draft.createdAt;
        DocumentDrafts::save(transaction, draft, true);
        ++written;
    }
    return written;
}
