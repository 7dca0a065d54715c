// One study as the member works on it (DESIGN.md 8.3): its documents with whether the member
// read each, the instructions, the due date (overdue marked), the reflection editor saved to
// the vault as the member types (a short pause, the page closing, a choice in the quiz),
// its word count, the quiz with the chosen answers, submit (queued like every change), then
// the submission's state, the score after sync and the secretary's comment. On "returned" the
// editor opens again with the comment beside it.
#pragma once

#include "cellcontroller.h"
#include "studylistmodel.h"

#include <QJsonObject>
#include <QTimer>
#include <QVariantList>

class StudyController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString studyId READ studyId WRITE setStudyId NOTIFY studyIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString instructions READ instructions NOTIFY changed)
    // "Ban Thường vụ Tỉnh ủy … giao" and the audience's name.
    Q_PROPERTY(QString assigner READ assigner NOTIFY changed)
    Q_PROPERTY(QString audience READ audience NOTIFY changed)
    Q_PROPERTY(QString dueText READ dueText NOTIFY changed)
    Q_PROPERTY(bool overdue READ overdue NOTIFY changed)
    Q_PROPERTY(QString overdueText READ overdueText NOTIFY changed)
    Q_PROPERTY(QString reminder READ reminder NOTIFY changed)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY changed)
    // The member is in the study's audience (others only read it).
    Q_PROPERTY(bool mine READ mine NOTIFY changed)
    Q_PROPERTY(bool reflectionRequired READ reflectionRequired NOTIFY changed)
    // [{documentId, title, number, onDevice, read}] in the study's order.
    Q_PROPERTY(QVariantList documents READ documents NOTIFY changed)
    Q_PROPERTY(int documentsRead READ documentsRead NOTIFY changed)
    // [{questionId, text, choices: [..], chosen: index or -1}].
    Q_PROPERTY(QVariantList quiz READ quiz NOTIFY quizChanged)
    Q_PROPERTY(int unanswered READ unanswered NOTIFY quizChanged)
    // The text in the editor (the draft, else what was handed in).
    Q_PROPERTY(QString reflection READ reflection WRITE setReflection NOTIFY reflectionChanged)
    Q_PROPERTY(int wordCount READ wordCount NOTIFY wordCountChanged)
    Q_PROPERTY(int maxLength READ maxLength CONSTANT)
    // "Đã lưu trên máy lúc 10:32" once a draft is saved.
    Q_PROPERTY(QString savedText READ savedText NOTIFY savedChanged)
    Q_PROPERTY(int state READ state NOTIFY changed) // StudyListModel::State
    Q_PROPERTY(QString stateLabel READ stateLabel NOTIFY changed)
    Q_PROPERTY(bool pending READ pending NOTIFY changed)
    // The member can write and hand in (theirs, open, not handed in or returned).
    Q_PROPERTY(bool editing READ editing NOTIFY changed)
    Q_PROPERTY(QString submittedText READ submittedText NOTIFY changed)
    Q_PROPERTY(QString scoreText READ scoreText NOTIFY changed)
    Q_PROPERTY(QString comment READ comment NOTIFY changed)
    Q_PROPERTY(QString reviewedText READ reviewedText NOTIFY changed)

public:
    // How long after the last keystroke the draft is saved.
    static constexpr int kSaveDelayMs = 800;

    explicit StudyController(QObject *parent = nullptr);
    ~StudyController() override;

    [[nodiscard]] QString studyId() const { return m_studyId; }
    void setStudyId(const QString &id);
    [[nodiscard]] bool found() const { return m_found; }
    [[nodiscard]] QString title() const { return m_entry.study.title; }
    [[nodiscard]] QString instructions() const { return m_entry.study.instructions; }
    [[nodiscard]] QString assigner() const;
    [[nodiscard]] QString audience() const { return m_entry.study.audienceName; }
    [[nodiscard]] QString dueText() const;
    [[nodiscard]] bool overdue() const;
    [[nodiscard]] QString overdueText() const;
    [[nodiscard]] QString reminder() const;
    [[nodiscard]] bool isOpen() const { return m_entry.study.isOpen(); }
    [[nodiscard]] bool mine() const { return m_entry.mine; }
    [[nodiscard]] bool reflectionRequired() const { return m_entry.study.reflectionRequired; }
    [[nodiscard]] QVariantList documents() const { return m_documents; }
    [[nodiscard]] int documentsRead() const { return m_documentsRead; }
    [[nodiscard]] QVariantList quiz() const;
    [[nodiscard]] int unanswered() const;
    [[nodiscard]] QString reflection() const { return m_reflection; }
    void setReflection(const QString &text);
    [[nodiscard]] int wordCount() const { return m_wordCount; }
    [[nodiscard]] static int maxLength();
    [[nodiscard]] QString savedText() const { return m_savedText; }
    [[nodiscard]] int state() const { return int(StudyListModel::stateOf(m_entry)); }
    [[nodiscard]] QString stateLabel() const;
    [[nodiscard]] bool pending() const { return m_entry.submission && m_entry.submission->pending; }
    [[nodiscard]] bool editing() const;
    [[nodiscard]] QString submittedText() const;
    [[nodiscard]] QString scoreText() const;
    [[nodiscard]] QString comment() const;
    [[nodiscard]] QString reviewedText() const;

    // The chosen answer of a question (saved at once).
    Q_INVOKABLE void choose(const QString &questionId, int index);
    // Saves the draft now if it changed (the page calls it when it closes).
    Q_INVOKABLE bool saveNow();
    // Hands the reflection and answers in (saved first); false with errorMessage when the
    // device refuses it (a required reflection empty, a question unanswered, too long...).
    Q_INVOKABLE bool submit();

Q_SIGNALS:
    void studyIdChanged();
    void changed();
    void quizChanged();
    void reflectionChanged();
    void wordCountChanged();
    void savedChanged();
    // The submission is queued (the page says so and the sync runs soon).
    void submitted();

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    void setWordCount(int count);

    QString m_studyId;
    bool m_found = false;
    StudyEntry m_entry;
    QVariantList m_documents;
    int m_documentsRead = 0;
    QString m_reflection;
    QJsonObject m_answers;
    int m_wordCount = 0;
    bool m_dirty = false; // the editor holds changes not yet in the vault
    QString m_savedText;
    QTimer m_saveTimer;
};
