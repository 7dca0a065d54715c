#include "accountscontroller.h"

#include "accountactions.h"
#include "actionerrors.h"
#include "fileplaces.h"
#include "mutationnames.h"
#include "outbox.h"
#include "protocol.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "vietnamesefold.h"
#include "wirevalues.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;
namespace RowType = Protocol::RowType;
namespace Mutation = Protocol::Mutation;
namespace Code = Protocol::ErrorCode;

namespace {

const QTimeZone kVietnam(7 * 3600);

QString vietnamText(const QString &iso, const QString &format)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? at.toTimeZone(kVietnam).toString(format) : QString();
}

QString roleLabel(const QString &role)
{
    if (role == Protocol::Role::Secretary)
        return AccountsController::tr("bí thư chi bộ");
    if (role == Protocol::Role::Committee)
        return AccountsController::tr("cấp ủy");
    if (role == Protocol::Role::Admin)
        return AccountsController::tr("quản trị");
    return AccountsController::tr("đảng viên");
}

} // namespace

AccountsController::AccountsController(QObject *parent)
    : CellController(parent)
    , m_exportFolder(FilePlaces().start())
{ }

QVariantList AccountsController::roles() const
{
    return { QVariantMap {
                 { u"role"_s, QString(Protocol::Role::Member) }, { u"label"_s, tr("Đảng viên") } },
        QVariantMap { { u"role"_s, QString(Protocol::Role::Secretary) },
            { u"label"_s, tr("Bí thư chi bộ") } } };
}

void AccountsController::loadCell(SqliteDatabase &db)
{
    const QString role = SyncState(db).value(u"role"_s);
    const bool committee = role == Protocol::Role::Committee || role == Protocol::Role::Admin;
    if (committee != m_committee) {
        m_committee = committee;
        Q_EMIT identityChanged();
    }
    m_all.clear();
    ReplicaStore replica(db);
    // The organisation tree as far as this device holds it: names and parents.
    QHash<QString, QString> parents;
    QHash<QString, QString> names;
    for (const QJsonObject &org : replica.all(QString(RowType::Organization))) {
        const QString id = org.value(u"id"_s).toString();
        parents.insert(id, org.value(u"parent_id"_s).toString());
        names.insert(id, org.value(u"name"_s).toString());
    }
    const QString top = orgId();
    const auto within = [&](QString org) {
        for (int depth = 0; depth < 32 && !org.isEmpty(); ++depth) {
            if (org == top)
                return true;
            org = parents.value(org);
        }
        return false;
    };
    Outbox outbox(db);
    if (m_committee && !top.isEmpty()) {
        for (const QJsonObject &row : replica.all(QString(RowType::Member))) {
            const QString org = row.value(u"org_id"_s).toString();
            if (!within(org))
                continue;
            Entry e;
            e.memberId = row.value(u"id"_s).toString();
            e.name = row.value(u"full_name"_s).toString();
            const QString position = row.value(u"position"_s).toString();
            const QString orgName = names.value(org);
            e.details = position.isEmpty() ? orgName
                : orgName.isEmpty()        ? position
                                           : u"%1 · %2"_s.arg(position, orgName);
            e.words = VietnameseFold::words(e.name);
            e.accountKnown = row.contains(u"account"_s);
            e.account = row.value(u"account"_s).toObject();
            e.pending = outbox.hasPendingChange(QString(RowType::Member), e.memberId);
            m_all.append(e);
        }
    }
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    std::stable_sort(m_all.begin(), m_all.end(), [&collator](const Entry &a, const Entry &b) {
        const int byName = collator.compare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.memberId < b.memberId;
    });
    readRejections(db);
    filter();
    showSelected(db);
}

