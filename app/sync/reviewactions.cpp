#include "reviewactions.h"

#include "actionerrors.h"
#include "mutationnames.h"
#include "outbox.h"
#include "pendingrows.h"
#include "protocol.h"
#include "replicastore.h"
#include "reviewrating.h"
#include "sqlitedatabase.h"
#include "studyorganiseractions.h"
#include "syncstate.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;
namespace Mutation = Protocol::Mutation;
namespace RowType = Protocol::RowType;
namespace Code = Protocol::ErrorCode;
namespace Limit = Protocol::Limit;
namespace Role = Protocol::Role;
namespace CycleStatus = Protocol::ReviewCycleStatus;
namespace ReviewStatus = Protocol::SelfReviewStatus;

namespace {

constexpr auto failure = &LocalActions::Result::failure;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

bool sameList(const QStringList &a, const QStringList &b)
{
    // Compare sizes first: Qt 6.4 compares two empty lists with memcmp on null pointers.
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) != b.at(i))
            return false;
    }
    return true;
}

// The sections as the form keeps and sends them: trimmed, without trailing empty ones.
QStringList trimmedSections(const QStringList &sections)
{
    QStringList result;
    for (const QString &section : sections)
        result.append(section.trimmed());
    while (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

QString parentOf(SqliteDatabase &db, const QString &orgId)
{
    Statement parent(db, "SELECT ifnull(parent_id, '') FROM organizations WHERE id = ?1");
    parent.bind(1, orgId);
    return parent.step() ? parent.text(0) : QString();
}

QString orgName(ReplicaStore &replica, const QString &orgId)
{
    const auto row = replica.get(QString(RowType::Organization), orgId);
    return row ? row->value(u"name"_s).toString() : QString();
}

// A review_summary change the action makes with its row: the summary's id, its stored
// version and its new data.
struct SummaryChange
{
    QString id;
    qint64 version = 0;
    QJsonObject data;
};

// The summaries of `cycleId` this device holds from `cellId` up to `audienceId`, each changed
// by `change` (the server updates the same ones in its transaction).
QList<SummaryChange> summaryChanges(SqliteDatabase &db, ReplicaStore &replica,
    const QString &cycleId, const QString &cellId, const QString &audienceId,
    const std::function<void(QJsonObject &)> &change)
{
    QList<SummaryChange> changes;
    const QString type(RowType::ReviewSummary);
    QString org = cellId;
    for (int depth = 0; depth < 32 && !org.isEmpty(); ++depth) {
        const QString id = cycleId + u':' + org;
        if (auto summary = replica.get(type, id)) {
            change(*summary);
            changes.append({ id, replica.version(type, id).value_or(0), *summary });
        }
        if (org == audienceId)
            break;
        org = parentOf(db, org);
    }
    return changes;
}

void addCount(QJsonObject &summary, const QString &key, const QString &rating, int delta)
{
    if (rating.isEmpty())
        return;
    QJsonObject counts = summary.value(key).toObject();
    counts.insert(rating, std::max(0, counts.value(rating).toInt() + delta));
    summary.insert(key, counts);
}

} // namespace

struct ReviewActions::Me
{
    QString userId;
    QString memberId;
    QString orgId;
    QString role;
    QString name; // the member's full name, else the organisation's (a committee account)
    [[nodiscard]] bool committee() const { return role == Role::Committee || role == Role::Admin; }
};

ReviewActions::ReviewActions(SqliteDatabase &db, Clock clock)
    : m_db(db)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

ReviewActions::Me ReviewActions::me()
{
    SyncState state(m_db);
    Me me { state.value(u"user_id"_s), state.value(u"member_id"_s), state.value(u"org_id"_s),
        state.value(u"role"_s), {} };
    ReplicaStore replica(m_db);
    if (!me.memberId.isEmpty()) {
        if (const auto member = replica.get(QString(RowType::Member), me.memberId))
            me.name = member->value(u"full_name"_s).toString();
    }
    if (me.name.isEmpty())
        me.name = orgName(replica, me.orgId);
    return me;
}

QStringList ReviewActions::sectionHeadings()
{
    return { tr("1. Về tư tưởng chính trị"), tr("2. Về phẩm chất đạo đức, lối sống"),
        tr("3. Về thực hiện chức trách, nhiệm vụ được giao"), tr("4. Về ý thức tổ chức kỷ luật"),
        tr("5. Hạn chế, khuyết điểm, nguyên nhân và biện pháp khắc phục") };
}

QString ReviewActions::composeText(const QStringList &sections)
{
    const QStringList headings = sectionHeadings();
    QStringList parts;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QString text = sections.at(i).trimmed();
        if (text.isEmpty())
            continue;
        const QString heading = i < headings.size() ? headings.at(i) : QString();
        parts.append(heading.isEmpty() ? text : heading + u'\n' + text);
    }
    return parts.join(u"\n\n"_s);
}

