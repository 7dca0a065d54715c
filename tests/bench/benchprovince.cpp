#include "benchprovince.h"

#include "auth/passwordhasher.h"
#include "benchtext.h"
#include "blobs/attachmentstore.h"
#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "demo/demomeetings.h"
#include "demo/demopeople.h"
#include "demo/demoprovince.h"
#include "records/auditlog.h"
#include "records/documentpublisher.h"
#include "records/memberstore.h"
#include "records/orgtree.h"
#include "timestamps.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>
#include <cmath>
#include <span>

using namespace Qt::StringLiterals;

namespace {

// A dynamic-extent view of a constant array.
template<typename T, std::size_t N> std::span<const T> dyn(const T (&items)[N])
{
    return std::span<const T>(items);
}

const QTimeZone kVietnam(7 * 3600);

// One organisation of the generated tree, owning the text DemoOrg views point into.
struct Org
{
    QString key;
    int parent = -1; // index in the tree
    QString kind; // province, district, grassroots, cell
    QString name;
    QString committee; // who issues its documents
    QString locality;
    QString meetingPlace;
    DemoSetting setting = DemoSetting::None;
    int members = 0;
    QString numberSuffix; // of its documents' numbers, e.g. "HU"
    QString id;

    [[nodiscard]] DemoOrg view(const QString &parentKey) const
    {
        return DemoOrg { key, parentKey, kind, name, committee, locality, setting, members,
            meetingPlace };
    }
};

// Syllables of Vietnamese place names.
constexpr QStringView kSyllables[] = { u"Tân", u"Phú", u"Hòa", u"Bình", u"An", u"Thịnh", u"Đồng",
    u"Quang", u"Minh", u"Xuân", u"Hưng", u"Yên", u"Lạc", u"Thành", u"Trung", u"Đức", u"Vĩnh",
    u"Phúc", u"Nghĩa", u"Long", u"Hợp", u"Tiến", u"Lợi", u"Sơn", u"Hà", u"Cao", u"Kim", u"Lương",
    u"Thượng", u"Hạ", u"Đông", u"Tây", u"Nam", u"Bắc", u"Khê", u"Mỹ", u"Quý", u"Phong", u"Lâm",
    u"Cường", u"Thắng", u"Lập", u"Hồng", u"Vân", u"Tràng", u"Điềm", u"Khánh", u"Linh", u"Hải",
    u"Tứ", u"Cù", u"Vạn", u"Thái", u"Định", u"Nông", u"Tảo", u"Na", u"Khuôn", u"Nà", u"Pác" };
// Hamlet words: lowland "xóm", highland "bản"/"thôn".
constexpr QStringView kHighlandSyllables[] = { u"Nà", u"Khuôn", u"Pác", u"Bản", u"Lũng", u"Khe",
    u"Mỏ", u"Nạ", u"Phiêng", u"Coóc", u"Tát", u"Slam", u"Làng", u"Đèo", u"Suối" };

struct DistrictSpec
{
    QStringView kind; // "thành phố", "thị xã", "huyện"
    QStringView name;
    QStringView committee;
    QStringView suffix;
    int urbanPercent; // communes that are wards or towns (Urban cells)
    int highlandPercent; // of the others
};
// The benchmark member lives in Đại Phú (index 2); quick mode keeps only that district.
constexpr DistrictSpec kDistricts[] = {
    { u"thành phố", u"Sơn Lâm", u"Thành ủy Sơn Lâm", u"ThU", 70, 0 },
    { u"thị xã", u"Bắc Phong", u"Thị ủy Bắc Phong", u"TxU", 40, 0 },
    { u"huyện", u"Đại Phú", u"Huyện ủy Đại Phú", u"HU", 4, 10 },
    { u"huyện", u"Yên Thượng", u"Huyện ủy Yên Thượng", u"HU", 4, 70 },
    { u"huyện", u"Phú Đình", u"Huyện ủy Phú Đình", u"HU", 4, 50 },
    { u"huyện", u"Đồng Phúc", u"Huyện ủy Đồng Phúc", u"HU", 4, 20 },
    { u"huyện", u"Minh Hòa", u"Huyện ủy Minh Hòa", u"HU", 4, 15 },
    { u"huyện", u"Định Lâm", u"Huyện ủy Định Lâm", u"HU", 4, 30 },
    { u"huyện", u"Tân Hòa", u"Huyện ủy Tân Hòa", u"HU", 4, 10 },
};
constexpr int kBenchDistrict = 2;

struct UnitTemplate
{
    QStringView pattern; // %1 = commune name, %2 = district "huyện Đại Phú", %3 = a number
    DemoSetting setting;
};
constexpr UnitTemplate kDistrictUnits[] = {
    { u"Trường THCS %1", DemoSetting::Education },
    { u"Trường Tiểu học %1", DemoSetting::Education },
    { u"Trường Mầm non %1", DemoSetting::Education },
    { u"Trường THPT %2 số %3", DemoSetting::Education },
    { u"Trung tâm Y tế %2", DemoSetting::Health },
    { u"Bệnh viện Đa khoa %2", DemoSetting::Health },
    { u"Hợp tác xã Chè %1", DemoSetting::Enterprise },
    { u"Công ty cổ phần Chè %1", DemoSetting::Enterprise },
};
constexpr QStringView kEducationCells[] = { u"Tổ Toán – Tin", u"Tổ Ngữ văn",
    u"Tổ Khoa học tự nhiên", u"Tổ Ngoại ngữ", u"Tổ Văn phòng", u"Tổ Xã hội" };
constexpr QStringView kHealthCells[] = { u"Khoa Nội", u"Khoa Ngoại", u"Khoa Sản", u"Khoa Dược",
    u"Phòng Kế hoạch – Tổng hợp", u"Khoa Y tế công cộng" };
constexpr QStringView kEnterpriseCells[] = { u"Xưởng chế biến", u"Đội sản xuất số 1",
    u"Đội sản xuất số 2", u"Văn phòng công ty", u"Phòng Kinh doanh", u"Đội sản xuất số 3" };

constexpr QStringView kProvinceUnits[] = { u"Sở Y tế", u"Sở Giáo dục và Đào tạo",
    u"Bệnh viện Đa khoa tỉnh Sơn Lâm", u"Bệnh viện Y học cổ truyền tỉnh",
    u"Bệnh viện Lao và Bệnh phổi tỉnh", u"Trung tâm Kiểm soát bệnh tật tỉnh",
    u"Trường THPT Chuyên Sơn Lâm", u"Trường Cao đẳng Y tế Sơn Lâm",
    u"Trường Cao đẳng Sư phạm Sơn Lâm", u"Bệnh viện Sản – Nhi tỉnh" };

// Who publishes the province's documents, and their number suffixes.
constexpr std::pair<QStringView, QStringView> kProvinceIssuers[] = {
    { u"Ban Chấp hành Đảng bộ tỉnh Sơn Lâm", u"TU" },
    { u"Ban Thường vụ Tỉnh ủy Sơn Lâm", u"TU" },
    { u"Ban Thường vụ Tỉnh ủy Sơn Lâm", u"TU" },
    { u"Ban Tổ chức Tỉnh ủy Sơn Lâm", u"BTCTU" },
    { u"Ban Tuyên giáo Tỉnh ủy Sơn Lâm", u"BTGTU" },
    { u"Ủy ban Kiểm tra Tỉnh ủy Sơn Lâm", u"UBKTTU" },
    { u"Văn phòng Tỉnh ủy Sơn Lâm", u"VPTU" },
};

QString text(QStringView view)
{
    return view.toString();
}

// A place name of two syllables not used before in `used`.
QString placeName(DemoRandom &random, QSet<QString> &used, std::span<const QStringView> first)
{
    for (;;) {
        const QString name = text(random.pick(first)) + u' ' + text(random.pick(dyn(kSyllables)));
        if (name.section(u' ', 0, 0) == name.section(u' ', 1, 1) || used.contains(name))
            continue;
        used.insert(name);
        return name;
    }
}

// The tree, parents before children.
class TreePlan
{
public:
    TreePlan(bool quick, DemoRandom &random)
        : m_random(random)
    {
        add(Org { u"tinh"_s, -1, u"province"_s, u"Đảng bộ tỉnh Sơn Lâm"_s, u"Tỉnh ủy Sơn Lâm"_s,
            u"tỉnh Sơn Lâm"_s, {}, DemoSetting::None, 0, u"TU"_s, {} });
        for (int d = 0; d < int(std::size(kDistricts)); ++d) {
            if (quick && d != kBenchDistrict)
                continue;
            district(d);
        }
        bloc(u"kcq"_s, u"Đảng bộ Khối các cơ quan tỉnh"_s, u"Đảng ủy Khối các cơ quan tỉnh"_s,
            quick ? 3 : 30, false);
        bloc(u"kdn"_s, u"Đảng bộ Khối doanh nghiệp tỉnh"_s, u"Đảng ủy Khối doanh nghiệp tỉnh"_s,
            quick ? 3 : 30, true);
    }

