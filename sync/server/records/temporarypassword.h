// A temporary password made by the server (the demo's accounts; account.create and
// account.reset_password from a committee's app): drawn from libsodium's CSPRNG, never
// derived from anything else, so that no two installs or accounts share one.
#pragma once

#include <QString>

class TemporaryPassword
{
public:
    // Four groups of four from 54 unambiguous characters ("abcd-EFGH-2345-..."): about 92
    // bits, easy to read off a slip and type on a phone. Aborts when libsodium cannot start.
    [[nodiscard]] static QString generate();
};