QDate ReviewActions::vietnamDate(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(7 * 3600)).date();
}

QString ReviewActions::message(const QString &code)
{
    if (code == ActionError::NotSignedIn)
        return tr("Chưa đăng nhập: chưa ghi lại được.");
    if (code == ActionError::Storage)
        return tr("Chưa ghi được vào kho dữ liệu trên máy. Hãy thử lại.");
    if (code == ReviewError::CycleClosed)
        return tr("Đợt kiểm điểm đã kết thúc.");
    if (code == ReviewError::PastDeadline)
        return tr("Đã quá hạn xếp loại của đợt kiểm điểm: không nộp được nữa.");
    if (code == ReviewError::Proposed)
        return tr("Chi bộ đã đề xuất xếp loại: bản kiểm điểm không sửa được nữa.");
    if (code == ReviewError::Decided)
        return tr("Đã có quyết định xếp loại: không thay đổi được nữa.");
    if (code == ReviewError::NotProposed)
        return tr("Chi bộ chưa đề xuất xếp loại cho đồng chí này.");
    if (code == ReviewError::Empty)
        return tr("Bản kiểm điểm còn trống. Xin viết ít nhất một phần.");
    if (code == ReviewError::NoRating)
        return tr("Xin chọn mức tự xếp loại.");
    if (code == ReviewError::CycleOverlaps)
        return tr("Đã có đợt kiểm điểm cùng năm đang mở cho tổ chức này, cấp trên hoặc cấp dưới.");
    if (code == Code::InvalidArgs)
        return tr("Thông tin chưa đúng hoặc quá dài. Xin kiểm tra lại.");
    if (code == Code::NotFound)
        return tr("Không tìm thấy trên máy. Hãy đồng bộ rồi thử lại.");
    if (code == Code::Forbidden)
        return tr("Tài khoản của đồng chí không có quyền làm việc này.");
    if (code == Code::Conflict)
        return tr("Không thực hiện được ở bước này của đợt kiểm điểm. Hãy đồng bộ rồi xem lại.");
    return tr("Chưa ghi lại được. Hãy thử lại.");
}

ReviewActions::Result ReviewActions::record(const QString &name, const QJsonObject &args,
    const QList<RowRef> &rows, const std::function<void()> &apply, const QString &rowId)
{
    try {
        Transaction transaction(m_db);
        const qint64 id = Outbox(m_db).enqueue(name, args, rows);
        PendingRows(m_db).saveBeforeImages(id, rows);
        apply();
        transaction.commit();
        return { id, rowId, {} };
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

// ---- The member ------------------------------------------------------------------------------

void ReviewActions::saveDraft(
    const QString &cycleId, const QStringList &sections, const QString &selfRating)
{
    Statement save(m_db,
        "INSERT INTO self_review_drafts(cycle_id, sections, self_rating, updated_at) "
        "VALUES(?1, ?2, ?3, ?4) ON CONFLICT(cycle_id) DO UPDATE SET "
        "sections = excluded.sections, self_rating = excluded.self_rating, "
        "updated_at = excluded.updated_at");
    save.bind(1, cycleId)
        .bind(2,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(sections)).toJson(QJsonDocument::Compact)))
        .bind(3, selfRating.isNull() ? u""_s : selfRating) // NOT NULL: "" while not chosen
        .bind(4, Timestamps::toIso(m_clock()));
    save.exec();
}

