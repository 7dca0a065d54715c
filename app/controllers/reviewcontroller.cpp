#include "reviewcontroller.h"

#include "localactions.h"
#include "profilecatalog.h"

using namespace Qt::StringLiterals;

ReviewController::ReviewController(QObject *parent)
    : SessionController(parent)
{ }

void ReviewController::load(SqliteDatabase &db)
{
    ProfileCatalog catalog(db);
    const ProfileViewer viewer = catalog.viewer();
    m_canReview = viewer.reviewsRequests();
    QList<ProfileRequestRow> rows;
    if (m_canReview) {
        for (const QJsonObject &request : catalog.pendingRequestsToReview(viewer)) {
            const QString memberId = request.value(u"member_id"_s).toString();
            rows.append(ProfileRequestRow::from(request,
                catalog.member(memberId).value_or(QJsonObject()),
                catalog.waitsToBeSent(u"profile_request"_s, request.value(u"id"_s).toString())));
        }
    }
    m_requests.setRequests(rows);
    Q_EMIT reviewChanged();
}

bool ReviewController::approve(const QString &requestId)
{
    return decide(requestId, u"approve"_s, {});
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
    return decide(requestId, u"reject"_s, reason.trimmed());
}

bool ReviewController::decide(
    const QString &requestId, const QString &decision, const QString &reason)
{
    const ProfileRequestRow *row = m_requests.find(requestId);
    const QString name = row ? row->memberName : QString();
    LocalActions::Result result;
    if (!withDatabase([&](SqliteDatabase &db) {
            result = LocalActions(db).decideProfileRequest(requestId, decision, reason);
        }))
        return false;
    if (!result.ok()) {
        setErrorMessage(result.error == u"forbidden"
                ? tr("Bí thư chi bộ duyệt đề nghị của đảng viên trong chi bộ; đề nghị của bí thư "
                     "do cấp ủy cấp trên trực tiếp duyệt.")
                : result.error == u"already_decided" || result.error == u"not_found"
                ? tr("Đề nghị này đã được xử lý.")
                : result.error == u"not_signed_in" ? tr("Chưa đăng nhập: chưa ghi được quyết định.")
                                                   : tr("Chưa ghi được quyết định. Hãy thử lại."));
        reload();
        return false;
    }
    m_lastDecision = decision == u"approve"
        ? tr("Đã duyệt đề nghị của đồng chí %1. Quyết định được gửi khi đồng bộ.").arg(name)
        : tr("Đã từ chối đề nghị của đồng chí %1. Quyết định được gửi khi đồng bộ.").arg(name);
    reload(); // the request leaves the list; reload() emits reviewChanged
    return true;
}
