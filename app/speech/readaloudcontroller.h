// "Đọc to": reads a document's text aloud in Vietnamese, one sentence at a time
// (SentenceSplitter), through Qt TextToSpeech (engine "speechd": speech-dispatcher with
// espeak-ng's "vi" voice, installed by scripts/setup). It says which sentence is being read
// (its index and its range in the text, for the reader to highlight and keep on screen:
// scrollTarget), goes on to the next one by itself to the end of the text, pauses, resumes,
// stops, reads slower or faster in steps, and stops when the vault locks (the session's
// state leaves Unlocked: the idle lock, the background lock, "Khóa"). When the machine has no
// Vietnamese voice it says so (`message`) and what to install. The text is never logged.
#pragma once

#include "sentencesplitter.h"
#include "vaultsession.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QTextToSpeech;

class ReadAloudController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // Reading stops when this session locks (optional).
    Q_PROPERTY(VaultSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // What is read; a new text stops the reading.
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    // The Qt TextToSpeech engine ("speechd"); tests may name another.
    Q_PROPERTY(QString engine READ engine WRITE setEngine NOTIFY engineChanged)
    Q_PROPERTY(PlayState playState READ playState NOTIFY playStateChanged)
    Q_PROPERTY(bool active READ active NOTIFY playStateChanged)
    Q_PROPERTY(int sentenceCount READ sentenceCount NOTIFY textChanged)
    // The sentence being read (-1: none) and its range [start, end) in `text`.
    Q_PROPERTY(int sentenceIndex READ sentenceIndex NOTIFY sentenceChanged)
    Q_PROPERTY(int sentenceStart READ sentenceStart NOTIFY sentenceChanged)
    Q_PROPERTY(int sentenceEnd READ sentenceEnd NOTIFY sentenceChanged)
    // The speed: kMinRateStep (slowest) to kMaxRateStep, each step kRateStep of Qt's rate.
    Q_PROPERTY(int rateStep READ rateStep NOTIFY rateChanged)
    Q_PROPERTY(bool canSlowDown READ canSlowDown NOTIFY rateChanged)
    Q_PROPERTY(bool canSpeedUp READ canSpeedUp NOTIFY rateChanged)
    // Why nothing is read (no Vietnamese voice, the speech engine failed); empty otherwise.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    enum PlayState {
        Stopped,
        Playing,
        Paused,
    };
    Q_ENUM(PlayState)

    static constexpr double kRateStep = 0.2;
    static constexpr int kMinRateStep = -4;
    static constexpr int kMaxRateStep = 3;
    // Slightly slower than the engine's normal speed: many readers are elderly.
    static constexpr int kDefaultRateStep = -1;

    explicit ReadAloudController(QObject *parent = nullptr);
    ~ReadAloudController() override;

    [[nodiscard]] VaultSession *session() const { return m_session; }
    void setSession(VaultSession *session);
    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    [[nodiscard]] QString engine() const { return m_engine; }
    void setEngine(const QString &engine);
    [[nodiscard]] PlayState playState() const { return m_playState; }
    [[nodiscard]] bool active() const { return m_playState != Stopped; }
    [[nodiscard]] int sentenceCount() const { return int(m_sentences.size()); }
    [[nodiscard]] int sentenceIndex() const { return m_index; }
    [[nodiscard]] int sentenceStart() const;
    [[nodiscard]] int sentenceEnd() const;
    [[nodiscard]] int rateStep() const { return m_rateStep; }
    [[nodiscard]] bool canSlowDown() const { return m_rateStep > kMinRateStep; }
    [[nodiscard]] bool canSpeedUp() const { return m_rateStep < kMaxRateStep; }
    [[nodiscard]] QString message() const { return m_message; }

    // Starts reading at the sentence holding (or first after) `fromPosition` in the text
    // (the first sentence on screen); false, with `message` set, when it cannot.
    Q_INVOKABLE bool play(int fromPosition = 0);
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void stop();
    Q_INVOKABLE void slowDown();
    Q_INVOKABLE void speedUp();
    // The Flickable's contentY that keeps [top, bottom) on screen (SentenceScroll).
    Q_INVOKABLE qreal scrollTarget(qreal contentY, qreal height, qreal contentHeight,
        qreal topInset, qreal bottomInset, qreal top, qreal bottom) const;

    // The index of the sentence holding `position`, or the first one after it (0 if none).
    [[nodiscard]] int sentenceAt(int position) const;

Q_SIGNALS:
    void sessionChanged();
    void textChanged();
    void engineChanged();
    void playStateChanged();
    void sentenceChanged();
    void rateChanged();
    void messageChanged();
    // The last sentence has been read.
    void finished();

private:
    bool ensureEngine();
    void speakCurrent();
    void advance();
    void onSpeechState(int state);
    void setPlayState(PlayState state);
    void setIndex(int index);
    void setMessage(const QString &message);
    void setRateStep(int step);

    QPointer<VaultSession> m_session;
    QString m_text;
    QString m_engine;
    QList<SentenceRange> m_sentences;
    std::unique_ptr<QTextToSpeech> m_speech;
    PlayState m_playState = Stopped;
    int m_index = -1;
    int m_rateStep = kDefaultRateStep;
    QString m_message;
    // The engine has started the sentence last handed to it (its Ready then means the end).
    bool m_started = false;
    // The sentence ended while paused: resume goes on to the next one.
    bool m_endedWhilePaused = false;
};
