#include "studyreviewcatalog.h"

#include "mutationnames.h"
#include "outbox.h"
#include "replicastore.h"
#include "sqlitedatabase.h"
#include "wirevalues.h"

#include <QCollator>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
namespace RowType = Protocol::RowType;

namespace {

int intOrMinus(const QJsonValue &value)
{
    return value.isDouble() ? value.toInt() : -1;
}

// The secretary's list: the reflections waiting for a review first (what there is to do), then
// who has not handed in (whom to remind), then the returned ones and the accepted ones.
int listRank(MemberStudyState::State state)
{
    switch (state) {
    case MemberStudyState::Submitted:
        return 0;
    case MemberStudyState::NotStarted:
        return 1;
    case MemberStudyState::Returned:
        return 2;
    case MemberStudyState::Accepted:
        return 3;
    }
    return 4;
}

} // namespace

StudyReviewCatalog::StudyReviewCatalog(SqliteDatabase &db)
    : m_db(db)
{ }

MemberStudyState::State StudyReviewCatalog::stateOf(const QString &status)
{
    namespace Status = Protocol::SubmissionStatus;
    if (status == Status::Submitted)
        return MemberStudyState::Submitted;
    if (status == Status::Returned)
        return MemberStudyState::Returned;
    if (status == Status::Accepted)
        return MemberStudyState::Accepted;
    return MemberStudyState::NotStarted;
}

std::optional<AssignedStudy> StudyReviewCatalog::study(const QString &studyId)
{
    const QString type(RowType::Study);
    const auto row = ReplicaStore(m_db).get(type, studyId);
    if (!row)
        return std::nullopt;
    AssignedStudy s;
    s.id = studyId;
    s.orgId = row->value(u"org_id"_s).toString();
    s.orgName = row->value(u"org_name"_s).toString();
    s.audienceOrgId = row->value(u"audience_org_id"_s).toString();
    s.audienceName = row->value(u"audience_name"_s).toString();
    s.title = row->value(u"title"_s).toString();
    s.instructions = row->value(u"instructions"_s).toString();
    for (const QJsonValue &id : row->value(u"document_ids"_s).toArray())
        s.documentIds << id.toString();
    s.dueDate = QDate::fromString(row->value(u"due_date"_s).toString(), Qt::ISODate);
    s.reflectionRequired = row->value(u"reflection_required"_s).toBool(true);
    s.quizQuestions = int(row->value(u"quiz"_s).toArray().size());
    s.closed = row->value(u"status"_s).toString() == Protocol::StudyStatus::Closed;
    s.pending = Outbox(m_db).hasPendingChange(type, studyId);
    return s;
}

QList<MemberStudyState> StudyReviewCatalog::cellStates(
    const QString &studyId, const QString &cellOrgId)
{
    QList<MemberStudyState> states;
    QHash<QString, qsizetype> byMember;
    {
        Statement members(m_db, "SELECT id, full_name FROM members WHERE org_id = ?");
        members.bind(1, cellOrgId);
        while (members.step()) {
            MemberStudyState state;
            state.memberId = members.text(0);
            state.memberName = members.text(1);
            byMember.insert(state.memberId, states.size());
            states.append(state);
        }
    }
    Statement submissions(m_db, "SELECT id, data FROM study_submissions WHERE study_id = ?");
    submissions.bind(1, studyId);
    Outbox outbox(m_db);
    const QString type(RowType::StudySubmission);
    while (submissions.step()) {
        const QJsonObject row = QJsonDocument::fromJson(submissions.text(1).toUtf8()).object();
        const QString memberId = row.value(u"member_id"_s).toString();
        qsizetype index = byMember.value(memberId, -1);
        if (index < 0) {
            MemberStudyState state;
            state.memberId = memberId;
            state.memberName = row.value(u"member_name"_s).toString();
            index = states.size();
            byMember.insert(memberId, index);
            states.append(state);
        }
        MemberStudyState &state = states[index];
        state.submissionId = submissions.text(0);
        state.state = stateOf(row.value(u"status"_s).toString());
        state.late = row.value(u"late"_s).toBool();
        state.submittedAt = row.value(u"submitted_at"_s).toString();
        state.score = intOrMinus(row.value(u"score"_s));
        state.total = intOrMinus(row.value(u"total"_s));
        state.pending = outbox.hasPendingChange(type, state.submissionId);
        if (state.memberName.isEmpty())
            state.memberName = row.value(u"member_name"_s).toString();
    }
    QCollator collator { QLocale(QLocale::Vietnamese, QLocale::Vietnam) };
    std::stable_sort(
        states.begin(), states.end(), [&](const MemberStudyState &a, const MemberStudyState &b) {
            if (a.state != b.state)
                return listRank(a.state) < listRank(b.state);
            return collator.compare(a.memberName, b.memberName) < 0;
        });
    return states;
}

std::optional<SubmissionForReview> StudyReviewCatalog::submission(const QString &submissionId)
{
    const QString type(RowType::StudySubmission);
    const auto row = ReplicaStore(m_db).get(type, submissionId);
    if (!row)
        return std::nullopt;
    SubmissionForReview d;
    d.id = submissionId;
    d.studyId = row->value(u"study_id"_s).toString();
    d.memberId = row->value(u"member_id"_s).toString();
    d.memberName = row->value(u"member_name"_s).toString();
    d.reflection = row->value(u"reflection"_s).toString();
    d.answers = row->value(u"answers"_s).toObject();
    d.score = intOrMinus(row->value(u"score"_s));
    d.total = intOrMinus(row->value(u"total"_s));
    d.late = row->value(u"late"_s).toBool();
    d.state = stateOf(row->value(u"status"_s).toString());
    d.comment = row->value(u"comment"_s).toString();
    d.submittedAt = row->value(u"submitted_at"_s).toString();
    d.reviewedAt = row->value(u"reviewed_at"_s).toString();
    d.reviewedByName = row->value(u"reviewed_by_name"_s).toString();
    d.pending = Outbox(m_db).hasPendingChange(type, submissionId);
    return d;
}

CellStudyCounts StudyReviewCatalog::counts(const QList<MemberStudyState> &states)
{
    CellStudyCounts c;
    double sum = 0;
    int scored = 0;
    for (const MemberStudyState &s : states) {
        ++c.members;
        if (s.state == MemberStudyState::NotStarted)
            continue;
        ++c.submitted;
        if (s.state == MemberStudyState::Accepted)
            ++c.accepted;
        if (s.state == MemberStudyState::Returned)
            ++c.returned;
        if (s.late)
            ++c.late;
        if (s.score >= 0 && s.total > 0) {
            sum += double(s.score) / s.total * 10;
            ++scored;
        }
    }
    c.notStarted = c.members - c.submitted;
    if (scored > 0)
        c.averageScore = std::round(sum / scored * 10) / 10;
    return c;
}
