#include "records/temporarypassword.h"

#include <QtGlobal>

#include <sodium.h>

QString TemporaryPassword::generate()
{
    // sodium_init() is idempotent and thread-safe; without it randombytes may be unseeded.
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    static constexpr QStringView alphabet
        = u"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString text;
    for (int group = 0; group < 4; ++group) {
        if (group > 0)
            text += u'-';
        for (int i = 0; i < 4; ++i)
            text += alphabet.at(qsizetype(randombytes_uniform(uint32_t(alphabet.size()))));
    }
    return text;
}