std::optional<SelfReviewDraft> ReviewActions::draft(const QString &cycleId)
{
    Statement query(m_db,
        "SELECT sections, self_rating, updated_at FROM self_review_drafts WHERE cycle_id = ?1");
    query.bind(1, cycleId);
    if (!query.step())
        return std::nullopt;
    const QJsonArray sections = QJsonDocument::fromJson(query.text(0).toUtf8()).array();
    return SelfReviewDraft { cycleId, stringList(sections), query.text(1),
        Timestamps::fromIso(query.text(2)) };
}

void ReviewActions::discardDraft(const QString &cycleId)
{
    Statement drop(m_db, "DELETE FROM self_review_drafts WHERE cycle_id = ?1");
    drop.bind(1, cycleId);
    drop.exec();
}

std::optional<QJsonObject> ReviewActions::mySelfReview(const QString &cycleId)
{
    const QString memberId = SyncState(m_db).value(u"member_id"_s);
    if (memberId.isEmpty())
        return std::nullopt;
    Statement query(m_db, "SELECT id FROM self_reviews WHERE cycle_id = ?1 AND member_id = ?2");
    query.bind(1, cycleId).bind(2, memberId);
    if (!query.step())
        return std::nullopt;
    return ReplicaStore(m_db).get(QString(RowType::SelfReview), query.text(0));
}

void ReviewActions::dropSettledDrafts()
{
    QStringList cycles;
    {
        Statement query(m_db, "SELECT cycle_id FROM self_review_drafts");
        while (query.step())
            cycles.append(query.text(0));
    }
    Outbox outbox(m_db);
    for (const QString &cycleId : cycles) {
        const auto row = mySelfReview(cycleId);
        if (!row)
            continue;
        const QString id = row->value(u"id"_s).toString();
        if (outbox.hasPendingChange(QString(RowType::SelfReview), id))
            continue; // not accepted yet: keep the draft
        const QString status = row->value(u"status"_s).toString();
        bool drop = status == ReviewStatus::Proposed || status == ReviewStatus::Decided;
        if (!drop) {
            const auto kept = draft(cycleId);
            drop = kept && kept->selfRating == row->value(u"self_rating"_s).toString()
                && sameList(trimmedSections(kept->sections),
                    trimmedSections(stringList(row->value(u"sections"_s))));
        }
        if (drop)
            discardDraft(cycleId);
    }
}

