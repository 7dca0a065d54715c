// The minutes (biên bản) of one meeting (DESIGN.md 8.5, issue 21). For every member: the
// published minutes (read-only, by whom and when), opening them marks them read on this
// device (the home screen's card for an absent member goes). For the cell's secretary: the
// editor's text (her draft kept in the vault as she types, else the template built from the
// meeting's data), publishing it (meeting.minutes), ending the meeting without minutes
// (meeting.end), and the minutes as an A4 PDF.
#pragma once

#include "cellcontroller.h"

#include <QTimer>
#include <QUrl>

class MinutesController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString meetingId READ meetingId WRITE setMeetingId NOTIFY meetingIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    // The meeting is done (minutes published or ended without them).
    Q_PROPERTY(bool ended READ ended NOTIFY changed)
    // The published minutes ("" when none) and "Đồng chí … công bố lúc …".
    Q_PROPERTY(bool hasMinutes READ hasMinutes NOTIFY changed)
    Q_PROPERTY(QString minutes READ minutes NOTIFY changed)
    Q_PROPERTY(QString publishedText READ publishedText NOTIFY changed)
    // A change of the meeting (minutes, end) waits for the server.
    Q_PROPERTY(bool pending READ pending NOTIFY changed)
    // The secretary may write (or rewrite) the minutes: from an hour before the start, not
    // for a cancelled meeting.
    Q_PROPERTY(bool canWrite READ canWrite NOTIFY changed)
    // ... and end the meeting without minutes (not once it is done).
    Q_PROPERTY(bool canEnd READ canEnd NOTIFY changed)
    // The editor's text: the draft, the published minutes, or the template.
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int maxLength READ maxLength CONSTANT)
    // "Đã lưu trên máy lúc 19:42" once the draft is saved.
    Q_PROPERTY(QString savedText READ savedText NOTIFY savedChanged)
    // Where exportPdf() writes, the file it wrote and a sentence saying where.
    Q_PROPERTY(QUrl exportFolder READ exportFolder WRITE setExportFolder NOTIFY exportChanged)
    Q_PROPERTY(QString exportedPath READ exportedPath NOTIFY exportChanged)
    Q_PROPERTY(QString exportedText READ exportedText NOTIFY exportChanged)

public:
    static constexpr int kSaveDelayMs = 1500;

    explicit MinutesController(QObject *parent = nullptr);
    ~MinutesController() override;

    [[nodiscard]] QString meetingId() const { return m_meetingId; }
    void setMeetingId(const QString &id);
    [[nodiscard]] bool found() const { return m_found; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] bool ended() const { return m_status == Protocol::MeetingStatus::Done; }
    [[nodiscard]] bool hasMinutes() const { return !m_minutes.isEmpty(); }
    [[nodiscard]] QString minutes() const { return m_minutes; }
    [[nodiscard]] QString publishedText() const;
    [[nodiscard]] bool pending() const { return m_pending; }
    [[nodiscard]] bool canWrite() const;
    [[nodiscard]] bool canEnd() const { return canWrite() && !ended(); }
    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    [[nodiscard]] static int maxLength() { return Protocol::Limit::Minutes; }
    [[nodiscard]] QString savedText() const { return m_savedText; }
    [[nodiscard]] QUrl exportFolder() const { return m_exportFolder; }
    void setExportFolder(const QUrl &folder);
    [[nodiscard]] QString exportedPath() const { return m_exportedPath; }
    [[nodiscard]] QString exportedText() const;

    // Saves the draft now (it is saved by itself after a pause in typing).
    Q_INVOKABLE bool saveNow();
    // Drops the draft: the editor shows the template (or the published minutes) again.
    Q_INVOKABLE bool restoreTemplate();
    // meeting.minutes with the editor's text; the draft goes once it is queued.
    Q_INVOKABLE bool publish();
    // meeting.end: the meeting is done, without minutes.
    Q_INVOKABLE bool endMeeting();
    // The editor's text (or the published minutes) as a PDF in exportFolder.
    Q_INVOKABLE bool exportPdf();
    // The member has the minutes in front of her: remembered on this device.
    Q_INVOKABLE void markSeen();

Q_SIGNALS:
    void meetingIdChanged();
    void changed();
    void textChanged();
    void savedChanged();
    void exportChanged();
    // The minutes were queued for the cell.
    void published();

protected:
    void loadCell(SqliteDatabase &db) override;
    // The editor is not rebuilt under the secretary's fingers by a sync.
    [[nodiscard]] bool reloadsOnDataChange() const override { return !m_dirty; }

private:
    bool queue(bool publishing);
    [[nodiscard]] QString message(const QString &code) const;

    QString m_meetingId;
    bool m_found = false;
    QString m_title;
    QString m_orgName;
    QString m_upperOrgName;
    QDateTime m_startsAt;
    QString m_status;
    QString m_minutes;
    QString m_minutesBy;
    QDateTime m_minutesAt;
    bool m_pending = false;
    QString m_text;
    bool m_dirty = false;
    QString m_savedText;
    QTimer m_saveTimer;
    QUrl m_exportFolder;
    QString m_exportedPath;
};
