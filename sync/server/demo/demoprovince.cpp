#include "demo/demoprovince.h"

#include <QList>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

using S = DemoSetting;

// 1 province, 3 district-level committees and 2 committees directly under the province,
// 10 grassroots committees, 40 cells, 800 members.
constexpr DemoOrg tree[] = {
    { u"tinh", u"", u"province", u"Đảng bộ tỉnh Sơn Lâm", u"Tỉnh ủy Sơn Lâm", u"tỉnh Sơn Lâm",
        S::None, 0, {} },

    { u"tp", u"tinh", u"district", u"Đảng bộ thành phố Sơn Lâm", u"Thành ủy Sơn Lâm",
        u"thành phố Sơn Lâm, tỉnh Sơn Lâm", S::None, 0, {} },
    { u"qt", u"tp", u"grassroots", u"Đảng bộ phường Quang Trung", u"Đảng ủy phường Quang Trung",
        u"phường Quang Trung, thành phố Sơn Lâm, tỉnh Sơn Lâm", S::None, 0, {} },
    { u"qt-1", u"qt", u"cell", u"Chi bộ tổ dân phố số 1", u"Chi bộ tổ dân phố số 1",
        u"tổ dân phố số 1, phường Quang Trung", S::Urban, 30, u"Nhà văn hóa tổ dân phố số 1" },
    { u"qt-2", u"qt", u"cell", u"Chi bộ tổ dân phố số 2", u"Chi bộ tổ dân phố số 2",
        u"tổ dân phố số 2, phường Quang Trung", S::Urban, 26, u"Nhà văn hóa tổ dân phố số 2" },
    { u"qt-3", u"qt", u"cell", u"Chi bộ tổ dân phố số 3", u"Chi bộ tổ dân phố số 3",
        u"tổ dân phố số 3, phường Quang Trung", S::Urban, 24, u"Nhà văn hóa tổ dân phố số 3" },
    { u"qt-4", u"qt", u"cell", u"Chi bộ tổ dân phố số 4", u"Chi bộ tổ dân phố số 4",
        u"tổ dân phố số 4, phường Quang Trung", S::Urban, 28, u"Nhà văn hóa tổ dân phố số 4" },
    { u"qt-5", u"qt", u"cell", u"Chi bộ tổ dân phố số 5", u"Chi bộ tổ dân phố số 5",
        u"tổ dân phố số 5, phường Quang Trung", S::Urban, 32,
        u"Nhà văn hóa tổ dân phố số 5, ngõ 12 đường Quang Trung" },
    { u"tv", u"tp", u"grassroots", u"Đảng bộ phường Trưng Vương", u"Đảng ủy phường Trưng Vương",
        u"phường Trưng Vương, thành phố Sơn Lâm, tỉnh Sơn Lâm", S::None, 0, {} },
    { u"tv-7", u"tv", u"cell", u"Chi bộ tổ dân phố số 7", u"Chi bộ tổ dân phố số 7",
        u"tổ dân phố số 7, phường Trưng Vương", S::Urban, 28, u"Nhà văn hóa tổ dân phố số 7" },
    { u"tv-8", u"tv", u"cell", u"Chi bộ tổ dân phố số 8", u"Chi bộ tổ dân phố số 8",
        u"tổ dân phố số 8, phường Trưng Vương", S::Urban, 24, u"Nhà văn hóa tổ dân phố số 8" },
    { u"tv-9", u"tv", u"cell", u"Chi bộ tổ dân phố số 9", u"Chi bộ tổ dân phố số 9",
        u"tổ dân phố số 9, phường Trưng Vương", S::Urban, 26, u"Nhà văn hóa tổ dân phố số 9" },
    { u"tv-10", u"tv", u"cell", u"Chi bộ tổ dân phố số 10", u"Chi bộ tổ dân phố số 10",
        u"tổ dân phố số 10, phường Trưng Vương", S::Urban, 22, u"Nhà văn hóa tổ dân phố số 10" },
    { u"tv-11", u"tv", u"cell", u"Chi bộ tổ dân phố số 11", u"Chi bộ tổ dân phố số 11",
        u"tổ dân phố số 11, phường Trưng Vương", S::Urban, 30,
        u"Hội trường Đảng ủy phường Trưng Vương" },
    { u"qth", u"tp", u"grassroots", u"Đảng bộ xã Quyết Thắng", u"Đảng ủy xã Quyết Thắng",
        u"xã Quyết Thắng, thành phố Sơn Lâm, tỉnh Sơn Lâm", S::None, 0, {} },
    { u"qth-cay-thi", u"qth", u"cell", u"Chi bộ xóm Cây Thị", u"Chi bộ xóm Cây Thị",
        u"xóm Cây Thị, xã Quyết Thắng", S::Rural, 18, u"Nhà văn hóa xóm Cây Thị" },
    { u"qth-nuoc-hai", u"qth", u"cell", u"Chi bộ xóm Nước Hai", u"Chi bộ xóm Nước Hai",
        u"xóm Nước Hai, xã Quyết Thắng", S::Rural, 16, u"Nhà văn hóa xóm Nước Hai" },
    { u"qth-dong-xe", u"qth", u"cell", u"Chi bộ xóm Đồng Xe", u"Chi bộ xóm Đồng Xe",
        u"xóm Đồng Xe, xã Quyết Thắng", S::Rural, 20, u"Nhà văn hóa xóm Đồng Xe" },
    { u"qth-khuon-nam", u"qth", u"cell", u"Chi bộ xóm Khuôn Năm", u"Chi bộ xóm Khuôn Năm",
        u"xóm Khuôn Năm, xã Quyết Thắng", S::Rural, 15, u"Nhà văn hóa xóm Khuôn Năm" },

    { u"dp", u"tinh", u"district", u"Đảng bộ huyện Đại Phú", u"Huyện ủy Đại Phú",
        u"huyện Đại Phú, tỉnh Sơn Lâm", S::None, 0, {} },
    { u"ls", u"dp", u"grassroots", u"Đảng bộ xã La Sơn", u"Đảng ủy xã La Sơn",
        u"xã La Sơn, huyện Đại Phú, tỉnh Sơn Lâm", S::None, 0, {} },
    { u"ls-dong-tien", u"ls", u"cell", u"Chi bộ xóm Đồng Tiến", u"Chi bộ xóm Đồng Tiến",
        u"xóm Đồng Tiến, xã La Sơn", S::Rural, 24, u"Nhà văn hóa xóm Đồng Tiến" },
    { u"ls-khuon-lang", u"ls", u"cell", u"Chi bộ xóm Khuôn Lặng", u"Chi bộ xóm Khuôn Lặng",
        u"xóm Khuôn Lặng, xã La Sơn", S::Rural, 20, u"Nhà văn hóa xóm Khuôn Lặng" },
    { u"ls-bao-bien", u"ls", u"cell", u"Chi bộ xóm Bảo Biên", u"Chi bộ xóm Bảo Biên",
        u"xóm Bảo Biên, xã La Sơn", S::Rural, 22, u"Nhà văn hóa xóm Bảo Biên" },
    { u"ls-lang-chua", u"ls", u"cell", u"Chi bộ xóm Làng Chùa", u"Chi bộ xóm Làng Chùa",
        u"xóm Làng Chùa, xã La Sơn", S::Rural, 18, u"Nhà văn hóa xóm Làng Chùa" },
    { u"ls-tien-thanh", u"ls", u"cell", u"Chi bộ xóm Tiến Thành", u"Chi bộ xóm Tiến Thành",
        u"xóm Tiến Thành, xã La Sơn", S::Rural, 21, u"Nhà văn hóa xóm Tiến Thành" },
    { u"ttdp", u"dp", u"grassroots", u"Đảng bộ thị trấn Đại Phú", u"Đảng ủy thị trấn Đại Phú",
        u"thị trấn Đại Phú, huyện Đại Phú, tỉnh Sơn Lâm", S::None, 0, {} },
    { u"ttdp-son-ha", u"ttdp", u"cell", u"Chi bộ tổ dân phố Sơn Hà", u"Chi bộ tổ dân phố Sơn Hà",
        u"tổ dân phố Sơn Hà, thị trấn Đại Phú", S::Urban, 24, u"Nhà văn hóa tổ dân phố Sơn Hà" },
    { u"ttdp-cho-moi", u"ttdp", u"cell", u"Chi bộ tổ dân phố Chợ Mới", u"Chi bộ tổ dân phố Chợ Mới",
        u"tổ dân phố Chợ Mới, thị trấn Đại Phú", S::Urban, 21, u"Nhà văn hóa tổ dân phố Chợ Mới" },
    { u"ttdp-dinh", u"ttdp", u"cell", u"Chi bộ tổ dân phố Đình", u"Chi bộ tổ dân phố Đình",
        u"tổ dân phố Đình, thị trấn Đại Phú", S::Urban, 19, u"Nhà văn hóa tổ dân phố Đình" },
    { u"ttdp-tan-lap", u"ttdp", u"cell", u"Chi bộ tổ dân phố Tân Lập", u"Chi bộ tổ dân phố Tân Lập",
        u"tổ dân phố Tân Lập, thị trấn Đại Phú", S::Urban, 22, u"Nhà văn hóa tổ dân phố Tân Lập" },

    { u"yt", u"tinh", u"district", u"Đảng bộ huyện Yên Thượng", u"Huyện ủy Yên Thượng",
        u"huyện Yên Thượng, tỉnh Sơn Lâm", S::None, 0, {} },
    { u"pd", u"yt", u"grassroots", u"Đảng bộ xã Phú Đình", u"Đảng ủy xã Phú Đình",
        u"xã Phú Đình, huyện Yên Thượng, tỉnh Sơn Lâm", S::None, 0, {} },
    { u"pd-dong-dinh", u"pd", u"cell", u"Chi bộ xóm Đồng Đình", u"Chi bộ xóm Đồng Đình",
        u"xóm Đồng Đình, xã Phú Đình", S::Highland, 17, u"Nhà văn hóa xóm Đồng Đình" },
    { u"pd-khuon-tat", u"pd", u"cell", u"Chi bộ xóm Khuôn Tát", u"Chi bộ xóm Khuôn Tát",
        u"xóm Khuôn Tát, xã Phú Đình", S::Highland, 15, u"Nhà văn hóa xóm Khuôn Tát" },
    { u"pd-hop-thanh", u"pd", u"cell", u"Chi bộ xóm Hợp Thành", u"Chi bộ xóm Hợp Thành",
        u"xóm Hợp Thành, xã Phú Đình", S::Highland, 19, u"Nhà văn hóa xóm Hợp Thành" },
    { u"pd-diem-mac", u"pd", u"cell", u"Chi bộ xóm Điềm Mặc", u"Chi bộ xóm Điềm Mặc",
        u"xóm Điềm Mặc, xã Phú Đình", S::Highland, 14, u"Nhà văn hóa xóm Điềm Mặc" },
    { u"bc", u"yt", u"grassroots", u"Đảng bộ xã Bảo Cường", u"Đảng ủy xã Bảo Cường",
        u"xã Bảo Cường, huyện Yên Thượng, tỉnh Sơn Lâm", S::None, 0, {} },
    { u"bc-na-mon", u"bc", u"cell", u"Chi bộ xóm Nạ Mòn", u"Chi bộ xóm Nạ Mòn",
        u"xóm Nạ Mòn, xã Bảo Cường", S::Highland, 16, u"Nhà văn hóa xóm Nạ Mòn" },
    { u"bc-na-leng", u"bc", u"cell", u"Chi bộ xóm Nà Lẹng", u"Chi bộ xóm Nà Lẹng",
        u"xóm Nà Lẹng, xã Bảo Cường", S::Highland, 13, u"Nhà văn hóa xóm Nà Lẹng" },
    { u"bc-ban-pan", u"bc", u"cell", u"Chi bộ xóm Bản Pán", u"Chi bộ xóm Bản Pán",
        u"xóm Bản Pán, xã Bảo Cường", S::Highland, 15, u"Nhà văn hóa xóm Bản Pán" },
    { u"bc-khuoi-chao", u"bc", u"cell", u"Chi bộ xóm Khuổi Chao", u"Chi bộ xóm Khuổi Chao",
        u"xóm Khuổi Chao, xã Bảo Cường", S::Highland, 12, u"Nhà văn hóa xóm Khuổi Chao" },

    { u"kcq", u"tinh", u"district", u"Đảng bộ Khối các cơ quan tỉnh",
        u"Đảng ủy Khối các cơ quan tỉnh", u"thành phố Sơn Lâm, tỉnh Sơn Lâm", S::None, 0, {} },
    { u"syt", u"kcq", u"grassroots", u"Đảng bộ Sở Y tế", u"Đảng ủy Sở Y tế",
        u"Sở Y tế tỉnh Sơn Lâm", S::None, 0, {} },
    { u"syt-vp", u"syt", u"cell", u"Chi bộ Văn phòng Sở Y tế", u"Chi bộ Văn phòng Sở Y tế",
        u"Văn phòng Sở Y tế", S::Health, 18, u"Phòng họp tầng 2, trụ sở Sở Y tế" },
    { u"syt-nvy", u"syt", u"cell", u"Chi bộ Phòng Nghiệp vụ Y – Dược",
        u"Chi bộ Phòng Nghiệp vụ Y – Dược", u"Phòng Nghiệp vụ Y – Dược, Sở Y tế", S::Health, 14,
        u"Phòng họp tầng 3, trụ sở Sở Y tế" },
    { u"syt-tt", u"syt", u"cell", u"Chi bộ Thanh tra Sở Y tế", u"Chi bộ Thanh tra Sở Y tế",
        u"Thanh tra Sở Y tế", S::Health, 12, u"Phòng họp tầng 3, trụ sở Sở Y tế" },
    { u"sgd", u"kcq", u"grassroots", u"Đảng bộ Sở Giáo dục và Đào tạo",
        u"Đảng ủy Sở Giáo dục và Đào tạo", u"Sở Giáo dục và Đào tạo tỉnh Sơn Lâm", S::None, 0, {} },
    { u"sgd-vp", u"sgd", u"cell", u"Chi bộ Văn phòng Sở Giáo dục và Đào tạo",
        u"Chi bộ Văn phòng Sở Giáo dục và Đào tạo", u"Văn phòng Sở Giáo dục và Đào tạo",
        S::Education, 16, u"Phòng họp số 1, Sở Giáo dục và Đào tạo" },
    { u"sgd-gdtrh", u"sgd", u"cell", u"Chi bộ Phòng Giáo dục Trung học",
        u"Chi bộ Phòng Giáo dục Trung học", u"Phòng Giáo dục Trung học, Sở Giáo dục và Đào tạo",
        S::Education, 19, u"Phòng họp số 2, Sở Giáo dục và Đào tạo" },
    { u"sgd-tccb", u"sgd", u"cell", u"Chi bộ Phòng Tổ chức cán bộ", u"Chi bộ Phòng Tổ chức cán bộ",
        u"Phòng Tổ chức cán bộ, Sở Giáo dục và Đào tạo", S::Education, 12,
        u"Phòng họp số 2, Sở Giáo dục và Đào tạo" },

    { u"kdn", u"tinh", u"district", u"Đảng bộ Khối doanh nghiệp tỉnh",
        u"Đảng ủy Khối doanh nghiệp tỉnh", u"thành phố Sơn Lâm, tỉnh Sơn Lâm", S::None, 0, {} },
    { u"che", u"kdn", u"grassroots", u"Đảng bộ Công ty cổ phần Chè Sơn Lâm",
        u"Đảng ủy Công ty cổ phần Chè Sơn Lâm", u"Công ty cổ phần Chè Sơn Lâm", S::None, 0, {} },
    { u"che-xcb", u"che", u"cell", u"Chi bộ Xưởng chế biến", u"Chi bộ Xưởng chế biến",
        u"Xưởng chế biến, Công ty cổ phần Chè Sơn Lâm", S::Enterprise, 24,
        u"Phòng họp Xưởng chế biến" },
    { u"che-dsx1", u"che", u"cell", u"Chi bộ Đội sản xuất số 1", u"Chi bộ Đội sản xuất số 1",
        u"Đội sản xuất số 1, Công ty cổ phần Chè Sơn Lâm", S::Enterprise, 20,
        u"Nhà điều hành Đội sản xuất số 1" },
    { u"che-vp", u"che", u"cell", u"Chi bộ Khối văn phòng", u"Chi bộ Khối văn phòng",
        u"Khối văn phòng, Công ty cổ phần Chè Sơn Lâm", S::Enterprise, 14,
        u"Hội trường Công ty cổ phần Chè Sơn Lâm" },
};

} // namespace

std::span<const DemoOrg> DemoProvince::organizations()
{
    return tree;
}

const DemoOrg *DemoProvince::find(QStringView key)
{
    for (const DemoOrg &org : tree) {
        if (org.key == key)
            return &org;
    }
    return nullptr;
}

QList<const DemoOrg *> DemoProvince::ancestry(QStringView key)
{
    QList<const DemoOrg *> chain;
    for (const DemoOrg *org = find(key); org;
         org = org->parent.isEmpty() ? nullptr : find(org->parent))
        chain << org;
    return chain;
}

QString DemoProvince::id(QStringView type, QStringView key)
{
    static const QUuid demoNamespace(u"3d0f6d7e-5b1a-4c8e-9a56-7a1e0b2c4d90"_s);
    return QUuid::createUuidV5(demoNamespace, type.toString() + u':' + key.toString())
        .toString(QUuid::WithoutBraces);
}
