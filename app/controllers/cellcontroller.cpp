#include "cellcontroller.h"

#include "actionerrors.h"
#include "cellcatalog.h"
#include "homecontroller.h"
#include "syncstore.h"
#include "vaultsyncstore.h"

using namespace Qt::StringLiterals;

CellController::CellController(QObject *parent)
    : SessionController(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void CellController::load(SqliteDatabase &db)
{
    AuthUser user;
    try {
        user = VaultSyncStore(session()->vault()).user();
    } catch (const SyncStoreError &) {
        // Read as a plain member: the screens then offer nothing a member cannot do.
    }
    if (user.role != m_role || user.memberId != m_memberId || user.orgId != m_orgId) {
        m_role = user.role;
        m_memberId = user.memberId;
        m_orgId = user.orgId;
        Q_EMIT identityChanged();
    }
    loadCell(db);
}

bool CellController::act(
    const std::function<LocalActions::Result(LocalActions &)> &action, LocalActions::Result *result)
{
    LocalActions::Result outcome;
    const bool reached = withDatabase([&](SqliteDatabase &db) {
        LocalActions actions(db, [this] { return now(); });
        outcome = action(actions);
    });
    if (result)
        *result = outcome;
    if (!reached)
        return false;
    if (!outcome.ok()) {
        setErrorMessage(actionMessage(outcome.error));
        return false;
    }
    if (outcome.mutationId > 0)
        Q_EMIT localChangeMade();
    reload();
    return true;
}

QString CellController::actionMessage(const QString &code)
{
    return ActionErrors::message(ActionErrors::Action::CellChange, code);
}

QVariantList CellController::attachableMeetings(
    SqliteDatabase &db, const QString &keepMeetingId) const
{
    QVariantList choices { QVariantMap {
        { u"meetingId"_s, QString() }, { u"label"_s, tr("Không gắn với buổi sinh hoạt nào") } } };
    for (const CellMeeting &meeting : CellCatalog(db).meetings()) {
        if (meeting.id != keepMeetingId
            && (meeting.status != Protocol::MeetingStatus::Scheduled || meeting.startsAt < now()))
            continue;
        choices.append(QVariantMap { { u"meetingId"_s, meeting.id },
            { u"label"_s,
                tr("%1 (%2)").arg(
                    meeting.title, HomeController::vietnamTime(meeting.startsAt)) } });
    }
    return choices;
}
