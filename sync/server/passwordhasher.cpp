#include "passwordhasher.h"

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
} // namespace

QString PasswordHasher::hash(const QString &password)
{
    if (!ready())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), size_t(utf8.size()), kOps, kMem) != 0)
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

QString PasswordHasher::weakness(const QString &password)
{
    if (password.size() < 8)
        return u"the password must have at least 8 characters"_s;
    bool allDigits = true;
    for (const QChar c : password)
        allDigits = allDigits && c.isDigit();
    if (allDigits)
        return u"the password must not be only digits"_s;
    return {};
}
