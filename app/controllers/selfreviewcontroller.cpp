#include "selfreviewcontroller.h"

#include "homecontroller.h"
#include "mutationnames.h"
#include "outbox.h"
#include "replicastore.h"
#include "reviewactions.h"
#include "reviewrating.h"
#include "sqlitedatabase.h"
#include "studycatalog.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;
namespace RowType = Protocol::RowType;
namespace CycleStatus = Protocol::ReviewCycleStatus;
namespace ReviewStatus = Protocol::SelfReviewStatus;

namespace {

QStringList padded(QStringList sections)
{
    while (sections.size() < ReviewActions::kSectionCount)
        sections.append(QString());
    return sections;
}

QStringList sectionsOf(const QJsonObject &review)
{
    QStringList result;
    for (const QJsonValue &value : review.value(u"sections"_s).toArray())
        result.append(value.toString());
    return result;
}

QStringList trimmed(const QStringList &sections)
{
    QStringList result;
    for (const QString &section : sections)
        result.append(section.trimmed());
    while (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

bool sameSections(const QStringList &a, const QStringList &b)
{
    const QStringList x = trimmed(a);
    const QStringList y = trimmed(b);
    if (x.size() != y.size()) // sizes first: Qt 6.4's QList== on empty lists trips UBSan
        return false;
    for (qsizetype i = 0; i < x.size(); ++i) {
        if (x.at(i) != y.at(i))
            return false;
    }
    return true;
}

QDate dateOf(const QJsonObject &row, QStringView field)
{
    return QDate::fromString(row.value(field).toString(), Qt::ISODate);
}

QString at(const QJsonObject &row, QStringView field)
{
    return HomeController::vietnamTime(Timestamps::fromIso(row.value(field).toString()));
}

} // namespace

SelfReviewController::SelfReviewController(QObject *parent)
    : CellController(parent)
    , m_sections(padded({}))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &SelfReviewController::saveNow);
}

SelfReviewController::~SelfReviewController()
{
    // What was typed since the last pause is not lost when the page goes away.
    if (m_dirty)
        saveNow();
}

void SelfReviewController::setCycleId(const QString &id)
{
    if (m_cycleId == id)
        return;
    if (m_dirty)
        saveNow();
    m_cycleId = id;
    m_dirty = false;
    Q_EMIT cycleIdChanged();
    reload();
}

QString SelfReviewController::currentCycleId() const
{
    return m_cycle.value(u"id"_s).toString();
}

QString SelfReviewController::selfReviewId() const
{
    return m_review.value(u"id"_s).toString();
}

int SelfReviewController::year() const
{
    return m_cycle.value(u"year"_s).toInt();
}

QString SelfReviewController::title() const
{
    return found() ? tr("Kiểm điểm cuối năm %1").arg(year()) : QString();
}

QString SelfReviewController::openerText() const
{
    const QString opener = m_cycle.value(u"opener_name"_s).toString();
    return opener.isEmpty() ? QString() : tr("%1 tổ chức").arg(opener);
}

QString SelfReviewController::dueText() const
{
    const QDate due = dateOf(m_cycle, u"self_review_due");
    return due.isValid() ? tr("Hạn nộp: %1").arg(due.toString(u"dd/MM/yyyy"_s)) : QString();
}

bool SelfReviewController::overdue() const
{
    const QDate due = dateOf(m_cycle, u"self_review_due");
    return isOpen() && due.isValid() && ReviewActions::vietnamDate(now()) > due && m_state <= Draft;
}

bool SelfReviewController::isOpen() const
{
    return m_cycle.value(u"status"_s).toString() == CycleStatus::Open;
}

bool SelfReviewController::editing() const
{
    if (!found() || !m_member || !isOpen() || m_state >= Proposed)
        return false;
    const QDate decisionDue = dateOf(m_cycle, u"decision_due");
    return !decisionDue.isValid() || ReviewActions::vietnamDate(now()) <= decisionDue;
}

bool SelfReviewController::unsentChanges() const
{
    return m_state == Submitted
        && (m_selfRating != m_review.value(u"self_rating"_s).toString()
            || !sameSections(m_sections, sectionsOf(m_review)));
}

QStringList SelfReviewController::headings()
{
    return ReviewActions::sectionHeadings();
}

int SelfReviewController::maxSectionLength()
{
    return Protocol::Limit::SelfReviewSection;
}

QString SelfReviewController::stateName(State state)
{
    switch (state) {
    case NotStarted:
        return tr("Chưa viết");
    case Draft:
        return tr("Bản nháp");
    case Submitted:
        return tr("Đã nộp");
    case Proposed:
        return tr("Chi bộ đã đề xuất");
    case Decided:
        return tr("Đã xếp loại");
    }
    return {};
}

QString SelfReviewController::submittedText() const
{
    if (m_review.isEmpty())
        return {};
    if (m_pending && m_state == Submitted)
        return tr("Đã nộp trên máy này. Bản kiểm điểm sẽ được gửi tới chi bộ khi máy có mạng.");
    const QString when = at(m_review, u"updated_at");
    return m_review.value(u"late"_s).toBool() ? tr("Đã nộp lúc %1 (sau hạn nộp).").arg(when)
                                              : tr("Đã nộp lúc %1.").arg(when);
}

QString SelfReviewController::proposedRating() const
{
    return m_review.value(u"proposed_rating"_s).toString();
}

QString SelfReviewController::proposalComment() const
{
    return m_review.value(u"proposal_comment"_s).toString();
}

