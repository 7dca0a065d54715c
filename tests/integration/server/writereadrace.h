// Writers push one mutation after another while readers page after their cursors, all at
// once against several server processes; it runs until the writers are done and every reader
// got a page without more to come that it asked for after the last write. Every wait is
// bounded.
#pragma once

#include "asyncdevice.h"
#include "pagedreplica.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QEventLoop;

class WriteReadRace
{
public:
    // The n-th mutation of a writer: its name and args.
    using MakeMutation = std::function<std::pair<QString, QJsonObject>(int n)>;

    explicit WriteReadRace(QList<QUrl> servers);
    ~WriteReadRace();

    // A writer pushing `count` mutations, each alone and each expected to be applied, to
    // servers[server].
    void addWriter(std::unique_ptr<AsyncDevice> device, int server, int count, MakeMutation make);
    // A reader paging with `limit` after `start` (its cursor), round robin over the servers.
    void addReader(std::unique_ptr<AsyncDevice> device, PagedReplica start, int limit);

    // Runs; false when it did not end within `timeoutMs` or the readers' `maxPages`.
    bool run(int timeoutMs, int maxPages);
    // What went wrong: pushes not applied, pulls not answered.
    [[nodiscard]] const QStringList &failures() const { return m_failures; }
    [[nodiscard]] int pushes() const;
    [[nodiscard]] int readers() const { return int(m_readers.size()); }
    [[nodiscard]] const AsyncDevice &reader(int index) const
    {
        return *m_readers.at(index)->device;
    }
    [[nodiscard]] const PagedReplica &replica(int index) const
    {
        return m_readers.at(index)->replica;
    }

private:
    struct Writer
    {
        std::unique_ptr<AsyncDevice> device;
        QUrl server;
        int count = 0;
        MakeMutation make;
        int sent = 0;
        bool done = false;
    };
    struct Reader
    {
        std::unique_ptr<AsyncDevice> device;
        PagedReplica replica;
        int limit = 5;
        bool done = false;
    };

    void write(Writer &writer);
    void read(Reader &reader);
    [[nodiscard]] bool writersDone() const;
    void endIfDone();

    QList<QUrl> m_servers;
    std::vector<std::unique_ptr<Writer>> m_writers;
    std::vector<std::unique_ptr<Reader>> m_readers;
    QStringList m_failures;
    QEventLoop *m_loop = nullptr;
    int m_pagesLeft = 0;
};
