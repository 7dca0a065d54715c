// After the load: does the server hold every mutation the clients saw acknowledged exactly
// once, and nothing they did not send? Compared, device by device, with the database:
// mutation_results (one row per acknowledged id, same status, none for ids never sent),
// devices.last_mutation_id, and the rows the mutations made (notes and feedback by id and text,
// read receipts by member and document; the change log holds one entry per note).
#pragma once

#include "simulatedclient.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <memory>
#include <vector>

class ExactlyOnceCheck
{
public:
    struct Result
    {
        qint64 devices = 0;
        qint64 sent = 0; // mutations sent
        qint64 acknowledged = 0; // ... whose answer came
        qint64 applied = 0; // ... of which the server applied
        qint64 rejected = 0;
        qint64 resultsFound = 0; // mutation_results rows of these devices
        qint64 notes = 0; // rows found for applied note.put
        qint64 feedback = 0;
        qint64 receipts = 0;
        qint64 inDoubt = 0; // sent, never acknowledged (still in an outbox)
        QStringList problems; // the first of each kind, with counts
        [[nodiscard]] bool ok() const { return problems.isEmpty(); }
    };

    [[nodiscard]] static Result run(
        const QSqlDatabase &db, const std::vector<std::unique_ptr<SimulatedClient>> &clients);
};
