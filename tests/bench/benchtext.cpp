#include "benchtext.h"

#include "demo/demodocuments.h"

#include <QRegularExpression>
#include <span>

using namespace Qt::StringLiterals;

namespace {

// A dynamic-extent view of a constant array.
template<typename T, std::size_t N> std::span<const T> dyn(const T (&items)[N])
{
    return std::span<const T>(items);
}

// Subjects beyond those of the demo titles: what a province's Party committee writes about.
constexpr QStringView kSubjects[] = {
    u"nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng",
    u"đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh",
    u"phát triển kinh tế tập thể, hợp tác xã nông nghiệp kiểu mới",
    u"tăng cường công tác bảo vệ chính trị nội bộ",
    u"thực hiện Quy chế dân chủ ở cơ sở",
    u"phòng, chống tham nhũng, lãng phí, tiêu cực",
    u"công tác dân vận của hệ thống chính trị",
    u"phát triển giáo dục và đào tạo, nâng cao chất lượng nguồn nhân lực",
    u"chăm sóc sức khỏe Nhân dân, phát triển y tế cơ sở",
    u"bảo đảm an sinh xã hội, chăm lo gia đình chính sách, người có công",
    u"quản lý, sử dụng đất đai và tài nguyên khoáng sản",
    u"phát triển hạ tầng giao thông nông thôn",
    u"bảo vệ môi trường, ứng phó với biến đổi khí hậu",
    u"phát triển đảng viên trong thanh niên, công nhân và người dân tộc thiểu số",
    u"xây dựng đội ngũ cán bộ cấp cơ sở đủ phẩm chất, năng lực",
    u"công tác thi đua, khen thưởng trong Đảng bộ",
    u"công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
    u"bảo tồn và phát huy giá trị di sản văn hóa các dân tộc",
    u"phát triển du lịch gắn với xây dựng nông thôn mới",
    u"đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng",
    u"thu, chi, quản lý và sử dụng đảng phí",
    u"quản lý hồ sơ đảng viên và cập nhật cơ sở dữ liệu đảng viên",
    u"phòng, chống thiên tai, tìm kiếm cứu nạn mùa mưa bão",
    u"xây dựng lực lượng dân quân tự vệ vững mạnh, rộng khắp",
    u"tuyển chọn và gọi công dân nhập ngũ",
    u"phát triển sản phẩm OCOP gắn với thương mại điện tử",
    u"xây dựng chính quyền số và dịch vụ công trực tuyến",
    u"phổ biến, giáo dục pháp luật cho cán bộ, đảng viên và Nhân dân",
    u"nâng cao chất lượng sinh hoạt chi bộ ở nông thôn, vùng cao",
    u"thực hiện chính sách dân tộc, tôn giáo",
};

constexpr QStringView kSuffixes[] = { u" giai đoạn 2026–2030", u" năm 2026", u" trên địa bàn tỉnh",
    u" đến năm 2030, tầm nhìn đến năm 2045", u"", u"", u" trong tình hình mới",
    u" 6 tháng đầu năm 2026" };

constexpr QStringView kHeadings[] = { u"TÌNH HÌNH VÀ NGUYÊN NHÂN", u"QUAN ĐIỂM, MỤC TIÊU",
    u"NHIỆM VỤ, GIẢI PHÁP", u"TỔ CHỨC THỰC HIỆN", u"KẾT QUẢ ĐẠT ĐƯỢC", u"HẠN CHẾ, KHUYẾT ĐIỂM",
    u"PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", u"MỤC ĐÍCH, YÊU CẦU", u"NỘI DUNG",
    u"ĐỀ XUẤT, KIẾN NGHỊ" };

constexpr QStringView kRoman[] = { u"I", u"II", u"III", u"IV", u"V", u"VI", u"VII", u"VIII", u"IX",
    u"X", u"XI", u"XII", u"XIII", u"XIV", u"XV", u"XVI", u"XVII", u"XVIII", u"XIX", u"XX" };

// The wire kinds, weighted like a committee's output: plans and notices most often.
struct KindSpec
{
    QStringView kind;
    QStringView prefix;
    QStringView abbreviation;
    int weight;
};
constexpr KindSpec kKinds[] = {
    { u"resolution", u"Nghị quyết về ", u"NQ", 14 },
    { u"directive", u"Chỉ thị về ", u"CT", 8 },
    { u"conclusion", u"Kết luận của Ban Thường vụ về ", u"KL", 8 },
    { u"regulation", u"Quy định về ", u"QĐi", 3 },
    { u"plan", u"Kế hoạch thực hiện nhiệm vụ ", u"KH", 22 },
    { u"guidance", u"Hướng dẫn ", u"HD", 12 },
    { u"notice", u"Thông báo về ", u"TB", 15 },
    { u"meeting_material", u"Tài liệu sinh hoạt chuyên đề: ", u"", 10 },
    { u"other", u"Báo cáo kết quả ", u"BC", 8 },
};

template<typename T> QString pick(DemoRandom &random, std::span<const T> items)
{
    return random.pick(items).toString();
}

} // namespace

