#include "publishingcontroller.h"

#include "draftcatalog.h"
#include "vaultsyncstore.h"
#include "wirevalues.h"

namespace DraftStatus = Protocol::DraftStatus;

PublishingController::PublishingController(QObject *parent)
    : CellController(parent)
{ }

int PublishingController::draftCount() const
{
    return m_drafts.countOf(DraftStatus::Draft);
}

int PublishingController::submittedCount() const
{
    return m_drafts.countOf(DraftStatus::Submitted);
}

int PublishingController::returnedCount() const
{
    return m_drafts.countOf(DraftStatus::Returned);
}

int PublishingController::publishedCount() const
{
    return m_drafts.countOf(DraftStatus::Published);
}

void PublishingController::setSelectedId(const QString &id)
{
    if (m_selectedId == id)
        return;
    m_selectedId = id;
    Q_EMIT selectedIdChanged();
}

void PublishingController::loadCell(SqliteDatabase &db)
{
    AuthUser user;
    try {
        user = VaultSyncStore(session()->vault()).user();
    } catch (const SyncStoreError &) {
        // Read as a plain member: no workspace.
    }
    m_isCommittee = user.role == Protocol::Role::Committee || user.role == Protocol::Role::Admin;
    DraftCatalog catalog(db);
    m_orgName = catalog.organizationName(orgId());
    m_drafts.setDrafts(orgId().isEmpty() ? QList<DraftRecord>() : catalog.drafts(orgId()));
    Q_EMIT countsChanged();
    if (m_selectedId.isEmpty() || !m_drafts.contains(m_selectedId))
        setSelectedId(m_drafts.firstId());
}
