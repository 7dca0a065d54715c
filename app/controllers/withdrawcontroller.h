// "Thu hồi văn bản" on a published document (DESIGN.md 8.2 document.withdraw): offered to a
// committee user of the organisation that published it; the reason is required and is shown
// to the members whose devices drop the document. Waiting until the server confirms.
#pragma once

#include "cellcontroller.h"

class WithdrawController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY documentIdChanged)
    // The signed-in user may ask for the withdrawal (the server decides).
    Q_PROPERTY(bool canWithdraw READ canWithdraw NOTIFY stateChanged)
    // A withdrawal is queued and not yet confirmed by the server.
    Q_PROPERTY(bool pending READ pending NOTIFY stateChanged)
    Q_PROPERTY(QString title READ title NOTIFY stateChanged)

public:
    explicit WithdrawController(QObject *parent = nullptr);

    [[nodiscard]] QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &id);
    [[nodiscard]] bool canWithdraw() const { return m_canWithdraw && !m_pending; }
    [[nodiscard]] bool pending() const { return m_pending; }
    [[nodiscard]] QString title() const { return m_title; }

    // Queues document.withdraw with `reason` (required); false with errorMessage set otherwise.
    Q_INVOKABLE bool withdraw(const QString &reason);

Q_SIGNALS:
    void documentIdChanged();
    void stateChanged();

protected:
    void loadCell(SqliteDatabase &db) override;
    // Lives on the reader page: reads again when shown.
    [[nodiscard]] bool reloadsOnDataChange() const override { return false; }

private:
    QString m_documentId;
    QString m_title;
    bool m_canWithdraw = false;
    bool m_pending = false;
};