QString AccountsController::accountText(const Entry &e) const
{
    QString text;
    if (!e.accountKnown)
        text = tr("Chưa rõ tài khoản (hãy đồng bộ)");
    else if (e.account.isEmpty())
        text = tr("Chưa có tài khoản");
    else {
        const QString login = e.account.value(QString(Protocol::ResultData::Login)).toString();
        if (e.account.value(u"disabled"_s).toBool())
            text = tr("Tài khoản %1 đã bị khóa").arg(login);
        else if (e.account.value(u"must_change_password"_s).toBool())
            text = tr("Tài khoản %1 (%2) · chưa đổi mật khẩu tạm thời")
                       .arg(login, roleLabel(e.account.value(u"role"_s).toString()));
        else
            text = tr("Tài khoản %1 (%2)")
                       .arg(login, roleLabel(e.account.value(u"role"_s).toString()));
    }
    return e.pending ? tr("%1 · đang chờ gửi lên máy chủ").arg(text) : text;
}

void AccountsController::filter()
{
    const QStringList query = VietnameseFold::words(m_filterText);
    m_members.clear();
    m_matchCount = 0;
    for (const Entry &e : std::as_const(m_all)) {
        if (!VietnameseFold::matches(e.words, query))
            continue;
        if (++m_matchCount > kListLimit)
            continue;
        m_members.append(QVariantMap { { u"memberId"_s, e.memberId }, { u"name"_s, e.name },
            { u"details"_s, e.details }, { u"accountText"_s, accountText(e) },
            { u"hasAccount"_s, !e.account.isEmpty() }, { u"waiting"_s, e.pending },
            { u"selected"_s, e.memberId == m_selectedId } });
    }
    Q_EMIT membersChanged();
}

void AccountsController::setFilterText(const QString &text)
{
    if (m_filterText == text)
        return;
    m_filterText = text;
    filter();
}

const AccountsController::Entry *AccountsController::entry(const QString &memberId) const
{
    for (const Entry &e : m_all) {
        if (e.memberId == memberId)
            return &e;
    }
    return nullptr;
}

void AccountsController::setSelectedMemberId(const QString &memberId)
{
    if (m_selectedId == memberId)
        return;
    m_selectedId = memberId;
    m_notice.clear();
    Q_EMIT noticeChanged();
    filter();
    if (!withDatabase([this](SqliteDatabase &db) { showSelected(db); })) {
        m_selected.clear();
        m_devices.clear();
        Q_EMIT selectedChanged();
    }
}

void AccountsController::showSelected(SqliteDatabase &db)
{
    m_selected.clear();
    m_devices.clear();
    const Entry *e = entry(m_selectedId);
    if (e) {
        const bool has = !e->account.isEmpty();
        const QString userId = e->account.value(QString(Protocol::ResultData::UserId)).toString();
        m_selected = { { u"memberId"_s, e->memberId }, { u"name"_s, e->name },
            { u"details"_s, e->details }, { u"accountText"_s, accountText(*e) },
            { u"hasAccount"_s, has },
            { u"login"_s, e->account.value(QString(Protocol::ResultData::Login)).toString() },
            { u"waiting"_s, e->pending },
            { u"canCreate"_s, m_committee && e->accountKnown && !has },
            // The server's user id comes with its answer: no reset before it.
            { u"canReset"_s, m_committee && has && !userId.isEmpty() && !e->pending },
            { u"suggestedLogin"_s, AccountActions::suggestLogin(e->name) } };

        ReplicaStore replica(db);
        Outbox outbox(db);
        QList<QJsonObject> rows;
        for (const QJsonObject &row : replica.all(QString(RowType::Device))) {
            if (row.value(u"member_id"_s).toString() == e->memberId)
                rows.append(row);
        }
        std::sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(u"last_seen_at"_s).toString() > b.value(u"last_seen_at"_s).toString();
        });
        for (const QJsonObject &row : std::as_const(rows)) {
            const QString id = row.value(u"id"_s).toString();
            const bool revoked
                = row.value(u"status"_s).toString() == Protocol::DeviceStatus::Revoked;
            const bool pending = outbox.hasPendingChange(QString(RowType::Device), id);
            const QString name = row.value(u"name"_s).toString();
            const QString platform = row.value(u"platform"_s).toString();
            const QString seen = vietnamText(
                row.value(u"last_seen_at"_s).toString(), u"HH:mm 'ngày' dd/MM/yyyy"_s);
            QString status = revoked
                ? tr("Đã thu hồi %1")
                      .arg(vietnamText(row.value(u"revoked_at"_s).toString(), u"dd/MM/yyyy"_s))
                      .trimmed()
                : tr("Đang dùng");
            if (pending)
                status = tr("%1 · đang chờ gửi lên máy chủ").arg(status);
            m_devices.append(QVariantMap { { u"deviceId"_s, id },
                { u"title"_s,
                    platform.isEmpty()
                        ? (name.isEmpty() ? tr("Thiết bị không tên") : name)
                        : tr("%1 (%2)").arg(name.isEmpty() ? tr("Thiết bị") : name, platform) },
                { u"lastSeenText"_s,
                    seen.isEmpty() ? tr("Chưa thấy dùng") : tr("Dùng lần cuối lúc %1").arg(seen) },
                { u"statusText"_s, status }, { u"isRevoked"_s, revoked },
                { u"waiting"_s, pending } });
        }
    }
    Q_EMIT selectedChanged();
}

