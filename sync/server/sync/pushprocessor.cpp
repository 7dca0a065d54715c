#include "sync/pushprocessor.h"

#include "db/serverdatabase.h"
#include "db/sqlrunner.h"
#include "http/serverlog.h"
#include "mutations/mutationargs.h"
#include "protocol.h"
#include "records/auditlog.h"
#include "wirevalues.h"

#include <algorithm>

using namespace Qt::StringLiterals;
namespace Code = Protocol::ErrorCode;
namespace Status = Protocol::MutationStatus;

PushProcessor::PushProcessor(
    ServerDatabase &database, const AuthenticatedUser &user, const MutationTable &handlers)
    : m_database(database)
    , m_user(user)
    , m_handlers(handlers)
{ }

std::optional<QList<PushMutation>> PushProcessor::parse(
    const QJsonObject &body, const QString &deviceId, QString *error)
{
    if (!body.value(u"device_id"_s).isString()) {
        *error = u"device_id must be a string"_s;
        return std::nullopt;
    }
    if (body.value(u"device_id"_s).toString() != deviceId) {
        *error = u"device_id is not the device of this access token"_s;
        return std::nullopt;
    }
    if (!body.value(u"mutations"_s).isArray()) {
        *error = u"mutations must be an array"_s;
        return std::nullopt;
    }
    const QJsonArray array = body.value(u"mutations"_s).toArray();
    if (array.size() > kMaxBatch) {
        *error = u"at most %1 mutations per push"_s.arg(kMaxBatch);
        return std::nullopt;
    }
    QList<PushMutation> mutations;
    qint64 previous = 0;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject item = array.at(i).toObject();
        const QJsonValue id = item.value(u"id"_s);
        const double number = id.toDouble(-1);
        if (!id.isDouble() || number < 1 || number > 9007199254740991.0 || number != qint64(number)
            || !item.value(u"name"_s).isString() || !item.value(u"args"_s).isObject()) {
            *error
                = u"mutations[%1] needs an integer id >= 1, a string name and an object args"_s.arg(
                    i);
            return std::nullopt;
        }
        if (qint64(number) <= previous) {
            *error = u"mutation ids must increase strictly"_s;
            return std::nullopt;
        }
        previous = qint64(number);
        mutations << PushMutation { previous, item.value(u"name"_s).toString(),
            item.value(u"args"_s).toObject() };
    }
    return mutations;
}

QJsonObject PushProcessor::apply(const QList<PushMutation> &mutations)
{
    // One transaction, so one durable commit, per request rather than per mutation (a batch
    // of 100 used to wait for 100 disk flushes); savepoints keep each mutation on its own.
    // Writers hold the change log's lock until their commit (WriteTransaction), so every
    // round trip here is time no other push can write: the device's last id is read once
    // (the lock keeps it stable), and the results and the new last id are written once, at
    // the end, instead of three statements per mutation.
    WriteTransaction tx(m_database);
    const qint64 before = scalarSql(
        tx.db(), u"SELECT last_mutation_id FROM devices WHERE id = ?"_s, { m_user.deviceId })
                              .toLongLong();
    QJsonArray results;
    QList<StoredResult> stored;
    qint64 last = before;
    for (const PushMutation &mutation : mutations) {
        if (mutation.id <= before) {
            results.append(replay(tx, mutation.id));
            continue;
        }
        results.append(applyOne(tx, mutation, &stored));
        last = mutation.id; // ids increase strictly (parse)
    }
    store(tx, stored, last);
    tx.commit();
    return QJsonObject { { u"last_mutation_id"_s, last }, { u"results"_s, results } };
}

QJsonObject PushProcessor::replay(WriteTransaction &tx, qint64 id)
{
    // Already consumed: answer as before, apply nothing.
    QSqlQuery stored = runSql(tx.db(),
        u"SELECT status, error_code, error_message FROM mutation_results "
        "WHERE device_id = ? AND mutation_id = ?"_s,
        { m_user.deviceId, id });
    QJsonObject result { { u"id"_s, id }, { u"status"_s, Status::Applied } };
    if (stored.next() && stored.value(0).toString() == Status::Rejected) {
        result.insert(u"status"_s, Status::Rejected);
        result.insert(u"error"_s,
            QJsonObject { { u"code"_s, stored.value(1).toString() },
                { u"message"_s, stored.value(2).toString() } });
    }
    return result;
}

