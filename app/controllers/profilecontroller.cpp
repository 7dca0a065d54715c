#include "profilecontroller.h"

#include "homecontroller.h"
#include "mutationnames.h"
#include "profilecatalog.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QTimeZone>
#include <QVariantMap>

using namespace Qt::StringLiterals;

ProfileController::ProfileController(QObject *parent)
    : SessionController(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

QDate ProfileController::vietnamToday(const Clock &clock)
{
    return clock().toTimeZone(QTimeZone(7 * 3600)).date();
}

void ProfileController::setMemberId(const QString &id)
{
    if (m_memberId == id)
        return;
    m_memberId = id;
    Q_EMIT memberIdChanged();
    reload();
}

void ProfileController::load(SqliteDatabase &db)
{
    ProfileCatalog catalog(db);
    const ProfileViewer viewer = catalog.viewer();
    const QString id = m_memberId.isEmpty() ? viewer.memberId : m_memberId;
    const auto row = id.isEmpty() ? std::nullopt : catalog.member(id);
    const QJsonObject profile = row.value_or(QJsonObject());
    const QDate today = vietnamToday(m_clock);

    m_found = row.has_value();
    m_own = m_found && id == viewer.memberId;
    m_full = profile.contains(u"version"_s);
    m_fullName = profile.value(u"full_name"_s).toString();
    m_position = profile.value(u"position"_s).toString();
    m_cellName
        = m_found ? catalog.organizationName(profile.value(u"org_id"_s).toString()) : QString();

    // The values I asked for and that wait for the secretary (the newest request wins).
    QHash<QString, QString> pending;
    m_pendingRequestCount = 0;
    if (m_own) {
        for (const QJsonObject &request : catalog.requestsOf(id)) {
            if (request.value(u"status"_s).toString() != Protocol::ProfileRequestStatus::Pending)
                continue;
            ++m_pendingRequestCount;
            const QJsonObject fields = request.value(u"fields"_s).toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                if (!pending.contains(it.key()))
                    pending.insert(it.key(), it.value().toString());
            }
        }
    }
    m_fields.setProfile(profile, m_full, pending);

    const QDate admission
        = QDate::fromString(profile.value(u"admission_date"_s).toString(), Qt::ISODate);
    m_partyAge = m_full ? MilestoneModel::partyAge(admission, today) : -1;
    m_probationary
        = m_full && admission.isValid() && profile.value(u"official_date"_s).toString().isEmpty();
    m_milestones.setAdmission(m_full ? admission : QDate(), today);
    QStringList reached;
    for (const int years : MilestoneModel::kYears) {
        if (m_partyAge >= years)
            reached << QString::number(years);
    }
    m_reached = reached.join(u", "_s);

    m_waitingToSend = m_own && catalog.waitsToBeSent(QString(Protocol::RowType::Member), id);
    m_notices.clear();
    if (m_own) {
        for (const QJsonObject &notice : catalog.notifications(
                 QString(Protocol::NotificationKind::ProfileConflict), kMaxNotices))
            m_notices.append(QVariantMap { { u"title"_s, notice.value(u"title"_s).toString() },
                { u"body"_s, notice.value(u"body"_s).toString() },
                { u"date"_s,
                    HomeController::vietnamTime(
                        Timestamps::fromIso(notice.value(u"created_at"_s).toString())) } });
    }
    m_reviewCount = int(catalog.pendingRequestsToReview(viewer).size());
    // Secretaries always have the way in; a committee when a secretary's request waits.
    m_canReview = viewer.isSecretary() || m_reviewCount > 0;
    Q_EMIT profileChanged();
}