ReviewActions::Result ReviewActions::submit(const QString &cycleId)
{
    try {
        const Me my = me();
        if (my.memberId.isEmpty())
            return failure(ActionError::NotSignedIn);
        ReplicaStore replica(m_db);
        const auto cycle = replica.get(QString(RowType::ReviewCycle), cycleId);
        // My cell: my member row's organisation, else the account's.
        QString cell = my.orgId;
        if (const auto member = replica.get(QString(RowType::Member), my.memberId)) {
            const QString memberOrg = member->value(u"org_id"_s).toString();
            if (!memberOrg.isEmpty())
                cell = memberOrg;
        }
        const QString audience = cycle ? cycle->value(u"audience_org_id"_s).toString() : QString();
        if (!cycle || !StudyOrganiserActions::isWithin(m_db, cell, audience))
            return failure(Code::NotFound); // as the server refuses a member outside it
        if (cycle->value(u"status"_s).toString() != CycleStatus::Open)
            return failure(ReviewError::CycleClosed);
        const QDate today = vietnamDate(m_clock());
        const QDate decisionDue
            = QDate::fromString(cycle->value(u"decision_due"_s).toString(), Qt::ISODate);
        if (decisionDue.isValid() && today > decisionDue)
            return failure(ReviewError::PastDeadline);
        const auto existing = mySelfReview(cycleId);
        if (existing) {
            const QString status = existing->value(u"status"_s).toString();
            if (status == ReviewStatus::Decided)
                return failure(ReviewError::Decided);
            if (status == ReviewStatus::Proposed)
                return failure(ReviewError::Proposed);
        }
        const auto kept = draft(cycleId);
        const QStringList sections = kept ? trimmedSections(kept->sections) : QStringList();
        const QString text = composeText(sections);
        if (text.isEmpty())
            return failure(ReviewError::Empty);
        if (!kept || !ReviewRating::isValid(kept->selfRating))
            return failure(ReviewError::NoRating);
        if (text.size() > Limit::SelfReviewText || sections.size() > Limit::SelfReviewSections)
            return failure(Code::InvalidArgs);
        for (const QString &section : sections) {
            if (section.size() > Limit::SelfReviewSection)
                return failure(Code::InvalidArgs);
        }

        const QString type(RowType::SelfReview);
        const QString id = existing ? existing->value(u"id"_s).toString() : newId();
        const QString now = Timestamps::toIso(m_clock());
        const QDate selfDue
            = QDate::fromString(cycle->value(u"self_review_due"_s).toString(), Qt::ISODate);
        QJsonObject row = existing.value_or(QJsonObject());
        row.insert(u"id"_s, id);
        row.insert(u"cycle_id"_s, cycleId);
        row.insert(u"member_id"_s, my.memberId);
        row.insert(u"member_name"_s, my.name);
        row.insert(u"org_id"_s, cell);
        row.insert(u"text"_s, text);
        row.insert(u"sections"_s, QJsonArray::fromStringList(sections));
        row.insert(u"self_rating"_s, kept->selfRating);
        row.insert(u"status"_s, QString(ReviewStatus::Submitted));
        if (!existing) {
            row.insert(u"late"_s, selfDue.isValid() && today > selfDue);
            row.insert(u"submitted_at"_s, now);
            for (const char *field :
                { "proposed_rating", "proposal_comment", "proposed_by_name", "proposed_at",
                    "decided_rating", "decision_comment", "decided_by_name", "decided_at" })
                row.insert(QLatin1StringView(field), QJsonValue());
        }
        row.insert(u"updated_at"_s, now);
        const QJsonObject args { { u"id"_s, id }, { u"cycle_id"_s, cycleId }, { u"text"_s, text },
            { u"self_rating"_s, kept->selfRating },
            { u"sections"_s, QJsonArray::fromStringList(sections) } };
        // A first submission counts in every summary from the cell up to the audience.
        const QList<SummaryChange> summaries = existing
            ? QList<SummaryChange>()
            : summaryChanges(m_db, replica, cycleId, cell, audience, [](QJsonObject &summary) {
                  const QString key(
                      ReviewStatus::Submitted); // the summary counts under the status names
                  summary.insert(key, summary.value(key).toInt() + 1);
              });
        QList<RowRef> rows { { type, id } };
        for (const SummaryChange &summary : summaries)
            rows.append({ QString(RowType::ReviewSummary), summary.id });
        const qint64 version = replica.version(type, id).value_or(0);
        return record(
            QString(Mutation::ReviewSubmit), args, rows,
            [&] {
                replica.put(type, id, version, row);
                for (const SummaryChange &summary : summaries)
                    replica.put(
                        QString(RowType::ReviewSummary), summary.id, summary.version, summary.data);
            },
            id);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

// ---- The cell's secretary ---------------------------------------------------------------------

ReviewActions::Result ReviewActions::propose(
    const QString &selfReviewId, const QString &rating, const QString &comment)
{
    const QString note = comment.trimmed();
    if (!ReviewRating::isValid(rating) || note.size() > Limit::ReviewProposalComment)
        return failure(Code::InvalidArgs);
    try {
        const Me my = me();
        if (my.userId.isEmpty())
            return failure(ActionError::NotSignedIn);
        ReplicaStore replica(m_db);
        const QString type(RowType::SelfReview);
        const auto stored = replica.get(type, selfReviewId);
        if (!stored)
            return failure(Code::NotFound);
        const QString cell = stored->value(u"org_id"_s).toString();
        if (my.role != Role::Secretary || cell != my.orgId)
            return failure(Code::Forbidden);
        const QString cycleId = stored->value(u"cycle_id"_s).toString();
        const auto cycle = replica.get(QString(RowType::ReviewCycle), cycleId);
        if (!cycle)
            return failure(Code::NotFound);
        if (cycle->value(u"status"_s).toString() != CycleStatus::Open)
            return failure(ReviewError::CycleClosed);
        const QString status = stored->value(u"status"_s).toString();
        if (status == ReviewStatus::Decided)
            return failure(ReviewError::Decided);
        const QString before = status == ReviewStatus::Proposed
            ? stored->value(u"proposed_rating"_s).toString()
            : QString();
        if (status == ReviewStatus::Proposed && before == rating
            && stored->value(u"proposal_comment"_s).toString() == note)
            return { 0, selfReviewId, {} };
        QJsonObject row = *stored;
        row.insert(u"status"_s, QString(ReviewStatus::Proposed));
        row.insert(u"proposed_rating"_s, rating);
        row.insert(u"proposal_comment"_s, note.isEmpty() ? QJsonValue() : QJsonValue(note));
        row.insert(u"proposed_by_name"_s, my.name);
        row.insert(u"proposed_at"_s, Timestamps::toIso(m_clock()));
        QJsonObject args { { u"self_review_id"_s, selfReviewId }, { u"rating"_s, rating } };
        if (!note.isEmpty())
            args.insert(u"comment"_s, note);
        const QList<SummaryChange> summaries = summaryChanges(m_db, replica, cycleId, cell,
            cycle->value(u"audience_org_id"_s).toString(), [&](QJsonObject &summary) {
                addCount(summary, QString(ReviewStatus::Proposed), before, -1);
                addCount(summary, QString(ReviewStatus::Proposed), rating, +1);
            });
        QList<RowRef> rows { { type, selfReviewId } };
        for (const SummaryChange &summary : summaries)
            rows.append({ QString(RowType::ReviewSummary), summary.id });
        const qint64 version = replica.version(type, selfReviewId).value_or(0);
        return record(
            QString(Mutation::ReviewPropose), args, rows,
            [&] {
                replica.put(type, selfReviewId, version, row);
                for (const SummaryChange &summary : summaries)
                    replica.put(
                        QString(RowType::ReviewSummary), summary.id, summary.version, summary.data);
            },
            selfReviewId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

// ---- A committee ------------------------------------------------------------------------------

ReviewActions::Result ReviewActions::decide(
    const QString &selfReviewId, const QString &rating, const QString &comment)
{
    const QString note = comment.trimmed();
    if (!ReviewRating::isValid(rating) || note.size() > Limit::ReviewDecisionComment)
        return failure(Code::InvalidArgs);
    try {
        const Me my = me();
        if (my.userId.isEmpty())
            return failure(ActionError::NotSignedIn);
        ReplicaStore replica(m_db);
        const QString type(RowType::SelfReview);
        const auto stored = replica.get(type, selfReviewId);
        if (!stored)
            return failure(Code::NotFound);
        const QString cell = stored->value(u"org_id"_s).toString();
        const QString cycleId = stored->value(u"cycle_id"_s).toString();
        const auto cycle = replica.get(QString(RowType::ReviewCycle), cycleId);
        if (!cycle)
            return failure(Code::NotFound);
        const bool mayDecide = my.committee() && !my.orgId.isEmpty()
            && (my.orgId == parentOf(m_db, cell)
                || my.orgId == cycle->value(u"opener_org_id"_s).toString());
        if (!mayDecide)
            return failure(Code::Forbidden);
        if (cycle->value(u"status"_s).toString() != CycleStatus::Open)
            return failure(ReviewError::CycleClosed);
        const QString status = stored->value(u"status"_s).toString();
        if (status == ReviewStatus::Decided) {
            if (stored->value(u"decided_rating"_s).toString() == rating
                && stored->value(u"decision_comment"_s).toString() == note)
                return { 0, selfReviewId, {} };
            return failure(ReviewError::Decided);
        }
        if (status != ReviewStatus::Proposed)
            return failure(ReviewError::NotProposed);
        QJsonObject row = *stored;
        row.insert(u"status"_s, QString(ReviewStatus::Decided));
        row.insert(u"decided_rating"_s, rating);
        row.insert(u"decision_comment"_s, note.isEmpty() ? QJsonValue() : QJsonValue(note));
        row.insert(u"decided_by_name"_s, my.name);
        row.insert(u"decided_at"_s, Timestamps::toIso(m_clock()));
        QJsonObject args { { u"self_review_id"_s, selfReviewId }, { u"rating"_s, rating } };
        if (!note.isEmpty())
            args.insert(u"comment"_s, note);
        const QList<SummaryChange> summaries = summaryChanges(m_db, replica, cycleId, cell,
            cycle->value(u"audience_org_id"_s).toString(), [&](QJsonObject &summary) {
                addCount(summary, QString(ReviewStatus::Decided), rating, +1);
            });
        QList<RowRef> rows { { type, selfReviewId } };
        for (const SummaryChange &summary : summaries)
            rows.append({ QString(RowType::ReviewSummary), summary.id });
        const qint64 version = replica.version(type, selfReviewId).value_or(0);
        return record(
            QString(Mutation::ReviewDecide), args, rows,
            [&] {
                replica.put(type, selfReviewId, version, row);
                for (const SummaryChange &summary : summaries)
                    replica.put(
                        QString(RowType::ReviewSummary), summary.id, summary.version, summary.data);
            },
            selfReviewId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

QList<ReviewActions::Result> ReviewActions::agreeWithProposals(const QStringList &selfReviewIds)
{
    QList<Result> results;
    for (const QString &id : selfReviewIds) {
        std::optional<QJsonObject> row;
        try {
            row = ReplicaStore(m_db).get(QString(RowType::SelfReview), id);
        } catch (const StorageError &) {
            results.append(failure(ActionError::Storage));
            continue;
        }
        const QString proposed = row ? row->value(u"proposed_rating"_s).toString() : QString();
        if (proposed.isEmpty()) {
            results.append(
                failure(row ? QString(ReviewError::NotProposed) : QString(Code::NotFound)));
            continue;
        }
        results.append(decide(id, proposed, {}));
    }
    return results;
}

QString ReviewActions::cycleProblem(const ReviewCycleSpec &cycle, const QDate &today)
{
    if (cycle.year < Limit::ReviewYearMin || cycle.year > Limit::ReviewYearMax)
        return tr("Năm kiểm điểm phải từ %1 đến %2.")
            .arg(Limit::ReviewYearMin)
            .arg(Limit::ReviewYearMax);
    if (cycle.audienceOrgId.isEmpty())
        return tr("Xin chọn tổ chức được kiểm điểm.");
    if (!cycle.selfReviewDue.isValid())
        return tr("Xin chọn hạn nộp bản kiểm điểm.");
    if (!cycle.decisionDue.isValid())
        return tr("Xin chọn hạn xếp loại.");
    if (cycle.selfReviewDue > cycle.decisionDue)
        return tr("Hạn nộp bản kiểm điểm phải trước hoặc cùng ngày với hạn xếp loại.");
    if (cycle.decisionDue < today)
        return tr("Hạn xếp loại đã qua.");
    return {};
}

ReviewActions::Result ReviewActions::openCycle(const ReviewCycleSpec &cycle)
{
    if (!cycleProblem(cycle, vietnamDate(m_clock())).isEmpty())
        return failure(Code::InvalidArgs);
    try {
        const Me my = me();
        if (my.userId.isEmpty() || my.orgId.isEmpty())
            return failure(ActionError::NotSignedIn);
        if (!my.committee())
            return failure(Code::Forbidden);
        if (!StudyOrganiserActions::isWithin(m_db, cycle.audienceOrgId, my.orgId))
            return failure(Code::NotFound);
        ReplicaStore replica(m_db);
        const QString type(RowType::ReviewCycle);
        for (const QJsonObject &other : replica.all(type)) {
            if (other.value(u"status"_s).toString() != CycleStatus::Open
                || other.value(u"year"_s).toInt() != cycle.year)
                continue;
            const QString otherAudience = other.value(u"audience_org_id"_s).toString();
            if (StudyOrganiserActions::isWithin(m_db, otherAudience, cycle.audienceOrgId)
                || StudyOrganiserActions::isWithin(m_db, cycle.audienceOrgId, otherAudience))
                return failure(ReviewError::CycleOverlaps);
        }
        const QString id = newId();
        const QJsonObject args { { u"id"_s, id }, { u"year"_s, cycle.year },
            { u"audience_org_id"_s, cycle.audienceOrgId },
            { u"self_review_due"_s, isoDate(cycle.selfReviewDue) },
            { u"decision_due"_s, isoDate(cycle.decisionDue) } };
        const QJsonObject row { { u"id"_s, id }, { u"year"_s, cycle.year },
            { u"audience_org_id"_s, cycle.audienceOrgId },
            { u"audience_name"_s, orgName(replica, cycle.audienceOrgId) },
            { u"opener_org_id"_s, my.orgId }, { u"opener_name"_s, orgName(replica, my.orgId) },
            { u"self_review_due"_s, isoDate(cycle.selfReviewDue) },
            { u"decision_due"_s, isoDate(cycle.decisionDue) },
            { u"status"_s, QString(CycleStatus::Open) },
            { u"opened_at"_s, Timestamps::toIso(m_clock()) }, { u"closed_at"_s, QJsonValue() } };
        return record(
            QString(Mutation::ReviewCycleOpen), args, { { type, id } },
            [&] { replica.put(type, id, 0, row); }, id);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}

ReviewActions::Result ReviewActions::closeCycle(const QString &cycleId)
{
    try {
        const Me my = me();
        if (my.userId.isEmpty())
            return failure(ActionError::NotSignedIn);
        ReplicaStore replica(m_db);
        const QString type(RowType::ReviewCycle);
        const auto stored = replica.get(type, cycleId);
        if (!stored)
            return failure(Code::NotFound);
        if (!my.committee() || stored->value(u"opener_org_id"_s).toString() != my.orgId)
            return failure(Code::Forbidden);
        if (stored->value(u"status"_s).toString() == CycleStatus::Closed)
            return { 0, cycleId, {} };
        QJsonObject row = *stored;
        row.insert(u"status"_s, QString(CycleStatus::Closed));
        row.insert(u"closed_at"_s, Timestamps::toIso(m_clock()));
        const qint64 version = replica.version(type, cycleId).value_or(0);
        return record(
            QString(Mutation::ReviewCycleClose), { { u"id"_s, cycleId } }, { { type, cycleId } },
            [&] { replica.put(type, cycleId, version, row); }, cycleId);
    } catch (const StorageError &) {
        return failure(ActionError::Storage);
    }
}
