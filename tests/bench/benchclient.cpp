#include "benchclient.h"

#include "accountsignin.h"
#include "authsession.h"
#include "networktransport.h"
#include "serveraddress.h"
#include "vault.h"
#include "vaultsyncstore.h"

#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

CountingTransport::CountingTransport(HttpTransport &inner)
    : m_inner(inner)
{
    m_clock.start();
}

void CountingTransport::send(const HttpRequest &request, QObject *context, Handler done)
{
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.isEmpty())
        this->authorization = authorization;
    const qsizetype index = exchanges.size();
    exchanges.append(
        Exchange { request.method, request.path, request.query, 0, m_clock.nsecsElapsed() });
    m_inner.send(request, context, [this, index, done = std::move(done)](const HttpResponse &r) {
        Exchange &exchange = exchanges[index];
        exchange.endNs = m_clock.nsecsElapsed();
        exchange.status = r.status;
        exchange.bodyBytes = r.body.size();
        exchange.gzip = r.header("Content-Encoding").contains("gzip");
        done(r);
    });
}

BenchClient::BenchClient(const QUrl &server, const QString &dataDir, const KdfParams &kdf)
    : m_dataDir(dataDir)
    , m_kdf(kdf)
{
    m_transport
        = std::make_unique<NetworkTransport>(&m_network, ServerAddress::parse(server.toString()));
    m_transport->setTimeout(std::chrono::seconds(120));
    m_counting = std::make_unique<CountingTransport>(*m_transport);
}

BenchClient::~BenchClient()
{
    close();
}

void BenchClient::close()
{
    m_engine.reset();
    m_store.reset();
    if (m_vault && m_vault->isOpen())
        m_vault->lock();
}

bool BenchClient::signIn(
    const QString &login, const QString &password, const QString &pin, QString *error)
{
    AccountSignIn signIn(m_counting.get(), m_dataDir, m_kdf);
    signIn.setDevice(u"benchmark"_s, u"bench"_s);
    bool done = false;
    AuthTokens tokens;
    QEventLoop loop;
    signIn.signIn(login, password, pin, [&](AccountSignIn::Outcome &outcome) {
        done = true;
        if (!outcome.error.isNull())
            *error = outcome.error.code() + u": "_s + outcome.error.message();
        else {
            m_vault = std::move(outcome.vault);
            tokens = outcome.tokens;
        }
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    if (!m_vault) {
        if (error->isEmpty())
            *error = u"sign-in did not finish"_s;
        return false;
    }
    m_store = std::make_unique<VaultSyncStore>(*m_vault);
    m_engine = std::make_unique<SyncEngine>(m_counting.get(), m_store.get());
    m_engine->auth().adopt(tokens);
    return true;
}

BenchClient::Run BenchClient::sync(bool blobs, int timeoutMs)
{
    Run run;
    m_engine->setBlobsEnabled(blobs);
    const qsizetype firstExchange = m_counting->exchanges.size();
    QElapsedTimer timer;
    QElapsedTimer phaseTimer;
    SyncEngine::Phase phase = SyncEngine::Phase::Idle;
    const auto closePhase = [&] {
        const double elapsed = double(phaseTimer.nsecsElapsed()) / 1e9;
        if (phase == SyncEngine::Phase::Pushing || phase == SyncEngine::Phase::Uploading)
            run.pushSeconds += elapsed;
        else if (phase == SyncEngine::Phase::Pulling)
            run.pullSeconds += elapsed;
    };
    QEventLoop loop;
    const auto phases = QObject::connect(m_engine.get(), &SyncEngine::phaseChanged, &loop, [&] {
        closePhase();
        phase = m_engine->phase();
        phaseTimer.start();
    });
    bool finished = false;
    const auto end = QObject::connect(m_engine.get(), &SyncEngine::finished, &loop, [&](bool ok) {
        run.seconds = double(timer.nsecsElapsed()) / 1e9;
        closePhase();
        run.ok = ok;
        if (!ok)
            run.error = m_engine->lastError().code() + u": "_s + m_engine->lastError().message();
        finished = true;
        loop.quit();
    });
    timer.start();
    phaseTimer.start();
    if (!m_engine->start()) {
        run.error = u"the engine did not start"_s;
    } else {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!finished)
            loop.exec();
        if (!finished)
            run.error = u"the sync did not finish in time"_s;
    }
    QObject::disconnect(phases);
    QObject::disconnect(end);
    run.progress = m_engine->progress();
    run.exchanges = m_counting->exchanges.mid(firstExchange);
    return run;
}
