// The secretary's annual review of the cell (DESIGN.md 8.6, issue 22; CellReviewsPage): the
// cycle on this device (the one asked for, else the open one of the latest year, else the
// latest), every member of the cell with their self-review or marked as missing (and the
// missing ones' names), each self-review readable in full, the cell's proposed rating with its
// comment (review.propose through ReviewActions; changeable until the committee decides,
// shown at once and marked as waiting until the server answers), the server's refusals of
// those proposals until read, and the cell's summary (submitted x/y, the proposals per
// rating), counted from the rows on this device so a proposal just made counts at once.
// Also the readers shared with ReviewDecisionsController (the cycle, a self-review's row).
#pragma once

#include "cellcontroller.h"
#include "selfreviewlistmodel.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <optional>

class Outbox;

class CellReviewsController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    // The cycle to show; "" for the current one (the open one of the latest year).
    Q_PROPERTY(QString cycleId READ cycleId WRITE setCycleId NOTIFY cycleIdChanged)
    // A cycle is on this device for the cell.
    Q_PROPERTY(bool found READ found NOTIFY reviewsChanged)
    // "Kiểm điểm, đánh giá, xếp loại năm 2026".
    Q_PROPERTY(QString title READ title NOTIFY reviewsChanged)
    // "Hạn nộp bản kiểm điểm: 15/12/2026 · Hạn xếp loại: 25/12/2026".
    Q_PROPERTY(QString dueText READ dueText NOTIFY reviewsChanged)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY reviewsChanged)
    // The secretary may propose (the cycle open).
    Q_PROPERTY(bool canPropose READ canPropose NOTIFY reviewsChanged)
    // Every member of the cell, those with a self-review first (by name), then the missing.
    Q_PROPERTY(SelfReviewListModel *rows READ rows CONSTANT)
    Q_PROPERTY(int memberCount READ memberCount NOTIFY reviewsChanged)
    Q_PROPERTY(int submittedCount READ submittedCount NOTIFY reviewsChanged)
    Q_PROPERTY(int proposedCount READ proposedCount NOTIFY reviewsChanged)
    Q_PROPERTY(int decidedCount READ decidedCount NOTIFY reviewsChanged)
    // The members without a self-review, by name.
    Q_PROPERTY(QStringList missingNames READ missingNames NOTIFY reviewsChanged)
    // "Chưa nộp (2): Phạm Văn Cường, Trần Thị Bình" ("" when every member has submitted).
    Q_PROPERTY(QString missingText READ missingText NOTIFY reviewsChanged)
    // "Đã nộp 5/7 bản kiểm điểm".
    Q_PROPERTY(QString submittedText READ submittedText NOTIFY reviewsChanged)
    // The cell's proposals per rating, best first: ["Hoàn thành xuất sắc nhiệm vụ: 1", …].
    Q_PROPERTY(QStringList proposedCountTexts READ proposedCountTexts NOTIFY reviewsChanged)
    // The four ratings (wire values) and their names, best first, for the rating buttons.
    Q_PROPERTY(QStringList ratingValues READ ratingValues CONSTANT)
    Q_PROPERTY(QStringList ratingLabels READ ratingLabels CONSTANT)
    // The server's refusals of the cell's proposals in this cycle, newest first:
    // [{mutationId, text}].
    Q_PROPERTY(QVariantList rejections READ rejections NOTIFY reviewsChanged)

public:
    explicit CellReviewsController(QObject *parent = nullptr);

    [[nodiscard]] QString cycleId() const { return m_cycleId; }
    void setCycleId(const QString &id);
    [[nodiscard]] bool found() const { return m_cycle.has_value(); }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString dueText() const;
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] bool canPropose() const { return isOpen() && isSecretary(); }
    [[nodiscard]] SelfReviewListModel *rows() { return &m_rows; }
    [[nodiscard]] int memberCount() const { return m_memberCount; }
    [[nodiscard]] int submittedCount() const;
    [[nodiscard]] int proposedCount() const;
    [[nodiscard]] int decidedCount() const;
    [[nodiscard]] QStringList missingNames() const { return m_missingNames; }
    [[nodiscard]] QString missingText() const;
    [[nodiscard]] QString submittedText() const;
    [[nodiscard]] QStringList proposedCountTexts() const;
    [[nodiscard]] QStringList ratingValues() const;
    [[nodiscard]] QStringList ratingLabels() const;
    [[nodiscard]] QVariantList rejections() const { return m_rejections; }
    // The number of the cell's proposals of `rating` (pending ones included).
    [[nodiscard]] int proposedOf(const QString &rating) const;

    // One self-review in full, for the reader view: {found, memberName, text, selfRatingText,
    // detail, proposedRating, proposedIndex, proposedRatingText, proposalComment,
    // decidedRatingText, isDecided, pending}.
    Q_INVOKABLE QVariantMap review(const QString &selfReviewId) const;
    // review.propose (again to change it until the decision); false with errorMessage set.
    Q_INVOKABLE bool propose(
        const QString &selfReviewId, const QString &rating, const QString &comment);
    // review.propose keeping the proposal's comment: the list's quick rating buttons.
    Q_INVOKABLE bool proposeRating(const QString &selfReviewId, const QString &rating);
    // The user has read a refusal of the server: it is forgotten.
    Q_INVOKABLE void dismissRejection(qint64 mutationId);

    // ---- Shared with ReviewDecisionsController ---------------------------------------------
    // The cycle `cycleId`, or for "" the current one: the open cycle of the latest year, else
    // the latest cycle (nullopt when the device has none).
    [[nodiscard]] static std::optional<QJsonObject> findCycle(
        SqliteDatabase &db, const QString &cycleId);
    [[nodiscard]] static QString cycleTitle(const QJsonObject &cycle);
    [[nodiscard]] static QString cycleDueText(const QJsonObject &cycle);
    [[nodiscard]] static bool cycleOpen(const QJsonObject &cycle);
    // A self_review row as a list row (pending from the outbox; the cell's name not set).
    [[nodiscard]] static SelfReviewEntry entryOf(const QJsonObject &row, Outbox &outbox);
    // The self_review rows of a cycle on this device (of one cell when orgId is not empty).
    [[nodiscard]] static QList<QJsonObject> selfReviewRows(
        SqliteDatabase &db, const QString &cycleId, const QString &orgId = {});
    // The refusals of `mutation` whose self-review is of the cycle and `accepts` its row:
    // [{mutationId, text}], newest first; `prefix` is the sentence before the server's reason.
    [[nodiscard]] static QVariantList refusals(SqliteDatabase &db, QLatin1StringView mutation,
        const QString &cycleId, const std::function<bool(const QJsonObject &)> &accepts,
        const QString &prefix);
    // Sorts rows by member name the Vietnamese way (given name, then the whole name).
    static void sortByName(QList<SelfReviewEntry> &entries);

Q_SIGNALS:
    void cycleIdChanged();
    void reviewsChanged();

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    int countStatus(QLatin1StringView status) const;

    QString m_cycleId;
    std::optional<QJsonObject> m_cycle;
    SelfReviewListModel m_rows;
    QMap<QString, QJsonObject> m_texts; // self-review id -> row, for the reader
    int m_memberCount = 0;
    QStringList m_missingNames;
    QVariantList m_rejections;
};
