// A list of the cell's meetings for QML (upcoming or past): title, time in Vietnam time,
// place, status in words and my own answer.
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// One meeting as a list shows it (texts ready to display).
struct MeetingListItem
{
    QString id;
    QString title;
    QString timeText; // "19:30, Thứ Sáu 27/11/2026"
    QString location;
    QString status; // scheduled, cancelled, done
    QString answer; // my RSVP: attending, absent or empty
    bool pending = false; // a local change waits for the server
};

class MeetingListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Screens get their meeting lists from their controllers.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        TimeTextRole,
        LocationRole,
        StatusRole,
        StatusLabelRole,
        AnswerRole,
        AnswerLabelRole,
        PendingRole,
    };
    Q_ENUM(Role)

    explicit MeetingListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Replaces the whole list.
    void setMeetings(const QList<MeetingListItem> &meetings);

    // "Đã hủy", "Đã họp" or "Sắp họp".
    [[nodiscard]] static QString statusLabel(const QString &status);
    // "Bạn sẽ tham dự", "Bạn báo vắng", "Bạn chưa trả lời".
    [[nodiscard]] static QString answerLabel(const QString &answer);

Q_SIGNALS:
    void countChanged();

private:
    QList<MeetingListItem> m_meetings;
};
