#include "directorycontroller.h"

#include "profilecatalog.h"
#include "profilecontroller.h"

DirectoryController::DirectoryController(QObject *parent)
    : SessionController(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void DirectoryController::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    Q_EMIT searchTextChanged();
    m_members.setQuery(text);
}

void DirectoryController::load(SqliteDatabase &db)
{
    ProfileCatalog catalog(db);
    const ProfileViewer viewer = catalog.viewer();
    m_seesProfiles = viewer.seesProfiles();
    m_scopeName = catalog.organizationName(viewer.orgId);
    m_members.setEntries(catalog.directory(), viewer.memberId);
    m_members.setQuery(m_searchText);
    m_statistics.setProfiles(m_seesProfiles ? catalog.fullProfiles() : QList<QJsonObject>(),
        ProfileController::vietnamToday(m_clock));
    m_reviewCount = int(catalog.pendingRequestsToReview(viewer).size());
    Q_EMIT directoryChanged();
}
