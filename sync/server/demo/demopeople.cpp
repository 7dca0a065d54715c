#include "demo/demopeople.h"

#include "demo/democareers.h"
#include "demo/demonames.h"
#include "demo/demoprovince.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

constexpr int Now = DemoCareers::ReferenceYear;
// The demo province's citizen-ID code (an unassigned code between Hòa Bình and Thái Nguyên).
constexpr QStringView ProvinceCode = u"018";

QString text(QStringView view)
{
    return view.toString();
}

DemoRole roleFor(int index, int cellSize)
{
    const int committeeMembers = cellSize >= 25 ? 3 : 1; // a cell committee of 5 or 3
    return index == 0                  ? DemoRole::Secretary
        : index == 1                   ? DemoRole::Deputy
        : index < 2 + committeeMembers ? DemoRole::CommitteeMember
                                       : DemoRole::Member;
}

QString positionFor(DemoRole role)
{
    switch (role) {
    case DemoRole::Secretary:
        return u"Bí thư chi bộ"_s;
    case DemoRole::Deputy:
        return u"Phó Bí thư chi bộ"_s;
    case DemoRole::CommitteeMember:
        return u"Chi ủy viên"_s;
    case DemoRole::Member:
        break;
    }
    return u"Đảng viên"_s;
}

} // namespace

DemoPeople::DemoPeople(quint64 seed, QDate today)
    : m_random(seed)
    , m_today(today)
{ }

QString DemoPeople::fold(const QString &text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded += c == u'đ' || c == u'Đ' ? u'd' : c.toLower();
    }
    return folded;
}

QString DemoPeople::ethnicityFor(const DemoOrg &cell)
{
    const int roll = m_random.below(100);
    switch (cell.setting) {
    case DemoSetting::Highland:
        return roll < 42 ? u"Tày"_s
            : roll < 65  ? u"Kinh"_s
            : roll < 78  ? u"Nùng"_s
            : roll < 92  ? u"Dao"_s
                         : u"Sán Chay"_s;
    case DemoSetting::Rural:
        return roll < 74 ? u"Kinh"_s
            : roll < 86  ? u"Tày"_s
            : roll < 91  ? u"Nùng"_s
            : roll < 97  ? u"Sán Dìu"_s
                         : u"Dao"_s;
    default:
        return roll < 88 ? u"Kinh"_s : roll < 95 ? u"Tày"_s : roll < 98 ? u"Nùng"_s : u"Sán Dìu"_s;
    }
}

QString DemoPeople::citizenId(const QString &provinceCode, bool female, const QDate &birth)
{
    // Province of birth registration, century and gender, two digits of the year, serial.
    const int centuryGender = (birth.year() >= 2000 ? 2 : 0) + (female ? 1 : 0);
    QString id;
    do {
        id = u"%1%2%3%4"_s.arg(provinceCode)
                 .arg(centuryGender)
                 .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
                 .arg(m_random.below(1000000), 6, 10, QLatin1Char('0'));
    } while (m_citizenIds.contains(id));
    m_citizenIds.insert(id);
    return id;
}

QString DemoPeople::phone()
{
    QString number;
    do {
        number = text(m_random.pick(DemoNames::mobilePrefixes()))
            + u"%1"_s.arg(m_random.below(10000000), 7, 10, QLatin1Char('0'));
    } while (m_phones.contains(number));
    m_phones.insert(number);
    return number;
}

QString DemoPeople::email(const QString &family, const QString &middle, const QString &given,
    const DemoOrg &cell, int birthYear)
{
    const QString g = fold(given).remove(u' ');
    const QString initials = fold(family).left(1) + fold(middle).left(1);
    QString address;
    if (cell.setting == DemoSetting::Health || cell.setting == DemoSetting::Education) {
        const QString unit = cell.setting == DemoSetting::Health ? u"syt"_s : u"sgddt"_s;
        address = u"%1%2.%3@sonlam.gov.vn"_s.arg(g, initials, unit);
    } else if (cell.setting == DemoSetting::Enterprise) {
        address = u"%1%2@chesonlam.com.vn"_s.arg(g, initials);
    } else if (m_random.chance(50)) {
        address = u"%1%2%3@gmail.com"_s.arg(g, fold(family))
                      .arg(birthYear % 100, 2, 10, QLatin1Char('0'));
    } else {
        address = u"%1%2%3@gmail.com"_s.arg(fold(family), fold(middle).remove(u' '), g);
    }
    const qsizetype at = address.indexOf(u'@');
    const QString base = address;
    for (int n = 2; m_emails.contains(address); ++n)
        address = base.left(at) + QString::number(n) + base.mid(at);
    m_emails.insert(address);
    return address;
}