    QList<Org> orgs;
    int benchGrassroots = -1;
    int benchCell = -1;
    int otherCell = -1;

private:
    int add(Org org)
    {
        org.id = DemoProvince::id(u"organization", u"bench:"_s + org.key);
        orgs << org;
        return int(orgs.size()) - 1;
    }

    void district(int d)
    {
        const DistrictSpec &spec = kDistricts[d];
        const QString place = text(spec.kind) + u' ' + text(spec.name);
        const int index = add(
            Org { u"d%1"_s.arg(d), 0, u"district"_s, u"Đảng bộ "_s + place, text(spec.committee),
                place + u", tỉnh Sơn Lâm"_s, {}, DemoSetting::None, 0, text(spec.suffix), {} });
        QSet<QString> communes;
        QStringList communeNames;
        for (int g = 0; g < 24; ++g) {
            const bool town = spec.kind == u"huyện" && g == 0;
            const bool ward = !town && m_random.chance(spec.urbanPercent);
            const QString name = placeName(m_random, communes, dyn(kSyllables));
            communeNames << name;
            const QString kind = town ? u"thị trấn"_s : ward ? u"phường"_s : u"xã"_s;
            const QString commune = kind + u' ' + name;
            const int grassroots = add(
                Org { u"d%1-g%2"_s.arg(d).arg(g), index, u"grassroots"_s, u"Đảng bộ "_s + commune,
                    u"Đảng ủy "_s + commune, commune + u", "_s + place + u", tỉnh Sơn Lâm"_s, {},
                    DemoSetting::None, 0, u"ĐU"_s, {} });
            const bool urban = town || ward;
            const bool highland = !urban && m_random.chance(spec.highlandPercent);
            const int cells = m_random.between(10, 22);
            QSet<QString> hamlets;
            for (int c = 0; c < cells; ++c) {
                QString hamlet;
                if (urban)
                    hamlet = m_random.chance(70)
                        ? u"tổ dân phố số %1"_s.arg(c + 1)
                        : u"tổ dân phố "_s + placeName(m_random, hamlets, dyn(kSyllables));
                else
                    hamlet = (highland ? (m_random.chance(60) ? u"bản "_s : u"thôn "_s) : u"xóm "_s)
                        + placeName(m_random, hamlets,
                            highland ? dyn(kHighlandSyllables) : dyn(kSyllables));
                const int cell = add(Org { u"d%1-g%2-c%3"_s.arg(d).arg(g).arg(c), grassroots,
                    u"cell"_s, u"Chi bộ "_s + hamlet, u"Chi bộ "_s + hamlet,
                    hamlet + u", "_s + commune, u"Nhà văn hóa "_s + hamlet,
                    urban ? DemoSetting::Urban
                          : (highland ? DemoSetting::Highland : DemoSetting::Rural),
                    m_random.between(12, 34), u"CB"_s, {} });
                if (d == kBenchDistrict && g == 1 && c == 0) {
                    benchGrassroots = grassroots;
                    benchCell = cell;
                }
                if (otherCell < 0 && d != kBenchDistrict)
                    otherCell = cell;
            }
        }
        // Schools, health centres and co-operatives of the district.
        for (int g = 0; g < 36; ++g) {
            const UnitTemplate &unit = kDistrictUnits[g % std::size(kDistrictUnits)];
            const QString name
                = text(unit.pattern)
                      .replace(u"%1"_s, communeNames.at(g % communeNames.size()))
                      .replace(u"%2"_s, place)
                      .replace(u"%3"_s, QString::number(g / int(std::size(kDistrictUnits)) + 1));
            agency(u"d%1-a%2"_s.arg(d).arg(g), index, name, unit.setting, m_random.between(2, 4));
        }
    }

