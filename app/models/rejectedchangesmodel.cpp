#include "rejectedchangesmodel.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

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
        { u"document.read"_s, QT_TR_NOOP("Đánh dấu đã đọc tài liệu") },
        { u"note.put"_s, QT_TR_NOOP("Ghi chú trên tài liệu") },
        { u"note.delete"_s, QT_TR_NOOP("Xóa ghi chú") },
        { u"bookmark.put"_s, QT_TR_NOOP("Lưu tài liệu") },
        { u"bookmark.delete"_s, QT_TR_NOOP("Bỏ lưu tài liệu") },
        { u"meeting.create"_s, QT_TR_NOOP("Tạo buổi sinh hoạt") },
        { u"meeting.update"_s, QT_TR_NOOP("Sửa buổi sinh hoạt") },
        { u"meeting.cancel"_s, QT_TR_NOOP("Hủy buổi sinh hoạt") },
        { u"meeting.rsvp"_s, QT_TR_NOOP("Trả lời tham dự sinh hoạt") },
        { u"meeting.attendance"_s, QT_TR_NOOP("Điểm danh buổi sinh hoạt") },
        { u"document.share"_s, QT_TR_NOOP("Chia sẻ tài liệu với chi bộ") },
        { u"feedback.post"_s, QT_TR_NOOP("Gửi ý kiến") },
        { u"profile.update"_s, QT_TR_NOOP("Cập nhật thông tin liên hệ") },
        { u"profile.request"_s, QT_TR_NOOP("Đề nghị sửa hồ sơ") },
        { u"profile.request.decide"_s, QT_TR_NOOP("Duyệt đề nghị sửa hồ sơ") },
    };
    const auto it = labels.constFind(mutationName);
    return it == labels.constEnd() ? tr("Thay đổi khác (%1)").arg(mutationName) : tr(it.value());
}