QString DemoPeople::address(const DemoOrg &cell)
{
    const DemoOrg *grassroots = DemoProvince::find(cell.parent);
    const DemoOrg *district = grassroots ? DemoProvince::find(grassroots->parent) : nullptr;
    switch (cell.setting) {
    case DemoSetting::Urban:
        return u"số %1, ngõ %2, đường %3, %4, %5"_s.arg(m_random.between(2, 160))
            .arg(m_random.between(3, 90))
            .arg(text(m_random.pick(DemoNames::streets())), text(cell.locality),
                district ? text(district->locality) : QString());
    case DemoSetting::Rural:
    case DemoSetting::Highland:
        return text(cell.locality) + u", "_s + (district ? text(district->locality) : QString());
    default:
        return u"số %1, đường %2, %3, thành phố Sơn Lâm, tỉnh Sơn Lâm"_s
            .arg(m_random.between(2, 300))
            .arg(text(m_random.pick(DemoNames::streets())),
                text(m_random.pick(DemoNames::cityWards())));
    }
}

QString DemoPeople::commendations(
    const DemoOrg &cell, const QDate &admission, bool veteran, int birthYear, const QString &field)
{
    QStringList items;
    if (veteran && birthYear <= 1956)
        items << u"Huân chương Kháng chiến chống Mỹ, cứu nước hạng Ba"_s;
    const int partyYears = admission.isValid() ? Now - admission.year() : 0;
    for (const int badge : { 70, 65, 60, 55, 50, 45, 40, 30 }) {
        if (partyYears >= badge) {
            items << u"Huy hiệu %1 năm tuổi Đảng (%2)"_s.arg(badge).arg(admission.year() + badge);
            break;
        }
    }
    if (field == u"teacher"_s && m_random.chance(40))
        items << u"Kỷ niệm chương Vì sự nghiệp giáo dục (%1)"_s.arg(m_random.between(2012, 2023));
    if (field == u"health"_s && m_random.chance(40))
        items << u"Kỷ niệm chương Vì sức khỏe nhân dân (%1)"_s.arg(m_random.between(2012, 2023));
    if (partyYears >= 5 && m_random.chance(35)) {
        const DemoOrg *grassroots = DemoProvince::find(cell.parent);
        items << u"Giấy khen của %1: Đảng viên hoàn thành xuất sắc nhiệm vụ (%2)"_s
                     .arg(grassroots ? text(grassroots->committee) : QString())
                     .arg(m_random.between(Now - 4, Now - 1));
    }
    if (partyYears >= 10 && m_random.chance(8))
        items << u"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Sơn Lâm (%1)"_s.arg(
            m_random.between(2015, 2024));
    return items.isEmpty() ? QString() : items.join(u"; "_s);
}