    void bloc(const QString &key, const QString &name, const QString &committee, int units,
        bool enterprises)
    {
        const int index = add(Org { key, 0, u"district"_s, name, committee, u"tỉnh Sơn Lâm"_s, {},
            DemoSetting::None, 0, u"ĐU"_s, {} });
        QSet<QString> used;
        for (int g = 0; g < units; ++g) {
            QString unit;
            DemoSetting setting = DemoSetting::Enterprise;
            if (enterprises) {
                unit = (g % 2 == 0 ? u"Công ty cổ phần Chè "_s : u"Công ty TNHH Lâm nghiệp "_s)
                    + placeName(m_random, used, dyn(kSyllables));
            } else if (g < int(std::size(kProvinceUnits))) {
                unit = text(kProvinceUnits[g]);
                setting = unit.contains(u"Giáo dục"_s) || unit.startsWith(u"Trường"_s)
                    ? DemoSetting::Education
                    : DemoSetting::Health;
            } else {
                unit = u"Trường THPT Sơn Lâm số %1"_s.arg(g - int(std::size(kProvinceUnits)) + 1);
                setting = DemoSetting::Education;
            }
            agency(u"%1-a%2"_s.arg(key).arg(g), index, unit, setting, m_random.between(3, 6));
        }
    }

    void agency(const QString &key, int parent, const QString &unit, DemoSetting setting, int cells)
    {
        const int grassroots = add(Org { key, parent, u"grassroots"_s, u"Đảng bộ "_s + unit,
            u"Đảng ủy "_s + unit, unit, {}, DemoSetting::None, 0, u"ĐU"_s, {} });
        const std::span<const QStringView> names = setting == DemoSetting::Education
            ? dyn(kEducationCells)
            : setting == DemoSetting::Health ? dyn(kHealthCells)
                                             : dyn(kEnterpriseCells);
        for (int c = 0; c < cells; ++c) {
            const QString cell = text(names[std::size_t(c) % names.size()]);
            add(Org { u"%1-c%2"_s.arg(key).arg(c), grassroots, u"cell"_s, u"Chi bộ "_s + cell,
                u"Chi bộ "_s + cell, cell + u", "_s + unit, u"Hội trường "_s + unit, setting,
                m_random.between(8, 22), u"CB"_s, {} });
        }
    }

