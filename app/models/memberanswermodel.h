// The members of the cell for one meeting, for the secretary's follow-up and attendance
// screens: each member's answer (attending, absent with the reason, no answer) and whether
// they were present; with the counts of each.
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <functional>

// One member's row.
struct MemberAnswerItem
{
    QString memberId;
    QString name;
    QString position;
    QString answer; // attending, absent, or empty (no answer yet)
    QString reason; // of an absence
    int present = -1; // 1 present, 0 absent, -1 not marked
    bool pending = false; // a local change waits for the server
};

class MemberAnswerModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Screens get their member lists from their controllers.")
    Q_PROPERTY(int count READ rowCount NOTIFY countsChanged)
    Q_PROPERTY(int attendingCount READ attendingCount NOTIFY countsChanged)
    Q_PROPERTY(int absentCount READ absentCount NOTIFY countsChanged)
    Q_PROPERTY(int noAnswerCount READ noAnswerCount NOTIFY countsChanged)
    Q_PROPERTY(int presentCount READ presentCount NOTIFY countsChanged)
    Q_PROPERTY(int markedAbsentCount READ markedAbsentCount NOTIFY countsChanged)
    Q_PROPERTY(int unmarkedCount READ unmarkedCount NOTIFY countsChanged)

public:
    enum Role {
        MemberIdRole = Qt::UserRole + 1,
        NameRole,
        PositionRole,
        AnswerRole,
        AnswerLabelRole,
        ReasonRole,
        PresentRole,
        PresentLabelRole,
        PendingRole,
    };
    Q_ENUM(Role)

    explicit MemberAnswerModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int attendingCount() const;
    [[nodiscard]] int absentCount() const;
    [[nodiscard]] int noAnswerCount() const;
    [[nodiscard]] int presentCount() const;
    [[nodiscard]] int markedAbsentCount() const;
    [[nodiscard]] int unmarkedCount() const;

    // Replaces the whole list.
    void setMembers(const QList<MemberAnswerItem> &members);
    // One member marked present or absent (kept in place); false if not in the list.
    bool setPresent(const QString &memberId, bool present, bool pending);
    [[nodiscard]] const QList<MemberAnswerItem> &members() const { return m_members; }

    // "Sẽ tham dự", "Vắng mặt", "Chưa trả lời".
    [[nodiscard]] static QString answerLabel(const QString &answer);
    // "Có mặt", "Vắng", "Chưa điểm danh".
    [[nodiscard]] static QString presentLabel(int present);

Q_SIGNALS:
    void countsChanged();

private:
    [[nodiscard]] int countIf(const std::function<bool(const MemberAnswerItem &)> &test) const;

    QList<MemberAnswerItem> m_members;
};