std::optional<BenchText> BenchText::load(QString *error)
{
    const auto documents = DemoDocuments::load(error);
    if (!documents)
        return std::nullopt;
    BenchText text;
    static const QRegularExpression sentenceEnd(u"(?<=[.;])\\s+"_s);
    static const QRegularExpression listMarker(u"^(\\d+\\.|-|[a-zđ]\\))\\s+"_s);
    static const QRegularExpression kindPrefix(
        u"^(Nghị quyết|Chỉ thị|Kết luận|Quy định|Quy chế|Kế hoạch|Hướng dẫn|Thông báo|Tài liệu|"
        "Đề cương|Báo cáo|Công văn)( của [^v]+)?( về| thực hiện)?( việc)?\\s+"_s);
    for (const DemoDocument &document : *documents) {
        for (const QString &paragraph : document.body.split(u"\n\n"_s)) {
            const QString flat = paragraph.simplified();
            // Headings are short or written in capitals.
            if (flat.size() < 60 || flat == flat.toUpper())
                continue;
            for (QString sentence : flat.split(sentenceEnd, Qt::SkipEmptyParts)) {
                sentence.remove(listMarker);
                if (sentence.size() >= 40)
                    text.m_sentences << sentence;
            }
        }
        QString subject = document.title;
        subject.remove(kindPrefix);
        if (subject.size() > 20 && subject != document.title)
            text.m_subjects << subject.at(0).toLower() + subject.mid(1);
    }
    for (const QStringView subject : kSubjects)
        text.m_subjects << subject.toString();
    if (text.m_sentences.size() < 200 || text.m_subjects.size() < 40) {
        *error = u"the demo documents give too little text (%1 sentences, %2 subjects)"_s
                     .arg(text.m_sentences.size())
                     .arg(text.m_subjects.size());
        return std::nullopt;
    }
    return text;
}

QString BenchText::paragraph(DemoRandom &random, int sentences) const
{
    QStringList chosen;
    for (int i = 0; i < sentences; ++i) {
        QString sentence = m_sentences.at(random.below(int(m_sentences.size())));
        if (!sentence.endsWith(u'.') && !sentence.endsWith(u';'))
            sentence += u'.';
        if (sentence.endsWith(u';'))
            sentence.back() = u'.';
        chosen << sentence;
    }
    return chosen.join(u' ');
}

BenchDocumentText BenchText::document(DemoRandom &random, int bodyBytes, const QString &issuer,
    const QString &numberSuffix, int serial, int year) const
{
    int total = 0;
    for (const KindSpec &spec : kKinds)
        total += spec.weight;
    int roll = random.below(total);
    const KindSpec *kind = &kKinds[0];
    for (const KindSpec &spec : kKinds) {
        if (roll < spec.weight) {
            kind = &spec;
            break;
        }
        roll -= spec.weight;
    }

    BenchDocumentText text;
    text.kind = kind->kind.toString();
    const QString subject = m_subjects.at(random.below(int(m_subjects.size())));
    if (text.kind == u"meeting_material" && random.chance(40))
        text.title
            = u"Tài liệu sinh hoạt chi bộ tháng %1/%2"_s.arg(random.between(1, 12)).arg(year);
    else
        text.title = kind->prefix.toString() + subject + pick(random, dyn(kSuffixes));
    if (!kind->abbreviation.isEmpty())
        text.number = u"%1-%2/%3"_s.arg(serial).arg(kind->abbreviation.toString(), numberSuffix);
    text.summary = paragraph(random, random.between(1, 3));

    // Sections with numbered paragraphs until the body reaches its size.
    QString body;
    int section = 0;
    int item = 0;
    while (body.toUtf8().size() < bodyBytes) {
        if (item == 0 || random.chance(15)) {
            const int index = std::min(section, int(std::size(kRoman)) - 1);
            body += u"%1. %2\n\n"_s.arg(kRoman[index].toString(),
                kHeadings[(section + random.below(3)) % std::size(kHeadings)].toString());
            ++section;
            item = 0;
        }
        ++item;
        const QString words = paragraph(random, random.between(2, 6));
        body += (random.chance(60) ? u"%1. "_s.arg(item) : QString()) + words + u"\n\n"_s;
    }
    body += u"%1 có hiệu lực kể từ ngày ký, được phổ biến đến chi bộ và đảng viên.\n\n%2"_s.arg(
        kind->prefix.toString().section(u' ', 0, 1), issuer);
    text.body = body;
    return text;
}

QStringList BenchText::queries()
{
    return {
        u"chuyen doi so"_s,
        u"nghi quyet"_s,
        u"dang vien"_s,
        u"sinh hoat chi bo"_s,
        u"xay dung dang"_s,
        u"chinh don dang"_s,
        u"nong thon moi"_s,
        u"giam ngheo ben vung"_s,
        u"quoc phong"_s,
        u"an ninh trat tu"_s,
        u"phong chay chua chay rung"_s,
        u"che"_s,
        u"du lich cong dong"_s,
        u"ho chi minh"_s,
        u"dao duc cach mang"_s,
        u"kiem tra giam sat"_s,
        u"ky luat dang"_s,
        u"dai hoi"_s,
        u"nhiem ky 2025"_s,
        u"to chuc co so dang"_s,
        u"can bo"_s,
        u"quy hoach can bo"_s,
        u"tuyen truyen"_s,
        u"van hoa"_s,
        u"dan toc thieu so"_s,
        u"trong rung"_s,
        u"ve sinh moi truong"_s,
        u"an toan thuc pham"_s,
        u"kinh te xa hoi"_s,
        u"so tay dang vien"_s,
        u"thong tin noi bo"_s,
        u"hoc tap va lam theo"_s,
        u"nang cao chat luong"_s,
        u"danh gia xep loai"_s,
        u"kiem diem"_s,
        u"doan ket"_s,
        u"nhan dan"_s,
        u"hop tac xa"_s,
        u"cai cach hanh chinh"_s,
        u"tham nhung"_s,
        u"dan van"_s,
        u"dat dai"_s,
        u"thanh nien"_s,
        u"chuyen d"_s,
        u"nghi q"_s,
        u"sinh ho"_s,
        u"phat tri"_s,
        u"ke hoach"_s,
        u"nq tu"_s,
        u"thang 10"_s,
    };
}
