#include "demo/democareers.h"

#include "demo/demorandom.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int Now = DemoCareers::ReferenceYear;

// Collects "from–to: what" entries; `to` beyond the reference year means "nay" (now).
class History
{
public:
    void add(int from, int to, const QString &what)
    {
        if (to > Now) // still doing it: even the youngest have started by the reference year
            from = std::min(from, Now - 1);
        if (from >= Now || from >= to)
            return;
        m_entries << (to > Now ? u"%1–nay: %2"_s.arg(from).arg(what)
                               : u"%1–%2: %3"_s.arg(from).arg(to).arg(what));
    }
    void addToNow(int from, const QString &what) { add(std::min(from, Now - 1), Now + 1, what); }
    [[nodiscard]] QStringList entries() const { return m_entries; }

private:
    QStringList m_entries;
};

QString pick(DemoRandom &random, std::initializer_list<QStringView> items)
{
    return std::data(items)[random.below(int(items.size()))].toString();
}

QString schooling(int birthYear, DemoRandom &random)
{
    if (birthYear < 1958)
        return random.chance(40) ? u"7/10"_s : u"10/10"_s;
    if (birthYear < 1975)
        return random.chance(25) ? u"9/10"_s : u"10/10"_s;
    return random.chance(15) ? u"9/12"_s : u"12/12"_s;
}

// A street block of a town: retirees, small traders, employees of private firms.
void urban(const DemoOrg &cell, bool female, int birthYear, DemoRole role, DemoRandom &random,
    History &history, DemoCareer &career)
{
    const int retireAge = female ? 55 : 60;
    const int start = birthYear + random.between(18, 23);
    const QString where = cell.locality.toString();
    if (birthYear + retireAge <= Now) {
        const int retired = birthYear + retireAge;
        int work = start;
        if (!female && random.chance(55)) {
            career.veteran = true;
            work = start + random.between(3, 6);
            history.add(start, work, u"Chiến sĩ, Quân khu 1"_s);
        }
        switch (random.below(5)) {
        case 0:
            history.add(
                work, retired, u"Công nhân, sau là Tổ trưởng sản xuất, Nhà máy Cơ khí Sơn Lâm"_s);
            career.education = schooling(birthYear, random) + u"; Trung cấp Cơ khí"_s;
            break;
        case 1:
            history.add(work, retired,
                u"Giáo viên Trường Tiểu học "_s
                    + pick(random, { u"Quang Trung", u"Trưng Vương", u"Đồng Quang" }));
            career.education = schooling(birthYear, random) + u"; Cao đẳng Sư phạm"_s;
            career.field = u"teacher"_s;
            break;
        case 2:
            history.add(work, retired, u"Chuyên viên Ủy ban nhân dân thành phố Sơn Lâm"_s);
            career.education = schooling(birthYear, random) + u"; Đại học Luật"_s;
            career.politicalTheory = u"Trung cấp"_s;
            break;
        case 3:
            history.add(work, retired, u"Y sĩ, Trạm Y tế "_s + where.section(u", "_s, 1, 1));
            career.education = schooling(birthYear, random) + u"; Trung cấp Y"_s;
            career.field = u"health"_s;
            break;
        default:
            history.add(work, retired, u"Nhân viên Công ty Thương nghiệp tổng hợp Sơn Lâm"_s);
            career.education = schooling(birthYear, random) + u"; Trung cấp Thương nghiệp"_s;
        }
        history.addToNow(retired, u"Nghỉ hưu, sinh hoạt đảng tại "_s + cell.name.toString());
    } else {
        switch (random.below(5)) {
        case 0:
            history.addToNow(start + 2, u"Kinh doanh dịch vụ tại "_s + where);
            career.education = schooling(birthYear, random);
            break;
        case 1:
            history.addToNow(start + 4, u"Kế toán Công ty TNHH Xây dựng Minh Phát"_s);
            career.education = schooling(birthYear, random) + u"; Cử nhân Kế toán"_s;
            break;
        case 2:
            if (female) {
                history.addToNow(start + 3, u"Giáo viên Trường Mầm non Hoa Sen"_s);
                career.education = schooling(birthYear, random) + u"; Cao đẳng Sư phạm Mầm non"_s;
                career.field = u"teacher"_s;
            } else {
                history.addToNow(start + 3, u"Nhân viên kỹ thuật, Trung tâm Viễn thông Sơn Lâm"_s);
                career.education
                    = schooling(birthYear, random) + u"; Cao đẳng Điện tử – Viễn thông"_s;
            }
            break;
        case 3:
            history.addToNow(start + 4,
                u"Nhân viên Ngân hàng Nông nghiệp và Phát triển nông thôn, chi nhánh Sơn Lâm"_s);
            career.education = schooling(birthYear, random) + u"; Cử nhân Tài chính – Ngân hàng"_s;
            break;
        default:
            if (female) {
                history.addToNow(start + 1, u"Công nhân Công ty cổ phần May Sơn Lâm"_s);
            } else {
                career.veteran = true;
                history.add(start, start + 2, u"Chiến sĩ, Bộ Chỉ huy Quân sự tỉnh Sơn Lâm"_s);
                history.addToNow(start + 2, u"Lái xe Công ty cổ phần Vận tải Sơn Lâm"_s);
            }
            career.education = schooling(birthYear, random);
        }
    }
    const QString block = where.section(u", "_s, 0, 0);
    if (role == DemoRole::Secretary)
        history.addToNow(Now - random.between(2, 8), u"Bí thư Chi bộ, Tổ trưởng "_s + block);
    else if (role == DemoRole::Deputy)
        history.addToNow(Now - random.between(2, 8),
            u"Phó Bí thư Chi bộ, Trưởng Ban công tác Mặt trận "_s + block);
}

