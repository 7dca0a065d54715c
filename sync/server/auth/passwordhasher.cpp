#include "auth/passwordhasher.h"

#include "http/serverlog.h"

#include <QFile>
#include <QSet>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {
// Interactive cost: 2 passes over 64 MiB, about 0.1 s a login on one core.
constexpr unsigned long long kOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMem = crypto_pwhash_MEMLIMIT_INTERACTIVE;

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QSet<QString> loadCommonPasswords()
{
    QSet<QString> passwords;
    QFile file(u":/server/common-passwords.txt"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcServer) << "the list of common passwords is missing from this build";
        return passwords;
    }
    passwords.reserve(12000);
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            passwords.insert(line);
    }
    return passwords;
}

// Only letters and digits: "dangvien.a1" is found in "Dangvien_A1!" too.
QString lettersAndDigits(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}
} // namespace

QString PasswordHasher::hash(const QString &password, Cost cost)
{
    if (!ready())
        return {};
    const QByteArray utf8 = password.toUtf8();
    const bool published = cost == Cost::Published;
    const unsigned long long ops = published ? crypto_pwhash_OPSLIMIT_MIN : kOps;
    const size_t mem = published ? crypto_pwhash_MEMLIMIT_MIN : kMem;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), size_t(utf8.size()), ops, mem) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    if (!ready() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

QString PasswordHasher::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'\u0111' || c == u'\u0110') // đ, Đ: no decomposition
            out += u'd';
        else
            out += c.toLower();
    }
    return out;
}

bool PasswordHasher::isCommon(const QString &password)
{
    static const QSet<QString> common = loadCommonPasswords();
    return common.contains(fold(password));
}

QString PasswordHasher::weakness(const QString &password, const QString &login)
{
    if (password.size() < 8)
        return u"the password must have at least 8 characters"_s;
    bool allDigits = true;
    for (const QChar c : password)
        allDigits = allDigits && c.isDigit();
    if (allDigits)
        return u"the password must not be only digits"_s;
    const QString foldedLogin = fold(login.trimmed());
    if (foldedLogin.size() >= MinLoginLengthToRefuse) {
        const QString folded = fold(password);
        const QString bareLogin = lettersAndDigits(foldedLogin);
        if (folded.contains(foldedLogin)
            || (bareLogin.size() >= MinLoginLengthToRefuse
                && lettersAndDigits(folded).contains(bareLogin)))
            return u"the password must not contain the login"_s;
    }
    if (isCommon(password))
        return u"the password is one of the most common passwords; choose another"_s;
    return {};
}
