// The member's bản kiểm điểm of the annual review (DESIGN.md 8.6, issue 22). Without a cycleId
// it follows the current cycle of the member's audience (the newest open one whose audience is
// the member's cell or above it): the home screen's card ("Kiểm điểm cuối năm 2026", due date,
// state) shows while one is open. The form: the five parts of a bản kiểm điểm đảng viên and the
// member's own rating, saved to the vault as they type (a short pause, the page closing, a
// rating chosen: offline), submitted with ReviewActions (queued like every change), editable
// and submittable again until the cell proposes; then the cell's proposal and, after the
// committee's decision, the rating decided with the comments.
#pragma once

#include "cellcontroller.h"

#include <QJsonObject>
#include <QStringList>
#include <QTimer>

class SelfReviewController : public CellController
{
    Q_OBJECT
    QML_ELEMENT
    // The cycle shown; "" (the default) follows the member's current cycle.
    Q_PROPERTY(QString cycleId READ cycleId WRITE setCycleId NOTIFY cycleIdChanged)
    // The cycle found on this device (for the home card: an open one of the member's audience,
    // and the signed-in account is a member).
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString currentCycleId READ currentCycleId NOTIFY changed)
    // The member's self-review row in the cycle ("" before the first submission).
    Q_PROPERTY(QString selfReviewId READ selfReviewId NOTIFY changed)
    Q_PROPERTY(bool hasOpenCycle READ hasOpenCycle NOTIFY changed)
    Q_PROPERTY(int year READ year NOTIFY changed)
    // "Kiểm điểm cuối năm 2026".
    Q_PROPERTY(QString title READ title NOTIFY changed)
    // "Ban Thường vụ Đảng ủy xã … tổ chức" (the opener's name).
    Q_PROPERTY(QString openerText READ openerText NOTIFY changed)
    // "Hạn nộp: 20/12/2026"; overdue while not submitted after it.
    Q_PROPERTY(QString dueText READ dueText NOTIFY changed)
    Q_PROPERTY(bool overdue READ overdue NOTIFY changed)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY changed)
    Q_PROPERTY(int state READ state NOTIFY changed) // State
    // "Chưa viết", "Bản nháp", "Đã nộp", "Chi bộ đã đề xuất", "Đã xếp loại".
    Q_PROPERTY(QString stateLabel READ stateLabel NOTIFY changed)
    // The submission waits on this device to be sent.
    Q_PROPERTY(bool pending READ pending NOTIFY changed)
    // The member may write and submit (open cycle, not after the decision due date, the cell
    // has not proposed).
    Q_PROPERTY(bool editing READ editing NOTIFY changed)
    // Submitted, and the form holds changes not submitted again.
    Q_PROPERTY(bool unsentChanges READ unsentChanges NOTIFY changed)
    // The five headings, and the text of each part in the form (the draft, else what was
    // submitted).
    Q_PROPERTY(QStringList headings READ headings CONSTANT)
    Q_PROPERTY(QStringList sections READ sections NOTIFY sectionsChanged)
    Q_PROPERTY(QString selfRating READ selfRating WRITE setSelfRating NOTIFY sectionsChanged)
    Q_PROPERTY(int maxSectionLength READ maxSectionLength CONSTANT)
    // "Đã lưu trên máy lúc 10:32" once a draft is saved.
    Q_PROPERTY(QString savedText READ savedText NOTIFY savedChanged)
    // "Đã nộp lúc …" / "Đã nộp trên máy này…".
    Q_PROPERTY(QString submittedText READ submittedText NOTIFY changed)
    // The cell's proposal and the committee's decision (empty until made).
    Q_PROPERTY(QString proposedRating READ proposedRating NOTIFY changed)
    Q_PROPERTY(QString proposalComment READ proposalComment NOTIFY changed)
    Q_PROPERTY(QString proposedText READ proposedText NOTIFY changed)
    Q_PROPERTY(QString decidedRating READ decidedRating NOTIFY changed)
    Q_PROPERTY(QString decisionComment READ decisionComment NOTIFY changed)
    Q_PROPERTY(QString decidedText READ decidedText NOTIFY changed)

public:
    enum State { NotStarted, Draft, Submitted, Proposed, Decided };
    Q_ENUM(State)

    // How long after the last keystroke the draft is saved.
    static constexpr int kSaveDelayMs = 800;

    explicit SelfReviewController(QObject *parent = nullptr);
    ~SelfReviewController() override;

    [[nodiscard]] QString cycleId() const { return m_cycleId; }
    void setCycleId(const QString &id);
    [[nodiscard]] bool found() const { return !m_cycle.isEmpty(); }
    [[nodiscard]] QString currentCycleId() const;
    [[nodiscard]] QString selfReviewId() const;
    [[nodiscard]] bool hasOpenCycle() const { return found() && isOpen() && m_member; }
    [[nodiscard]] int year() const;
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString openerText() const;
    [[nodiscard]] QString dueText() const;
    [[nodiscard]] bool overdue() const;
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] int state() const { return int(m_state); }
    [[nodiscard]] QString stateLabel() const { return stateName(m_state); }
    [[nodiscard]] bool pending() const { return m_pending; }
    [[nodiscard]] bool editing() const;
    [[nodiscard]] bool unsentChanges() const;
    [[nodiscard]] static QStringList headings();
    [[nodiscard]] QStringList sections() const { return m_sections; }
    [[nodiscard]] QString selfRating() const { return m_selfRating; }
    void setSelfRating(const QString &rating);
    [[nodiscard]] static int maxSectionLength();
    [[nodiscard]] QString savedText() const { return m_savedText; }
    [[nodiscard]] QString submittedText() const;
    [[nodiscard]] QString proposedRating() const;
    [[nodiscard]] QString proposalComment() const;
    [[nodiscard]] QString proposedText() const;
    [[nodiscard]] QString decidedRating() const;
    [[nodiscard]] QString decisionComment() const;
    [[nodiscard]] QString decidedText() const;

    // The card's and the list's words for a state.
    [[nodiscard]] static QString stateName(State state);

    // The text of part `index` as typed (saved after a short pause).
    Q_INVOKABLE void setSection(int index, const QString &text);
    // Saves the draft now if it changed (the page calls it when it closes).
    Q_INVOKABLE bool saveNow();
    // Submits the form (saved first); false with errorMessage when the device refuses it.
    Q_INVOKABLE bool submit();

Q_SIGNALS:
    void cycleIdChanged();
    void changed();
    void sectionsChanged();
    void savedChanged();
    // The submission is queued (the page says so and the sync runs soon).
    void submitted();

protected:
    void loadCell(SqliteDatabase &db) override;

private:
    void markDirty();

    QString m_cycleId;
    QJsonObject m_cycle; // the review_cycle row shown ({} when none)
    QJsonObject m_review; // my self_review row ({} when none)
    bool m_member = false;
    bool m_hasDraft = false;
    bool m_pending = false;
    State m_state = NotStarted;
    QStringList m_sections;
    QString m_selfRating;
    bool m_dirty = false; // the form holds changes not yet in the vault
    QString m_savedText;
    QTimer m_saveTimer;
};
