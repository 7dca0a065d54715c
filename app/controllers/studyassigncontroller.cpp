#include "studyassigncontroller.h"

#include "documentcatalog.h"
#include "draftcatalog.h"
#include "mutationnames.h"
#include "protocol.h"
#include "replicastore.h"
#include "searchindex.h"
#include "sqlitedatabase.h"
#include "syncstate.h"
#include "wirevalues.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;
namespace Limit = Protocol::Limit;

StudyAssignController::StudyAssignController(QObject *parent)
    : CellController(parent)
{ }

void StudyAssignController::setDocumentId(const QString &id)
{
    if (m_documentId == id)
        return;
    m_documentId = id;
    m_defaultsFilled = false;
    Q_EMIT documentIdChanged();
    reload();
}

void StudyAssignController::setAudienceOrgId(const QString &id)
{
    if (m_audienceOrgId == id || id.isEmpty())
        return;
    if (!m_defaultsFilled) {
        // Before the first reading: the audience the page asks to start from.
        m_audienceOrgId = id;
        Q_EMIT audienceChanged();
        return;
    }
    chooseAudience(id);
}

QString StudyAssignController::audienceName() const
{
    return m_organizations.nameOf(m_audienceOrgId);
}

int StudyAssignController::maxQuestions() const
{
    return Limit::QuizQuestions;
}

int StudyAssignController::maxChoices() const
{
    return Limit::QuizChoices;
}

bool StudyAssignController::mayAssignTo(SqliteDatabase &db, const QString &audience) const
{
    if (m_committee)
        return StudyOrganiserActions::isWithin(db, audience, orgId());
    return isSecretary() && audience == orgId();
}

void StudyAssignController::loadCell(SqliteDatabase &db)
{
    const QString role = SyncState(db).value(u"role"_s);
    const bool committee = role == Protocol::Role::Committee || role == Protocol::Role::Admin;
    if (committee != m_committee) {
        m_committee = committee;
        Q_EMIT identityChanged();
    }
    DraftCatalog catalog(db);
    m_organizations.setOrganizations(catalog.organizations(), orgId());

    // The reader's question: can this document be studied by an audience of mine?
    bool assignable = false;
    if (!m_documentId.isEmpty() && canAssign()) {
        const auto row = ReplicaStore(db).get(QString(Protocol::RowType::Document), m_documentId);
        const QString docAudience = row ? row->value(u"audience_org_id"_s).toString() : QString();
        assignable = row
            && (StudyOrganiserActions::audienceCanSee(db, m_documentId, orgId())
                || (m_committee && StudyOrganiserActions::isWithin(db, docAudience, orgId())));
    }
    if (assignable != m_documentAssignable) {
        m_documentAssignable = assignable;
        Q_EMIT documentIdChanged();
    }
    // A member (most readers of the reader page) has nothing to pick.
    if (!canAssign())
        return;
    if (!m_defaultsFilled && !orgId().isEmpty())
        fillDefaults(db);
    listDocuments(db);
    showSelection(db);
}

void StudyAssignController::fillDefaults(SqliteDatabase &db)
{
    m_defaultsFilled = true;
    // The audience: the page's, else my own; a committee starting from a document its own
    // organisation cannot see starts from that document's audience.
    if (m_audienceOrgId.isEmpty() || !mayAssignTo(db, m_audienceOrgId))
        m_audienceOrgId = orgId();
    m_selected.clear();
    if (!m_documentId.isEmpty()) {
        if (m_committee
            && !StudyOrganiserActions::audienceCanSee(db, m_documentId, m_audienceOrgId)) {
            const auto row
                = ReplicaStore(db).get(QString(Protocol::RowType::Document), m_documentId);
            const QString docAudience
                = row ? row->value(u"audience_org_id"_s).toString() : QString();
            if (mayAssignTo(db, docAudience))
                m_audienceOrgId = docAudience;
        }
        if (StudyOrganiserActions::audienceCanSee(db, m_documentId, m_audienceOrgId))
            m_selected << m_documentId;
    }
    m_organizations.setSelectedId(m_audienceOrgId);
    m_dueDateText
        = StudyOrganiserActions::vietnamDate(now()).addDays(kDefaultDays).toString(u"dd/MM/yyyy"_s);
    prefillTitle(db);
    Q_EMIT audienceChanged();
    Q_EMIT fieldsChanged();
}

