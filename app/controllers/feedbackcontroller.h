// Feedback to the cell: a member sends a question or suggestion and sees the secretary's
// reply under it; the secretary sees every member's feedback and replies (feedback.post).
#pragma once

#include "cellcontroller.h"
#include "feedbackthreadmodel.h"

class FeedbackController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    // Threads, the most recently active first.
    Q_PROPERTY(FeedbackThreadModel *threads READ threads CONSTANT)

public:
    explicit FeedbackController(QObject *parent = nullptr);

    [[nodiscard]] FeedbackThreadModel *threads() { return &m_threads; }

    // A new question or suggestion to the cell.
    Q_INVOKABLE bool send(const QString &text);
    // The secretary's reply to a thread.
    Q_INVOKABLE bool reply(const QString &feedbackId, const QString &text);

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    FeedbackThreadModel m_threads;
};
