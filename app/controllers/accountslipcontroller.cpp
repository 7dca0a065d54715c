#include "accountslipcontroller.h"

#include "accountactions.h"
#include "accountsecrets.h"
#include "mutationnames.h"
#include "passwordslip.h"
#include "replicastore.h"
#include "serverprofiletext.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "tlsprofilestore.h"
#include "wirevalues.h"

#include <QUrl>

using namespace Qt::StringLiterals;

AccountSlipController::AccountSlipController(QObject *parent)
    : SessionController(parent)
{ }

QString AccountSlipController::lostMessage()
{
    return tr("Không nhận được mật khẩu tạm thời (mất kết nối khi máy chủ trả lời). Hãy đặt "
              "lại mật khẩu.");
}

void AccountSlipController::load(SqliteDatabase &db)
{
    ReplicaStore replica(db);
    SyncState state(db);
    m_serverAddress = state.value(u"server_url"_s);
    const auto profile = session() ? TlsProfileStore::load(session()->vault()) : std::nullopt;
    m_serverProfile = ServerProfileText::compose(m_serverAddress, profile.value_or(TlsProfile()));
    const auto org
        = replica.get(QString(Protocol::RowType::Organization), state.value(u"org_id"_s));
    m_issuedBy = org ? org->value(u"name"_s).toString() : QString();
    m_slips.clear();
    for (const AccountSecret &secret : AccountSecrets(db).all()) {
        const auto member = replica.get(QString(Protocol::RowType::Member), secret.memberId);
        m_slips.append(QVariantMap { { u"mutationId"_s, QVariant(secret.mutationId) },
            { u"memberId"_s, secret.memberId },
            { u"memberName"_s, member ? member->value(u"full_name"_s).toString() : QString() },
            { u"login"_s, secret.login }, { u"password"_s, secret.temporaryPassword },
            { u"lost"_s, QVariant(secret.isLost()) },
            { u"message"_s, secret.isLost() ? lostMessage() : QString() } });
    }
    Q_EMIT slipsChanged();
}

QVariantMap AccountSlipController::slip(qint64 mutationId) const
{
    for (const QVariant &value : m_slips) {
        const QVariantMap map = value.toMap();
        if (map.value(u"mutationId"_s).toLongLong() == mutationId)
            return map;
    }
    return {};
}

bool AccountSlipController::dismiss(qint64 mutationId)
{
    const bool done
        = withDatabase([&](SqliteDatabase &db) { AccountSecrets(db).dismiss(mutationId); });
    reload();
    return done;
}

bool AccountSlipController::printSlip(qint64 mutationId, const QString &fileOrUrl)
{
    const QVariantMap found = slip(mutationId);
    if (found.isEmpty() || found.value(u"lost"_s).toBool())
        return false;
    const QUrl url(fileOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : fileOrUrl;
    PasswordSlipInput input;
    input.memberName = found.value(u"memberName"_s).toString();
    input.login = found.value(u"login"_s).toString();
    input.temporaryPassword = found.value(u"password"_s).toString();
    input.serverAddress = m_serverAddress;
    input.serverProfile = m_serverProfile;
    input.issuedBy = m_issuedBy;
    input.issuedOn = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date(); // Vietnam
    QString error;
    if (!PasswordSlip(input).writePdf(path, &error)) {
        setErrorMessage(error);
        return false;
    }
    setErrorMessage({});
    return true;
}

bool AccountSlipController::resetAgain(qint64 mutationId)
{
    const QVariantMap found = slip(mutationId);
    if (found.isEmpty())
        return false;
    AccountActions::Result result;
    const bool opened = withDatabase([&](SqliteDatabase &db) {
        result = AccountActions(db).resetPassword(found.value(u"memberId"_s).toString());
        if (result.ok())
            AccountSecrets(db).dismiss(mutationId);
    });
    if (!opened)
        return false;
    if (!result.ok()) {
        setErrorMessage(tr("Chưa đặt lại được mật khẩu: đồng chí này chưa có tài khoản trên máy "
                           "này hoặc máy không lưu được."));
        return false;
    }
    reload();
    Q_EMIT localChangeMade();
    return true;
}