MemberProfile DemoPeople::make(const DemoOrg &cell, const QString &cellId, int index)
{
    const DemoRole role = roleFor(index, cell.members);
    const bool probationary = role == DemoRole::Member && m_random.chance(4);
    int femalePercent = 0;
    int oldest = 1950, youngest = 1998;
    switch (cell.setting) {
    case DemoSetting::Urban:
        femalePercent = 42;
        oldest = 1942;
        youngest = 1996;
        break;
    case DemoSetting::Rural:
        femalePercent = 30;
        oldest = 1948;
        youngest = 1999;
        break;
    case DemoSetting::Highland:
        femalePercent = 35;
        oldest = 1952;
        youngest = 2000;
        break;
    case DemoSetting::Health:
        femalePercent = 58;
        oldest = 1968;
        youngest = 1997;
        break;
    case DemoSetting::Education:
        femalePercent = 62;
        oldest = 1967;
        youngest = 1996;
        break;
    default:
        femalePercent = 45;
        oldest = 1968;
        youngest = 1999;
    }
    if (role == DemoRole::Secretary || role == DemoRole::Deputy) {
        femalePercent = std::min(femalePercent, 35);
        // Street blocks are led by retirees; hamlets and offices by people of working age.
        youngest = std::min(youngest, cell.setting == DemoSetting::Urban ? 1964 : 1985);
        oldest = std::max(oldest, cell.setting == DemoSetting::Urban ? 1950 : 1965);
    }
    if (probationary) {
        oldest = 1993;
        youngest = 2004;
    }
    const bool female = m_random.chance(femalePercent);
    const int birthYear = m_random.between(oldest, youngest);
    const QDate birth = QDate(birthYear, 1, 1).addDays(m_random.below(365));

    // Name: family name of the ethnic group, middle and given name of the gender.
    MemberProfile p;
    p.orgId = cellId;
    p.ethnicity = ethnicityFor(cell);
    const DemoEthnicity &group = DemoNames::ethnicity(p.ethnicity);
    const QString family = text(m_random.pick(group.familyNames));
    const bool young = birthYear >= 1985 && m_random.chance(60);
    QString middle;
    do {
        middle = text(m_random.pick(female
                ? (young ? DemoNames::youngFemaleMiddleNames() : DemoNames::femaleMiddleNames())
                : (young ? DemoNames::youngMaleMiddleNames() : DemoNames::maleMiddleNames())));
    } while (middle == family);
    const auto extra = female ? group.extraFemaleNames : group.extraMaleNames;
    QString given;
    if (!extra.empty() && m_random.chance(30)) {
        // Names particular to a group go with the plain middle names.
        given = text(m_random.pick(extra));
        middle = female ? u"Thị"_s : u"Văn"_s;
    } else {
        do {
            given = text(m_random.pick(
                female ? DemoNames::femaleGivenNames() : DemoNames::maleGivenNames()));
        } while (given == middle);
    }
    p.fullName = u"%1 %2 %3"_s.arg(family, middle, given);
    p.gender = female ? u"Nữ"_s : u"Nam"_s;
    p.birthDate = birth.toString(Qt::ISODate);
    const int religion = m_random.below(100);
    p.religion = religion < 93 ? u"Không"_s : religion < 98 ? u"Phật giáo"_s : u"Công giáo"_s;

    // Hometown: mostly where the cell is for hamlets, more varied in towns and offices.
    const bool village
        = cell.setting == DemoSetting::Rural || cell.setting == DemoSetting::Highland;
    const bool local = (village && m_random.chance(82))
        || (cell.setting == DemoSetting::Urban && m_random.chance(35));
    QString code = ProvinceCode.toString();
    if (local) {
        const DemoOrg *grassroots = DemoProvince::find(cell.parent);
        p.hometown = grassroots ? text(grassroots->locality) : text(cell.locality);
    } else if (m_random.chance(55)) {
        p.hometown = text(m_random.pick(DemoNames::provinceCommunes())) + u", tỉnh Sơn Lâm"_s;
    } else {
        const DemoHometown &other = m_random.pick(DemoNames::otherHometowns());
        p.hometown = text(other.place);
        code = text(other.provinceCode);
    }
    p.address = address(cell);
    p.phone = phone();
    const bool noEmail = (birthYear < 1955 && m_random.chance(60))
        || (birthYear < 1965 && cell.setting != DemoSetting::Urban && m_random.chance(50));
    if (!noEmail)
        p.email = email(family, middle, given, cell, birthYear);
    p.citizenId = citizenId(code, female, birth);

    // Party membership: probationary for 12 months after admission.
    QDate admission;
    if (probationary) {
        admission = m_today.addDays(-m_random.between(45, 320));
        p.position = u"Đảng viên dự bị"_s;
    } else {
        admission = birth.addYears(m_random.between(19, 38)).addDays(m_random.below(200));
        const QDate latest(Now - 1, 6, 30);
        if (admission > latest)
            admission = latest.addDays(-m_random.below(700));
        if (admission < birth.addYears(18))
            admission = birth.addYears(18).addDays(m_random.between(30, 300));
        p.officialDate = admission.addYears(1).toString(Qt::ISODate);
        p.position = positionFor(role);
    }
    p.admissionDate = admission.toString(Qt::ISODate);
    p.partyCardNo
        = u"%1.%2"_s.arg(ProvinceCode.mid(1))
              .arg(100000 + (++m_cardSerial) * 97 + m_random.below(97), 6, 10, QLatin1Char('0'));

    const DemoCareer career = DemoCareers::make(cell, female, birthYear, role, m_random);
    p.education = career.education;
    p.politicalTheory = career.politicalTheory;
    p.workHistory = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(career.history)).toJson(QJsonDocument::Compact));
    p.commendations = commendations(cell, admission, career.veteran, birthYear, career.field);
    if (role == DemoRole::Member && !probationary && m_random.chance(1))
        p.discipline = u"Khiển trách (%1): vi phạm quy định về chế độ sinh hoạt đảng"_s.arg(
            m_random.between(Now - 5, Now - 1));
    return p;
}
