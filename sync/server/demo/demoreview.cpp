#include "demo/demoreview.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "demo/demobulk.h"
#include "demo/demoprovince.h"
#include "demo/demorandom.h"
#include "mutationnames.h"
#include "records/reviews.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;
namespace ReviewCycleStatus = Protocol::ReviewCycleStatus;
namespace ReviewRating = Protocol::ReviewRating;
namespace Role = Protocol::Role;
namespace RowType = Protocol::RowType;
namespace SelfReviewStatus = Protocol::SelfReviewStatus;

namespace {

constexpr int kVietnamOffsetSeconds = 7 * 3600;

// The parts of a bản kiểm điểm, as the app's form heads them (ReviewActions::sectionHeadings).
constexpr QStringView kHeadings[] = {
    u"1. Về tư tưởng chính trị",
    u"2. Về phẩm chất đạo đức, lối sống",
    u"3. Về thực hiện chức trách, nhiệm vụ được giao",
    u"4. Về ý thức tổ chức kỷ luật",
    u"5. Hạn chế, khuyết điểm, nguyên nhân và biện pháp khắc phục",
};

constexpr QStringView kIdeology[] = {
    u"Bản thân luôn trung thành với chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, đường lối "
    "đổi mới của Đảng; chấp hành nghiêm chủ trương của Đảng, chính sách, pháp luật của Nhà "
    "nước. Thường xuyên đọc tài liệu sinh hoạt trên Sổ tay đảng viên, nắm được nghị quyết của "
    "cấp ủy cấp trên.",
    u"Kiên định mục tiêu độc lập dân tộc gắn liền với chủ nghĩa xã hội. Tham gia đầy đủ các "
    "buổi học tập, quán triệt nghị quyết; có bài thu hoạch đạt yêu cầu. Không dao động trước "
    "thông tin xấu độc trên mạng xã hội.",
    u"Có lập trường tư tưởng vững vàng, tin tưởng vào sự lãnh đạo của Đảng. Tích cực tuyên "
    "truyền, vận động gia đình và nhân dân nơi cư trú thực hiện chủ trương, chính sách.",
    u"Chấp hành nghiêm Cương lĩnh, Điều lệ Đảng. Chủ động nghiên cứu văn bản mới, liên hệ với "
    "nhiệm vụ của chi bộ và của bản thân.",
};

constexpr QStringView kEthics[] = {
    u"Giữ gìn phẩm chất đạo đức, lối sống giản dị, trung thực; không có biểu hiện suy thoái, "
    "\"tự diễn biến\", \"tự chuyển hóa\". Gia đình gương mẫu thực hiện nếp sống văn minh ở khu "
    "dân cư.",
    u"Đoàn kết, gần gũi với quần chúng; thực hiện tốt quy định về những điều đảng viên không "
    "được làm và trách nhiệm nêu gương. Tham gia sinh hoạt nơi cư trú đầy đủ.",
    u"Sống lành mạnh, khiêm tốn, có tinh thần tương thân tương ái; tích cực ủng hộ các quỹ xã "
    "hội, phong trào thi đua ở địa phương.",
    u"Luôn giữ gìn sự đoàn kết trong chi bộ và khu dân cư; thẳng thắn góp ý, tiếp thu góp ý "
    "của đồng chí, đồng nghiệp.",
};

constexpr QStringView kDuties[] = {
    u"Hoàn thành các nhiệm vụ được chi bộ phân công trong năm: phụ trách tổ tự quản, vận động "
    "các hộ thực hiện vệ sinh môi trường, tham gia hòa giải ở cơ sở. Kết quả được nhân dân ghi "
    "nhận.",
    u"Hoàn thành khối lượng công việc chuyên môn đúng tiến độ, chất lượng; được cơ quan đánh "
    "giá hoàn thành tốt nhiệm vụ. Tham gia đầy đủ các hoạt động của chi bộ và đoàn thể.",
    u"Thực hiện tốt nhiệm vụ đảng viên giao; tham gia tuyên truyền chuyển đổi số, hướng dẫn "
    "đảng viên cao tuổi dùng Sổ tay đảng viên điện tử.",
    u"Chủ động đề xuất giải pháp trong công việc; hoàn thành các chỉ tiêu được giao, đóng đảng "
    "phí đầy đủ, đúng hạn.",
};

constexpr QStringView kDiscipline[] = {
    u"Chấp hành nghiêm nguyên tắc tập trung dân chủ, tự phê bình và phê bình; sinh hoạt đảng "
    "đầy đủ, đúng giờ; giữ gìn bí mật tài liệu của Đảng.",
    u"Thực hiện đúng quy định sinh hoạt đảng, đóng đảng phí; báo cáo trung thực với chi bộ. "
    "Không vi phạm kỷ luật.",
    u"Chấp hành sự phân công của tổ chức; có mặt đầy đủ trong các buổi sinh hoạt chi bộ, vắng "
    "có báo cáo.",
};

constexpr QStringView kLimitations[] = {
    u"Hạn chế: đôi lúc chưa mạnh dạn phát biểu trong sinh hoạt chi bộ. Biện pháp: chuẩn bị ý "
    "kiến trước buổi sinh hoạt, đọc kỹ tài liệu trên ứng dụng.",
    u"Hạn chế: việc nghiên cứu nghị quyết có lúc chưa sâu do bận công việc. Biện pháp: bố trí "
    "thời gian tự học mỗi tuần, ghi chú và liên hệ thực tế.",
    u"Hạn chế: kỹ năng sử dụng công nghệ thông tin còn hạn chế. Biện pháp: tham gia lớp tập "
    "huấn kỹ năng số, nhờ đảng viên trẻ hướng dẫn.",
    u"Hạn chế: công tác vận động quần chúng có việc chưa kịp thời. Biện pháp: nắm tình hình "
    "các hộ thường xuyên hơn, phối hợp với tổ trưởng tổ dân phố.",
};

constexpr QStringView kProposalComments[] = {
    u"Chi bộ thống nhất với mức tự nhận.",
    u"Đồng chí gương mẫu, nhiệt tình; chi bộ đề nghị giữ mức tự nhận.",
    u"Cần tham gia ý kiến nhiều hơn trong sinh hoạt chi bộ.",
};

constexpr QStringView kLowerProposal
    = u"Chi bộ đề nghị mức thấp hơn mức tự nhận: trong năm có lần vắng sinh hoạt không báo cáo.";
constexpr QStringView kDecisionComment = u"Đảng ủy thống nhất với đề xuất của chi bộ.";

// A rating one step better (the same for the best).
QString better(const QString &rating)
{
    const QStringList ratings = Reviews::ratings();
    const qsizetype at = ratings.indexOf(rating);
    return ratings.at(std::max<qsizetype>(0, at - 1));
}

QString pickText(DemoRandom &random, std::span<const QStringView> texts)
{
    return texts[std::size_t(random.below(int(texts.size())))].toString();
}

// One member's self-review text and its sections.
std::pair<QString, QJsonArray> writeReview(DemoRandom &random)
{
    const QStringList sections { pickText(random, kIdeology), pickText(random, kEthics),
        pickText(random, kDuties), pickText(random, kDiscipline), pickText(random, kLimitations) };
    QStringList parts;
    for (qsizetype i = 0; i < sections.size(); ++i)
        parts << kHeadings[std::size_t(i)].toString() + u'\n' + sections.at(i);
    return { parts.join(u"\n\n"_s), QJsonArray::fromStringList(sections) };
}

QDateTime vietnam(const QDate &date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone(kVietnamOffsetSeconds)).toUTC();
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? sqlNull() : QVariant(text);
}

