// The self-reviews of the annual review (DESIGN.md 8.6, issue 22) as a list, for the
// secretary's page of the cell (every member of the cell, with or without a self-review) and
// the committee's decisions (the self-reviews of the cells it decides, grouped by cell). Each
// row shows the member, their self-rating, the cell's proposal and the decision side by side
// with their Vietnamese names (ReviewRating), whether a change waits for the server, and for
// the committee the rating its decision will give (the cell's proposal unless it chose
// another one for this member: an exception).
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

// One row: a member of the cell (selfReviewId empty while they have not submitted one), or
// one self-review of a cell the committee decides.
struct SelfReviewEntry
{
    QString selfReviewId;
    QString memberId;
    QString memberName;
    QString orgId; // the member's cell
    QString orgName; // the cell's name: the group heading
    QString status; // Protocol::SelfReviewStatus, "" without a self-review
    QString selfRating;
    QString proposedRating;
    QString proposalComment;
    QString decidedRating;
    QString decisionComment;
    QString submittedAt; // ISO UTC
    bool late = false;
    bool pending = false; // a change of this row waits for the server
    QString chosenRating; // the committee's choice ("" = the cell's proposal)
};

class SelfReviewListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The review pages get their list from their controller.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        SelfReviewIdRole = Qt::UserRole + 1,
        MemberIdRole,
        MemberNameRole,
        OrgIdRole,
        SectionRole, // the cell's name
        FirstInSectionRole, // the first row of its cell (the heading goes above it)
        SectionDecidableRole, // rows of this cell the committee may decide now
        HasReviewRole, // the member submitted a self-review
        IsSubmittedRole, // submitted, the cell has not proposed yet
        IsProposedRole,
        IsDecidedRole,
        SelfRatingRole, // wire values ("" for none) ...
        ProposedRatingRole,
        DecidedRatingRole,
        ChosenRatingRole, // the rating the committee's decision will give
        SelfRatingIndexRole, // ... and their places in ReviewRating::all() (-1 for none)
        ProposedIndexRole,
        DecidedIndexRole,
        ChosenIndexRole,
        SelfRatingTextRole, // "Hoàn thành tốt nhiệm vụ" ("" for none)
        ProposedRatingTextRole,
        DecidedRatingTextRole,
        ChosenRatingTextRole,
        ProposalCommentRole,
        DecisionCommentRole,
        IsExceptionRole, // the committee chose another rating than the cell's proposal
        CanDecideRole, // proposed, not decided, nothing waiting
        LateRole,
        PendingRole,
        DetailRole, // "Nộp lúc 10:00 20/11/2026 · nộp muộn · đang chờ gửi lên máy chủ"
    };
    Q_ENUM(Role)

    explicit SelfReviewListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Replaces the list (in the order given: the caller groups rows of a cell together).
    void setEntries(const QList<SelfReviewEntry> &entries);
    [[nodiscard]] const QList<SelfReviewEntry> &entries() const { return m_entries; }
    // The row of a self-review, or null.
    [[nodiscard]] const SelfReviewEntry *find(const QString &selfReviewId) const;
    // The committee chose `rating` for this self-review ("" or the proposal: back to the
    // proposal); false for an unknown row.
    bool setChosen(const QString &selfReviewId, const QString &rating);

    // The committee may decide it now: proposed, not yet decided, no change waiting.
    [[nodiscard]] static bool canDecide(const SelfReviewEntry &entry);
    // The rating a decision gives: the chosen one, else the proposal.
    [[nodiscard]] static QString decisionRating(const SelfReviewEntry &entry);
    // "10:00 20/11/2026" in Vietnam time ("" when invalid).
    [[nodiscard]] static QString vietnamTime(const QString &iso);

Q_SIGNALS:
    void countChanged();

private:
    [[nodiscard]] int decidableIn(const QString &orgId) const;

    QList<SelfReviewEntry> m_entries;
};
