// `handbook-server device list|revoke ...` (DESIGN.md section 6): the devices signed in to
// accounts, and revoking one (a lost phone): its next request answers device_revoked with
// "wipe": true and it can never sign in again under that device id.
#pragma once

#include <QString>
#include <QStringList>

class DeviceCommand
{
public:
    // Runs with the arguments after "device"; returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);
    // This command's lines of the --help text.
    [[nodiscard]] static QString usage();

private:
    [[nodiscard]] static int list(const QStringList &arguments);
    [[nodiscard]] static int revoke(const QStringList &arguments);
};
