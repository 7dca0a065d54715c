// A committee's document draft (DESIGN.md 8.2): a new one (empty draftId) or a stored one,
// read for its detail and preview, edited while it is a draft or was returned (the return
// reason shows above the fields). Fields: kind, number, title, issued date, issuer (the
// organization's name by default), summary, body, classification, audience (picked from the
// organization tree, searchable), attachments (files from the device, kept in the vault and
// uploaded resumably at the next sync, as a share's), an optional meeting. save() queues
// document.draft.put after checking Protocol::Limit with a message naming the field;
// submit() saves what changed, then queues document.draft.submit.
#pragma once

#include "cellcontroller.h"
#include "draftactions.h"
#include "orgpickermodel.h"

#include <QUrl>
#include <QVariantList>

class DraftEditorController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString draftId READ draftId WRITE setDraftId NOTIFY draftIdChanged)
    // The draft is on this device (always true for a new one).
    Q_PROPERTY(bool found READ found NOTIFY loaded)
    Q_PROPERTY(QString status READ status NOTIFY loaded)
    Q_PROPERTY(QString statusLabel READ statusLabel NOTIFY loaded)
    Q_PROPERTY(QString returnReason READ returnReason NOTIFY loaded)
    Q_PROPERTY(QString authorName READ authorName NOTIFY loaded)
    // A local change waits for the server.
    Q_PROPERTY(bool pending READ pending NOTIFY loaded)
    // A new draft, or one that is still a draft or was returned.
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY loaded)
    // Waiting for approval (the approval panel is shown).
    Q_PROPERTY(bool submitted READ submitted NOTIFY loaded)
    // Published: its id is the published document's ("publish and ask to study").
    Q_PROPERTY(bool published READ published NOTIFY loaded)

    Q_PROPERTY(QString kind MEMBER m_kind NOTIFY fieldsChanged)
    Q_PROPERTY(QString number MEMBER m_number NOTIFY fieldsChanged)
    Q_PROPERTY(QString title MEMBER m_title NOTIFY fieldsChanged)
    // dd/MM/yyyy (empty: no date yet).
    Q_PROPERTY(QString issuedDateText MEMBER m_issuedDateText NOTIFY fieldsChanged)
    Q_PROPERTY(QString issuer MEMBER m_issuer NOTIFY fieldsChanged)
    Q_PROPERTY(QString summary MEMBER m_summary NOTIFY fieldsChanged)
    Q_PROPERTY(QString body MEMBER m_body NOTIFY fieldsChanged)
    Q_PROPERTY(QString classification MEMBER m_classification NOTIFY fieldsChanged)
    Q_PROPERTY(QString meetingId MEMBER m_meetingId NOTIFY fieldsChanged)
    Q_PROPERTY(QString audienceOrgId READ audienceOrgId NOTIFY fieldsChanged)
    Q_PROPERTY(QString audienceName READ audienceName NOTIFY fieldsChanged)
    Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY fieldsChanged)
    Q_PROPERTY(QString classificationLabel READ classificationLabel NOTIFY fieldsChanged)
    // [{kind, label}], [{classification, label}], [{meetingId, label}] ("none" first).
    Q_PROPERTY(QVariantList kindChoices READ kindChoices CONSTANT)
    Q_PROPERTY(QVariantList classificationChoices READ classificationChoices CONSTANT)
    Q_PROPERTY(QVariantList meetingChoices READ meetingChoices NOTIFY meetingChoicesChanged)
    // [{name, sizeText, isNew}] in order: the draft's files, then the ones added here.
    Q_PROPERTY(QVariantList attachmentList READ attachmentList NOTIFY attachmentsChanged)
    Q_PROPERTY(OrgPickerModel *organizations READ organizations CONSTANT)
    Q_PROPERTY(QString maxFileSizeText READ maxFileSizeText CONSTANT)
    // A view of the stored draft (the workspace's detail): it follows every change of the
    // vault (a sync, another screen); the editor (false) keeps what the user typed.
    Q_PROPERTY(bool readOnly MEMBER m_readOnly NOTIFY readOnlyChanged)
    // The id of the draft the last save() queued.
    Q_PROPERTY(QString savedDraftId READ savedDraftId NOTIFY saved)

