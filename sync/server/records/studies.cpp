#include "records/studies.h"

#include "db/sqlrunner.h"
#include "db/writetransaction.h"
#include "mutationnames.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QDate>
#include <QJsonDocument>
#include <QSet>
#include <QSqlRecord>
#include <QTimeZone>
#include <cmath>

using namespace Qt::StringLiterals;
namespace ChangeOp = Protocol::ChangeOp;
namespace RowType = Protocol::RowType;
namespace StudyStatus = Protocol::StudyStatus;
namespace SubmissionStatus = Protocol::SubmissionStatus;

namespace {

constexpr int kVietnamOffsetSeconds = 7 * 3600;

const QString kStudyColumns
    = u"id, org_id, audience_org_id, title, instructions, document_ids, due_date, "
      "reflection_required, quiz, status, created_by, created_at, closed_at, version"_s;
const QString kSubmissionColumns
    = u"id, study_id, member_id, org_id, reflection, answers, score, total, late, status, "
      "comment, submitted_at, reviewed_at, reviewed_by, version"_s;

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList toStringList(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &value : array)
        list << value.toString();
    return list;
}

StoredStudy studyFrom(const QSqlRecord &row)
{
    const auto text = [&row](int i) { return row.value(i).toString(); };
    StoredStudy study;
    study.id = text(0);
    study.orgId = text(1);
    study.audienceOrgId = text(2);
    study.title = text(3);
    study.instructions = text(4);
    study.documentIds = toStringList(QJsonDocument::fromJson(text(5).toUtf8()).array());
    study.dueDate = text(6);
    study.reflectionRequired = row.value(7).toLongLong() != 0;
    study.quiz = QJsonDocument::fromJson(text(8).toUtf8()).array();
    study.status = text(9);
    study.createdBy = text(10);
    study.createdAt = text(11);
    study.closedAt = text(12);
    study.version = row.value(13).toLongLong();
    return study;
}

StoredSubmission submissionFrom(const QSqlRecord &row)
{
    const auto text = [&row](int i) { return row.value(i).toString(); };
    StoredSubmission s;
    s.id = text(0);
    s.studyId = text(1);
    s.memberId = text(2);
    s.orgId = text(3);
    s.reflection = text(4);
    s.answers = QJsonDocument::fromJson(text(5).toUtf8()).object();
    s.score = row.value(6).isNull() ? -1 : row.value(6).toInt();
    s.total = row.value(7).isNull() ? -1 : row.value(7).toInt();
    s.late = row.value(8).toLongLong() != 0;
    s.status = text(9);
    s.comment = text(10);
    s.submittedAt = text(11);
    s.reviewedAt = text(12);
    s.reviewedBy = text(13);
    s.version = row.value(14).toLongLong();
    return s;
}

QVariant emptyAsNull(const QString &text)
{
    return text.isEmpty() ? sqlNull() : QVariant(text);
}

QVariant scoreOrNull(int value)
{
    return value < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(value);
}

// An average to one decimal as tenths (-1: none), so that a value read back from a REAL
// column compares equal to the one computed.
int tenths(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return -1;
    return int(std::lround(value.toDouble() * 10.0));
}

// The counts of one progress row.
struct Counts
{
    qint64 members = 0;
    qint64 submitted = 0;
    qint64 accepted = 0;
    qint64 returned = 0;
    qint64 late = 0;
    int averageTenths = -1;

    bool operator==(const Counts &) const = default;
};