void AccountsController::readRejections(SqliteDatabase &db)
{
    m_rejections.clear();
    ReplicaStore replica(db);
    QList<RejectedMutation> mine;
    for (const RejectedMutation &r : Outbox(db).rejected()) {
        if (r.name == Mutation::AccountCreate || r.name == Mutation::AccountResetPassword
            || r.name == Mutation::DeviceRevoke)
            mine.prepend(r); // newest first
    }
    for (const RejectedMutation &r : std::as_const(mine)) {
        QString memberId = r.args.value(u"member_id"_s).toString();
        if (r.name == Mutation::DeviceRevoke) {
            const auto device
                = replica.get(QString(RowType::Device), r.args.value(u"device_id"_s).toString());
            memberId = device ? device->value(u"member_id"_s).toString() : QString();
        } else if (r.name == Mutation::AccountResetPassword) {
            const QString userId = r.args.value(QString(Protocol::ResultData::UserId)).toString();
            for (const Entry &e : std::as_const(m_all)) {
                if (e.account.value(QString(Protocol::ResultData::UserId)).toString() == userId)
                    memberId = e.memberId;
            }
        }
        const Entry *e = entry(memberId);
        const auto member = e ? std::nullopt : replica.get(QString(RowType::Member), memberId);
        const QString name
            = e ? e->name : (member ? member->value(u"full_name"_s).toString() : QString());
        const QString action = r.name == Mutation::AccountCreate ? tr("Tạo tài khoản")
            : r.name == Mutation::AccountResetPassword           ? tr("Đặt lại mật khẩu")
                                                                 : tr("Thu hồi thiết bị");
        const QString reason = r.errorMessage.isEmpty()
            ? tr("Máy chủ không chấp nhận thay đổi này.")
            : r.errorMessage;
        m_rejections.append(QVariantMap { { u"mutationId"_s, QVariant(r.id) },
            { u"text"_s,
                name.isEmpty() ? tr("%1: máy chủ không nhận. %2").arg(action, reason)
                               : tr("%1 cho đồng chí %2: máy chủ không nhận. %3")
                                     .arg(action, name, reason) } });
    }
}

void AccountsController::dismissRejection(qint64 mutationId)
{
    withDatabase([&](SqliteDatabase &db) {
        Outbox(db).dismissRejected(mutationId);
        readRejections(db);
    });
    Q_EMIT membersChanged();
}

