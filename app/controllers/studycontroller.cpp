#include "studycontroller.h"

#include "actionerrors.h"
#include "homecontroller.h"
#include "sqlitedatabase.h"
#include "studyactions.h"
#include "studycatalog.h"
#include "timestamps.h"
#include "wirevalues.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

StudyController::StudyController(QObject *parent)
    : CellController(parent)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &StudyController::saveNow);
}

StudyController::~StudyController()
{
    // What was typed since the last pause is not lost when the page goes away.
    if (m_dirty)
        saveNow();
}

void StudyController::setStudyId(const QString &id)
{
    if (m_studyId == id)
        return;
    if (m_dirty)
        saveNow();
    m_studyId = id;
    m_dirty = false;
    Q_EMIT studyIdChanged();
    reload();
}

int StudyController::maxLength()
{
    return Protocol::Limit::Reflection;
}

QString StudyController::assigner() const
{
    return m_entry.study.orgName;
}

QString StudyController::dueText() const
{
    return StudyListModel::dueText(m_entry.study.dueDate);
}

bool StudyController::overdue() const
{
    return StudyListModel::isOverdue(m_entry, StudyCatalog::vietnamDate(now()));
}

QString StudyController::overdueText() const
{
    return overdue()
        ? StudyListModel::overdueText(m_entry.study.dueDate, StudyCatalog::vietnamDate(now()))
        : QString();
}

QString StudyController::reminder() const
{
    return StudyListModel::reminderText(m_entry, StudyCatalog::vietnamDate(now()));
}

QString StudyController::stateLabel() const
{
    return StudyListModel::stateLabel(StudyListModel::stateOf(m_entry));
}

bool StudyController::editing() const
{
    const auto state = StudyListModel::stateOf(m_entry);
    return m_found && m_entry.mine && m_entry.study.isOpen() && state != StudyListModel::Submitted
        && state != StudyListModel::Accepted;
}

QVariantList StudyController::quiz() const
{
    QVariantList questions;
    for (const QuizQuestion &question : m_entry.study.quiz) {
        const QJsonValue chosen = m_answers.value(question.id);
        questions.append(QVariantMap { { u"questionId"_s, question.id },
            { u"text"_s, question.text }, { u"choices"_s, question.choices },
            { u"chosen"_s, chosen.isDouble() ? chosen.toInt() : -1 } });
    }
    return questions;
}

int StudyController::unanswered() const
{
    bool missing = false;
    const QJsonObject answers = StudyActions::quizAnswers(m_answers, m_entry.study, &missing);
    return int(m_entry.study.quiz.size() - answers.size());
}

QString StudyController::submittedText() const
{
    if (!m_entry.submission)
        return {};
    if (m_entry.submission->pending)
        return tr("Đã nộp trên máy này. Bài sẽ được gửi tới bí thư khi máy có mạng.");
    const QString at
        = HomeController::vietnamTime(Timestamps::fromIso(m_entry.submission->submittedAt));
    return m_entry.submission->late ? tr("Đã nộp lúc %1 (sau hạn nộp).").arg(at)
                                    : tr("Đã nộp lúc %1.").arg(at);
}

QString StudyController::scoreText() const
{
    if (!m_entry.submission || m_entry.study.quiz.isEmpty())
        return {};
    const SubmissionRecord &submission = *m_entry.submission;
    if (!submission.score || !submission.total)
        return tr("Kết quả trắc nghiệm sẽ có sau khi đồng bộ.");
    return tr("Trắc nghiệm: đúng %1/%2 câu.").arg(*submission.score).arg(*submission.total);
}

QString StudyController::comment() const
{
    return m_entry.submission ? m_entry.submission->comment : QString();
}

QString StudyController::reviewedText() const
{
    if (!m_entry.submission || m_entry.submission->reviewedAt.isEmpty())
        return {};
    const QString at
        = HomeController::vietnamTime(Timestamps::fromIso(m_entry.submission->reviewedAt));
    const QString who = m_entry.submission->reviewedByName;
    return who.isEmpty() ? tr("Nhận xét lúc %1").arg(at)
                         : tr("Nhận xét của đồng chí %1, lúc %2").arg(who, at);
}

