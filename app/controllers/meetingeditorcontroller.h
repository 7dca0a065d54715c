// The secretary's meeting editor: a new meeting (empty meetingId) or changes to a scheduled
// one: title, date and time (typed in Vietnam time), place, agenda, and the "read before the
// meeting" documents chosen from those on this device (searchable). Saving queues
// meeting.create or meeting.update.
#pragma once

#include "cellcontroller.h"
#include "documentpickermodel.h"

class MeetingEditorController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString meetingId READ meetingId WRITE setMeetingId NOTIFY meetingIdChanged)
    // Editing an existing meeting (else creating one).
    Q_PROPERTY(bool editing READ editing NOTIFY meetingIdChanged)
    Q_PROPERTY(QString title MEMBER m_title NOTIFY fieldsChanged)
    // dd/MM/yyyy and HH:mm, Vietnam time.
    Q_PROPERTY(QString dateText MEMBER m_dateText NOTIFY fieldsChanged)
    Q_PROPERTY(QString timeText MEMBER m_timeText NOTIFY fieldsChanged)
    Q_PROPERTY(QString location MEMBER m_location NOTIFY fieldsChanged)
    Q_PROPERTY(QString agenda MEMBER m_agenda NOTIFY fieldsChanged)
    // The chosen documents, in the order chosen.
    Q_PROPERTY(DocumentPickerModel *selectedDocuments READ selectedDocuments CONSTANT)
    // Documents to choose from: the newest, or those matching filterText.
    Q_PROPERTY(DocumentPickerModel *documents READ documents CONSTANT)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    // The id of the meeting the last save() queued.
    Q_PROPERTY(QString savedMeetingId READ savedMeetingId NOTIFY saved)

public:
    // How many documents the picker lists at once.
    static constexpr int kPickerLimit = 60;

    explicit MeetingEditorController(QObject *parent = nullptr);

    [[nodiscard]] QString meetingId() const { return m_meetingId; }
    void setMeetingId(const QString &id);
    [[nodiscard]] bool editing() const { return !m_meetingId.isEmpty(); }
    [[nodiscard]] DocumentPickerModel *selectedDocuments() { return &m_selectedModel; }
    [[nodiscard]] DocumentPickerModel *documents() { return &m_documents; }
    [[nodiscard]] QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    [[nodiscard]] QString savedMeetingId() const { return m_savedMeetingId; }

    // Chooses a document, or unchooses it when it was chosen.
    Q_INVOKABLE void toggleDocument(const QString &documentId);
    // Checks the fields and queues the meeting; false with errorMessage set otherwise.
    Q_INVOKABLE bool save();

    // "25/12/2026" and "19:30" in Vietnam time -> UTC (invalid when either is not valid).
    [[nodiscard]] static QDateTime parseVietnamTime(const QString &date, const QString &time);

Q_SIGNALS:
    void meetingIdChanged();
    void fieldsChanged();
    void filterTextChanged();
    void saved();

protected:
    void loadCell(SqliteDatabase &db) override;
    // A form with a document picker: it reads again when shown.
    [[nodiscard]] bool reloadsOnDataChange() const override { return false; }

private:
    void fillFields(SqliteDatabase &db);
    void listDocuments(SqliteDatabase &db);
    void showSelection(SqliteDatabase &db);

    QString m_meetingId;
    bool m_fieldsLoaded = false;
    QString m_title;
    QString m_dateText;
    QString m_timeText;
    QString m_location;
    QString m_agenda;
    QStringList m_selected;
    DocumentPickerModel m_selectedModel;
    DocumentPickerModel m_documents;
    QString m_filterText;
    QString m_savedMeetingId;
};
