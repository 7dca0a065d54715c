// What happens in one meeting (DESIGN.md 8.5, issue 21), for the meeting page: the comments
// thread (replies under the comment they answer, mine marked while they wait for the server),
// the votes (open ones first: the question, the choices, my choice, the ballots cast while it
// runs, the tally once closed), what the signed-in user may do (comment while the meeting is
// not over, vote when marked present, the secretary opens and closes votes) and the server's
// refusals of these actions on this meeting, in plain words, until the user has read them. A
// secret vote's choice shown to the member comes from the device's own secret_ballots.
#pragma once

#include "cellcontroller.h"

#include <QVariantList>

class MeetingOutcomeActions;

class MeetingOutcomesController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString meetingId READ meetingId WRITE setMeetingId NOTIFY meetingIdChanged)
    // The meeting is on this device.
    Q_PROPERTY(bool found READ found NOTIFY outcomesChanged)
    // The comments, each thread's first comment followed by its replies: [{commentId,
    // authorName, text, timeText, isReply, mine, pending}].
    Q_PROPERTY(QVariantList comments READ comments NOTIFY outcomesChanged)
    // The votes, open ones first (newest first within each): [{voteId, question, choices,
    // secret, isOpen, pending, ballots, myChoice, myChoicePending, canVote, tally: [{choice,
    // count, percent}], totalCount, resultKnown}].
    Q_PROPERTY(QVariantList votes READ votes NOTIFY outcomesChanged)
    // Comments are taken while the meeting is scheduled or under way.
    Q_PROPERTY(bool canComment READ canComment NOTIFY outcomesChanged)
    // The secretary marked me present: I may vote in an open vote.
    Q_PROPERTY(bool present READ present NOTIFY outcomesChanged)
    // The secretary may open a vote (the meeting not over, at most an hour before its start).
    Q_PROPERTY(bool canOpenVote READ canOpenVote NOTIFY outcomesChanged)
    // The choices a new vote starts with: Đồng ý, Không đồng ý, Ý kiến khác.
    Q_PROPERTY(QStringList defaultChoices READ defaultChoices CONSTANT)
    // The server's refusals of comments and votes of this meeting, newest first:
    // [{mutationId, text}].
    Q_PROPERTY(QVariantList rejections READ rejections NOTIFY outcomesChanged)

public:
    explicit MeetingOutcomesController(QObject *parent = nullptr);

    [[nodiscard]] QString meetingId() const { return m_meetingId; }
    void setMeetingId(const QString &id);
    [[nodiscard]] bool found() const { return m_found; }
    [[nodiscard]] QVariantList comments() const { return m_comments; }
    [[nodiscard]] QVariantList votes() const { return m_votes; }
    [[nodiscard]] bool canComment() const { return m_canComment; }
    [[nodiscard]] bool present() const { return m_present; }
    [[nodiscard]] bool canOpenVote() const { return m_canOpenVote; }
    [[nodiscard]] QStringList defaultChoices() const;
    [[nodiscard]] QVariantList rejections() const { return m_rejections; }

    // meeting.comment (a reply when replyTo is a comment id); false with errorMessage set.
    Q_INVOKABLE bool comment(const QString &text, const QString &replyTo = {});
    // vote.open by the secretary.
    Q_INVOKABLE bool openVote(const QString &question, const QStringList &choices, bool secret);
    // vote.close by the secretary.
    Q_INVOKABLE bool closeVote(const QString &voteId);
    // vote.cast (again to change the choice while the vote is open).
    Q_INVOKABLE bool castVote(const QString &voteId, const QString &choice);
    // The user has read a refusal of the server: it is forgotten.
    Q_INVOKABLE void dismissRejection(qint64 mutationId);

    // The text for a device-side refusal code of MeetingOutcomeActions.
    [[nodiscard]] static QString outcomeMessage(const QString &code);

Q_SIGNALS:
    void meetingIdChanged();
    void outcomesChanged();

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    bool run(const std::function<LocalActions::Result(MeetingOutcomeActions &)> &action);
    void readComments(SqliteDatabase &db);
    void readVotes(SqliteDatabase &db);
    void readRejections(SqliteDatabase &db);

    QString m_meetingId;
    bool m_found = false;
    QVariantList m_comments;
    QVariantList m_votes;
    bool m_canComment = false;
    bool m_present = false;
    bool m_canOpenVote = false;
    QVariantList m_rejections;
};
