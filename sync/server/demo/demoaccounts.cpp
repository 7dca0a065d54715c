#include "demo/demoaccounts.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "demo/demoprovince.h"
#include "mutationnames.h"
#include "records/temporarypassword.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
namespace Role = Protocol::Role;
namespace RowType = Protocol::RowType;

namespace {

struct Spec
{
    QStringView login;
    QLatin1StringView role;
    QStringView orgKey;
    int memberIndex; // -1: no member record
    QStringView description;
};

// Cell A (qt-5) lies under Đảng bộ phường Quang Trung and Thành ủy Sơn Lâm; cell B
// (ls-dong-tien) in the other branch, under Huyện ủy Đại Phú. Each committee organisation has
// two committee accounts (the two-person rule of publishing, DESIGN.md 8.2); the first one
// holds the demo's signer of that organisation (DemoSigners).
constexpr Spec specs[] = {
    { u"dangvien.a1", Role::Member, u"qt-5", 5,
        u"Đảng viên Chi bộ tổ dân phố số 5, phường Quang Trung" },
    { u"bithu.a", Role::Secretary, u"qt-5", 0,
        u"Bí thư Chi bộ tổ dân phố số 5, phường Quang Trung (cùng chi bộ với dangvien.a1)" },
    { u"dangvien.a2", Role::Member, u"qt-5", 6,
        u"Đảng viên thứ hai của Chi bộ tổ dân phố số 5, phường Quang Trung" },
    { u"dangvien.b1", Role::Member, u"ls-dong-tien", 4,
        u"Đảng viên Chi bộ xóm Đồng Tiến, xã La Sơn, huyện Đại Phú (chi bộ khác)" },
    { u"bithu.b", Role::Secretary, u"ls-dong-tien", 0,
        u"Bí thư Chi bộ xóm Đồng Tiến, xã La Sơn, huyện Đại Phú" },
    { u"danguy.quangtrung", Role::Committee, u"qt", -1,
        u"Đảng ủy phường Quang Trung (cấp trên trực tiếp của chi bộ tổ dân phố số 5)" },
    { u"thanhuy.sonlam", Role::Committee, u"tp", -1,
        u"Ban Tổ chức Thành ủy Sơn Lâm (cấp trên của chi bộ tổ dân phố số 5)" },
    { u"huyenuy.daiphu", Role::Committee, u"dp", -1,
        u"Ban Tổ chức Huyện ủy Đại Phú (nhánh khác: không quản lý thành phố Sơn Lâm)" },
    { u"tinhuy.sonlam", Role::Committee, u"tinh", -1,
        u"Ban Tổ chức Tỉnh ủy Sơn Lâm (cấp trên của mọi tổ chức đảng trong tỉnh)" },
    // A second person of each committee: one drafts, the other approves and signs.
    { u"danguy.quangtrung2", Role::Committee, u"qt", -1,
        u"Đảng ủy phường Quang Trung, người thứ hai (duyệt văn bản do người kia soạn)" },
    { u"thanhuy.sonlam2", Role::Committee, u"tp", -1,
        u"Ban Tổ chức Thành ủy Sơn Lâm, người thứ hai (duyệt văn bản do người kia soạn)" },
    { u"huyenuy.daiphu2", Role::Committee, u"dp", -1,
        u"Ban Tổ chức Huyện ủy Đại Phú, người thứ hai (duyệt văn bản do người kia soạn)" },
    { u"tinhuy.sonlam2", Role::Committee, u"tinh", -1,
        u"Ban Tổ chức Tỉnh ủy Sơn Lâm, người thứ hai (duyệt văn bản do người kia soạn)" },
    { u"quantri", Role::Admin, u"tinh", -1, u"Quản trị hệ thống, Văn phòng Tỉnh ủy Sơn Lâm" },
};

} // namespace

QList<DemoAccount> DemoAccounts::plan(const QHash<QString, QString> &names)
{
    QList<DemoAccount> accounts;
    for (const Spec &spec : specs) {
        DemoAccount account;
        account.login = spec.login.toString();
        // A fresh random password on every `demo` run: the demo data is seeded and the
        // same everywhere, its passwords must not be, or every install would share them.
        account.password = TemporaryPassword::generate();
        account.role = spec.role.toString();
        account.orgId = DemoProvince::id(RowType::Organization, spec.orgKey);
        if (spec.memberIndex >= 0) {
            account.memberId = DemoProvince::id(
                RowType::Member, u"%1:%2"_s.arg(spec.orgKey).arg(spec.memberIndex));
            account.fullName = names.value(account.memberId);
        }
        account.description = spec.description.toString();
        accounts << account;
    }
    return accounts;
}

void DemoAccounts::store(
    WriteTransaction &transaction, const QList<DemoAccount> &accounts, const QStringList &hashes)
{
    const QString now = Timestamps::toIso(QDateTime::currentDateTimeUtc());
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const DemoAccount &account = accounts.at(i);
        execSql(transaction.db(),
            u"INSERT INTO users (id, login, password_hash, member_id, role, org_id, "
            "must_change_password, scope_generation, disabled, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 0, 1, 0, ?)"_s,
            { userId(account.login), account.login, hashes.at(i), textOrNull(account.memberId),
                account.role, account.orgId, now });
    }
}

QByteArray DemoAccounts::toJson(const QList<DemoAccount> &accounts)
{
    // Written by hand to keep the documented key order (QJsonObject sorts its keys).
    const auto value = [](const QString &text) {
        if (text.isEmpty())
            return "null"_ba;
        const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    };
    QByteArray json = "[\n";
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const DemoAccount &a = accounts.at(i);
        json += "  {\"login\": " + value(a.login) + ", \"password\": " + value(a.password)
            + ", \"role\": " + value(a.role) + ",\n   \"member_id\": " + value(a.memberId)
            + ", \"org_id\": " + value(a.orgId) + ",\n   \"full_name\": " + value(a.fullName)
            + ", \"description\": " + value(a.description) + "}"
            + (i + 1 < accounts.size() ? ",\n" : "\n");
    }
    return json + "]\n";
}

QString DemoAccounts::userId(const QString &login)
{
    return DemoProvince::id(u"user", login);
}
