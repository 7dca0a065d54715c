// The demo province's organisation tree (invented: "Đảng bộ tỉnh Sơn Lâm"), as data: keys
// name organisations in the demo documents file and in the demo accounts.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <span>

// The kind of place a cell is, which shapes its members' profiles.
enum class DemoSetting {
    None, // not a cell
    Urban, // a street block of a town (tổ dân phố)
    Rural, // a lowland hamlet (xóm)
    Highland, // a highland hamlet, mostly ethnic minorities
    Health, // a cell of the provincial health department
    Education, // a cell of the provincial education department
    Enterprise, // a cell of a state-owned tea company
};

struct DemoOrg
{
    QStringView key;
    QStringView parent; // empty for the province
    QStringView kind; // province, district, grassroots, cell
    QStringView name; // e.g. "Chi bộ tổ dân phố số 5"
    QStringView committee; // who issues its documents, e.g. "Đảng ủy phường Quang Trung"
    QStringView locality; // where it is, for addresses and hometowns
    DemoSetting setting = DemoSetting::None;
    int members = 0; // cells only
    QStringView meetingPlace; // cells only
};

class DemoProvince
{
public:
    // Every organisation, parents before children.
    [[nodiscard]] static std::span<const DemoOrg> organizations();
    // The organisation with this key, or nullptr.
    [[nodiscard]] static const DemoOrg *find(QStringView key);
    // The organisation and its ancestors, nearest first.
    [[nodiscard]] static QList<const DemoOrg *> ancestry(QStringView key);
    // The province's short name, "Sơn Lâm".
    [[nodiscard]] static QStringView provinceName() { return u"Sơn Lâm"; }
    // The stable id of a demo object (a name-based UUID), e.g. id(u"organization", u"qt-5"):
    // the same on every run, so demo databases and tests are reproducible.
    [[nodiscard]] static QString id(QStringView type, QStringView key);
    // The same, for a type named by a constant of sync/protocol (id(RowType::Member, ...)).
    [[nodiscard]] static QString id(QLatin1StringView type, QStringView key)
    {
        return id(QStringView(QString(type)), key);
    }
};