// A hamlet: farmers (tea, rice, forest), village and commune officials, factory workers.
void rural(const DemoOrg &cell, bool female, int birthYear, DemoRole role, DemoRandom &random,
    History &history, DemoCareer &career)
{
    const bool highland = cell.setting == DemoSetting::Highland;
    const QString hamlet = cell.locality.toString().section(u", "_s, 0, 0);
    const QString commune = cell.locality.toString().section(u", "_s, 1, 1);
    int start = birthYear + random.between(18, 20);
    if (!female && random.chance(60)) {
        career.veteran = true;
        history.add(start, start + 3, u"Nghĩa vụ quân sự, Quân khu 1"_s);
        start += 3;
    }
    career.education = schooling(birthYear, random);
    const QString farming = highland ? u"Làm nông nghiệp, trồng rừng và chăn nuôi tại "_s + hamlet
                                     : u"Làm nông nghiệp, trồng và chế biến chè tại "_s + hamlet;
    const bool officer = role == DemoRole::Secretary || role == DemoRole::Deputy;
    switch (officer ? 5 : random.below(6)) {
    case 0:
        if (birthYear + 60 <= Now) {
            history.add(start, birthYear + 60,
                (female ? u"Cán bộ Hội Liên hiệp Phụ nữ "_s : u"Cán bộ Ủy ban nhân dân "_s)
                    + commune);
            history.addToNow(birthYear + 60,
                (career.veteran ? u"Nghỉ hưu, tham gia Hội Cựu chiến binh và Hội Người cao tuổi "_s
                                : u"Nghỉ hưu, tham gia Hội Người cao tuổi "_s)
                    + hamlet);
            career.politicalTheory = u"Trung cấp"_s;
            break;
        }
        [[fallthrough]];
    case 1:
        if (birthYear >= 1978) { // the industrial park opened in the 2000s
            history.addToNow(std::max(start + 1, 2005), u"Công nhân Khu công nghiệp Nam Sơn Lâm"_s);
            career.education = u"12/12"_s;
            break;
        }
        history.addToNow(start, farming);
        break;
    case 2: {
        const int retired = birthYear + (female ? 55 : 60);
        history.add(start + 3, retired, u"Giáo viên Trường Tiểu học "_s + commune.mid(3));
        if (retired <= Now)
            history.addToNow(retired, u"Nghỉ hưu tại "_s + hamlet);
        career.education = birthYear < 1965
            ? schooling(birthYear, random) + u"; Trung cấp Sư phạm"_s
            : u"12/12; Cao đẳng Sư phạm Tiểu học"_s;
        career.field = u"teacher"_s;
        break;
    }
    default:
        history.addToNow(start, farming);
        if (random.chance(30))
            career.education += u"; Trung cấp Nông lâm"_s;
    }
    if (role == DemoRole::Secretary)
        history.addToNow(Now - random.between(2, 10), u"Bí thư Chi bộ kiêm Trưởng "_s + hamlet);
    else if (role == DemoRole::Deputy)
        history.addToNow(Now - random.between(2, 10),
            female ? u"Chi hội trưởng Chi hội Phụ nữ "_s + hamlet
                   : u"Chi hội trưởng Chi hội Nông dân "_s + hamlet);
}

