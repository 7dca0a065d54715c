#include "exactlyoncecheck.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Problems by kind: how many, and the first example.
class Problems
{
public:
    void add(const QString &kind, const QString &example)
    {
        auto &entry = m_kinds[kind];
        if (entry.first++ == 0)
            entry.second = example;
    }
    [[nodiscard]] QStringList list() const
    {
        QStringList lines;
        for (auto it = m_kinds.begin(); it != m_kinds.end(); ++it)
            lines << u"%1: %2 (first: %3)"_s.arg(it.key()).arg(it->first).arg(it->second);
        return lines;
    }

private:
    QMap<QString, std::pair<qint64, QString>> m_kinds;
};

struct Row
{
    QString member;
    QString document;
    QString text;
    int seen = 0; // mutations that account for it
};

QSqlQuery select(const QSqlDatabase &db, const QString &sql, Problems &problems)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        problems.add(u"query failed"_s, query.lastError().text());
    return query;
}

} // namespace

ExactlyOnceCheck::Result ExactlyOnceCheck::run(
    const QSqlDatabase &db, const std::vector<std::unique_ptr<SimulatedClient>> &clients)
{
    Result result;
    Problems problems;

    // Everything the server holds for the load devices and members.
    QHash<QString, QHash<qint64, QString>> results; // device -> mutation id -> status
    QSqlQuery query = select(db,
        u"SELECT device_id, mutation_id, status FROM mutation_results "
        "WHERE device_id LIKE 'load-%'"_s,
        problems);
    while (query.next()) {
        auto &device = results[query.value(0).toString()];
        const qint64 id = query.value(1).toLongLong();
        if (device.contains(id))
            problems.add(u"mutation result stored twice"_s, query.value(0).toString());
        device.insert(id, query.value(2).toString());
        ++result.resultsFound;
    }
    QHash<QString, qint64> lastIds;
    query = select(
        db, u"SELECT id, last_mutation_id FROM devices WHERE id LIKE 'load-%'"_s, problems);
    while (query.next())
        lastIds.insert(query.value(0).toString(), query.value(1).toLongLong());
    QHash<QString, Row> notes;
    query = select(db,
        u"SELECT id, member_id, document_id, text FROM notes WHERE member_id LIKE 'load-member-%'"_s,
        problems);
    while (query.next()) {
        if (notes.contains(query.value(0).toString()))
            problems.add(u"note stored twice"_s, query.value(0).toString());
        notes.insert(query.value(0).toString(),
            { query.value(1).toString(), query.value(2).toString(), query.value(3).toString() });
    }
    QHash<QString, Row> feedback;
    query = select(db,
        u"SELECT id, member_id, text FROM feedback WHERE member_id LIKE 'load-member-%'"_s,
        problems);
    while (query.next()) {
        if (feedback.contains(query.value(0).toString()))
            problems.add(u"feedback stored twice"_s, query.value(0).toString());
        feedback.insert(query.value(0).toString(),
            { query.value(1).toString(), {}, query.value(2).toString() });
    }
    QHash<QString, int> receipts; // "member document" -> rows
    query = select(db,
        u"SELECT member_id, document_id, count(*) FROM read_receipts "
        "WHERE member_id LIKE 'load-member-%' GROUP BY member_id, document_id"_s,
        problems);
    while (query.next())
        receipts.insert(
            query.value(0).toString() + u' ' + query.value(1).toString(), query.value(2).toInt());
    QHash<QString, int> noteChanges;
    query = select(db,
        u"SELECT c.entity_id, count(*) FROM changes c JOIN notes n ON n.id = c.entity_id "
        "WHERE c.type = 'note' AND n.member_id LIKE 'load-member-%' GROUP BY c.entity_id"_s,
        problems);
    while (query.next())
        noteChanges.insert(query.value(0).toString(), query.value(1).toInt());
    QSet<QString> receiptsSent;

    // Every mutation each client sent, against what is stored.
    for (const auto &client : clients) {
        if (!client->signedIn())
            continue;
        ++result.devices;
        const QString device = client->deviceId();
        const QString member = client->account().memberId;
        const QHash<qint64, QString> stored = results.value(device);
        const QHash<qint64, QString> &acks = client->acknowledged();
        qint64 lastAcknowledged = 0;
        qint64 lastSent = 0;
        QSet<qint64> sentIds;
        for (const SimulatedClient::Mutation &mutation : client->sent()) {
            ++result.sent;
            sentIds.insert(mutation.id);
            lastSent = std::max(lastSent, mutation.id);
            const auto ack = acks.constFind(mutation.id);
            const bool acknowledged = ack != acks.cend();
            const QString where = u"%1 #%2 %3"_s.arg(device).arg(mutation.id).arg(mutation.name);
            if (!acknowledged) {
                ++result.inDoubt;
            } else {
                ++result.acknowledged;
                lastAcknowledged = std::max(lastAcknowledged, mutation.id);
                if (!stored.contains(mutation.id))
                    problems.add(u"acknowledged mutation without a stored result"_s, where);
                else if (stored.value(mutation.id) != *ack)
                    problems.add(u"stored result differs from the answer"_s, where);
                if (*ack == u"applied")
                    ++result.applied;
                else
                    ++result.rejected;
            }
            // The rows of applied mutations (an in-doubt one may be there or not).
            const bool applied = stored.value(mutation.id) == u"applied";
            if (acknowledged && *ack != u"applied")
                problems.add(u"mutation rejected"_s, where);
            if (mutation.name == u"note.put") {
                const auto row = notes.find(mutation.rowId);
                if (row != notes.end()) {
                    ++row->seen;
                    if (row->text != mutation.text || row->member != member
                        || row->document != mutation.documentId)
                        problems.add(u"note differs from what was sent"_s, where);
                    if (noteChanges.value(mutation.rowId) != 1)
                        problems.add(u"note without exactly one change log entry"_s, where);
                } else if (applied) {
                    problems.add(u"applied note missing"_s, where);
                }
            } else if (mutation.name == u"feedback.post") {
                const auto row = feedback.find(mutation.rowId);
                if (row != feedback.end()) {
                    ++row->seen;
                    if (row->text != mutation.text || row->member != member)
                        problems.add(u"feedback differs from what was sent"_s, where);
                } else if (applied) {
                    problems.add(u"applied feedback missing"_s, where);
                }
            } else if (mutation.name == u"document.read") {
                const QString key = member + u' ' + mutation.documentId;
                receiptsSent.insert(key);
                const int rows = receipts.value(key);
                if (rows > 1)
                    problems.add(u"read receipt stored twice"_s, where);
                else if (rows == 0 && applied)
                    problems.add(u"applied read receipt missing"_s, where);
            }
        }
        for (auto it = stored.begin(); it != stored.end(); ++it) {
            if (!sentIds.contains(it.key()))
                problems.add(u"stored result for a mutation never sent"_s,
                    u"%1 #%2"_s.arg(device).arg(it.key()));
        }
        const qint64 last = lastIds.value(device, -1);
        if (last < lastAcknowledged || last > lastSent)
            problems.add(u"last_mutation_id outside what was acknowledged and sent"_s,
                u"%1: %2, acknowledged up to %3, sent up to %4"_s.arg(device)
                    .arg(last)
                    .arg(lastAcknowledged)
                    .arg(lastSent));
    }

    // Nothing stored that no mutation accounts for, nothing twice.
    for (auto it = notes.begin(); it != notes.end(); ++it) {
        if (it->seen == 0)
            problems.add(u"note no mutation sent"_s, it.key());
        else if (it->seen > 1)
            problems.add(u"note id sent twice"_s, it.key());
        ++result.notes;
    }
    for (auto it = feedback.begin(); it != feedback.end(); ++it) {
        if (it->seen == 0)
            problems.add(u"feedback no mutation sent"_s, it.key());
        else if (it->seen > 1)
            problems.add(u"feedback id sent twice"_s, it.key());
        ++result.feedback;
    }
    for (auto it = receipts.begin(); it != receipts.end(); ++it) {
        if (!receiptsSent.contains(it.key()))
            problems.add(u"read receipt no mutation sent"_s, it.key());
        result.receipts += it.value();
    }
    result.problems = problems.list();
    return result;
}
