#include "readaloudcontroller.h"

#include "sentencescroll.h"

#include <QLocale>
#include <QTextToSpeech>
#include <QVoice>
#include <algorithm>

namespace {

constexpr auto kDefaultEngine = "speechd";

} // namespace

ReadAloudController::ReadAloudController(QObject *parent)
    : QObject(parent)
    , m_engine(QString::fromLatin1(kDefaultEngine))
{ }

ReadAloudController::~ReadAloudController()
{
    if (m_speech && m_playState != Stopped)
        m_speech->stop();
}

void ReadAloudController::setSession(VaultSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &VaultSession::stateChanged, this, [this] {
            if (m_session && m_session->state() != VaultSession::Unlocked)
                stop();
        });
    }
    Q_EMIT sessionChanged();
}

void ReadAloudController::setText(const QString &text)
{
    if (m_text == text)
        return;
    stop();
    m_text = text;
    m_sentences = SentenceSplitter::split(m_text);
    Q_EMIT textChanged();
}

void ReadAloudController::setEngine(const QString &engine)
{
    if (m_engine == engine)
        return;
    stop();
    m_speech.reset();
    m_engine = engine;
    Q_EMIT engineChanged();
}

int ReadAloudController::sentenceStart() const
{
    return m_index >= 0 ? m_sentences.at(m_index).start : -1;
}

int ReadAloudController::sentenceEnd() const
{
    return m_index >= 0 ? m_sentences.at(m_index).end() : -1;
}

int ReadAloudController::sentenceAt(int position) const
{
    for (int i = 0; i < m_sentences.size(); ++i) {
        if (m_sentences.at(i).end() > position)
            return i;
    }
    return 0;
}

bool ReadAloudController::ensureEngine()
{
    const QString noVoice = tr("Máy chưa có giọng đọc tiếng Việt. Đồng chí nhờ người phụ trách "
                               "kỹ thuật cài bộ đọc speech-dispatcher với giọng tiếng Việt của "
                               "espeak-ng (các gói qt6-speech-speechd-plugin, "
                               "speech-dispatcher-espeak-ng và espeak-ng-data).");
    if (!m_speech) {
        if (!QTextToSpeech::availableEngines().contains(m_engine)) {
            setMessage(noVoice);
            return false;
        }
        m_speech = std::make_unique<QTextToSpeech>(m_engine);
        connect(m_speech.get(), &QTextToSpeech::stateChanged, this,
            [this](QTextToSpeech::State state) { onSpeechState(int(state)); });
        if (m_speech->state() == QTextToSpeech::Error) {
            m_speech.reset();
            setMessage(noVoice);
            return false;
        }
        // Vietnam's Vietnamese first, else any Vietnamese ("vi" of espeak-ng).
        QLocale vietnamese;
        bool found = false;
        const QList<QLocale> locales = m_speech->availableLocales();
        for (const QLocale &locale : locales) {
            if (locale.language() != QLocale::Vietnamese)
                continue;
            if (!found || locale.territory() == QLocale::Vietnam) {
                vietnamese = locale;
                found = true;
            }
        }
        if (!found) {
            m_speech.reset();
            setMessage(noVoice);
            return false;
        }
        m_speech->setLocale(vietnamese);
    }
    setMessage({});
    return true;
}

bool ReadAloudController::play(int fromPosition)
{
    stop();
    if (m_sentences.isEmpty() || !ensureEngine())
        return false;
    setIndex(sentenceAt(fromPosition));
    setPlayState(Playing);
    speakCurrent();
    return true;
}

void ReadAloudController::pause()
{
    if (m_playState != Playing)
        return;
    setPlayState(Paused);
    if (m_speech && m_speech->state() == QTextToSpeech::Speaking)
        m_speech->pause();
}

void ReadAloudController::resume()
{
    if (m_playState != Paused || !m_speech)
        return;
    setPlayState(Playing);
    if (m_endedWhilePaused) {
        m_endedWhilePaused = false;
        advance();
    } else if (m_speech->state() == QTextToSpeech::Paused) {
        m_speech->resume();
    } else if (!m_started && m_speech->state() == QTextToSpeech::Ready) {
        speakCurrent();
    }
}

void ReadAloudController::stop()
{
    const bool wasActive = m_playState != Stopped;
    m_started = false;
    m_endedWhilePaused = false;
    setPlayState(Stopped);
    if (wasActive && m_speech)
        m_speech->stop();
    setIndex(-1);
}

void ReadAloudController::slowDown()
{
    setRateStep(m_rateStep - 1);
}

void ReadAloudController::speedUp()
{
    setRateStep(m_rateStep + 1);
}

qreal ReadAloudController::scrollTarget(qreal contentY, qreal height, qreal contentHeight,
    qreal topInset, qreal bottomInset, qreal top, qreal bottom) const
{
    return SentenceScroll::contentYFor(
        { contentY, height, contentHeight, topInset, bottomInset }, top, bottom);
}

void ReadAloudController::speakCurrent()
{
    if (!m_speech || m_index < 0)
        return;
    m_started = false;
    // The speed applies from the next sentence the engine is given.
    m_speech->setRate(std::clamp(m_rateStep * kRateStep, -1.0, 1.0));
    const SentenceRange sentence = m_sentences.at(m_index);
    m_speech->say(m_text.mid(sentence.start, sentence.length));
}

void ReadAloudController::advance()
{
    if (m_index + 1 < m_sentences.size()) {
        setIndex(m_index + 1);
        speakCurrent();
        return;
    }
    stop();
    Q_EMIT finished();
}

void ReadAloudController::onSpeechState(int state)
{
    switch (QTextToSpeech::State(state)) {
    case QTextToSpeech::Speaking:
        m_started = true;
        // Paused before the engine began the sentence.
        if (m_playState == Paused && m_speech)
            m_speech->pause();
        break;
    case QTextToSpeech::Ready:
        // The end of the sentence (or of one cancelled by stop: then Stopped).
        if (m_playState == Stopped || !m_started)
            break;
        m_started = false;
        if (m_playState == Paused) {
            m_endedWhilePaused = true;
            break;
        }
        advance();
        break;
    case QTextToSpeech::Paused:
        break;
    case QTextToSpeech::Error:
        stop();
        setMessage(tr("Không đọc được: bộ đọc giọng nói báo lỗi. Đồng chí thử lại sau."));
        break;
    }
}

void ReadAloudController::setPlayState(PlayState state)
{
    if (m_playState == state)
        return;
    m_playState = state;
    Q_EMIT playStateChanged();
}

void ReadAloudController::setIndex(int index)
{
    if (m_index == index)
        return;
    m_index = index;
    Q_EMIT sentenceChanged();
}

void ReadAloudController::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

void ReadAloudController::setRateStep(int step)
{
    step = std::clamp(step, kMinRateStep, kMaxRateStep);
    if (m_rateStep == step)
        return;
    m_rateStep = step;
    Q_EMIT rateChanged();
}