QString AccountsController::refusalMessage(const QString &mutation, const QString &code)
{
    if (code == Code::InvalidArgs)
        return mutation == Mutation::AccountCreate
            ? tr("Tên đăng nhập chỉ gồm chữ không dấu, chữ số và các dấu . _ @ - (tối đa 64 ký "
                 "tự), và vai trò phải là đảng viên hoặc bí thư chi bộ.")
            : tr("Thông tin chưa đúng. Hãy kiểm tra lại.");
    if (code == Code::Conflict)
        return tr("Đồng chí này đã có tài khoản.");
    if (code == Code::NotFound)
        return mutation == Mutation::AccountResetPassword
            ? tr("Đồng chí này chưa có tài khoản, hoặc máy chủ chưa xác nhận tài khoản vừa tạo.")
            : mutation == Mutation::DeviceRevoke
            ? tr("Không còn thấy thiết bị này trên máy. Hãy đồng bộ rồi thử lại.")
            : tr("Không còn thấy đồng chí này trên máy. Hãy đồng bộ rồi thử lại.");
    if (code == ActionError::Storage)
        return tr("Chưa ghi lại được trên máy. Hãy thử lại.");
    return tr("Chưa làm được việc này. Hãy thử lại.");
}

bool AccountsController::perform(const QString &mutation,
    const std::function<LocalActions::Result(SqliteDatabase &)> &action, const QString &notice)
{
    if (!m_committee) {
        setErrorMessage(tr("Chỉ cán bộ cấp ủy mới quản lý được tài khoản."));
        return false;
    }
    LocalActions::Result result;
    if (!withDatabase([&](SqliteDatabase &db) { result = action(db); }))
        return false;
    if (!result.ok()) {
        setErrorMessage(refusalMessage(mutation, result.error));
        return false;
    }
    reload();
    m_notice = notice;
    Q_EMIT noticeChanged();
    Q_EMIT localChangeMade();
    return true;
}

bool AccountsController::createAccount(
    const QString &memberId, const QString &login, const QString &role)
{
    return perform(
        QString(Mutation::AccountCreate),
        [&](SqliteDatabase &db) { return AccountActions(db).createAccount(memberId, login, role); },
        tr("Đã ghi lại yêu cầu tạo tài khoản. Khi máy chủ nhận, mật khẩu tạm thời hiện ra ở "
           "trang này để ghi lại và in phiếu."));
}

bool AccountsController::resetPassword(const QString &memberId)
{
    return perform(
        QString(Mutation::AccountResetPassword),
        [&](SqliteDatabase &db) { return AccountActions(db).resetPassword(memberId); },
        tr("Đã ghi lại yêu cầu đặt lại mật khẩu. Khi máy chủ nhận, mật khẩu tạm thời mới hiện "
           "ra ở trang này."));
}

bool AccountsController::revokeDevice(const QString &deviceId)
{
    return perform(
        QString(Mutation::DeviceRevoke),
        [&](SqliteDatabase &db) {
            return AccountActions(db, [this] { return now(); }).revokeDevice(deviceId);
        },
        tr("Đã ghi lại việc thu hồi thiết bị. Khi máy chủ nhận, thiết bị bị xóa dữ liệu Sổ tay "
           "ở lần kết nối tới."));
}

void AccountsController::setExportFolder(const QUrl &folder)
{
    if (m_exportFolder == folder)
        return;
    m_exportFolder = folder;
    Q_EMIT noticeChanged();
}

QString AccountsController::slipPath(const QString &login) const
{
    const QString folder = m_exportFolder.toLocalFile();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return {};
    QString base = VietnameseFold::words(login).join(u'-');
    base = u"phieu-mat-khau-"_s + (base.isEmpty() ? u"tai-khoan"_s : base);
    QString path = QDir(folder).filePath(base + u".pdf"_s);
    for (int n = 2; QFileInfo::exists(path) && n < 1000; ++n)
        path = QDir(folder).filePath(u"%1-%2.pdf"_s.arg(base).arg(n));
    return QDir::toNativeSeparators(path);
}