// A user's name as others see it: the member record's full name, else the login.
QString userName(const QVariant &login, const QVariant &fullName)
{
    const QString name = fullName.toString().trimmed();
    return name.isEmpty() ? login.toString() : name;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

std::optional<StoredStudy> Studies::find(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery query
        = runSql(db, u"SELECT %1 FROM studies WHERE id = ?"_s.arg(kStudyColumns), { id });
    if (!query.next())
        return std::nullopt;
    return studyFrom(query.record());
}

void Studies::insert(WriteTransaction &transaction, const StoredStudy &study)
{
    execSql(transaction.db(),
        u"INSERT INTO studies (id, org_id, audience_org_id, title, instructions, document_ids, "
        "due_date, reflection_required, quiz, status, created_by, created_at, closed_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s,
        { study.id, study.orgId, study.audienceOrgId, study.title, study.instructions,
            compact(QJsonArray::fromStringList(study.documentIds)), study.dueDate,
            study.reflectionRequired ? 1 : 0, compact(study.quiz), study.status, study.createdBy,
            study.createdAt, emptyAsNull(study.closedAt) });
    transaction.recordChange(RowType::Study, study.id, ChangeOp::Put, study.audienceOrgId);
}

void Studies::close(WriteTransaction &transaction, const QString &id, const QString &at)
{
    const QSqlDatabase db = transaction.db();
    const QString audience
        = scalarSql(db, u"SELECT audience_org_id FROM studies WHERE id = ?"_s, { id }).toString();
    if (execSql(db,
            u"UPDATE studies SET status = ?, closed_at = ?, version = version + 1 "
            "WHERE id = ? AND status <> ?"_s,
            { QString(StudyStatus::Closed), at, id, QString(StudyStatus::Closed) })
        > 0)
        transaction.recordChange(RowType::Study, id, ChangeOp::Put, audience);
}

bool Studies::sameContent(const StoredStudy &a, const StoredStudy &b)
{
    return a.id == b.id && a.orgId == b.orgId && a.audienceOrgId == b.audienceOrgId
        && a.title == b.title && a.instructions == b.instructions && a.documentIds == b.documentIds
        && a.dueDate == b.dueDate && a.reflectionRequired == b.reflectionRequired
        && compact(a.quiz) == compact(b.quiz);
}

QJsonArray Studies::publicQuiz(const QJsonArray &quiz)
{
    QJsonArray questions;
    for (const QJsonValue &value : quiz) {
        const QJsonObject question = value.toObject();
        questions.append(QJsonObject { { u"id"_s, question.value(u"id"_s) },
            { u"text"_s, question.value(u"text"_s) },
            { u"choices"_s, question.value(u"choices"_s) } });
    }
    return questions;
}

Studies::Score Studies::score(const QJsonArray &quiz, const QJsonObject &answers)
{
    if (quiz.isEmpty())
        return {};
    Score result { 0, int(quiz.size()) };
    for (const QJsonValue &value : quiz) {
        const QJsonObject question = value.toObject();
        const QJsonValue given = answers.value(question.value(u"id"_s).toString());
        if (given.isDouble() && given.toInt(-1) == question.value(u"answer"_s).toInt(-2))
            ++result.score;
    }
    return result;
}

bool Studies::isLate(const QString &dueDate, const QDateTime &at)
{
    const QDate due = QDate::fromString(dueDate, Qt::ISODate);
    if (!due.isValid())
        return false;
    // The due date ends at midnight in Vietnam.
    const QDateTime end(due.addDays(1), QTime(0, 0), QTimeZone(kVietnamOffsetSeconds));
    return at >= end;
}

std::optional<StoredSubmission> Studies::findSubmission(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery query = runSql(
        db, u"SELECT %1 FROM study_submissions WHERE id = ?"_s.arg(kSubmissionColumns), { id });
    if (!query.next())
        return std::nullopt;
    return submissionFrom(query.record());
}

std::optional<StoredSubmission> Studies::submissionOf(
    const QSqlDatabase &db, const QString &studyId, const QString &memberId)
{
    QSqlQuery query = runSql(db,
        u"SELECT %1 FROM study_submissions WHERE study_id = ? AND member_id = ?"_s.arg(
            kSubmissionColumns),
        { studyId, memberId });
    if (!query.next())
        return std::nullopt;
    return submissionFrom(query.record());
}

void Studies::saveSubmission(WriteTransaction &transaction, const StoredSubmission &s, bool isNew)
{
    const QVariantList fields { s.orgId, s.reflection, compact(s.answers), scoreOrNull(s.score),
        scoreOrNull(s.total), s.late ? 1 : 0, s.status, emptyAsNull(s.comment), s.submittedAt,
        emptyAsNull(s.reviewedAt), emptyAsNull(s.reviewedBy) };
    QVariantList binds = fields;
    if (isNew) {
        binds << s.studyId << s.memberId << s.id;
        execSql(transaction.db(),
            u"INSERT INTO study_submissions (org_id, reflection, answers, score, total, late, "
            "status, comment, submitted_at, reviewed_at, reviewed_by, study_id, member_id, id, "
            "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s,
            binds);
    } else {
        binds << s.id;
        execSql(transaction.db(),
            u"UPDATE study_submissions SET org_id = ?, reflection = ?, answers = ?, score = ?, "
            "total = ?, late = ?, status = ?, comment = ?, submitted_at = ?, reviewed_at = ?, "
            "reviewed_by = ?, version = version + 1 WHERE id = ?"_s,
            binds);
    }
    transaction.recordChange(RowType::StudySubmission, s.id, ChangeOp::Put, s.orgId, s.memberId);
}

void Studies::dropResubmittedId(WriteTransaction &transaction, const QString &sentId,
    const QString &cellId, const QString &memberId)
{
    transaction.recordChange(RowType::StudySubmission, sentId, ChangeOp::Delete, cellId, memberId);
}

QStringList Studies::progressOrganizations(const QSqlDatabase &db, const StoredStudy &study)
{
    QStringList orgs;
    forEachRow(db,
        u"SELECT o.id FROM organizations o WHERE (o.id IN (SELECT descendant_id FROM org_closure "
        "WHERE ancestor_id = ?) AND EXISTS (SELECT 1 FROM org_closure k JOIN organizations x ON "
        "x.id = k.descendant_id WHERE k.ancestor_id = o.id AND x.kind = 'cell')) OR (o.id IN "
        "(SELECT ancestor_id FROM org_closure WHERE descendant_id = ?) AND o.id IN (SELECT "
        "descendant_id FROM org_closure WHERE ancestor_id = ?)) ORDER BY o.id"_s,
        { study.audienceOrgId, study.audienceOrgId, study.orgId },
        [&orgs](const QSqlQuery &query) { orgs << query.value(0).toString(); });
    return orgs;
}

int Studies::recompute(WriteTransaction &transaction, const StoredStudy &study,
    const QStringList &orgIds, const QDateTime &now)
{
    const QSqlDatabase db = transaction.db();
    const QSet<QString> wanted(orgIds.cbegin(), orgIds.cend());
    QStringList orgs;
    for (const QString &org : progressOrganizations(db, study)) {
        if (wanted.contains(org))
            orgs << org;
    }
    if (orgs.isEmpty())
        return 0;

    // The counts from the raw rows: every member of the audience, once per organisation above
    // them (org_closure), with their submission to this study if any.
    QHash<QString, Counts> counted;
    const QVariantList before { QString(SubmissionStatus::Accepted),
        QString(SubmissionStatus::Returned), study.id, study.audienceOrgId };
    forEachChunk(db,
        u"SELECT c.ancestor_id, COUNT(m.id), COUNT(s.id), "
        "SUM(CASE WHEN s.status = ? THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN s.status = ? THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN s.late = 1 THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN s.total > 0 THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN s.total > 0 THEN s.score * 10.0 / s.total ELSE 0 END) "
        "FROM org_closure c JOIN members m ON m.org_id = c.descendant_id "
        "LEFT JOIN study_submissions s ON s.member_id = m.id AND s.study_id = ? "
        "WHERE m.org_id IN (SELECT descendant_id FROM org_closure WHERE ancestor_id = ?) "
        "AND c.ancestor_id IN (%1) GROUP BY c.ancestor_id"_s,
        orgs, before, [&counted](const QSqlRecord &row) {
            Counts counts;
            counts.members = row.value(1).toLongLong();
            counts.submitted = row.value(2).toLongLong();
            counts.accepted = row.value(3).toLongLong();
            counts.returned = row.value(4).toLongLong();
            counts.late = row.value(5).toLongLong();
            const qint64 scored = row.value(6).toLongLong();
            if (scored > 0)
                counts.averageTenths
                    = int(std::lround(row.value(7).toDouble() / double(scored) * 10.0));
            counted.insert(row.value(0).toString(), counts);
        });

    QHash<QString, Counts> stored;
    forEachRow(db,
        u"SELECT org_id, members, submitted, accepted, returned, late, average_score "
        "FROM study_progress WHERE study_id = ?"_s,
        { study.id }, [&stored](const QSqlQuery &query) {
            stored.insert(query.value(0).toString(),
                Counts { query.value(1).toLongLong(), query.value(2).toLongLong(),
                    query.value(3).toLongLong(), query.value(4).toLongLong(),
                    query.value(5).toLongLong(), tenths(query.value(6)) });
        });

    const QString at = Timestamps::toIso(now);
    int changed = 0;
    for (const QString &org : std::as_const(orgs)) {
        const Counts counts = counted.value(org);
        const auto previous = stored.constFind(org);
        if (previous != stored.cend() && *previous == counts)
            continue;
        const QVariant average = counts.averageTenths < 0 ? QVariant(QMetaType::fromType<double>())
                                                          : QVariant(counts.averageTenths / 10.0);
        const QString id = progressId(study.id, org);
        if (previous == stored.cend()) {
            execSql(db,
                u"INSERT INTO study_progress (id, study_id, org_id, members, submitted, accepted, "
                "returned, late, average_score, updated_at, version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s,
                { id, study.id, org, counts.members, counts.submitted, counts.accepted,
                    counts.returned, counts.late, average, at });
        } else {
            execSql(db,
                u"UPDATE study_progress SET members = ?, submitted = ?, accepted = ?, "
                "returned = ?, late = ?, average_score = ?, updated_at = ?, "
                "version = version + 1 WHERE id = ?"_s,
                { counts.members, counts.submitted, counts.accepted, counts.returned, counts.late,
                    average, at, id });
        }
        transaction.recordChange(RowType::StudyProgress, id, ChangeOp::Put, org);
        ++changed;
    }
    return changed;
}

int Studies::recomputeAll(
    WriteTransaction &transaction, const StoredStudy &study, const QDateTime &now)
{
    return recompute(transaction, study, progressOrganizations(transaction.db(), study), now);
}

int Studies::recomputeChain(WriteTransaction &transaction, const StoredStudy &study,
    const QString &cellId, const QDateTime &now)
{
    QStringList chain;
    forEachRow(transaction.db(), u"SELECT ancestor_id FROM org_closure WHERE descendant_id = ?"_s,
        { cellId }, [&chain](const QSqlQuery &query) { chain << query.value(0).toString(); });
    return recompute(transaction, study, chain, now);
}

int Studies::membersAdded(
    WriteTransaction &transaction, const QStringList &cellIds, const QDateTime &now)
{
    if (cellIds.isEmpty())
        return 0;
    const QSqlDatabase db = transaction.db();
    QStringList cells = cellIds;
    cells.removeDuplicates();
    QStringList studies;
    QStringList chains;
    for (const QString &cell : std::as_const(cells)) {
        forEachRow(db,
            u"SELECT id FROM studies WHERE status = ? AND audience_org_id IN "
            "(SELECT ancestor_id FROM org_closure WHERE descendant_id = ?)"_s,
            { QString(StudyStatus::Open), cell },
            [&studies](const QSqlQuery &query) { studies << query.value(0).toString(); });
        forEachRow(db, u"SELECT ancestor_id FROM org_closure WHERE descendant_id = ?"_s, { cell },
            [&chains](const QSqlQuery &query) { chains << query.value(0).toString(); });
    }
    studies.removeDuplicates();
    chains.removeDuplicates();
    int changed = 0;
    for (const QString &id : std::as_const(studies)) {
        if (const auto study = find(db, id))
            changed += recompute(transaction, *study, chains, now);
    }
    return changed;
}

int Studies::followMember(WriteTransaction &transaction, const QString &memberId,
    const QString &fromCellId, const QString &toCellId, const QDateTime &now)
{
    const QSqlDatabase db = transaction.db();
    QStringList submissions;
    forEachRow(db, u"SELECT id FROM study_submissions WHERE member_id = ? ORDER BY id"_s,
        { memberId }, [&](const QSqlQuery &query) { submissions << query.value(0).toString(); });
    if (!submissions.isEmpty()) {
        execSql(db,
            u"UPDATE study_submissions SET org_id = ?, version = version + 1 "
            "WHERE member_id = ?"_s,
            { toCellId, memberId });
    }
    for (const QString &id : std::as_const(submissions))
        transaction.recordChange(RowType::StudySubmission, id, ChangeOp::Put, toCellId, memberId);

    // Every study whose audience holds either cell, or that the member submitted to.
    QStringList studies;
    forEachRow(db,
        u"SELECT id FROM studies WHERE audience_org_id IN (SELECT ancestor_id FROM org_closure "
        "WHERE descendant_id = ? OR descendant_id = ?) OR id IN (SELECT study_id FROM "
        "study_submissions WHERE member_id = ?) ORDER BY id"_s,
        { fromCellId, toCellId, memberId },
        [&studies](const QSqlQuery &query) { studies << query.value(0).toString(); });
    QStringList chains;
    forEachRow(db,
        u"SELECT DISTINCT ancestor_id FROM org_closure WHERE descendant_id = ? OR "
        "descendant_id = ?"_s,
        { fromCellId, toCellId },
        [&chains](const QSqlQuery &query) { chains << query.value(0).toString(); });
    for (const QString &id : std::as_const(studies)) {
        if (const auto study = find(db, id))
            recompute(transaction, *study, chains, now);
    }
    return int(submissions.size());
}

QString Studies::progressId(const QString &studyId, const QString &orgId)
{
    return studyId + u':' + orgId;
}

QHash<QString, Studies::Row> Studies::studyRows(const QSqlDatabase &db, const QStringList &ids)
{
    QHash<QString, Row> found;
    forEachChunk(db,
        u"SELECT s.id, s.org_id, o.name, s.audience_org_id, a.name, s.title, s.instructions, "
        "s.document_ids, s.due_date, s.reflection_required, s.quiz, s.status, s.created_by, "
        "u.login, m.full_name, s.created_at, s.closed_at, s.version FROM studies s "
        "JOIN organizations o ON o.id = s.org_id JOIN organizations a ON a.id = "
        "s.audience_org_id LEFT JOIN users u ON u.id = s.created_by LEFT JOIN members m ON "
        "m.id = u.member_id WHERE s.id IN (%1)"_s,
        ids, {}, [&found](const QSqlRecord &row) {
            const auto text = [&row](int i) { return row.value(i).toString(); };
            const QJsonObject data { { u"id"_s, text(0) }, { u"org_id"_s, text(1) },
                { u"org_name"_s, text(2) }, { u"audience_org_id"_s, text(3) },
                { u"audience_name"_s, text(4) }, { u"title"_s, text(5) },
                { u"instructions"_s, text(6) },
                { u"document_ids"_s, QJsonDocument::fromJson(text(7).toUtf8()).array() },
                { u"due_date"_s, text(8) },
                { u"reflection_required"_s, row.value(9).toLongLong() != 0 },
                { u"quiz"_s, publicQuiz(QJsonDocument::fromJson(text(10).toUtf8()).array()) },
                { u"status"_s, text(11) }, { u"created_by"_s, text(12) },
                { u"created_by_name"_s, userName(row.value(13), row.value(14)) },
                { u"created_at"_s, text(15) }, { u"closed_at"_s, orNull(text(16)) } };
            found.insert(text(0), Row { data, row.value(17).toLongLong() });
        });
    return found;
}

QHash<QString, Studies::Row> Studies::submissionRows(const QSqlDatabase &db, const QStringList &ids)
{
    QHash<QString, Row> found;
    forEachChunk(db,
        u"SELECT s.id, s.study_id, s.member_id, mem.full_name, s.reflection, s.answers, s.score, "
        "s.total, s.late, s.status, s.comment, s.submitted_at, s.reviewed_at, ru.login, "
        "rm.full_name, s.version FROM study_submissions s JOIN members mem ON mem.id = "
        "s.member_id LEFT JOIN users ru ON ru.id = s.reviewed_by LEFT JOIN members rm ON rm.id "
        "= ru.member_id WHERE s.id IN (%1)"_s,
        ids, {}, [&found](const QSqlRecord &row) {
            const auto text = [&row](int i) { return row.value(i).toString(); };
            const auto number = [&row](int i) {
                return row.value(i).isNull() ? QJsonValue() : QJsonValue(row.value(i).toInt());
            };
            const QString reviewedAt = text(12);
            const QJsonObject data { { u"id"_s, text(0) }, { u"study_id"_s, text(1) },
                { u"member_id"_s, text(2) }, { u"member_name"_s, text(3) },
                { u"reflection"_s, text(4) },
                { u"answers"_s, QJsonDocument::fromJson(text(5).toUtf8()).object() },
                { u"score"_s, number(6) }, { u"total"_s, number(7) },
                { u"late"_s, row.value(8).toLongLong() != 0 }, { u"status"_s, text(9) },
                { u"comment"_s, text(10) }, { u"submitted_at"_s, text(11) },
                { u"reviewed_at"_s, orNull(reviewedAt) },
                { u"reviewed_by_name"_s,
                    row.value(13).isNull() ? QJsonValue()
                                           : QJsonValue(userName(row.value(13), row.value(14))) } };
            found.insert(text(0), Row { data, row.value(15).toLongLong() });
        });
    return found;
}

QHash<QString, Studies::Row> Studies::progressRows(const QSqlDatabase &db, const QStringList &ids)
{
    QHash<QString, Row> found;
    forEachChunk(db,
        u"SELECT p.id, p.study_id, p.org_id, o.name, o.kind, p.members, p.submitted, p.accepted, "
        "p.returned, p.late, p.average_score, p.updated_at, p.version FROM study_progress p "
        "JOIN organizations o ON o.id = p.org_id WHERE p.id IN (%1)"_s,
        ids, {}, [&found](const QSqlRecord &row) {
            const auto text = [&row](int i) { return row.value(i).toString(); };
            const qint64 members = row.value(5).toLongLong();
            const qint64 submitted = row.value(6).toLongLong();
            const int average = tenths(row.value(10));
            // "submitted", "accepted", "returned": the counts of submissions in that status
            // (the key is spelled like the status).
            const QJsonObject data { { u"id"_s, text(0) }, { u"study_id"_s, text(1) },
                { u"org_id"_s, text(2) }, { u"org_name"_s, text(3) }, { u"org_kind"_s, text(4) },
                { u"members"_s, members }, { QString(SubmissionStatus::Submitted), submitted },
                { QString(SubmissionStatus::Accepted), row.value(7).toLongLong() },
                { QString(SubmissionStatus::Returned), row.value(8).toLongLong() },
                { u"late"_s, row.value(9).toLongLong() },
                { u"not_started"_s, std::max<qint64>(0, members - submitted) },
                { u"average_score"_s, average < 0 ? QJsonValue() : QJsonValue(average / 10.0) },
                { u"updated_at"_s, text(11) } };
            found.insert(text(0), Row { data, row.value(12).toLongLong() });
        });
    return found;
}