QString SelfReviewController::proposedText() const
{
    if (proposedRating().isEmpty())
        return {};
    const QString who = m_review.value(u"proposed_by_name"_s).toString();
    const QString when = at(m_review, u"proposed_at");
    return who.isEmpty() ? tr("Chi bộ đề xuất lúc %1").arg(when)
                         : tr("Đồng chí %1 ghi đề xuất của chi bộ lúc %2").arg(who, when);
}

QString SelfReviewController::decidedRating() const
{
    return m_review.value(u"decided_rating"_s).toString();
}

QString SelfReviewController::decisionComment() const
{
    return m_review.value(u"decision_comment"_s).toString();
}

QString SelfReviewController::decidedText() const
{
    if (decidedRating().isEmpty())
        return {};
    const QString who = m_review.value(u"decided_by_name"_s).toString();
    const QString when = at(m_review, u"decided_at");
    return who.isEmpty() ? tr("Quyết định lúc %1").arg(when)
                         : tr("%1 quyết định lúc %2").arg(who, when);
}

void SelfReviewController::markDirty()
{
    m_dirty = true;
    m_hasDraft = true;
    if (m_state == NotStarted) {
        m_state = Draft;
        Q_EMIT changed();
    } else if (m_state == Submitted) {
        Q_EMIT changed(); // unsentChanges
    }
    m_saveTimer.start();
}

void SelfReviewController::setSection(int index, const QString &text)
{
    if (index < 0 || index >= m_sections.size() || m_sections.at(index) == text || !editing())
        return;
    m_sections[index] = text;
    Q_EMIT sectionsChanged();
    markDirty();
}

void SelfReviewController::setSelfRating(const QString &rating)
{
    if (rating == m_selfRating || !editing()
        || !(rating.isEmpty() || ReviewRating::isValid(rating)))
        return;
    m_selfRating = rating;
    Q_EMIT sectionsChanged();
    markDirty();
    saveNow();
}

bool SelfReviewController::saveNow()
{
    m_saveTimer.stop();
    const QString cycle = currentCycleId();
    if (!m_dirty || cycle.isEmpty())
        return true;
    const QDateTime time = now();
    const bool saved = withDatabase([&](SqliteDatabase &db) {
        ReviewActions(db, [time] { return time; }).saveDraft(cycle, m_sections, m_selfRating);
    });
    if (!saved)
        return false;
    m_dirty = false;
    m_savedText = tr("Đã lưu trên máy lúc %1")
                      .arg(time.toTimeZone(QTimeZone(7 * 3600)).toString(u"HH:mm"_s));
    Q_EMIT savedChanged();
    return true;
}

bool SelfReviewController::submit()
{
    if (!editing())
        return false;
    m_dirty = true; // the form as shown is what is sent
    if (!saveNow())
        return false;
    ReviewActions::Result result;
    const QDateTime time = now();
    const QString cycle = currentCycleId();
    const bool reached = withDatabase([&](SqliteDatabase &db) {
        result = ReviewActions(db, [time] { return time; }).submit(cycle);
    });
    if (!reached)
        return false;
    if (!result.ok()) {
        setErrorMessage(ReviewActions::message(result.error));
        return false;
    }
    Q_EMIT localChangeMade();
    reload();
    Q_EMIT submitted();
    return true;
}

void SelfReviewController::loadCell(SqliteDatabase &db)
{
    ReviewActions actions(db, [this] { return now(); });
    actions.dropSettledDrafts();
    ReplicaStore replica(db);
    m_member = !memberId().isEmpty();
    m_cycle = {};
    if (!m_cycleId.isEmpty()) {
        m_cycle = replica.get(QString(RowType::ReviewCycle), m_cycleId).value_or(QJsonObject());
    } else if (m_member) {
        // The member's current cycle: the newest open one of an audience at or above the cell.
        StudyCatalog catalog(db);
        for (const QJsonObject &cycle : replica.all(QString(RowType::ReviewCycle))) {
            if (cycle.value(u"status"_s).toString() != CycleStatus::Open
                || !catalog.inMyAudience(cycle.value(u"audience_org_id"_s).toString()))
                continue;
            if (m_cycle.isEmpty() || cycle.value(u"year"_s).toInt() > year())
                m_cycle = cycle;
        }
    }
    const QString cycle = currentCycleId();
    m_review
        = cycle.isEmpty() ? QJsonObject() : actions.mySelfReview(cycle).value_or(QJsonObject());
    const QString reviewId = m_review.value(u"id"_s).toString();
    m_pending = !reviewId.isEmpty()
        && Outbox(db).hasPendingChange(QString(RowType::SelfReview), reviewId);
    const auto draft = cycle.isEmpty() ? std::nullopt : actions.draft(cycle);
    m_hasDraft = draft.has_value();
    const QString status = m_review.value(u"status"_s).toString();
    m_state = status == ReviewStatus::Decided ? Decided
        : status == ReviewStatus::Proposed    ? Proposed
        : !m_review.isEmpty()                 ? Submitted
        : m_hasDraft                          ? Draft
                                              : NotStarted;
    // The form keeps what the member is typing; otherwise it shows the draft (while it can
    // still be sent), else what was submitted.
    if (!m_dirty) {
        QStringList sections;
        QString rating;
        if (draft && editing()) {
            sections = draft->sections;
            rating = draft->selfRating;
        } else if (!m_review.isEmpty()) {
            sections = sectionsOf(m_review);
            rating = m_review.value(u"self_rating"_s).toString();
        }
        sections = padded(sections);
        const bool differs = sections != m_sections || rating != m_selfRating; // never empty
        m_sections = sections;
        m_selfRating = rating;
        if (differs)
            Q_EMIT sectionsChanged();
    }
    Q_EMIT changed();
}
