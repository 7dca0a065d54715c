// The approver's side of a draft (DESIGN.md 8.2), for the committee workspace's detail pane:
// a submitted draft can be returned to its author with a reason, or signed with this device's
// certified key and published, after the PIN is typed again. Says why signing is not possible
// (no key, key not certified yet, revoked, expired) and that the author's own draft needs
// another committee member; shows the change as waiting until the server confirms it.
#pragma once

#include "cellcontroller.h"

class ApprovalController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString draftId READ draftId WRITE setDraftId NOTIFY draftIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY draftChanged)
    Q_PROPERTY(QString title READ title NOTIFY draftChanged)
    Q_PROPERTY(QString authorName READ authorName NOTIFY draftChanged)
    // Waiting for approval (the actions apply), returned, or published.
    Q_PROPERTY(bool submitted READ submitted NOTIFY draftChanged)
    Q_PROPERTY(bool returned READ returned NOTIFY draftChanged)
    Q_PROPERTY(bool published READ published NOTIFY draftChanged)
    Q_PROPERTY(QString returnReason READ returnReason NOTIFY draftChanged)
    // A return or a publication of this draft is queued and not yet confirmed by the server.
    Q_PROPERTY(bool pending READ pending NOTIFY draftChanged)
    // The signed-in user wrote this draft.
    Q_PROPERTY(bool ownDraft READ ownDraft NOTIFY draftChanged)
    // This device has a key certified today: "Ký và ban hành" can sign.
    Q_PROPERTY(bool canSign READ canSign NOTIFY draftChanged)
    // Why signing is not possible (empty when canSign).
    Q_PROPERTY(QString signBlockedReason READ signBlockedReason NOTIFY draftChanged)

public:
    explicit ApprovalController(QObject *parent = nullptr);

    [[nodiscard]] QString draftId() const { return m_draftId; }
    void setDraftId(const QString &id);
    [[nodiscard]] bool found() const { return !m_status.isEmpty(); }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString authorName() const { return m_authorName; }
    [[nodiscard]] bool submitted() const;
    [[nodiscard]] bool returned() const;
    [[nodiscard]] bool published() const;
    [[nodiscard]] QString returnReason() const { return m_returnReason; }
    [[nodiscard]] bool pending() const { return m_pending; }
    [[nodiscard]] bool ownDraft() const { return m_ownDraft; }
    [[nodiscard]] bool canSign() const { return m_signBlockedReason.isEmpty(); }
    [[nodiscard]] QString signBlockedReason() const { return m_signBlockedReason; }

    // document.draft.return with `reason` (required); false with errorMessage set otherwise.
    Q_INVOKABLE bool returnDraft(const QString &reason);
    // Checks `pin` as unlocking does (a wrong one counts, and signs nothing), then signs the
    // draft and queues document.publish; false with errorMessage set otherwise.
    Q_INVOKABLE bool signAndPublish(const QString &pin);

Q_SIGNALS:
    void draftIdChanged();
    void draftChanged();

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    bool queue(const std::function<QString(SqliteDatabase &)> &action);

    QString m_draftId;
    QString m_status;
    QString m_title;
    QString m_authorName;
    QString m_returnReason;
    bool m_pending = false;
    bool m_ownDraft = false;
    QString m_signBlockedReason;
};
