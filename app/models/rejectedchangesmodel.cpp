#include "rejectedchangesmodel.h"

#include "actionerrors.h"
#include "mutationnames.h"
#include "protocol.h"
#include "reviewactions.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
namespace Mutation = Protocol::Mutation;

RejectedChangesModel::RejectedChangesModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int RejectedChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RejectedChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedMutation &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case ActionRole:
    case Qt::DisplayRole:
        return actionLabel(row.name);
    case ReasonRole:
        // A refused reflection says what happened and that the draft is still on the device.
        if (row.name == Mutation::StudySubmit
            && (row.errorCode == Protocol::ErrorCode::StudyClosed
                || row.errorCode == Protocol::ErrorCode::NotFound
                || row.errorCode == Protocol::ErrorCode::Conflict))
            return ActionErrors::message(ActionErrors::Action::StudySubmit, row.errorCode);
        // A refused bản kiểm điểm: the server's reason, and that the draft is still here.
        if (row.name == Mutation::ReviewSubmit)
            return (row.errorMessage.isEmpty() ? ReviewActions::message(row.errorCode)
                                               : row.errorMessage)
                + u' ' + tr("Bản kiểm điểm của đồng chí vẫn được giữ trên máy.");
        return row.errorMessage.isEmpty() ? tr("Máy chủ không chấp nhận thay đổi này.")
                                          : row.errorMessage;
    case CodeRole:
        return row.errorCode;
    case RejectedAtRole:
        return row.rejectedAt.isValid()
            ? row.rejectedAt.toTimeZone(QTimeZone(7 * 3600)).toString(u"dd/MM/yyyy HH:mm"_s)
            : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> RejectedChangesModel::roleNames() const
{
    return { { IdRole, "mutationId" }, { ActionRole, "action" }, { ReasonRole, "reason" },
        { CodeRole, "code" }, { RejectedAtRole, "rejectedAt" } };
}

void RejectedChangesModel::setRejected(const QList<RejectedMutation> &rejected)
{
    const bool countChanges = rejected.size() != m_rows.size();
    beginResetModel();
    m_rows = rejected;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

bool RejectedChangesModel::remove(qint64 id)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id != id)
            continue;
        beginRemoveRows({}, int(i), int(i));
        m_rows.removeAt(i);
        endRemoveRows();
        Q_EMIT countChanged();
        return true;
    }
    return false;
}

QString RejectedChangesModel::actionLabel(const QString &mutationName)
{
    static const QHash<QString, const char *> labels {
        { Mutation::DocumentRead, QT_TR_NOOP("Đánh dấu đã đọc tài liệu") },
        { Mutation::NotePut, QT_TR_NOOP("Ghi chú trên tài liệu") },
        { Mutation::NoteDelete, QT_TR_NOOP("Xóa ghi chú") },
        { Mutation::BookmarkPut, QT_TR_NOOP("Lưu tài liệu") },
        { Mutation::BookmarkDelete, QT_TR_NOOP("Bỏ lưu tài liệu") },
        { Mutation::MeetingCreate, QT_TR_NOOP("Tạo buổi sinh hoạt") },
        { Mutation::MeetingUpdate, QT_TR_NOOP("Sửa buổi sinh hoạt") },
        { Mutation::MeetingCancel, QT_TR_NOOP("Hủy buổi sinh hoạt") },
        { Mutation::MeetingRsvp, QT_TR_NOOP("Trả lời tham dự sinh hoạt") },
        { Mutation::MeetingAttendance, QT_TR_NOOP("Điểm danh buổi sinh hoạt") },
        { Mutation::DocumentShare, QT_TR_NOOP("Chia sẻ tài liệu với chi bộ") },
        { Mutation::FeedbackPost, QT_TR_NOOP("Gửi ý kiến") },
        { Mutation::ProfileUpdate, QT_TR_NOOP("Cập nhật thông tin liên hệ") },
        { Mutation::ProfileRequest, QT_TR_NOOP("Đề nghị sửa hồ sơ") },
        { Mutation::ProfileRequestDecide, QT_TR_NOOP("Duyệt đề nghị sửa hồ sơ") },
        { Mutation::SignerRegister, QT_TR_NOOP("Gửi khóa ký để chứng thực") },
        { Mutation::DocumentDraftPut, QT_TR_NOOP("Lưu dự thảo văn bản") },
        { Mutation::DocumentDraftSubmit, QT_TR_NOOP("Gửi duyệt dự thảo") },
        { Mutation::DocumentDraftReturn, QT_TR_NOOP("Trả lại dự thảo") },
        { Mutation::DocumentPublish, QT_TR_NOOP("Ký và ban hành văn bản") },
        { Mutation::DocumentWithdraw, QT_TR_NOOP("Thu hồi văn bản") },
        { Mutation::StudySubmit, QT_TR_NOOP("Nộp bài thu hoạch") },
        { Mutation::StudyAssign, QT_TR_NOOP("Giao học tập nghị quyết") },
        { Mutation::StudyReview, QT_TR_NOOP("Nhận xét bài thu hoạch") },
        { Mutation::StudyClose, QT_TR_NOOP("Kết thúc đợt học tập") },
        { Mutation::AccountCreate, QT_TR_NOOP("Tạo tài khoản") },
        { Mutation::AccountResetPassword, QT_TR_NOOP("Đặt lại mật khẩu") },
        { Mutation::DeviceRevoke, QT_TR_NOOP("Thu hồi thiết bị") },
        { Mutation::MemberTransferRequest, QT_TR_NOOP("Đề nghị chuyển sinh hoạt đảng") },
        { Mutation::MemberTransferDecide, QT_TR_NOOP("Quyết định chuyển sinh hoạt đảng") },
        { Mutation::MeetingEnd, QT_TR_NOOP("Kết thúc buổi sinh hoạt") },
        { Mutation::MeetingComment, QT_TR_NOOP("Góp ý buổi sinh hoạt") },
        { Mutation::MeetingMinutes, QT_TR_NOOP("Công bố biên bản") },
        { Mutation::VoteOpen, QT_TR_NOOP("Mở biểu quyết") },
        { Mutation::VoteClose, QT_TR_NOOP("Kết thúc biểu quyết") },
        { Mutation::VoteCast, QT_TR_NOOP("Biểu quyết") },
        { Mutation::ReviewCycleOpen, QT_TR_NOOP("Mở đợt kiểm điểm cuối năm") },
        { Mutation::ReviewCycleClose, QT_TR_NOOP("Kết thúc đợt kiểm điểm cuối năm") },
        { Mutation::ReviewSubmit, QT_TR_NOOP("Nộp bản kiểm điểm") },
        { Mutation::ReviewPropose, QT_TR_NOOP("Đề xuất xếp loại đảng viên") },
        { Mutation::ReviewDecide, QT_TR_NOOP("Quyết định xếp loại đảng viên") },
        { Mutation::RoomCheckIn, QT_TR_NOOP("Điểm danh trong phòng họp") },
        { Mutation::RoomBallot, QT_TR_NOOP("Biểu quyết trong phòng họp") },
    };
    const auto it = labels.constFind(mutationName);
    return it == labels.constEnd() ? tr("Thay đổi khác (%1)").arg(mutationName) : tr(it.value());
}