void StudyAssignController::prefillTitle(SqliteDatabase &db)
{
    // Only while the title is empty or still the one made from a document.
    if (!m_title.trimmed().isEmpty() && m_title != m_prefilledTitle)
        return;
    QString title;
    if (!m_selected.isEmpty()) {
        if (const auto detail = DocumentCatalog(db).document(m_selected.first()))
            title = tr("Học tập, quán triệt %1").arg(detail->summary.title);
    }
    if (title == m_title)
        return;
    m_title = title;
    m_prefilledTitle = title;
    Q_EMIT fieldsChanged();
}

void StudyAssignController::listDocuments(SqliteDatabase &db)
{
    DocumentCatalog catalog(db);
    QList<DocumentSummary> candidates;
    if (SearchIndex::toMatchExpression(m_filterText).isEmpty()) {
        candidates = catalog.newestDocuments(kPickerLimit * 4);
    } else {
        for (const SearchHit &hit : SearchIndex(db).search(m_filterText, kPickerLimit * 4, {}, 0)) {
            if (const auto detail = catalog.document(hit.documentId))
                candidates.append(detail->summary);
        }
    }
    QList<DocumentSummary> documents;
    for (const DocumentSummary &d : std::as_const(candidates)) {
        if (documents.size() >= kPickerLimit)
            break;
        if (StudyOrganiserActions::audienceCanSee(db, d.id, m_audienceOrgId))
            documents.append(d);
    }
    m_documents.setDocuments(documents, QSet<QString>(m_selected.cbegin(), m_selected.cend()));
}

void StudyAssignController::showSelection(SqliteDatabase &db)
{
    DocumentCatalog catalog(db);
    QList<DocumentSummary> chosen;
    for (const QString &id : std::as_const(m_selected)) {
        if (const auto detail = catalog.document(id))
            chosen.append(detail->summary);
    }
    const QSet<QString> selected(m_selected.cbegin(), m_selected.cend());
    m_selectedModel.setDocuments(chosen, selected);
    m_documents.setSelection(selected);
}

void StudyAssignController::setFilterText(const QString &text)
{
    if (m_filterText == text)
        return;
    m_filterText = text;
    Q_EMIT filterTextChanged();
    withDatabase([this](SqliteDatabase &db) { listDocuments(db); });
}

bool StudyAssignController::chooseAudience(const QString &id)
{
    if (!m_committee || !m_organizations.containsOrg(id))
        return false;
    m_audienceOrgId = id;
    m_organizations.setSelectedId(id);
    const qsizetype before = m_selected.size();
    withDatabase([this](SqliteDatabase &db) {
        m_selected.removeIf([&](const QString &documentId) {
            return !StudyOrganiserActions::audienceCanSee(db, documentId, m_audienceOrgId);
        });
        listDocuments(db);
        showSelection(db);
        prefillTitle(db);
    });
    if (m_selected.size() != before)
        setErrorMessage(tr("Đã bỏ những tài liệu mà nơi học tập mới không xem được."));
    Q_EMIT audienceChanged();
    return true;
}

void StudyAssignController::toggleDocument(const QString &documentId)
{
    if (!m_selected.removeOne(documentId))
        m_selected.append(documentId);
    withDatabase([this](SqliteDatabase &db) {
        showSelection(db);
        prefillTitle(db);
    });
}

QVariantList StudyAssignController::quiz() const
{
    QVariantList list;
    for (const QuizQuestionWithAnswer &q : m_quiz)
        list.append(QVariantMap {
            { u"text"_s, q.text }, { u"choices"_s, q.choices }, { u"answer"_s, q.answer } });
    return list;
}

