#include "demo/demonames.h"

namespace {

constexpr QStringView kinh[] = { u"Nguyễn", u"Nguyễn", u"Nguyễn", u"Nguyễn", u"Nguyễn", u"Nguyễn",
    u"Nguyễn", u"Nguyễn", u"Nguyễn", u"Nguyễn", u"Trần", u"Trần", u"Trần", u"Lê", u"Lê", u"Lê",
    u"Phạm", u"Phạm", u"Phạm", u"Hoàng", u"Hoàng", u"Vũ", u"Vũ", u"Đỗ", u"Đỗ", u"Bùi", u"Bùi",
    u"Đặng", u"Ngô", u"Dương", u"Đào", u"Lương", u"Đinh", u"Trịnh", u"Phan", u"Hà", u"Tạ", u"Lưu",
    u"Cao", u"Mai", u"Chu", u"Lý", u"Hồ", u"Đoàn", u"Nghiêm" };
constexpr QStringView tay[]
    = { u"Hoàng", u"Hoàng", u"Hoàng", u"Nông", u"Nông", u"Ma", u"Ma", u"Ma", u"Lương", u"Lương",
          u"Hà", u"Hà", u"Lục", u"Dương", u"Mạc", u"Đàm", u"La", u"Nguyễn", u"Ngôn", u"Triệu" };
constexpr QStringView nung[] = { u"Hoàng", u"Hoàng", u"Nông", u"Nông", u"Lý", u"Lý", u"Vi", u"Lăng",
    u"Mông", u"Chu", u"Lục" };
constexpr QStringView dao[] = { u"Triệu", u"Triệu", u"Triệu", u"Bàn", u"Bàn", u"Bàn", u"Đặng",
    u"Đặng", u"Lý", u"Lý", u"Phùng", u"Chảo" };
constexpr QStringView sanDiu[]
    = { u"Diệp", u"Diệp", u"Lam", u"Lam", u"Trương", u"Lưu", u"Quan", u"Dương", u"Lê" };
constexpr QStringView sanChay[] = { u"Lâm", u"Lâm", u"Hoàng", u"Ninh", u"Trần", u"La", u"Sầm" };

// A few given names heard among the Dao of the northern midlands.
constexpr QStringView daoMale[] = { u"Hin", u"Quẩy", u"Kiều", u"Tòn" };
constexpr QStringView daoFemale[] = { u"Nái" };

const DemoEthnicity groups[] = {
    { u"Kinh", kinh, {}, {} },
    { u"Tày", tay, {}, {} },
    { u"Nùng", nung, {}, {} },
    { u"Dao", dao, daoMale, daoFemale },
    { u"Sán Dìu", sanDiu, {}, {} },
    { u"Sán Chay", sanChay, {}, {} },
};

constexpr QStringView maleMiddle[] = { u"Văn", u"Văn", u"Văn", u"Văn", u"Văn", u"Văn", u"Văn",
    u"Văn", u"Đức", u"Đức", u"Minh", u"Minh", u"Quang", u"Quang", u"Hữu", u"Xuân", u"Ngọc", u"Mạnh",
    u"Thanh", u"Công", u"Đình", u"Đình", u"Tiến", u"Trọng", u"Bá", u"Kim", u"Huy" };
constexpr QStringView femaleMiddle[] = { u"Thị", u"Thị", u"Thị", u"Thị", u"Thị", u"Thị", u"Thị",
    u"Thị", u"Thị", u"Thị", u"Thu", u"Thanh", u"Ngọc", u"Hồng", u"Kim", u"Bích", u"Minh", u"Hải" };
constexpr QStringView youngMaleMiddle[] = { u"Văn", u"Văn", u"Đức", u"Minh", u"Quang", u"Tuấn",
    u"Việt", u"Anh", u"Duy", u"Hoàng", u"Ngọc", u"Trung", u"Thành", u"Hải" };
constexpr QStringView youngFemaleMiddle[] = { u"Thị", u"Thị", u"Thị", u"Thu", u"Thanh", u"Phương",
    u"Thùy", u"Ngọc", u"Khánh", u"Diệu", u"Mai", u"Hà", u"Minh", u"Lan" };

constexpr QStringView maleGiven[] = { u"Hùng", u"Dũng", u"Tuấn", u"Nam", u"Hải", u"Long", u"Thắng",
    u"Cường", u"Quân", u"Sơn", u"Phong", u"Bình", u"Tùng", u"Hưng", u"Trung", u"Khánh", u"Hiếu",
    u"Đạt", u"Lâm", u"Thành", u"Toàn", u"Hoàng", u"Huy", u"Kiên", u"Vinh", u"Lợi", u"Tâm", u"Phúc",
    u"Hậu", u"Chiến", u"Lực", u"Thịnh", u"Tiến", u"Quyết", u"Thọ", u"Vượng", u"Hòa", u"Dương",
    u"Tú", u"Việt", u"Minh", u"Đông", u"Tài", u"Lộc", u"Nghĩa", u"Sáng", u"Bảo", u"Duy", u"Khải",
    u"Tuyên", u"Thuận", u"Hiệp", u"Mạnh", u"Quý", u"Trường" };
constexpr QStringView femaleGiven[]
    = { u"Lan", u"Hương", u"Hoa", u"Mai", u"Hằng", u"Thảo", u"Trang", u"Huyền", u"Linh", u"Nga",
          u"Hạnh", u"Yến", u"Ngọc", u"Phương", u"Thủy", u"Dung", u"Loan", u"Hà", u"Nhung", u"Oanh",
          u"Vân", u"Thu", u"Liên", u"Thơm", u"Hiền", u"Quyên", u"Duyên", u"Giang", u"Lụa", u"Chinh",
          u"Hảo", u"Tuyết", u"Xuân", u"Nguyệt", u"Huệ", u"Thúy", u"Hồng", u"Mến", u"Sen", u"Đào",
          u"Hường", u"Ngân", u"Thắm", u"Nhàn", u"Tâm", u"Hậu", u"Lý", u"Vui" };

constexpr QStringView communes[] = { u"xã La Sơn, huyện Đại Phú", u"xã Hùng Sơn, huyện Đại Phú",
    u"xã Minh Tiến, huyện Đại Phú", u"xã Tân Linh, huyện Đại Phú",
    u"thị trấn Đại Phú, huyện Đại Phú", u"xã Phú Đình, huyện Yên Thượng",
    u"xã Bảo Cường, huyện Yên Thượng", u"xã Yên Lạc, huyện Yên Thượng",
    u"xã Kim Phượng, huyện Yên Thượng", u"xã Quyết Thắng, thành phố Sơn Lâm",
    u"xã Tân Cương, thành phố Sơn Lâm", u"xã Phúc Xuân, thành phố Sơn Lâm",
    u"phường Quang Trung, thành phố Sơn Lâm", u"phường Trưng Vương, thành phố Sơn Lâm" };

constexpr DemoHometown others[] = {
    { u"huyện Hải Hậu, tỉnh Nam Định", u"036" },
    { u"huyện Ý Yên, tỉnh Nam Định", u"036" },
    { u"huyện Kiến Xương, tỉnh Thái Bình", u"034" },
    { u"huyện Yên Phong, tỉnh Bắc Ninh", u"027" },
    { u"huyện Lạng Giang, tỉnh Bắc Giang", u"024" },
    { u"huyện Lâm Thao, tỉnh Phú Thọ", u"025" },
    { u"huyện Sơn Dương, tỉnh Tuyên Quang", u"008" },
    { u"huyện Chợ Đồn, tỉnh Bắc Kạn", u"006" },
    { u"huyện Văn Lãng, tỉnh Lạng Sơn", u"020" },
    { u"huyện Thanh Miện, tỉnh Hải Dương", u"030" },
    { u"huyện Nga Sơn, tỉnh Thanh Hóa", u"038" },
    { u"huyện Nam Đàn, tỉnh Nghệ An", u"040" },
    { u"huyện Phú Xuyên, thành phố Hà Nội", u"001" },
    { u"huyện Định Hóa, tỉnh Thái Nguyên", u"019" },
};

constexpr QStringView wards[] = { u"phường Quang Trung", u"phường Trưng Vương",
    u"phường Hoàng Văn Thụ", u"phường Phan Đình Phùng", u"phường Tân Thịnh", u"phường Gia Sàng",
    u"phường Túc Duyên", u"phường Đồng Quang" };
constexpr QStringView streetNames[] = { u"Quang Trung", u"Lương Ngọc Quyến", u"Hoàng Văn Thụ",
    u"Phan Đình Phùng", u"Cách Mạng Tháng Tám", u"Minh Cầu", u"Đội Cấn", u"Lê Quý Đôn",
    u"Bến Tượng", u"Nha Trang", u"Túc Duyên", u"Bắc Sơn", u"Tân Thịnh", u"Z115" };

constexpr QStringView prefixes[] = { u"086", u"096", u"097", u"098", u"032", u"033", u"034", u"035",
    u"036", u"037", u"038", u"039", u"088", u"091", u"094", u"081", u"082", u"083", u"084", u"085",
    u"089", u"090", u"093", u"070", u"076", u"077", u"078", u"079" };

} // namespace

const DemoEthnicity &DemoNames::ethnicity(QStringView name)
{
    for (const DemoEthnicity &group : groups) {
        if (group.name == name)
            return group;
    }
    return groups[0];
}

std::span<const QStringView> DemoNames::maleMiddleNames()
{
    return maleMiddle;
}
std::span<const QStringView> DemoNames::femaleMiddleNames()
{
    return femaleMiddle;
}
std::span<const QStringView> DemoNames::youngMaleMiddleNames()
{
    return youngMaleMiddle;
}
std::span<const QStringView> DemoNames::youngFemaleMiddleNames()
{
    return youngFemaleMiddle;
}
std::span<const QStringView> DemoNames::maleGivenNames()
{
    return maleGiven;
}
std::span<const QStringView> DemoNames::femaleGivenNames()
{
    return femaleGiven;
}
std::span<const QStringView> DemoNames::provinceCommunes()
{
    return communes;
}
std::span<const DemoHometown> DemoNames::otherHometowns()
{
    return others;
}
std::span<const QStringView> DemoNames::cityWards()
{
    return wards;
}
std::span<const QStringView> DemoNames::streets()
{
    return streetNames;
}
std::span<const QStringView> DemoNames::mobilePrefixes()
{
    return prefixes;
}
