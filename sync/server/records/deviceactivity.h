// The change log of `device` rows (docs/protocol-extensions.md "Oversight, accounts and
// transfers"): a committee sees the devices of its subtree's accounts, a member their own. A
// device row changes when it signs in, is revoked, and the first time it is seen on a new UTC
// day (device_days: what "active devices" of a month counts, records/orgstatistics.h) — never
// on every request, so that an active phone does not flood its committee's pulls.
#pragma once

#include <QString>

class WriteTransaction;

class DeviceActivity
{
public:
    // Records a put of the device in its account's scope (org_id = the account's organisation,
    // owner = the account's member); nothing when there is no such device. Throws DbError.
    static void recordChange(WriteTransaction &transaction, const QString &deviceId);
    // The device was seen at `nowIso` (ISO 8601 UTC): notes its day in device_days and, when
    // that day is new for it, records its change. Returns whether the day was new; throws
    // DbError.
    static bool noteSeen(
        WriteTransaction &transaction, const QString &deviceId, const QString &nowIso);
    // The device signed in at `nowIso`: notes the day and always records its change.
    static void signedIn(
        WriteTransaction &transaction, const QString &deviceId, const QString &nowIso);
};