bool StudyAssignController::validQuestion(int index) const
{
    return index >= 0 && index < m_quiz.size();
}

void StudyAssignController::addQuestion()
{
    if (m_quiz.size() >= Limit::QuizQuestions)
        return;
    m_quiz.append({ {}, {}, { QString(), QString() }, -1 });
    Q_EMIT quizChanged();
}

void StudyAssignController::removeQuestion(int index)
{
    if (!validQuestion(index))
        return;
    m_quiz.removeAt(index);
    Q_EMIT quizChanged();
}

void StudyAssignController::setQuestionText(int index, const QString &text)
{
    if (validQuestion(index))
        m_quiz[index].text = text;
}

void StudyAssignController::addChoice(int question)
{
    if (!validQuestion(question) || m_quiz.at(question).choices.size() >= Limit::QuizChoices)
        return;
    m_quiz[question].choices.append(QString());
    Q_EMIT quizChanged();
}

void StudyAssignController::removeChoice(int question, int choice)
{
    if (!validQuestion(question) || choice < 0 || choice >= m_quiz.at(question).choices.size())
        return;
    QuizQuestionWithAnswer &q = m_quiz[question];
    q.choices.removeAt(choice);
    if (q.answer == choice)
        q.answer = -1;
    else if (q.answer > choice)
        --q.answer;
    Q_EMIT quizChanged();
}

void StudyAssignController::setChoiceText(int question, int choice, const QString &text)
{
    if (validQuestion(question) && choice >= 0 && choice < m_quiz.at(question).choices.size())
        m_quiz[question].choices[choice] = text;
}

void StudyAssignController::setAnswer(int question, int choice)
{
    if (!validQuestion(question) || choice < 0 || choice >= m_quiz.at(question).choices.size())
        return;
    m_quiz[question].answer = choice;
    Q_EMIT quizChanged();
}

StudyAssignment StudyAssignController::assignment() const
{
    StudyAssignment s;
    s.title = m_title.trimmed();
    s.instructions = m_instructions;
    s.documentIds = m_selected;
    s.audienceOrgId = m_audienceOrgId;
    s.dueDate = QDate::fromString(m_dueDateText.trimmed(), u"d/M/yyyy"_s);
    s.reflectionRequired = m_reflectionRequired;
    s.quiz = m_quiz;
    return s;
}

QString StudyAssignController::problem() const
{
    return StudyOrganiserActions::problem(assignment(), StudyOrganiserActions::vietnamDate(now()));
}

bool StudyAssignController::assign()
{
    if (!canAssign()) {
        setErrorMessage(tr("Chỉ bí thư chi bộ và cán bộ cấp ủy mới giao học tập được."));
        return false;
    }
    if (const QString message = problem(); !message.isEmpty()) {
        setErrorMessage(message);
        return false;
    }
    const StudyAssignment study = assignment();
    LocalActions::Result result;
    if (!withDatabase([&](SqliteDatabase &db) {
            result = StudyOrganiserActions(db, [this] { return now(); }).assign(study);
        }))
        return false;
    if (!result.ok()) {
        if (result.error == Protocol::ErrorCode::NotFound)
            setErrorMessage(tr("Có tài liệu không còn trên máy hoặc nơi học tập không xem "
                               "được. Xin chọn lại tài liệu."));
        else if (result.error == Protocol::ErrorCode::Forbidden)
            setErrorMessage(tr("Đồng chí chỉ giao học tập được cho chi bộ của mình (bí thư) "
                               "hoặc cho tổ chức mình và các tổ chức trực thuộc (cấp ủy)."));
        else
            setErrorMessage(tr("Chưa ghi lại được trên máy. Hãy thử lại."));
        return false;
    }
    m_savedId = result.rowId;
    setErrorMessage({});
    Q_EMIT localChangeMade();
    Q_EMIT assigned();
    return true;
}
