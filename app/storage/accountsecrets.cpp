#include "accountsecrets.h"

#include "mutationnames.h"
#include "pushreply.h"
#include "sqlitedatabase.h"
#include "wirevalues.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

AccountSecrets::AccountSecrets(SqliteDatabase &db)
    : m_db(db)
{ }

int AccountSecrets::record(const PushReply &reply, const QDateTime &now)
{
    Statement mutation(m_db, "SELECT name, args FROM outbox WHERE id = ?1");
    Statement owner(
        m_db, "SELECT id FROM members WHERE json_extract(data, '$.account.user_id') = ?1 LIMIT 1");
    Statement insert(m_db,
        "INSERT INTO account_secrets(mutation_id, member_id, user_id, login, "
        "temporary_password, received_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT(mutation_id) DO NOTHING");
    int written = 0;
    for (const WireMutationResult &result : reply.results) {
        if (!result.applied || result.id > reply.lastMutationId)
            continue;
        mutation.reset();
        mutation.bind(1, result.id);
        if (!mutation.step())
            continue;
        const QString name = mutation.text(0);
        if (name != Protocol::Mutation::AccountCreate
            && name != Protocol::Mutation::AccountResetPassword)
            continue;
        const QJsonObject args = QJsonDocument::fromJson(mutation.text(1).toUtf8()).object();
        const QJsonObject &data = result.data;
        QString userId = data.value(Protocol::ResultData::UserId).toString();
        if (userId.isEmpty())
            userId = args.value(Protocol::ResultData::UserId).toString();
        QString login = data.value(Protocol::ResultData::Login).toString();
        if (login.isEmpty())
            login = args.value(Protocol::ResultData::Login).toString();
        // The member: account.create names it; a reset names only the account (the server
        // refuses unknown arguments), whose member row carries it in `account`.
        QString memberId = args.value(u"member_id"_s).toString();
        if (memberId.isEmpty() && !userId.isEmpty()) {
            owner.reset();
            owner.bind(1, userId);
            if (owner.step())
                memberId = owner.text(0);
        }
        insert.reset();
        insert.bind(1, result.id).bind(2, memberId).bind(3, userId).bind(4, login);
        // Empty, not null, when the answer was lost (the column is NOT NULL).
        insert.bind(5, data.value(Protocol::ResultData::TemporaryPassword).toString(u""_s));
        insert.bind(6, now.toUTC().toString(Qt::ISODateWithMs));
        insert.exec();
        written += m_db.changes();
    }
    return written;
}

QList<AccountSecret> AccountSecrets::all()
{
    Statement query(m_db,
        "SELECT mutation_id, member_id, user_id, login, temporary_password, received_at "
        "FROM account_secrets ORDER BY mutation_id DESC");
    QList<AccountSecret> secrets;
    while (query.step()) {
        secrets << AccountSecret { query.integer(0), query.text(1), query.text(2), query.text(3),
            query.text(4), QDateTime::fromString(query.text(5), Qt::ISODateWithMs) };
    }
    return secrets;
}

void AccountSecrets::dismiss(qint64 mutationId)
{
    Statement remove(m_db, "DELETE FROM account_secrets WHERE mutation_id = ?1");
    remove.bind(1, mutationId).exec();
}
