// Profile change requests for QML: who asked, each field with its current and its asked-for
// value side by side, the reason, the status (pending, approved, rejected with the
// secretary's reason) and whether the request or decision still waits to be sent.
// "My requests" uses it as is; ReviewModel lists a cell's pending requests for the secretary.
#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// One request as the screens show it.
struct ProfileRequestRow
{
    // One field of a request: its current value and the one asked for (as read).
    struct Change
    {
        QString field;
        QString oldValue;
        QString newValue;
    };

    QString id;
    QString memberId;
    QString memberName;
    QString status; // pending, approved, rejected
    QString reason;
    QString decisionReason;
    QString createdAt; // as shown: "dd/MM/yyyy"
    bool waitingToSend = false;
    QList<Change> changes;

    // From a pulled profile_request row; old values from `profile` (the member's row).
    [[nodiscard]] static ProfileRequestRow from(
        const QJsonObject &request, const QJsonObject &profile, bool waitingToSend);
};

class ProfileRequestModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Screens get requests from their controllers.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        MemberIdRole,
        MemberNameRole,
        StatusRole,
        StatusLabelRole, // "Đang chờ duyệt", "Đã duyệt", "Bị từ chối"
        ReasonRole,
        DecisionReasonRole,
        CreatedAtRole,
        WaitingToSendRole,
        ChangesRole, // [{field, label, oldValue, newValue}]
        SummaryRole, // "Trình độ lý luận chính trị: Trung cấp"; one line per field
    };
    Q_ENUM(Role)

    explicit ProfileRequestModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setRequests(const QList<ProfileRequestRow> &requests);
    [[nodiscard]] int pendingCount() const;
    // The row of a request, or nullptr.
    [[nodiscard]] const ProfileRequestRow *find(const QString &id) const;

    [[nodiscard]] static QString statusLabel(const QString &status);

Q_SIGNALS:
    void countChanged();

private:
    QList<ProfileRequestRow> m_rows;
};

// The secretary's review list: the cell's pending requests, oldest first, each with the
// member's name and the current and asked-for values side by side.
class ReviewModel : public ProfileRequestModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The review screen gets its list from ReviewController.")

public:
    using ProfileRequestModel::ProfileRequestModel;
};