void PushProcessor::store(WriteTransaction &tx, const QList<StoredResult> &stored, qint64 last)
{
    if (stored.isEmpty())
        return;
    execSql(tx.db(), u"UPDATE devices SET last_mutation_id = ? WHERE id = ?"_s,
        { last, m_user.deviceId });
    // Rows in statements of at most kRowsPerInsert (a few distinct statement texts for the
    // statement cache, whatever the batch sizes).
    constexpr qsizetype kRowsPerInsert = 16;
    for (qsizetype first = 0; first < stored.size(); first += kRowsPerInsert) {
        const qsizetype count = std::min(kRowsPerInsert, stored.size() - first);
        QString sql = u"INSERT INTO mutation_results (device_id, mutation_id, status, error_code, "
                      "error_message) VALUES "_s;
        QVariantList binds;
        for (qsizetype i = first; i < first + count; ++i) {
            const StoredResult &result = stored.at(i);
            sql += i == first ? u"(?, ?, ?, ?, ?)"_s : u", (?, ?, ?, ?, ?)"_s;
            binds << m_user.deviceId << result.id
                  << QString(result.applied ? Status::Applied : Status::Rejected)
                  << textOrNull(result.errorCode) << textOrNull(result.errorMessage);
        }
        execSql(tx.db(), sql, binds);
    }
}

QJsonObject PushProcessor::applyOne(
    WriteTransaction &tx, const PushMutation &mutation, QList<StoredResult> *stored)
{
    const QSqlDatabase db = tx.db();
    MutationOutcome outcome;
    const auto handler = m_handlers.constFind(mutation.name);
    execUnprepared(db, u"SAVEPOINT mutation"_s);
    if (handler == m_handlers.cend()) {
        outcome = MutationOutcome::rejected(
            Code::UnknownMutation, u"Máy chủ không hỗ trợ thao tác này."_s);
    } else {
        MutationContext context { tx, m_user, mutation.id, QDateTime::currentDateTimeUtc() };
        try {
            // Unknown arguments are refused before the handler sees any.
            outcome = MutationArgs::unknownArguments(mutation.args, *handler);
            if (outcome.applied)
                outcome = handler->handler(context, mutation.args);
        } catch (const DbError &error) {
            qCWarning(lcServer) << "mutation" << mutation.name << "failed in the database";
            outcome = MutationOutcome::rejected(
                Code::ServerError, u"Máy chủ không lưu được thay đổi này."_s);
        }
    }
    if (!outcome.applied)
        execUnprepared(db, u"ROLLBACK TO SAVEPOINT mutation"_s);
    execUnprepared(db, u"RELEASE SAVEPOINT mutation"_s);
    if (outcome.denied || outcome.errorCode == Code::Forbidden
        || outcome.errorCode == Code::ForbiddenField) {
        AuditLog::record(db,
            AuditEntry { m_user.userId, m_user.login, u"denied"_s, u"mutation"_s, mutation.name,
                u"denied"_s, {}, outcome.errorCode });
    }
    if (!outcome.audit.action.isEmpty())
        AuditLog::record(db, outcome.audit);
    stored->append({ mutation.id, outcome.applied, outcome.errorCode, outcome.errorMessage });

    QJsonObject result { { u"id"_s, mutation.id },
        { u"status"_s, outcome.applied ? Status::Applied : Status::Rejected } };
    for (auto it = outcome.details.begin(); outcome.applied && it != outcome.details.end(); ++it)
        result.insert(it.key(), it.value());
    if (!outcome.applied)
        result.insert(u"error"_s,
            QJsonObject {
                { u"code"_s, outcome.errorCode }, { u"message"_s, outcome.errorMessage } });
    return result;
}