struct Member
{
    QString id;
    QString cell;
};

// Writes self-reviews and their changes, a batch at a time.
class Writer
{
public:
    explicit Writer(WriteTransaction &transaction)
        : m_rows(transaction, u"self_reviews"_s,
            { u"id"_s, u"cycle_id"_s, u"member_id"_s, u"org_id"_s, u"text"_s, u"sections"_s,
                u"self_rating"_s, u"status"_s, u"submitted_at"_s, u"updated_at"_s,
                u"proposed_rating"_s, u"proposal_comment"_s, u"proposed_by"_s, u"proposed_at"_s,
                u"decided_rating"_s, u"decision_comment"_s, u"decided_by"_s, u"decided_at"_s })
        , m_changes(transaction)
    { }

    void add(const SelfReviewRecord &r)
    {
        m_rows.add({ r.id, r.cycleId, r.memberId, r.orgId, r.text,
            QString::fromUtf8(QJsonDocument(r.sections).toJson(QJsonDocument::Compact)),
            r.selfRating, r.status, r.submittedAt, r.updatedAt, orNull(r.proposedRating),
            orNull(r.proposalComment), orNull(r.proposedBy), orNull(r.proposedAt),
            orNull(r.decidedRating), orNull(r.decisionComment), orNull(r.decidedBy),
            orNull(r.decidedAt) });
        m_changes.put(RowType::SelfReview, r.id, r.orgId, r.memberId);
        // 18 columns: 50 rows (900 values) per statement, below SQLite's oldest limit (999).
        if (m_rows.added() % 50 == 0)
            m_rows.flush();
    }
    void flush()
    {
        m_rows.flush();
        m_changes.flush();
    }
    [[nodiscard]] int added() const { return int(m_rows.added()); }

private:
    DemoBulk m_rows;
    DemoChangeLog m_changes;
};

} // namespace

