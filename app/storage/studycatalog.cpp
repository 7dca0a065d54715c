#include "studycatalog.h"

#include "mutationnames.h"
#include "outbox.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "wirevalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;
namespace RowType = Protocol::RowType;

namespace {

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

std::optional<int> optionalInt(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return value.toInt();
}

} // namespace

bool StudyRecord::isOpen() const
{
    return status == Protocol::StudyStatus::Open;
}

StudyRecord StudyRecord::fromJson(const QJsonObject &row)
{
    auto text = [&row](const QString &key) { return row.value(key).toString(); };
    StudyRecord study;
    study.id = text(u"id"_s);
    study.orgId = text(u"org_id"_s);
    study.orgName = text(u"org_name"_s);
    study.audienceOrgId = text(u"audience_org_id"_s);
    study.audienceName = text(u"audience_name"_s);
    study.title = text(u"title"_s);
    study.instructions = text(u"instructions"_s);
    for (const QJsonValue &id : row.value(u"document_ids"_s).toArray())
        study.documentIds.append(id.toString());
    study.dueDate = QDate::fromString(text(u"due_date"_s).left(10), Qt::ISODate);
    study.reflectionRequired = row.value(u"reflection_required"_s).toBool();
    for (const QJsonValue &value : row.value(u"quiz"_s).toArray()) {
        const QJsonObject question = value.toObject();
        QuizQuestion q { question.value(u"id"_s).toString(), question.value(u"text"_s).toString(),
            {} };
        for (const QJsonValue &choice : question.value(u"choices"_s).toArray())
            q.choices.append(choice.toString());
        study.quiz.append(q);
    }
    study.status = text(u"status"_s);
    study.createdByName = text(u"created_by_name"_s);
    study.createdAt = text(u"created_at"_s);
    return study;
}

SubmissionRecord SubmissionRecord::fromJson(const QJsonObject &row)
{
    auto text = [&row](const QString &key) { return row.value(key).toString(); };
    SubmissionRecord submission;
    submission.id = text(u"id"_s);
    submission.studyId = text(u"study_id"_s);
    submission.memberId = text(u"member_id"_s);
    submission.reflection = text(u"reflection"_s);
    submission.answers = row.value(u"answers"_s).toObject();
    submission.score = optionalInt(row.value(u"score"_s));
    submission.total = optionalInt(row.value(u"total"_s));
    submission.late = row.value(u"late"_s).toBool();
    submission.status = text(u"status"_s);
    submission.comment = text(u"comment"_s);
    submission.submittedAt = text(u"submitted_at"_s);
    submission.reviewedAt = text(u"reviewed_at"_s);
    submission.reviewedByName = text(u"reviewed_by_name"_s);
    return submission;
}

StudyCatalog::StudyCatalog(SqliteDatabase &db)
    : m_db(db)
{ }

QString StudyCatalog::memberId()
{
    return SyncState(m_db).value(u"member_id"_s);
}

QString StudyCatalog::orgId()
{
    return SyncState(m_db).value(u"org_id"_s);
}

QDate StudyCatalog::vietnamDate(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(7 * 3600)).date();
}

QString StudyCatalog::myCell()
{
    const QString member = memberId();
    if (member.isEmpty())
        return {}; // a committee or admin account: no member record, no cell
    Statement cell(m_db, "SELECT ifnull(org_id, '') FROM members WHERE id = ?1");
    cell.bind(1, member);
    if (cell.step() && !cell.text(0).isEmpty())
        return cell.text(0);
    return orgId(); // the member's own row not on this device yet: the account's org
}

QStringList StudyCatalog::myAncestry()
{
    QStringList chain;
    QString id = myCell();
    Statement parent(m_db, "SELECT ifnull(parent_id, '') FROM organizations WHERE id = ?1");
    while (!id.isEmpty() && !chain.contains(id)) {
        chain.append(id);
        parent.reset();
        parent.bind(1, id);
        id = parent.step() ? parent.text(0) : QString();
    }
    return chain;
}

bool StudyCatalog::inMyAudience(const QString &audienceOrgId)
{
    return !audienceOrgId.isEmpty() && myAncestry().contains(audienceOrgId);
}

QList<StudyEntry> StudyCatalog::studies()
{
    const QStringList ancestry = myAncestry();
    QList<StudyEntry> entries;
    {
        Statement query(m_db, "SELECT data FROM studies");
        while (query.step()) {
            StudyEntry entry;
            entry.study = StudyRecord::fromJson(parse(query.text(0)));
            entry.mine = ancestry.contains(entry.study.audienceOrgId);
            entries.append(entry);
        }
    }
    Statement hasDraft(m_db, "SELECT 1 FROM study_drafts WHERE study_id = ?1");
    for (StudyEntry &entry : entries) {
        entry.submission = mySubmission(entry.study.id);
        hasDraft.reset();
        hasDraft.bind(1, entry.study.id);
        entry.hasDraft = hasDraft.step();
    }
    std::sort(entries.begin(), entries.end(), [](const StudyEntry &a, const StudyEntry &b) {
        const bool aOpen = a.study.isOpen();
        if (aOpen != b.study.isOpen())
            return aOpen;
        if (a.study.dueDate != b.study.dueDate) {
            // Open: the nearest first; closed: the latest first. A study without a date last.
            if (!a.study.dueDate.isValid() || !b.study.dueDate.isValid())
                return a.study.dueDate.isValid();
            return aOpen ? a.study.dueDate < b.study.dueDate : a.study.dueDate > b.study.dueDate;
        }
        if (a.study.title != b.study.title)
            return a.study.title < b.study.title;
        return a.study.id < b.study.id;
    });
    return entries;
}

std::optional<StudyRecord> StudyCatalog::study(const QString &id)
{
    Statement query(m_db, "SELECT data FROM studies WHERE id = ?1");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return StudyRecord::fromJson(parse(query.text(0)));
}

std::optional<SubmissionRecord> StudyCatalog::mySubmission(const QString &studyId)
{
    Statement query(m_db,
        "SELECT data FROM study_submissions WHERE study_id = ?1 AND member_id = ?2 "
        "ORDER BY id LIMIT 1");
    query.bind(1, studyId).bind(2, memberId());
    if (!query.step())
        return std::nullopt;
    SubmissionRecord submission = SubmissionRecord::fromJson(parse(query.text(0)));
    submission.pending
        = Outbox(m_db).hasPendingChange(QString(RowType::StudySubmission), submission.id);
    return submission;
}

std::optional<StudyDraft> StudyCatalog::draft(const QString &studyId)
{
    Statement query(
        m_db, "SELECT reflection, answers, updated_at FROM study_drafts WHERE study_id = ?1");
    query.bind(1, studyId);
    if (!query.step())
        return std::nullopt;
    return StudyDraft { studyId, query.text(0), parse(query.text(1)), query.text(2) };
}

QList<StudyDocument> StudyCatalog::documents(const StudyRecord &study)
{
    Statement document(m_db,
        "SELECT ifnull(d.title, ''), ifnull(d.number, ''), EXISTS(SELECT 1 FROM read_receipts r "
        "WHERE r.document_id = d.id AND r.member_id = ?2) FROM documents d WHERE d.id = ?1");
    const QString me = memberId();
    QList<StudyDocument> documents;
    for (const QString &id : study.documentIds) {
        document.reset();
        document.bind(1, id).bind(2, me);
        StudyDocument entry;
        entry.id = id;
        if (document.step()) {
            entry.onDevice = true;
            entry.title = document.text(0);
            entry.number = document.text(1);
            entry.read = document.integer(2) != 0;
        }
        documents.append(entry);
    }
    return documents;
}