public:
    // What one document.draft.put may weigh as JSON: the server caps a push request at
    // 1 MiB (ServerLimits::maxJsonBodyBytes), leaving room for the rest of the request.
    static constexpr qsizetype kMaxArgsBytes = 900 * 1024;

    explicit DraftEditorController(QObject *parent = nullptr);

    [[nodiscard]] QString draftId() const { return m_draftId; }
    void setDraftId(const QString &id);
    [[nodiscard]] bool found() const { return m_draftId.isEmpty() || m_stored.has_value(); }
    [[nodiscard]] QString status() const { return m_stored ? m_stored->status : QString(); }
    [[nodiscard]] QString statusLabel() const;
    [[nodiscard]] QString returnReason() const;
    [[nodiscard]] QString authorName() const { return m_stored ? m_stored->authorName : QString(); }
    [[nodiscard]] bool pending() const { return m_stored && m_stored->pending; }
    [[nodiscard]] bool canEdit() const;
    [[nodiscard]] bool submitted() const;
    [[nodiscard]] bool published() const;
    [[nodiscard]] QString audienceOrgId() const { return m_audienceOrgId; }
    [[nodiscard]] QString audienceName() const;
    [[nodiscard]] QString kindLabel() const;
    [[nodiscard]] QString classificationLabel() const;
    [[nodiscard]] QVariantList kindChoices() const;
    [[nodiscard]] QVariantList classificationChoices() const;
    [[nodiscard]] QVariantList meetingChoices() const { return m_meetingChoices; }
    [[nodiscard]] QVariantList attachmentList() const;
    [[nodiscard]] OrgPickerModel *organizations() { return &m_organizations; }
    [[nodiscard]] QString maxFileSizeText() const;
    [[nodiscard]] QString savedDraftId() const { return m_savedId; }

    // The audience: my organization or one below it.
    Q_INVOKABLE bool chooseAudience(const QString &orgId);
    // Adds a file from the device (a file: URL, or a content: URL on Android); false with
    // errorMessage set when it cannot be read or is too large.
    Q_INVOKABLE bool addFile(const QUrl &url);
    // The same for bytes in memory.
    bool addBytes(const QString &fileName, const QByteArray &bytes);
    Q_INVOKABLE void removeAttachment(int index);
    // The first problem of the fields in words ("" when they can be sent).
    [[nodiscard]] Q_INVOKABLE QString problem() const;
    // Checks and queues document.draft.put; false with errorMessage set otherwise.
    Q_INVOKABLE bool save();
    // Saves what changed, then queues document.draft.submit.
    Q_INVOKABLE bool submit();

    // The arguments save() would queue now (tests).
    [[nodiscard]] DraftFields fields() const;

Q_SIGNALS:
    void draftIdChanged();
    void readOnlyChanged();
    void loaded();
    void fieldsChanged();
    void meetingChoicesChanged();
    void attachmentsChanged();
    void saved();
    void submittedDraft();

protected:
    void loadCell(SqliteDatabase &db) override;
    // A form: a sync does not rebuild it under the user's fingers; it reads again when shown.
    [[nodiscard]] bool reloadsOnDataChange() const override { return m_readOnly; }

private:
    void fillFields(SqliteDatabase &db);

    QString m_draftId;
    bool m_readOnly = false;
    std::optional<DraftRecord> m_stored;
    bool m_filling = false;
    bool m_dirty = false;
    bool m_fieldsLoaded = false;
    QString m_kind;
    QString m_number;
    QString m_title;
    QString m_issuedDateText;
    QString m_issuer;
    QString m_summary;
    QString m_body;
    QString m_classification;
    QString m_meetingId;
    QString m_audienceOrgId;
    QJsonArray m_keptFiles;
    QList<LocalActions::NewAttachment> m_newFiles;
    QVariantList m_meetingChoices;
    OrgPickerModel m_organizations;
    QString m_savedId;
};