DemoReview::Summary DemoReview::store(WriteTransaction &transaction,
    const QList<DemoAccount> &accounts, const QDateTime &now, quint64 seed)
{
    Summary summary;
    const QSqlDatabase db = transaction.db();
    QString provinceCommittee;
    QHash<QString, QString> secretaries; // cell -> user
    QHash<QString, QString> committees; // organisation -> user
    QSet<QString> accountMembers;
    for (const DemoAccount &account : accounts) {
        const QString user = DemoAccounts::userId(account.login);
        if (!account.memberId.isEmpty())
            accountMembers.insert(account.memberId);
        if (account.role == Role::Secretary && !secretaries.contains(account.orgId))
            secretaries.insert(account.orgId, user);
        if (account.role == Role::Committee && !committees.contains(account.orgId))
            committees.insert(account.orgId, user);
        if (account.login == u"tinhuy.sonlam")
            provinceCommittee = user;
    }
    const QString province = DemoProvince::id(RowType::Organization, u"tinh");
    const QString cellA = DemoProvince::id(RowType::Organization, u"qt-5");
    if (provinceCommittee.isEmpty())
        return summary;

    // Every member by cell (after the transfers), and each organisation's parent.
    QList<Member> members;
    forEachRow(db, u"SELECT id, org_id FROM members ORDER BY org_id, id"_s, {},
        [&members](const QSqlQuery &q) {
            members.append({ q.value(0).toString(), q.value(1).toString() });
        });
    QHash<QString, QString> parents;
    forEachRow(
        db, u"SELECT id, parent_id FROM organizations"_s, {}, [&parents](const QSqlQuery &q) {
            parents.insert(q.value(0).toString(), q.value(1).toString());
        });

    const QDate today = now.toOffsetFromUtc(kVietnamOffsetSeconds).date();
    const int year = today.month() == 12 ? today.year() : today.year() - 1; // the last 1 December
    DemoRandom random(seed);
    Writer writer(transaction);

    // Last year's cycle, closed: everyone decided.
    ReviewCycleRecord last;
    last.id = DemoProvince::id(RowType::ReviewCycle, u"tinh:%1"_s.arg(year - 1));
    last.year = year - 1;
    last.audienceOrgId = province;
    last.openerOrgId = province;
    last.openedBy = provinceCommittee;
    const QDate lastOpened(year - 1, 12, 1);
    last.selfReviewDue = QDate(year - 1, 12, 20).toString(Qt::ISODate);
    last.decisionDue = QDate(year, 1, 15).toString(Qt::ISODate);
    last.status = ReviewCycleStatus::Closed;
    last.openedAt = Timestamps::toIso(vietnam(lastOpened, 8));
    last.closedAt = Timestamps::toIso(vietnam(QDate(year, 1, 20), 16));
    Reviews::insertCycle(transaction, last, now);
    ++summary.cycles;

    // The decided ratings by quota over a shuffled order: 15 % excellent, 9 % fulfilled,
    // 0.5 % not fulfilled, the rest good.
    const qsizetype n = members.size();
    QList<std::pair<quint64, qsizetype>> order;
    for (qsizetype i = 0; i < n; ++i)
        order.append({ random.next(), i });
    std::sort(order.begin(), order.end());
    QList<QString> decided(n, QString(ReviewRating::Good));
    const qsizetype excellent = n * 15 / 100, fulfilled = n * 9 / 100, failed = n * 5 / 1000;
    for (qsizetype rank = 0; rank < n; ++rank) {
        const qsizetype i = order.at(rank).second;
        if (rank < excellent)
            decided[i] = ReviewRating::Excellent;
        else if (rank < excellent + fulfilled)
            decided[i] = ReviewRating::Fulfilled;
        else if (rank < excellent + fulfilled + failed)
            decided[i] = ReviewRating::NotFulfilled;
    }
    for (qsizetype i = 0; i < n; ++i) {
        const Member &member = members.at(i);
        SelfReviewRecord r;
        r.id = DemoProvince::id(RowType::SelfReview, u"%1:%2"_s.arg(year - 1).arg(member.id));
        r.cycleId = last.id;
        r.memberId = member.id;
        r.orgId = member.cell;
        std::tie(r.text, r.sections) = writeReview(random);
        r.decidedRating = decided.at(i);
        const bool lowered = r.decidedRating != ReviewRating::Excellent && random.chance(3);
        r.proposedRating = lowered ? better(r.decidedRating) : r.decidedRating;
        r.selfRating = random.chance(8) ? better(r.proposedRating) : r.proposedRating;
        if (r.proposedRating == ReviewRating::NotFulfilled)
            r.selfRating = ReviewRating::Fulfilled;
        r.status = SelfReviewStatus::Decided;
        // Handed in from 5 to 19 December, a few after the due date; the cell's meeting on
        // 26-28 December; the committee's decision on 8-12 January.
        const int day = random.chance(3) ? random.between(21, 23) : random.between(5, 19);
        r.submittedAt = Timestamps::toIso(
            vietnam(QDate(year - 1, 12, day), random.between(7, 21), random.below(60)));
        r.proposedAt = Timestamps::toIso(
            vietnam(QDate(year - 1, 12, random.between(26, 28)), 20, random.below(60)));
        r.decidedAt = Timestamps::toIso(vietnam(
            QDate(year, 1, random.between(8, 12)), random.between(8, 16), random.below(60)));
        r.updatedAt = r.decidedAt;
        r.proposedBy = secretaries.value(member.cell);
        r.proposalComment = r.selfRating != r.proposedRating
            ? kLowerProposal.toString()
            : (random.chance(30) ? pickText(random, kProposalComments) : QString());
        r.decidedBy = committees.value(parents.value(member.cell));
        if (r.decidedRating != r.proposedRating)
            r.decisionComment = u"Đảng ủy xếp loại thấp hơn đề xuất của chi bộ: chưa hoàn thành "
                                "chỉ tiêu được giao trong năm."_s;
        else if (random.chance(10))
            r.decisionComment = kDecisionComment.toString();
        writer.add(r);
    }

    // This year's cycle, open since 1 December, in progress.
    ReviewCycleRecord current;
    current.id = DemoProvince::id(RowType::ReviewCycle, u"tinh:%1"_s.arg(year));
    current.year = year;
    current.audienceOrgId = province;
    current.openerOrgId = province;
    current.openedBy = provinceCommittee;
    current.selfReviewDue = std::max(QDate(year, 12, 20), today.addDays(7)).toString(Qt::ISODate);
    current.decisionDue = std::max(QDate(year + 1, 1, 15), today.addDays(30)).toString(Qt::ISODate);
    current.status = ReviewCycleStatus::Open;
    const QDateTime opened = std::min(vietnam(QDate(year, 12, 1), 8), now.addSecs(-6 * 3600));
    current.openedAt = Timestamps::toIso(opened);
    Reviews::insertCycle(transaction, current, now);
    ++summary.cycles;

    // A time between `from` and an hour before now, at `fraction` (0..1) of the way.
    const auto between = [&now](const QDateTime &from, double fraction) {
        const qint64 span = std::max<qint64>(0, from.secsTo(now.addSecs(-3600)));
        return from.addSecs(qint64(double(span) * fraction));
    };
    QString previousCell;
    int cellOrdinal = 0;
    int inCell = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const Member &member = members.at(i);
        if (member.cell != previousCell) {
            previousCell = member.cell;
            ++cellOrdinal;
            inCell = 0;
        }
        if (accountMembers.contains(member.id))
            continue; // the demo accounts' members have not submitted: they can try it
        const int index = inCell++;
        const bool demoCell = member.cell == cellA;
        const int submittedShare = 16 + (cellOrdinal * 37) % 35; // 16..50 %
        const bool submitted = demoCell ? index < 12 : random.below(100) < submittedShare;
        if (!submitted)
            continue;
        SelfReviewRecord r;
        r.id = DemoProvince::id(RowType::SelfReview, u"%1:%2"_s.arg(year).arg(member.id));
        r.cycleId = current.id;
        r.memberId = member.id;
        r.orgId = member.cell;
        std::tie(r.text, r.sections) = writeReview(random);
        const int draw = random.below(1000);
        r.selfRating = draw < 170 ? ReviewRating::Excellent
            : draw < 960          ? ReviewRating::Good
                                  : ReviewRating::Fulfilled;
        r.status = SelfReviewStatus::Submitted;
        const QDateTime submittedAt = between(opened.addSecs(86400), random.between(0, 90) / 100.0);
        r.submittedAt = Timestamps::toIso(submittedAt);
        r.updatedAt = r.submittedAt;
        // Proposals in the demo cell (its first five) and in a third of the other cells
        // (their meeting held: most of what was handed in).
        const bool proposes = demoCell ? index < 5 : cellOrdinal % 3 == 0 && random.chance(75);
        if (proposes) {
            const QDateTime proposedAt = between(submittedAt, 0.5);
            r.status = SelfReviewStatus::Proposed;
            r.proposedRating = r.selfRating == ReviewRating::Excellent && random.chance(40)
                ? QString(ReviewRating::Good)
                : r.selfRating;
            r.proposalComment = r.proposedRating != r.selfRating
                ? kLowerProposal.toString()
                : (random.chance(40) ? pickText(random, kProposalComments) : QString());
            r.proposedBy = secretaries.value(member.cell);
            r.proposedAt = Timestamps::toIso(proposedAt);
            r.updatedAt = r.proposedAt;
            // Decided: one in the demo cell, half in one cell of seven with proposals.
            const bool decides = demoCell ? index == 0 : cellOrdinal % 7 == 3 && random.chance(50);
            if (decides) {
                r.status = SelfReviewStatus::Decided;
                r.decidedRating = r.proposedRating;
                r.decisionComment = kDecisionComment.toString();
                r.decidedBy = committees.value(parents.value(member.cell));
                r.decidedAt = Timestamps::toIso(between(proposedAt, 0.5));
                r.updatedAt = r.decidedAt;
            }
        }
        writer.add(r);
    }
    writer.flush();
    summary.selfReviews = writer.added();
    Reviews::recomputeAll(transaction, last, now);
    Reviews::recomputeAll(transaction, current, now);
    return summary;
}
