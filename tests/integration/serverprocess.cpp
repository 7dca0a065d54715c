#include "serverprocess.h"

#include <QDeadlineTimer>

using namespace Qt::StringLiterals;

ServerProcess::ServerProcess()
{
    m_process.setProgram(executable());
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::executable()
{
    return QStringLiteral(HANDBOOK_SERVER_PATH);
}

ServerProcess::Result ServerProcess::run(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(executable(), arguments);
    Result result;
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}

QString ServerProcess::databaseArgument() const
{
    return u"sqlite:"_s + m_dir.filePath(u"server.db"_s);
}

bool ServerProcess::start(QString *error, const QStringList &extraArguments, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const Result init = run({ u"init"_s, u"--db"_s, databaseArgument() }, timeoutMs);
    if (!init.finished || init.exitCode != 0) {
        *error = u"init failed: "_s + QString::fromUtf8(init.standardError);
        return false;
    }
    m_process.setArguments(
        QStringList { u"serve"_s, u"--db"_s, databaseArgument(), u"--listen"_s, u"127.0.0.1:0"_s }
        + extraArguments);
    m_process.start();
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            *error = u"no \"listening on\" line from the server; stderr: "_s
                + QString::fromUtf8(standardError());
            stop();
            return false;
        }
    }
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    const QLatin1StringView prefix("listening on ");
    m_baseUrl = QUrl(line.mid(prefix.size()), QUrl::StrictMode);
    if (!line.startsWith(prefix) || !m_baseUrl.isValid() || m_baseUrl.port() <= 0) {
        *error = u"unexpected first line from the server: "_s + line;
        stop();
        return false;
    }
    return true;
}

int ServerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QByteArray ServerProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}
