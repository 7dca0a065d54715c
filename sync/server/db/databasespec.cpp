#include "db/databasespec.h"

#include "protocol.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString expected
    = u"expected sqlite:<path> or postgresql://user[:password]@host[:port]/dbname"_s;

std::optional<DatabaseSpec> fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return std::nullopt;
}

} // namespace

std::optional<DatabaseSpec> DatabaseSpec::parse(const QString &text, QString *error)
{
    DatabaseSpec spec;
    if (text.startsWith("sqlite:"_L1)) {
        spec.m_backend = Backend::Sqlite;
        spec.m_path = text.mid(7);
        if (spec.m_path.isEmpty())
            return fail(error, u"invalid --db: sqlite: needs a file path"_s);
        return spec;
    }
    if (!text.startsWith("postgresql://"_L1) && !text.startsWith("postgres://"_L1))
        return fail(error, u"invalid --db \"%1\": %2"_s.arg(text, expected));

    // From here on the text may hold a password: it is never echoed back.
    const QUrl url(text, QUrl::StrictMode);
    const QString name = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || url.userName().isEmpty() || name.isEmpty()
        || name.contains(u'/') || url.hasFragment())
        return fail(error, u"invalid --db postgresql URL: "_s + expected);

    spec.m_backend = Backend::PostgreSql;
    spec.m_host = url.host();
    spec.m_port = url.port(5432);
    spec.m_user = url.userName(QUrl::FullyDecoded);
    spec.m_password = url.password(QUrl::FullyDecoded);
    spec.m_databaseName = QUrl::fromPercentEncoding(name.toUtf8());

    static const QRegularExpression optionKey(u"^[a-z_]+$"_s);
    QStringList options;
    bool hasTimeout = false;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!optionKey.match(key).hasMatch() || value.isEmpty() || value.contains(u';')
            || value.contains(u' '))
            return fail(error, u"invalid --db postgresql option \"%1\""_s.arg(key));
        hasTimeout = hasTimeout || key == "connect_timeout"_L1;
        options.append(key + u'=' + value);
    }
    if (!hasTimeout) // a wrong host must fail fast, not after libpq's default of forever
        options.append(u"connect_timeout=5"_s);
    spec.m_connectOptions = options.join(u';');
    return spec;
}

QString DatabaseSpec::backendName() const
{
    return m_backend == Backend::Sqlite ? QString(Protocol::Backend::Sqlite)
                                        : QString(Protocol::Backend::PostgreSql);
}

QString DatabaseSpec::driverName() const
{
    return m_backend == Backend::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
}

QString DatabaseSpec::toDisplayString() const
{
    if (m_backend == Backend::Sqlite)
        return u"sqlite:"_s + m_path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(m_user, m_host).arg(m_port).arg(m_databaseName);
}