    DemoRandom &m_random;
};

// DemoPeople knows the demo's own tree only; put back what it could not look up here.
void placeInTree(
    MemberProfile &profile, const Org &cell, const Org &grassroots, const Org &district)
{
    if (profile.address.endsWith(u", "_s))
        profile.address += district.locality;
    if (profile.hometown == cell.locality)
        profile.hometown = grassroots.locality;
    profile.commendations.replace(
        u"Giấy khen của : "_s, u"Giấy khen của "_s + grassroots.committee + u": "_s);
}

// A small valid PDF: one page with the document's number and title (ASCII), padded with an
// unreferenced binary stream to `size` bytes.
QByteArray pdf(const QString &title, int size, DemoRandom &random)
{
    QString ascii = DemoPeople::fold(title);
    ascii.replace(u'(', u' ').replace(u')', u' ').replace(u'\\', u' ');
    QByteArray latin = ascii.left(80).toLatin1();
    QByteArray out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    const auto object = [&](const QByteArray &body) {
        offsets << out.size();
        out += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const QByteArray content = "BT /F1 12 Tf 50 780 Td (" + latin + ") Tj ET";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
           "/Resources << /Font << /F1 5 0 R >> >> >>");
    object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
        + "\nendstream");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    QByteArray padding(std::max(0, size - int(out.size()) - 300), Qt::Uninitialized);
    for (char &byte : padding)
        byte = char(random.below(256));
    object("<< /Length " + QByteArray::number(padding.size()) + " >>\nstream\n" + padding
        + "\nendstream");
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1)
        + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QString password(DemoRandom &random)
{
    static constexpr char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString result;
    for (int i = 0; i < 16; ++i)
        result += QLatin1Char(alphabet[random.below(int(sizeof(alphabet)) - 1)]);
    return result;
}

} // namespace

