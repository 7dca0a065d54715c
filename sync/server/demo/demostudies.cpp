#include "demo/demostudies.h"

#include "db/writetransaction.h"
#include "demo/demoprovince.h"
#include "mutationnames.h"
#include "records/studies.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;
namespace Role = Protocol::Role;
namespace RowType = Protocol::RowType;
namespace StudyStatus = Protocol::StudyStatus;
namespace SubmissionStatus = Protocol::SubmissionStatus;

namespace {

// Reflections (bài thu hoạch) of a few sentences, handed in by several members each.
constexpr QStringView kProvinceReflections[] = {
    u"Sau khi nghiên cứu Nghị quyết 15-NQ/TU, bản thân tôi nhận thức rõ chuyển đổi số là "
    "nhiệm vụ chính trị thường xuyên của chi bộ chứ không chỉ là việc của cán bộ trẻ. Tôi đã "
    "cài đặt Sổ tay đảng viên điện tử và đọc tài liệu sinh hoạt trên ứng dụng thay cho bản "
    "in. Thời gian tới tôi sẽ hướng dẫn hai đảng viên cao tuổi trong tổ cùng sử dụng, và "
    "không gửi tài liệu nội bộ qua mạng xã hội.",
    u"Điều tôi tâm đắc nhất trong Nghị quyết là yêu cầu bảo đảm an toàn thông tin: tài liệu "
    "của Đảng chỉ được chia sẻ qua nền tảng do cơ quan có thẩm quyền quản lý. Trước đây tôi "
    "vẫn chụp ảnh tài liệu gửi qua nhóm trò chuyện, nay tôi thấy đó là sai. Tôi cam kết khóa "
    "thiết bị bằng mật khẩu và báo ngay cho chi bộ nếu mất điện thoại.",
    u"Là đảng viên đang công tác ở cơ sở, tôi thấy mục tiêu 100% chi bộ dùng Sổ tay đảng viên "
    "điện tử vào năm 2027 là phù hợp nhưng đòi hỏi mỗi người phải tự học. Tôi sẽ dành mỗi tuần "
    "một buổi tối để đọc văn bản mới trên ứng dụng và ghi chú ý kiến trước buổi sinh hoạt. "
    "Tôi đề nghị chi bộ tổ chức một buổi hướng dẫn thực hành cho đảng viên lớn tuổi.",
    u"Nghị quyết giúp tôi hiểu vì sao phải chuẩn hóa hồ sơ đảng viên và cập nhật kịp thời "
    "biến động. Tôi đã kiểm tra lại thông tin cá nhân của mình trên ứng dụng và gửi đề nghị "
    "sửa số điện thoại. Trong công việc ở tổ dân phố, tôi sẽ vận động bà con dùng dịch vụ công "
    "trực tuyến, bắt đầu từ gia đình mình.",
    u"Tôi nhận thức chuyển đổi số gắn liền với đổi mới phương thức lãnh đạo và nâng cao chất "
    "lượng sinh hoạt chi bộ. Bản thân còn lúng túng khi dùng điện thoại thông minh nên đã nhờ "
    "cháu hướng dẫn và đến nay đã tự đọc được tài liệu. Tôi hứa tham gia đầy đủ buổi tập huấn "
    "kỹ năng số do Đảng ủy tổ chức.",
};

constexpr QStringView kCellReflections[] = {
    u"Học tập Nghị quyết 45-NQ/ĐU, tôi xác định nhiệm vụ của mình trong quý IV là vận động "
    "gia đình và các hộ xung quanh giữ gìn tuyến phố văn minh. Tôi đã đăng ký tham gia tổ tự "
    "quản vệ sinh môi trường của tổ dân phố.",
    u"Qua nghiên cứu nghị quyết của Đảng ủy phường, tôi thấy cần chuẩn bị kỹ cho kiểm điểm "
    "cuối năm. Tôi sẽ tự nhận xét trung thực ưu điểm, khuyết điểm và đề ra biện pháp khắc phục "
    "cụ thể.",
    u"Tôi cam kết đóng góp cho Ngày hội Đại đoàn kết ở tổ dân phố và nhắc con cháu thực hiện "
    "nếp sống văn minh. Việc thu ngân sách đạt dự toán cần mỗi hộ kinh doanh kê khai đúng, "
    "gia đình tôi sẽ làm gương.",
};

constexpr QStringView kAcceptComments[] = {
    u"Bài thu hoạch liên hệ tốt với thực tế ở tổ dân phố. Chi bộ ghi nhận.",
    u"Đạt yêu cầu. Đề nghị đồng chí tiếp tục hướng dẫn đảng viên cao tuổi dùng ứng dụng.",
    u"Nội dung đầy đủ, có cam kết cụ thể. Chấp nhận.",
};

constexpr QStringView kReturnComment
    = u"Bài viết còn chung chung, chưa nêu việc cụ thể đồng chí sẽ làm ở tổ dân phố. Đề nghị "
      "đồng chí bổ sung phần liên hệ bản thân và nộp lại trước hạn.";

QJsonArray provinceQuiz()
{
    const auto question
        = [](const QString &id, const QString &text, const QStringList &choices, int answer) {
              return QJsonObject { { u"id"_s, id }, { u"text"_s, text },
                  { u"choices"_s, QJsonArray::fromStringList(choices) }, { u"answer"_s, answer } };
          };
    return QJsonArray {
        question(u"q1"_s, u"Nghị quyết 15-NQ/TU cụ thể hóa nghị quyết nào của Bộ Chính trị?"_s,
            { u"Nghị quyết số 18-NQ/TW"_s, u"Nghị quyết số 57-NQ/TW"_s, u"Kết luận số 21-KL/TW"_s },
            1),
        question(u"q2"_s,
            u"Đến năm nào 100% chi bộ trực thuộc các đảng bộ cơ sở sử dụng Sổ tay đảng viên "
            "điện tử?"_s,
            { u"Năm 2025"_s, u"Năm 2027"_s, u"Năm 2030"_s }, 1),
        question(u"q3"_s, u"Tài liệu của Đảng được chia sẻ qua đâu?"_s,
            { u"Nhóm trò chuyện trên mạng xã hội"_s, u"Thư điện tử cá nhân"_s,
                u"Nền tảng do cơ quan có thẩm quyền quản lý"_s },
            2),
    };
}

// A member's answers: most right, some wrong, the same on every run.
QJsonObject answersFor(const QJsonArray &quiz, int seed)
{
    QJsonObject answers;
    int q = 0;
    for (const QJsonValue &value : quiz) {
        const QJsonObject question = value.toObject();
        const int right = question.value(u"answer"_s).toInt();
        const int choices = int(question.value(u"choices"_s).toArray().size());
        answers.insert(question.value(u"id"_s).toString(),
            (seed + q) % 4 == 0 ? (right + 1) % choices : right);
        ++q;
    }
    return answers;
}

QString userOf(const QList<DemoAccount> &accounts, const QString &login)
{
    for (const DemoAccount &account : accounts) {
        if (account.login == login)
            return DemoAccounts::userId(account.login);
    }
    return {};
}

} // namespace

