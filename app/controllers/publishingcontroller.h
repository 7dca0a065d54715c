// The committee's publishing workspace (DESIGN.md 8.2): the drafts of my organization
// (replicated document_draft rows) grouped by status with their counts, newest first, and
// which one is selected (a wide window shows it beside the list).
#pragma once

#include "cellcontroller.h"
#include "draftlistmodel.h"

class PublishingController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DraftListModel *drafts READ drafts CONSTANT)
    Q_PROPERTY(int draftCount READ draftCount NOTIFY countsChanged)
    Q_PROPERTY(int submittedCount READ submittedCount NOTIFY countsChanged)
    Q_PROPERTY(int returnedCount READ returnedCount NOTIFY countsChanged)
    Q_PROPERTY(int publishedCount READ publishedCount NOTIFY countsChanged)
    // My organization's name ("Ban Thường vụ Tỉnh ủy …").
    Q_PROPERTY(QString orgName READ orgName NOTIFY countsChanged)
    // A committee (or admin) account: the workspace is for them only.
    Q_PROPERTY(bool isCommittee READ isCommittee NOTIFY countsChanged)
    // The draft shown in the detail ("" for none); the first one when the list loads with
    // none selected or the selected one gone.
    Q_PROPERTY(QString selectedId READ selectedId WRITE setSelectedId NOTIFY selectedIdChanged)

public:
    explicit PublishingController(QObject *parent = nullptr);

    [[nodiscard]] DraftListModel *drafts() { return &m_drafts; }
    [[nodiscard]] int draftCount() const;
    [[nodiscard]] int submittedCount() const;
    [[nodiscard]] int returnedCount() const;
    [[nodiscard]] int publishedCount() const;
    [[nodiscard]] QString orgName() const { return m_orgName; }
    [[nodiscard]] bool isCommittee() const { return m_isCommittee; }
    [[nodiscard]] QString selectedId() const { return m_selectedId; }
    void setSelectedId(const QString &id);

Q_SIGNALS:
    void countsChanged();
    void selectedIdChanged();

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    DraftListModel m_drafts;
    QString m_orgName;
    bool m_isCommittee = false;
    QString m_selectedId;
};
