// The committee's decisions of the annual review (DESIGN.md 8.6, issue 22;
// ReviewDecisionsPage): the self-reviews of the cells it decides in a cycle (the cells whose
// parent is the user's organisation; every self-review of the cycle on this device for a
// committee of the cycle's opener organisation), grouped by cell (cells and members in
// Vietnamese order), each row with the member, the self-rating and the cell's proposal side by
// side. The committee may choose another rating for a member (an exception) before it agrees
// with the cell's proposals of one cell or of all: decide() queues one review.decide per
// proposed row (the exception's rating or the proposal) through ReviewActions. A decision is
// final: decided rows are never sent again. The server's refusals are shown until read.
#pragma once

#include "cellcontroller.h"
#include "selfreviewlistmodel.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVariantList>
#include <optional>

class ReviewDecisionsController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    // The cycle to decide; "" for the current one (the open one of the latest year).
    Q_PROPERTY(QString cycleId READ cycleId WRITE setCycleId NOTIFY cycleIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY decisionsChanged)
    Q_PROPERTY(QString title READ title NOTIFY decisionsChanged)
    Q_PROPERTY(QString dueText READ dueText NOTIFY decisionsChanged)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY decisionsChanged)
    // The self-reviews grouped by cell (section, firstInSection, sectionDecidable).
    Q_PROPERTY(SelfReviewListModel *rows READ rows CONSTANT)
    // Rows waiting for a decision (proposed, nothing pending), of every cell.
    Q_PROPERTY(int decidableCount READ decidableCount NOTIFY decisionsChanged)
    // Rows whose chosen rating differs from the cell's proposal.
    Q_PROPERTY(int exceptionCount READ exceptionCount NOTIFY decisionsChanged)
    // "12 bản kiểm điểm · chi bộ đã đề xuất 8 · đã quyết định 3".
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY decisionsChanged)
    Q_PROPERTY(QStringList ratingValues READ ratingValues CONSTANT)
    Q_PROPERTY(QStringList ratingLabels READ ratingLabels CONSTANT)
    // The server's refusals of this committee's decisions in the cycle: [{mutationId, text}].
    Q_PROPERTY(QVariantList rejections READ rejections NOTIFY decisionsChanged)

public:
    explicit ReviewDecisionsController(QObject *parent = nullptr);

    [[nodiscard]] QString cycleId() const { return m_cycleId; }
    void setCycleId(const QString &id);
    [[nodiscard]] bool found() const { return m_cycle.has_value(); }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString dueText() const;
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] SelfReviewListModel *rows() { return &m_rows; }
    [[nodiscard]] int decidableCount() const { return decidableIn({}); }
    [[nodiscard]] int exceptionCount() const { return exceptionsIn({}); }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QStringList ratingValues() const;
    [[nodiscard]] QStringList ratingLabels() const;
    [[nodiscard]] QVariantList rejections() const { return m_rejections; }

    // The rating the decision will give this member ("" or the proposal: the proposal).
    Q_INVOKABLE void choose(const QString &selfReviewId, const QString &rating);
    // Rows of a cell ("" for every cell) the next decide() would send, and how many of them
    // are exceptions.
    Q_INVOKABLE int decidableIn(const QString &orgId) const;
    Q_INVOKABLE int exceptionsIn(const QString &orgId) const;
    // The confirm dialog's text for decide(orgId).
    Q_INVOKABLE QString confirmText(const QString &orgId) const;
    // Queues review.decide for every decidable row of a cell ("" for every cell): the
    // exceptions with their rating, the others agreeing with the cell's proposal. False (with
    // errorMessage set) when nothing could be queued or some were refused here.
    Q_INVOKABLE bool decide(const QString &orgId);
    Q_INVOKABLE void dismissRejection(qint64 mutationId);

Q_SIGNALS:
    void cycleIdChanged();
    void decisionsChanged();

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    QString m_cycleId;
    std::optional<QJsonObject> m_cycle;
    SelfReviewListModel m_rows;
    QHash<QString, QString> m_choices; // self-review id -> the exception's rating
    QVariantList m_rejections;
};
