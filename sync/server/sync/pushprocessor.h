// Applies a push batch exactly once (DESIGN.md section 5, Push): the whole batch in one
// transaction, each mutation in its own savepoint, together with the device's last applied id;
// ids at or below it are answered from the stored results and not applied again; a rejection
// is consumed, never retried.
#pragma once

#include "auth/authenticateduser.h"
#include "mutations/mutationhandler.h"

#include <QJsonArray>
#include <QJsonObject>

class ServerDatabase;
class WriteTransaction;

struct PushMutation
{
    qint64 id = 0;
    QString name;
    QJsonObject args;
};

class PushProcessor
{
public:
    static constexpr int kMaxBatch = 200;

    PushProcessor(
        ServerDatabase &database, const AuthenticatedUser &user, const MutationTable &handlers);

    // Checks the request body's shape; on failure *error says what is wrong (-> 400).
    [[nodiscard]] static std::optional<QList<PushMutation>> parse(
        const QJsonObject &body, const QString &deviceId, QString *error);
    // Applies the batch and returns the wire answer; throws DbError if the database fails
    // outside a mutation's handler (then nothing of the batch is applied: it is sent again).
    [[nodiscard]] QJsonObject apply(const QList<PushMutation> &mutations);

private:
    // One stored result, written with the others of the batch in one statement at its end.
    struct StoredResult
    {
        qint64 id = 0;
        bool applied = false;
        QString errorCode;
        QString errorMessage;
    };
    // Applies one mutation newer than the device's last; its result goes to `stored`.
    [[nodiscard]] QJsonObject applyOne(
        WriteTransaction &tx, const PushMutation &mutation, QList<StoredResult> *stored);
    // The answer stored for a mutation consumed before (a batch sent again).
    [[nodiscard]] QJsonObject replay(WriteTransaction &tx, qint64 id);
    void store(WriteTransaction &tx, const QList<StoredResult> &stored, qint64 last);

    ServerDatabase &m_database;
    AuthenticatedUser m_user;
    const MutationTable &m_handlers;
};