// A department of the province (health, education) or the state tea company.
void office(const DemoOrg &cell, bool female, int birthYear, DemoRole role, DemoRandom &random,
    History &history, DemoCareer &career)
{
    const QString unit = cell.locality.toString();
    const int start = birthYear + random.between(22, 25);
    // The year of moving to the department: before the reference year, else no earlier job.
    const int moved = std::min(start + random.between(4, 12), Now - 1);
    QString head = role == DemoRole::Secretary ? u"Trưởng phòng, "_s
        : role == DemoRole::Deputy             ? u"Phó Trưởng phòng, "_s
                                               : u"Chuyên viên, "_s;
    switch (cell.setting) {
    case DemoSetting::Health:
        career.field = u"health"_s;
        switch (random.below(5)) {
        case 0:
        case 1:
            history.add(start, moved,
                pick(random,
                    { u"Bác sĩ Bệnh viện Đa khoa huyện Đại Phú",
                        u"Bác sĩ Trung tâm Y tế huyện Yên Thượng" }));
            career.education = u"12/12; "_s
                + pick(random,
                    { u"Bác sĩ chuyên khoa I Nội khoa", u"Thạc sĩ Y tế công cộng",
                        u"Bác sĩ đa khoa" });
            break;
        case 2:
            history.add(start, moved, u"Dược sĩ Bệnh viện Đa khoa tỉnh Sơn Lâm"_s);
            career.education = u"12/12; Dược sĩ đại học"_s;
            break;
        case 3:
            history.add(start, moved, u"Điều dưỡng viên Bệnh viện Đa khoa tỉnh Sơn Lâm"_s);
            career.education = u"12/12; Cử nhân Điều dưỡng"_s;
            break;
        default:
            history.add(start, moved, u"Chuyên viên Văn phòng Ủy ban nhân dân huyện Đại Phú"_s);
            career.education = u"12/12; "_s + pick(random, { u"Cử nhân Luật", u"Cử nhân Kế toán" });
        }
        break;
    case DemoSetting::Education:
        career.field = u"teacher"_s;
        if (cell.key == u"sgd-tccb" && random.chance(50)) {
            history.add(start, moved, u"Chuyên viên Phòng Nội vụ huyện Đại Phú"_s);
            career.education = u"12/12; Cử nhân Quản trị nhân lực"_s;
            career.field.clear();
            break;
        }
        history.add(start, moved,
            u"Giáo viên "_s
                + pick(random,
                    { u"Trường THPT Chuyên Sơn Lâm", u"Trường THPT Đại Phú",
                        u"Trường THPT Yên Thượng", u"Trường THCS Trưng Vương" }));
        career.education = u"12/12; "_s
            + pick(random,
                { u"Thạc sĩ Quản lý giáo dục", u"Cử nhân Sư phạm Ngữ văn", u"Cử nhân Sư phạm Toán",
                    u"Cử nhân Sư phạm Vật lý",
                    u"Thạc sĩ Lý luận và phương pháp dạy học bộ môn Hóa học" });
        break;
    default:
        if (cell.key == u"che-vp") {
            head = role == DemoRole::Secretary
                ? u"Trưởng phòng Tổ chức – Hành chính, "_s
                : pick(random,
                    { u"Kế toán viên, ", u"Nhân viên Phòng Kinh doanh, ",
                        u"Nhân viên Phòng Tổ chức – Hành chính, " });
            career.education = u"12/12; "_s
                + pick(random, { u"Cử nhân Kế toán", u"Cử nhân Quản trị kinh doanh" });
        } else {
            head = role == DemoRole::Secretary
                ? (cell.key == u"che-xcb" ? u"Quản đốc, "_s : u"Đội trưởng, "_s)
                : pick(random, { u"Công nhân, ", u"Tổ trưởng sản xuất, ", u"Kỹ thuật viên, " });
            career.education = schooling(birthYear, random)
                + pick(random,
                    { u"; Trung cấp Chế biến chè", u"; Kỹ sư Công nghệ thực phẩm",
                        u"; Kỹ sư Nông học", u"" });
        }
        if (moved < 2008) {
            history.add(start, 2008, u"Công nhân Nông trường chè Sơn Lâm"_s);
            history.addToNow(2008, head + unit);
        } else {
            history.addToNow(start, head + unit);
        }
        career.politicalTheory = role == DemoRole::Secretary ? u"Trung cấp"_s : u"Sơ cấp"_s;
        return;
    }
    history.addToNow(moved > start ? moved : start, head + unit);
    career.politicalTheory = role == DemoRole::Secretary ? u"Cao cấp"_s
        : role == DemoRole::Deputy || random.chance(30)  ? u"Trung cấp"_s
                                                         : u"Sơ cấp"_s;
    Q_UNUSED(female);
}

} // namespace

DemoCareer DemoCareers::make(
    const DemoOrg &cell, bool female, int birthYear, DemoRole role, DemoRandom &random)
{
    DemoCareer career;
    History history;
    switch (cell.setting) {
    case DemoSetting::Urban:
        urban(cell, female, birthYear, role, random, history, career);
        break;
    case DemoSetting::Rural:
    case DemoSetting::Highland:
        rural(cell, female, birthYear, role, random, history, career);
        break;
    default:
        office(cell, female, birthYear, role, random, history, career);
    }
    career.history = history.entries();
    if (career.politicalTheory.isEmpty())
        career.politicalTheory = role == DemoRole::Secretary || role == DemoRole::Deputy
            ? u"Trung cấp"_s
            : u"Sơ cấp"_s;
    return career;
}
