#include "writereadrace.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

WriteReadRace::WriteReadRace(QList<QUrl> servers)
    : m_servers(std::move(servers))
{ }

WriteReadRace::~WriteReadRace() = default;

void WriteReadRace::addWriter(
    std::unique_ptr<AsyncDevice> device, int server, int count, MakeMutation make)
{
    auto writer = std::make_unique<Writer>();
    writer->device = std::move(device);
    writer->server = m_servers.at(server % m_servers.size());
    writer->count = count;
    writer->make = std::move(make);
    m_writers.push_back(std::move(writer));
}

void WriteReadRace::addReader(std::unique_ptr<AsyncDevice> device, PagedReplica start, int limit)
{
    auto reader = std::make_unique<Reader>();
    reader->device = std::move(device);
    reader->replica = std::move(start);
    reader->limit = limit;
    m_readers.push_back(std::move(reader));
}

int WriteReadRace::pushes() const
{
    int sent = 0;
    for (const auto &writer : m_writers)
        sent += writer->sent;
    return sent;
}

bool WriteReadRace::run(int timeoutMs, int maxPages)
{
    QEventLoop loop;
    m_loop = &loop;
    m_pagesLeft = maxPages;
    for (const auto &writer : m_writers)
        write(*writer);
    for (const auto &reader : m_readers)
        read(*reader);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    m_loop = nullptr;
    return writersDone()
        && std::all_of(m_readers.begin(), m_readers.end(), [](const auto &r) { return r->done; });
}

bool WriteReadRace::writersDone() const
{
    return std::all_of(m_writers.begin(), m_writers.end(), [](const auto &w) { return w->done; });
}

void WriteReadRace::endIfDone()
{
    if (m_loop && writersDone()
        && std::all_of(m_readers.begin(), m_readers.end(), [](const auto &r) { return r->done; }))
        m_loop->quit();
}

void WriteReadRace::write(Writer &writer)
{
    if (writer.sent == writer.count) {
        writer.done = true;
        return endIfDone();
    }
    const auto [name, args] = writer.make(writer.sent++);
    AsyncDevice &device = *writer.device;
    QNetworkReply *reply = device.send(writer.server, u"/v1/sync/push"_s, device.push(name, args));
    // The device's network is the context: nothing runs once the race is gone.
    QObject::connect(
        reply, &QNetworkReply::finished, &device.network, [this, &writer, reply, name] {
            const AsyncReply answer = AsyncDevice::take(reply);
            const QJsonObject result = answer.json.value(u"results"_s).toArray().first().toObject();
            if (answer.status != 200 || result.value(u"status"_s).toString() != u"applied") {
                m_failures << u"%1 by %2: HTTP %3 %4"_s.arg(name, writer.device->login)
                                  .arg(answer.status)
                                  .arg(QString::fromUtf8(
                                      QJsonDocument(answer.json).toJson(QJsonDocument::Compact)));
            }
            write(writer);
        });
}

void WriteReadRace::read(Reader &reader)
{
    // Only a page asked for after the last write may end the reading.
    const bool afterTheWriters = writersDone();
    AsyncDevice &device = *reader.device;
    const QString path
        = u"/v1/sync/pull?limit=%1&cursor=%2"_s.arg(reader.limit).arg(reader.replica.cursor);
    QNetworkReply *reply = device.send(m_servers.at(reader.replica.pages % m_servers.size()), path);
    QObject::connect(
        reply, &QNetworkReply::finished, &device.network, [this, &reader, reply, afterTheWriters] {
            const AsyncReply answer = AsyncDevice::take(reply);
            if (answer.status != 200 || !reader.replica.apply(answer.json)) {
                m_failures
                    << u"a pull by %1 answered %2"_s.arg(reader.device->login).arg(answer.status);
            } else if (!afterTheWriters || answer.json.value(u"has_more"_s).toBool()) {
                if (--m_pagesLeft > 0)
                    return read(reader);
                m_failures << u"the readers needed more pages than allowed"_s;
            }
            reader.done = true;
            endIfDone();
        });
}