int DemoStudies::store(WriteTransaction &transaction, const QList<DemoAccount> &accounts,
    const QHash<QString, QString> &documentIds, const QDateTime &now)
{
    const QString provinceCommittee = userOf(accounts, u"tinhuy.sonlam"_s);
    const QString cellSecretary = userOf(accounts, u"bithu.a"_s);
    const QString resolution = documentIds.value(u"tu-nq-15"_s);
    const QString wardResolution = documentIds.value(u"qt-nq-45"_s);
    if (provinceCommittee.isEmpty() || cellSecretary.isEmpty() || resolution.isEmpty()
        || wardResolution.isEmpty())
        return 0;
    const QString cellA = DemoProvince::id(RowType::Organization, u"qt-5");
    // The cells' secretaries with an account review; elsewhere nobody signs in to review.
    QHash<QString, QString> reviewers;
    QSet<QString> accountMembers;
    for (const DemoAccount &account : accounts) {
        if (!account.memberId.isEmpty())
            accountMembers.insert(account.memberId);
        if (account.role == Role::Secretary)
            reviewers.insert(account.orgId, DemoAccounts::userId(account.login));
    }
    const QDate today = now.toOffsetFromUtc(7 * 3600).date();
    const auto at
        = [&now](int hoursAgo) { return Timestamps::toIso(now.addSecs(-3600 * hoursAgo)); };

    // The province's study, in progress.
    StoredStudy province;
    province.id = DemoProvince::id(RowType::Study, u"tinh:tu-nq-15");
    province.orgId = DemoProvince::id(RowType::Organization, u"tinh");
    province.audienceOrgId = province.orgId;
    province.title = u"Học tập, quán triệt Nghị quyết số 15-NQ/TU về chuyển đổi số trong hoạt "
                     "động của các cơ quan đảng"_s;
    province.instructions
        = u"Mỗi đồng chí đọc kỹ Nghị quyết số 15-NQ/TU, viết bài thu hoạch (khoảng một trang): "
          "những điểm mới, tâm đắc; liên hệ với công việc, nơi cư trú; việc làm cụ thể của bản "
          "thân. Trả lời ba câu hỏi trắc nghiệm. Bí thư chi bộ nhận xét và báo cáo kết quả về "
          "Ban Tổ chức Tỉnh ủy."_s;
    province.documentIds = { resolution };
    province.dueDate = today.addDays(10).toString(Qt::ISODate);
    province.reflectionRequired = true;
    province.quiz = provinceQuiz();
    province.status = StudyStatus::Open;
    province.createdBy = provinceCommittee;
    province.createdAt = at(24 * 5);
    Studies::insert(transaction, province);

    bool returned = false;
    int cellOrdinal = 0;
    for (const DemoOrg &org : DemoProvince::organizations()) {
        if (org.kind != u"cell")
            continue;
        const QString cellId = DemoProvince::id(RowType::Organization, org.key);
        const QString reviewer = reviewers.value(cellId);
        ++cellOrdinal;
        for (int index = 0; index < org.members; ++index) {
            const QString memberId
                = DemoProvince::id(RowType::Member, u"%1:%2"_s.arg(org.key).arg(index));
            // About a third hand in; the demo accounts' members have not started.
            const int draw = (index * 7 + cellOrdinal * 3) % 10;
            if (accountMembers.contains(memberId) || draw >= 3)
                continue;
            StoredSubmission s;
            s.id = DemoProvince::id(RowType::StudySubmission, u"tu-nq-15:"_s + memberId);
            s.studyId = province.id;
            s.memberId = memberId;
            s.orgId = cellId;
            s.reflection = kProvinceReflections[(index + cellOrdinal) % 5].toString();
            s.answers = answersFor(province.quiz, index + cellOrdinal);
            const Studies::Score score = Studies::score(province.quiz, s.answers);
            s.score = score.score;
            s.total = score.total;
            s.submittedAt = at(2 + (index * 13 + cellOrdinal) % 90);
            s.status = SubmissionStatus::Submitted;
            if (!returned && cellId == cellA) {
                returned = true;
                s.status = SubmissionStatus::Returned;
                s.comment = kReturnComment.toString();
            } else if (draw == 0) {
                s.status = SubmissionStatus::Accepted;
                s.comment = kAcceptComments[index % 3].toString();
            }
            if (s.status != SubmissionStatus::Submitted) {
                s.reviewedAt = at(1);
                s.reviewedBy = reviewer;
            }
            Studies::saveSubmission(transaction, s, true);
        }
    }
    Studies::recomputeAll(transaction, province, now);

    // Cell A's own study of the ward's resolution: closed, everyone accepted.
    StoredStudy cell;
    cell.id = DemoProvince::id(RowType::Study, u"qt-5:qt-nq-45");
    cell.orgId = cellA;
    cell.audienceOrgId = cellA;
    cell.title = u"Học tập Nghị quyết số 45-NQ/ĐU của Đảng ủy phường về nhiệm vụ quý IV"_s;
    cell.instructions = u"Đọc nghị quyết trước buổi sinh hoạt; viết vài dòng thu hoạch: việc "
                        "mỗi đồng chí làm ở tổ dân phố trong quý IV."_s;
    cell.documentIds = { wardResolution };
    const QDate due = today.addDays(-20);
    cell.dueDate = due.toString(Qt::ISODate);
    cell.reflectionRequired = true;
    cell.status = StudyStatus::Closed;
    cell.createdBy = cellSecretary;
    cell.createdAt = at(24 * 35);
    cell.closedAt = at(24 * 15);
    Studies::insert(transaction, cell);
    const DemoOrg *cellOrg = DemoProvince::find(u"qt-5");
    const int cellMembers = cellOrg ? cellOrg->members : 0;
    for (int index = 0; index < cellMembers; ++index) {
        const QString memberId = DemoProvince::id(RowType::Member, u"qt-5:%1"_s.arg(index));
        StoredSubmission s;
        s.id = DemoProvince::id(RowType::StudySubmission, u"qt-nq-45:"_s + memberId);
        s.studyId = cell.id;
        s.memberId = memberId;
        s.orgId = cellA;
        s.reflection = kCellReflections[index % 3].toString();
        // Two hand in a day or two after the due date; the others before it.
        const bool late = index == 11 || index == 23;
        const QDateTime handedIn
            = QDateTime(late ? due.addDays(1 + index % 2) : due.addDays(-1 - index % 5),
                QTime(19, index % 60), QTimeZone(7 * 3600))
                  .toUTC();
        s.submittedAt = Timestamps::toIso(handedIn);
        s.late = Studies::isLate(cell.dueDate, handedIn);
        s.status = SubmissionStatus::Accepted;
        s.comment = kAcceptComments[index % 3].toString();
        s.reviewedAt = Timestamps::toIso(handedIn.addSecs(3600 * 20));
        s.reviewedBy = cellSecretary;
        Studies::saveSubmission(transaction, s, true);
    }
    Studies::recomputeAll(transaction, cell, now);
    return 2;
}
