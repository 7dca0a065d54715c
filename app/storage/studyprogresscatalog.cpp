#include "studyprogresscatalog.h"

#include "sqlitedatabase.h"
#include "wirevalues.h"

#include <QCollator>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

ProgressStudy studyFromJson(const QJsonObject &row)
{
    auto text = [&row](const QString &key) { return row.value(key).toString(); };
    ProgressStudy study;
    study.id = text(u"id"_s);
    study.title = text(u"title"_s);
    study.orgId = text(u"org_id"_s);
    study.orgName = text(u"org_name"_s);
    study.audienceOrgId = text(u"audience_org_id"_s);
    study.audienceName = text(u"audience_name"_s);
    for (const QJsonValue &id : row.value(u"document_ids"_s).toArray())
        study.documentIds.append(id.toString());
    study.dueDate = QDate::fromString(text(u"due_date"_s).left(10), Qt::ISODate);
    study.status = text(u"status"_s);
    study.createdAt = text(u"created_at"_s);
    return study;
}

} // namespace

double ProgressRow::acceptedRate() const
{
    return members > 0 ? double(accepted) / members : 0.0;
}

double ProgressRow::submittedRate() const
{
    return members > 0 ? double(submitted) / members : 0.0;
}

ProgressRow ProgressRow::fromJson(const QJsonObject &row)
{
    auto text = [&row](const QString &key) { return row.value(key).toString(); };
    auto number = [&row](const QString &key) { return row.value(key).toInt(); };
    ProgressRow progress;
    progress.id = text(u"id"_s);
    progress.studyId = text(u"study_id"_s);
    progress.orgId = text(u"org_id"_s);
    progress.orgName = text(u"org_name"_s);
    progress.orgKind = text(u"org_kind"_s);
    progress.members = number(u"members"_s);
    // The counts are named after the submission statuses they count.
    progress.submitted = number(QString(Protocol::SubmissionStatus::Submitted));
    progress.accepted = number(QString(Protocol::SubmissionStatus::Accepted));
    progress.returned = number(QString(Protocol::SubmissionStatus::Returned));
    progress.late = number(u"late"_s);
    progress.notStarted = number(u"not_started"_s);
    if (row.value(u"average_score"_s).isDouble())
        progress.averageScore = row.value(u"average_score"_s).toDouble();
    progress.updatedAt = text(u"updated_at"_s);
    return progress;
}

StudyProgressCatalog::StudyProgressCatalog(SqliteDatabase &db)
    : m_db(db)
{ }

QList<ProgressStudy> StudyProgressCatalog::studies()
{
    Statement query(m_db,
        "SELECT s.data FROM studies s WHERE EXISTS "
        "(SELECT 1 FROM study_progress p WHERE p.study_id = s.id)");
    QList<ProgressStudy> studies;
    while (query.step())
        studies.append(studyFromJson(parse(query.text(0))));
    const QString open = QString(Protocol::StudyStatus::Open);
    QCollator collator { QLocale(QLocale::Vietnamese, QLocale::Vietnam) };
    std::stable_sort(studies.begin(), studies.end(),
        [&open, &collator](const ProgressStudy &a, const ProgressStudy &b) {
            const bool aOpen = a.status == open;
            const bool bOpen = b.status == open;
            if (aOpen != bOpen)
                return aOpen;
            if (a.dueDate != b.dueDate)
                return aOpen ? a.dueDate < b.dueDate : a.dueDate > b.dueDate;
            return collator.compare(a.title, b.title) < 0;
        });
    return studies;
}

std::optional<ProgressStudy> StudyProgressCatalog::study(const QString &studyId)
{
    Statement query(m_db, "SELECT data FROM studies WHERE id = ?1");
    query.bind(1, studyId);
    if (!query.step())
        return std::nullopt;
    return studyFromJson(parse(query.text(0)));
}

