#include "reviewcontroller.h"

#include "actionerrors.h"
#include "localactions.h"
#include "mutationnames.h"
#include "profilecatalog.h"
#include "wirevalues.h"

#include <utility>

using namespace Qt::StringLiterals;

ReviewController::ReviewController(QObject *parent)
    : SessionController(parent)
{
    connect(&m_undoWindow, &UndoWindow::elapsed, this, &ReviewController::commitHeld);
}

ReviewController::~ReviewController()
{
    // Queued without signals: QML is tearing this page down.
    m_undoWindow.close();
    SqliteDatabase *db = m_held.requestId.isEmpty() ? nullptr : database();
    if (!db)
        return;
    try {
        if (LocalActions(*db)
                .decideProfileRequest(m_held.requestId, m_held.decision, m_held.reason)
                .ok()
            && session())
            session()->noteLocalChange(this);
    } catch (const std::exception &) {
        // The vault failed as the page closed: the request stays to be decided.
    }
}

void ReviewController::load(SqliteDatabase &db)
{
    ProfileCatalog catalog(db);
    const ProfileViewer viewer = catalog.viewer();
    m_canReview = viewer.reviewsRequests();
    QList<ProfileRequestRow> rows;
    if (m_canReview) {
        for (const QJsonObject &request : catalog.pendingRequestsToReview(viewer)) {
            if (request.value(u"id"_s).toString() == m_held.requestId)
                continue; // decided here, still undoable
            const QString memberId = request.value(u"member_id"_s).toString();
            rows.append(
                ProfileRequestRow::from(request, catalog.member(memberId).value_or(QJsonObject()),
                    catalog.waitsToBeSent(QString(Protocol::RowType::ProfileRequest),
                        request.value(u"id"_s).toString())));
        }
    }
    m_requests.setRequests(rows);
    Q_EMIT reviewChanged();
}

bool ReviewController::approve(const QString &requestId)
{
    return hold(requestId, Protocol::Decision::Approve, {});
}

bool ReviewController::reject(const QString &requestId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        setErrorMessage(tr("Hãy ghi lý do không duyệt để đồng chí đảng viên được biết."));
        return false;
    }
    if (reason.size() > kMaxReason) {
        setErrorMessage(tr("Lý do quá dài (tối đa %1 ký tự).").arg(kMaxReason));
        return false;
    }
    return hold(requestId, Protocol::Decision::Reject, reason.trimmed());
}

bool ReviewController::hold(
    const QString &requestId, const QString &decision, const QString &reason)
{
    if (m_held.requestId == requestId)
        return false;
    commitHeld();
    const ProfileRequestRow *row = m_requests.find(requestId);
    if (!row) {
        setErrorMessage(tr("Đề nghị này đã được xử lý."));
        return false;
    }
    setErrorMessage({});
    m_held = { requestId, decision, reason, row->memberName };
    m_lastDecision = decision == Protocol::Decision::Approve
        ? tr("Đã duyệt đề nghị của đồng chí %1.").arg(m_held.memberName)
        : tr("Đã từ chối đề nghị của đồng chí %1.").arg(m_held.memberName);
    m_undoWindow.open();
    reload(); // the request leaves the list; reload() emits reviewChanged
    return true;
}

void ReviewController::undo()
{
    if (m_held.requestId.isEmpty())
        return;
    m_undoWindow.close();
    m_held = {};
    m_lastDecision.clear();
    reload(); // listed again
}

bool ReviewController::commitHeld()
{
    m_undoWindow.close();
    if (m_held.requestId.isEmpty())
        return false;
    const HeldDecision held = std::exchange(m_held, {});
    return decide(held.requestId, held.decision, held.reason, held.memberName);
}

bool ReviewController::decide(
    const QString &requestId, const QString &decision, const QString &reason, const QString &name)
{
    LocalActions::Result result;
    if (!withDatabase([&](SqliteDatabase &db) {
            result = LocalActions(db).decideProfileRequest(requestId, decision, reason);
        }))
        return false;
    if (!result.ok()) {
        setErrorMessage(ActionErrors::message(ActionErrors::Action::Decision, result.error));
        reload();
        return false;
    }
    m_lastDecision = decision == Protocol::Decision::Approve
        ? tr("Đã duyệt đề nghị của đồng chí %1. Quyết định được gửi khi đồng bộ.").arg(name)
        : tr("Đã từ chối đề nghị của đồng chí %1. Quyết định được gửi khi đồng bộ.").arg(name);
    reload(); // the request leaves the list; reload() emits reviewChanged
    return true;
}