DemoAccount BenchProvince::account(const Summary &summary, const QString &login)
{
    for (const DemoAccount &account : summary.accounts) {
        if (account.login == login)
            return account;
    }
    return {};
}

std::optional<BenchProvince::Summary> BenchProvince::load(
    ServerDatabase &database, const Options &options, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    if (OrgTree::count(database.connection()) > 0) {
        *error = u"this database already holds organisations; use a new database"_s;
        return std::nullopt;
    }
    const auto text = BenchText::load(error);
    if (!text)
        return std::nullopt;

    DemoRandom random(options.seed);
    const TreePlan tree(options.quick, random);
    const QList<Org> &orgs = tree.orgs;
    const auto memberId = [&](int cell, int index) {
        return DemoProvince::id(u"member", u"bench:%1:%2"_s.arg(orgs.at(cell).key).arg(index));
    };

    Summary summary;
    const Org &benchCell = orgs.at(tree.benchCell);
    const Org &otherCell = orgs.at(tree.otherCell >= 0 ? tree.otherCell : int(orgs.size()) - 1);
    struct Plan
    {
        QString login, role;
        const Org *org;
        int cell, index;
        QString description;
    };
    const int otherIndex = tree.otherCell >= 0 ? tree.otherCell : int(orgs.size()) - 1;
    const Plan plans[] = {
        { u"bench.member"_s, u"member"_s, &benchCell, tree.benchCell, 5,
            u"Đảng viên của chi bộ được đo (thấy mọi tài liệu)"_s },
        { u"bench.secretary"_s, u"secretary"_s, &benchCell, tree.benchCell, 0,
            u"Bí thư chi bộ đó"_s },
        { u"bench.committee"_s, u"committee"_s, &orgs.at(0), -1, -1,
            u"Ban Tổ chức Tỉnh ủy: hồ sơ của mọi đảng viên trong tỉnh"_s },
        { u"bench.other"_s, u"member"_s, &otherCell, otherIndex, 3,
            u"Đảng viên của một chi bộ ở huyện khác"_s },
    };
    QStringList hashes;
    for (const Plan &plan : plans) {
        DemoAccount account;
        account.login = plan.login;
        account.password = password(random);
        account.role = plan.role;
        account.orgId = plan.org->id;
        if (plan.cell >= 0)
            account.memberId = memberId(plan.cell, plan.index);
        account.description = plan.description;
        summary.accounts << account;
        hashes << PasswordHasher::hash(account.password);
    }

    WriteTransaction transaction(database);
    for (const Org &org : orgs) {
        OrgTree::add(transaction,
            Organization {
                org.id, org.parent < 0 ? QString() : orgs.at(org.parent).id, org.name, org.kind });
        ++summary.organizations;
        summary.grassroots += org.kind == u"grassroots" ? 1 : 0;
        summary.cells += org.kind == u"cell" ? 1 : 0;
    }

    // Members, cell by cell (the secretary first).
    DemoPeople people(options.seed + 1, QDate(2026, 3, 1));
    MemberStore members(transaction);
    for (int i = 0; i < orgs.size(); ++i) {
        const Org &cell = orgs.at(i);
        if (cell.kind != u"cell")
            continue;
        const Org &grassroots = orgs.at(cell.parent);
        const Org &district = orgs.at(grassroots.parent);
        const DemoOrg view = cell.view(grassroots.key);
        for (int index = 0; index < cell.members; ++index) {
            MemberProfile profile = people.make(view, cell.id, index);
            profile.id = memberId(i, index);
            placeInTree(profile, cell, grassroots, district);
            members.insert(profile);
            ++summary.members;
            for (DemoAccount &account : summary.accounts) {
                if (account.memberId == profile.id)
                    account.fullName = profile.fullName;
            }
        }
    }
    DemoAccounts::store(transaction, summary.accounts, hashes);
    // Committee and admin accounts have no member; DemoAccounts::store takes them as they are.

    // Documents: the province's for everyone, then the member's district, commune and cell.
    const int documentCount = options.quick ? 1000 : 5000;
    const int attachmentEvery = 20;
    const Org &benchGrassroots = orgs.at(tree.benchGrassroots);
    const Org &benchDistrict = orgs.at(benchGrassroots.parent);
    const QString benchMeetingId
        = DemoProvince::id(u"meeting", u"bench:%1:next"_s.arg(benchCell.key));
    QHash<QString, int> serials;
    QStringList provinceDocuments;
    QStringList cellMaterials;
    for (int n = 0; n < documentCount; ++n) {
        const int roll = random.below(100);
        const Org &audience = roll < 68 ? orgs.at(0)
            : roll < 86                 ? benchDistrict
            : roll < 96                 ? benchGrassroots
                                        : benchCell;
        QString issuer = audience.committee;
        QString suffix = audience.numberSuffix;
        if (&audience == &orgs.at(0)) {
            const auto &[who, code] = random.pick(dyn(kProvinceIssuers));
            issuer = who.toString();
            suffix = code.toString();
        } else if (&audience == &benchDistrict) {
            issuer = u"Ban Thường vụ "_s + audience.committee;
        }
        // Newer years hold more documents.
        const int year = 2016 + int(std::sqrt(double(random.below(10000))) / 10.0);
        const QDate issued
            = QDate(year, 1, 1).addDays(random.below(QDate(year, 1, 1).daysInYear()));
        const int bodyBytes
            = int(2000.0 * std::exp(std::log(20.0) * double(random.below(1000000)) / 1e6));
        const QString serialKey = suffix + QString::number(year);
        const int serial = ++serials[serialKey];
        const BenchDocumentText doc
            = text->document(random, bodyBytes, issuer, suffix, serial, year);

        DocumentDraft draft;
        draft.id = DemoProvince::id(u"document", u"bench:%1"_s.arg(n));
        draft.orgId = audience.id;
        draft.audienceOrgId = audience.id;
        draft.kind = doc.kind;
        draft.number = doc.number.isEmpty() ? QString() : doc.number;
        draft.title = doc.title;
        draft.issuedDate = issued.toString(Qt::ISODate);
        draft.issuer = issuer;
        draft.summary = doc.summary;
        draft.body = doc.body;
        const int classification = random.below(100);
        draft.classification = classification < 30 ? u"public"_s
            : classification < 95                  ? u"internal"_s
                                                   : u"restricted"_s;
        draft.publishedAt
            = QDateTime(issued, QTime(8, 0).addSecs(60 * random.below(480)), kVietnam).toUTC();
        if (&audience == &benchCell && doc.kind == u"meeting_material") {
            draft.meetingId = benchMeetingId;
            cellMaterials << draft.id;
        }
        if (n % attachmentEvery == attachmentEvery - 1) {
            const int size
                = int(20000.0 * std::exp(std::log(10.0) * double(random.below(1000000)) / 1e6));
            const QByteArray bytes = pdf(doc.number + u' ' + doc.title, size, random);
            QString name = doc.number.isEmpty() ? doc.title.left(60) : doc.number;
            name.replace(u'/', u'-');
            draft.attachments << AttachmentStore::store(
                transaction, bytes, name + u".pdf"_s, u"application/pdf"_s);
            ++summary.attachments;
            summary.attachmentBytes += bytes.size();
        }
        DocumentPublisher::publish(transaction, draft);
        if (&audience == &orgs.at(0))
            provinceDocuments << draft.id;
        ++summary.documents;
        summary.bodyBytes += doc.body.toUtf8().size();
    }

    // Two meetings per cell: last month's (done) and the next one (scheduled).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.toTimeZone(kVietnam).date();
    for (int i = 0; i < orgs.size(); ++i) {
        const Org &cell = orgs.at(i);
        if (cell.kind != u"cell")
            continue;
        const bool office = cell.setting == DemoSetting::Health
            || cell.setting == DemoSetting::Education || cell.setting == DemoSetting::Enterprise;
        for (const bool next : { false, true }) {
            const QDate day = next ? today.addDays(random.between(2, 24))
                                   : today.addDays(-random.between(6, 30));
            DemoMeeting meeting;
            meeting.cellKey = cell.key;
            meeting.id = DemoProvince::id(
                u"meeting", u"bench:%1:%2"_s.arg(cell.key, next ? u"next"_s : u"last"_s));
            meeting.title
                = u"Sinh hoạt chi bộ thường kỳ tháng %1/%2"_s.arg(day.month()).arg(day.year());
            meeting.startsAt
                = QDateTime(day, office ? QTime(14, 0) : QTime(19, 30), kVietnam).toUTC();
            meeting.location = cell.meetingPlace;
            QStringList documents;
            if (i == tree.benchCell && next)
                documents = cellMaterials;
            for (int k = 0; k < 2 && !provinceDocuments.isEmpty(); ++k)
                documents << provinceDocuments.at(random.below(int(provinceDocuments.size())));
            meeting.agenda = QStringList { u"1. Đồng chí Bí thư chi bộ thông báo tình hình thời "
                                           "sự, những văn bản mới của cấp trên."_s,
                u"2. Đánh giá kết quả thực hiện nhiệm vụ tháng trước."_s,
                u"3. Thảo luận, đề ra nhiệm vụ tháng tới; phân công đảng viên thực hiện."_s,
                u"4. Chi bộ kết luận."_s }
                                 .join(u'\n');
            DemoMeetings::store(transaction, meeting, cell.id, documents, {});
            if (!next)
                runSql(transaction.db(), u"UPDATE meetings SET status = 'done' WHERE id = ?"_s,
                    { meeting.id });
            ++summary.meetings;
        }
    }

    const QJsonObject meta { { u"province"_s, u"Sơn Lâm (benchmark scale)"_s },
        { u"loaded_at"_s, Timestamps::toIso(now) }, { u"seed"_s, QString::number(options.seed) },
        { u"quick"_s, options.quick } };
    runSql(transaction.db(), u"INSERT INTO server_meta (key, value) VALUES (?, ?)"_s,
        { u"bench"_s, QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact)) });
    AuditLog::record(transaction.db(),
        AuditEntry { {}, u"cli"_s, u"bench"_s, u"organization"_s, orgs.at(0).id, u"ok"_s, {},
            u"members=%1 documents=%2"_s.arg(summary.members).arg(summary.documents) });
    transaction.commit();
    summary.changes
        = int(scalarSql(database.connection(), u"SELECT COUNT(*) FROM changes"_s).toLongLong());
    summary.seconds = double(timer.elapsed()) / 1000.0;
    return summary;
}