QList<ProgressDocument> StudyProgressCatalog::documents(const ProgressStudy &study)
{
    QList<ProgressDocument> documents;
    Statement query(
        m_db, "SELECT ifnull(number, ''), ifnull(title, '') FROM documents WHERE id = ?1");
    for (const QString &id : study.documentIds) {
        query.reset();
        query.bind(1, id);
        ProgressDocument document { id, {}, {} };
        if (query.step()) {
            document.number = query.text(0);
            document.title = query.text(1);
        }
        documents.append(document);
    }
    return documents;
}

QList<ProgressRow> StudyProgressCatalog::rows(const QString &studyId)
{
    Statement query(m_db,
        "SELECT p.data, ifnull(o.name, ''), ifnull(o.kind, ''), EXISTS (SELECT 1 FROM "
        "study_progress c JOIN organizations co ON co.id = c.org_id WHERE c.study_id = p.study_id "
        "AND co.parent_id = p.org_id) FROM study_progress p "
        "LEFT JOIN organizations o ON o.id = p.org_id WHERE p.study_id = ?1");
    query.bind(1, studyId);
    QList<ProgressRow> rows;
    while (query.step()) {
        ProgressRow row = ProgressRow::fromJson(parse(query.text(0)));
        // The organisation as this device knows it when the row does not name it.
        if (row.orgName.isEmpty())
            row.orgName = query.text(1);
        if (row.orgKind.isEmpty())
            row.orgKind = query.text(2);
        row.hasChildren = query.integer(3) != 0;
        rows.append(row);
    }
    return rows;
}

QString StudyProgressCatalog::topOrgId(const QString &studyId, const QString &myOrgId)
{
    const QList<ProgressRow> all = rows(studyId);
    QSet<QString> orgs;
    for (const ProgressRow &row : all)
        orgs.insert(row.orgId);
    if (orgs.contains(myOrgId))
        return myOrgId;
    for (const ProgressRow &row : all) {
        if (!orgs.contains(parentOf(row.orgId)))
            return row.orgId;
    }
    return {};
}

QList<ProgressRow> StudyProgressCatalog::level(const QString &studyId, const QString &orgId)
{
    const QList<ProgressRow> all = rows(studyId);
    const auto own = std::find_if(
        all.cbegin(), all.cend(), [&orgId](const ProgressRow &row) { return row.orgId == orgId; });
    if (own == all.cend())
        return {};
    QList<ProgressRow> children;
    for (const ProgressRow &row : all) {
        if (row.orgId != orgId && parentOf(row.orgId) == orgId)
            children.append(row);
    }
    QCollator collator { QLocale(QLocale::Vietnamese, QLocale::Vietnam) };
    collator.setNumericMode(true);
    std::stable_sort(
        children.begin(), children.end(), [&collator](const ProgressRow &a, const ProgressRow &b) {
            const int byName = collator.compare(a.orgName, b.orgName);
            return byName != 0 ? byName < 0 : a.orgId < b.orgId;
        });
    children.prepend(*own);
    return children;
}

QStringList StudyProgressCatalog::path(const QString &topOrgId, const QString &orgId)
{
    QStringList way { orgId };
    QString current = orgId;
    // The tree is small; a cycle in bad data stops at its length.
    for (int guard = 0; guard < 64 && current != topOrgId; ++guard) {
        current = parentOf(current);
        if (current.isEmpty())
            return { topOrgId };
        way.prepend(current);
    }
    return current == topOrgId ? way : QStringList { topOrgId };
}

QString StudyProgressCatalog::organizationName(const QString &orgId)
{
    Statement query(m_db, "SELECT ifnull(name, '') FROM organizations WHERE id = ?1");
    query.bind(1, orgId);
    return query.step() ? query.text(0) : QString();
}

QString StudyProgressCatalog::parentOf(const QString &orgId)
{
    Statement query(m_db, "SELECT ifnull(parent_id, '') FROM organizations WHERE id = ?1");
    query.bind(1, orgId);
    return query.step() ? query.text(0) : QString();
}
