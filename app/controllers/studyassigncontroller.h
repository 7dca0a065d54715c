// "Giao học tập" (DESIGN.md 8.3): a secretary asks the cell, a committee user its
// organisation or one below it (picked from the tree, its own by default), to study documents
// by a date. Documents are chosen from those on this device that the WHOLE audience can see
// (their audience is the study's or above it); the title is prefilled from the first one
// ("Học tập, quán triệt <title>"); instructions; the due date (not before today in Vietnam);
// whether a reflection is required; an optional quiz (each question 2..6 choices with the
// right one marked). assign() checks every limit with a message naming the field, then
// queues study.assign; the study shows at once and is sent at the next sync.
#pragma once

#include "cellcontroller.h"
#include "documentpickermodel.h"
#include "orgpickermodel.h"
#include "studyorganiseractions.h"

#include <QVariantList>

class StudyAssignController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    // A document to start from (the reader's "Giao học tập", the publishing workspace).
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY documentIdChanged)
    // The audience; set it to start from another organisation than the user's own.
    Q_PROPERTY(
        QString audienceOrgId READ audienceOrgId WRITE setAudienceOrgId NOTIFY audienceChanged)
    Q_PROPERTY(QString audienceName READ audienceName NOTIFY audienceChanged)
    // A secretary or a committee user (the server decides; this chooses what to show).
    Q_PROPERTY(bool canAssign READ canAssign NOTIFY identityChanged)
    // A committee user picks the audience; a secretary's is the cell.
    Q_PROPERTY(bool canChooseAudience READ canChooseAudience NOTIFY identityChanged)
    // The document in documentId can be studied by an audience this user may assign to.
    Q_PROPERTY(bool documentAssignable READ documentAssignable NOTIFY documentIdChanged)
    Q_PROPERTY(OrgPickerModel *organizations READ organizations CONSTANT)

    Q_PROPERTY(QString title MEMBER m_title NOTIFY fieldsChanged)
    Q_PROPERTY(QString instructions MEMBER m_instructions NOTIFY fieldsChanged)
    // dd/MM/yyyy, Vietnam.
    Q_PROPERTY(QString dueDateText MEMBER m_dueDateText NOTIFY fieldsChanged)
    Q_PROPERTY(bool reflectionRequired MEMBER m_reflectionRequired NOTIFY fieldsChanged)

    // The chosen documents, in the order chosen; those to choose from (newest, or matching
    // filterText), only documents the audience can see.
    Q_PROPERTY(DocumentPickerModel *selectedDocuments READ selectedDocuments CONSTANT)
    Q_PROPERTY(DocumentPickerModel *documents READ documents CONSTANT)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)

    // [{text, choices: [strings], answer}] (answer -1: none marked yet). Changes of a text do
    // not rebuild it (the field keeps its focus); adding, removing and marking do.
    Q_PROPERTY(QVariantList quiz READ quiz NOTIFY quizChanged)
    Q_PROPERTY(int maxQuestions READ maxQuestions CONSTANT)
    Q_PROPERTY(int maxChoices READ maxChoices CONSTANT)
    Q_PROPERTY(QString savedStudyId READ savedStudyId NOTIFY assigned)

public:
    // How many documents the picker lists at once.
    static constexpr int kPickerLimit = 60;
    // The due date offered: two weeks from today.
    static constexpr int kDefaultDays = 14;

    explicit StudyAssignController(QObject *parent = nullptr);

    [[nodiscard]] QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &id);
    [[nodiscard]] QString audienceOrgId() const { return m_audienceOrgId; }
    void setAudienceOrgId(const QString &id);
    [[nodiscard]] QString audienceName() const;
    [[nodiscard]] bool canAssign() const { return isSecretary() || m_committee; }
    [[nodiscard]] bool canChooseAudience() const { return m_committee; }
    [[nodiscard]] bool documentAssignable() const { return m_documentAssignable; }
    [[nodiscard]] OrgPickerModel *organizations() { return &m_organizations; }
    [[nodiscard]] DocumentPickerModel *selectedDocuments() { return &m_selectedModel; }
    [[nodiscard]] DocumentPickerModel *documents() { return &m_documents; }
    [[nodiscard]] QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    [[nodiscard]] QVariantList quiz() const;
    [[nodiscard]] int maxQuestions() const;
    [[nodiscard]] int maxChoices() const;
    [[nodiscard]] QString savedStudyId() const { return m_savedId; }

    // The audience: a committee user's organisation or one below it; documents the new
    // audience cannot see are taken off the list.
    Q_INVOKABLE bool chooseAudience(const QString &orgId);
    // Chooses a document, or unchooses it when it was chosen.
    Q_INVOKABLE void toggleDocument(const QString &documentId);
    Q_INVOKABLE void addQuestion();
    Q_INVOKABLE void removeQuestion(int index);
    Q_INVOKABLE void setQuestionText(int index, const QString &text);
    Q_INVOKABLE void addChoice(int question);
    Q_INVOKABLE void removeChoice(int question, int choice);
    Q_INVOKABLE void setChoiceText(int question, int choice, const QString &text);
    Q_INVOKABLE void setAnswer(int question, int choice);
    // The first problem of the fields in words ("" when it can be sent).
    [[nodiscard]] Q_INVOKABLE QString problem() const;
    // Checks and queues study.assign; false with errorMessage set otherwise.
    Q_INVOKABLE bool assign();

    // What assign() would queue now (tests).
    [[nodiscard]] StudyAssignment assignment() const;

Q_SIGNALS:
    void documentIdChanged();
    void audienceChanged();
    void fieldsChanged();
    void filterTextChanged();
    void quizChanged();
    void assigned();

protected:
    void loadCell(SqliteDatabase &db) override;
    // A form with a document picker: it reads again when shown.
    [[nodiscard]] bool reloadsOnDataChange() const override { return false; }

private:
    void fillDefaults(SqliteDatabase &db);
    void listDocuments(SqliteDatabase &db);
    void showSelection(SqliteDatabase &db);
    void prefillTitle(SqliteDatabase &db);
    [[nodiscard]] bool mayAssignTo(SqliteDatabase &db, const QString &audienceOrgId) const;
    [[nodiscard]] bool validQuestion(int index) const;

    QString m_documentId;
    bool m_committee = false;
    bool m_defaultsFilled = false;
    bool m_documentAssignable = false;
    QString m_audienceOrgId;
    QString m_title;
    QString m_prefilledTitle;
    QString m_instructions;
    QString m_dueDateText;
    bool m_reflectionRequired = true;
    QStringList m_selected;
    DocumentPickerModel m_selectedModel;
    DocumentPickerModel m_documents;
    OrgPickerModel m_organizations;
    QString m_filterText;
    QList<QuizQuestionWithAnswer> m_quiz;
    QString m_savedId;
};