void StudyController::setWordCount(int count)
{
    if (m_wordCount == count)
        return;
    m_wordCount = count;
    Q_EMIT wordCountChanged();
}

void StudyController::setReflection(const QString &text)
{
    if (text == m_reflection)
        return;
    m_reflection = text;
    setWordCount(StudyActions::wordCount(text));
    if (!editing())
        return;
    m_dirty = true;
    m_saveTimer.start();
}

void StudyController::choose(const QString &questionId, int index)
{
    if (!editing())
        return;
    m_answers.insert(questionId, index);
    Q_EMIT quizChanged();
    m_dirty = true;
    saveNow();
}

bool StudyController::saveNow()
{
    m_saveTimer.stop();
    if (!m_dirty || m_studyId.isEmpty())
        return true;
    const QDateTime at = now();
    const bool saved = withDatabase([&](SqliteDatabase &db) {
        LocalActions actions(db, [at] { return at; });
        StudyActions(actions, db).saveDraft(m_studyId, m_reflection, m_answers, at);
    });
    if (!saved)
        return false;
    m_dirty = false;
    m_entry.hasDraft = true;
    m_savedText
        = tr("Đã lưu trên máy lúc %1").arg(at.toTimeZone(QTimeZone(7 * 3600)).toString(u"HH:mm"_s));
    Q_EMIT savedChanged();
    return true;
}

bool StudyController::submit()
{
    if (!saveNow())
        return false;
    LocalActions::Result result;
    const QDateTime at = now();
    const bool reached = withDatabase([&](SqliteDatabase &db) {
        LocalActions actions(db, [at] { return at; });
        result = StudyActions(actions, db).submit(m_studyId, at);
    });
    if (!reached)
        return false;
    if (!result.ok()) {
        setErrorMessage(ActionErrors::message(ActionErrors::Action::StudySubmit, result.error));
        return false;
    }
    Q_EMIT localChangeMade();
    Q_EMIT submitted();
    reload();
    return true;
}

void StudyController::loadCell(SqliteDatabase &db)
{
    StudyCatalog catalog(db);
    LocalActions actions(db);
    StudyActions(actions, db).dropSettledDrafts();
    const auto study = m_studyId.isEmpty() ? std::nullopt : catalog.study(m_studyId);
    m_found = study.has_value();
    m_entry = StudyEntry {};
    m_documents.clear();
    m_documentsRead = 0;
    if (study) {
        m_entry.study = *study;
        m_entry.mine = catalog.inMyAudience(study->audienceOrgId);
        m_entry.submission = catalog.mySubmission(m_studyId);
        const auto draft = catalog.draft(m_studyId);
        m_entry.hasDraft = draft.has_value();
        for (const StudyDocument &document : catalog.documents(*study)) {
            m_documents.append(QVariantMap { { u"documentId"_s, document.id },
                { u"title"_s,
                    document.onDevice ? document.title
                                      : tr("Tài liệu chưa có trên máy (hãy đồng bộ)") },
                { u"number"_s, document.number }, { u"onDevice"_s, document.onDevice },
                { u"read"_s, document.read } });
            if (document.read)
                ++m_documentsRead;
        }
        // The editor keeps what the member is typing; otherwise it shows the draft, else
        // what was handed in.
        if (!m_dirty) {
            QString text;
            QJsonObject answers;
            if (draft && editing()) {
                text = draft->reflection;
                answers = draft->answers;
            } else if (m_entry.submission) {
                text = m_entry.submission->reflection;
                answers = m_entry.submission->answers;
            } else if (draft) {
                text = draft->reflection;
                answers = draft->answers;
            }
            m_answers = answers;
            if (text != m_reflection) {
                m_reflection = text;
                Q_EMIT reflectionChanged();
            }
            setWordCount(StudyActions::wordCount(m_reflection));
        }
    }
    Q_EMIT changed();
    Q_EMIT quizChanged();
}
