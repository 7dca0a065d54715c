// Loads the demo province (DESIGN.md section 6, `handbook-server demo`) into a migrated,
// empty database in one write transaction: organisations, members, documents with their
// PDF attachments, meetings and the demo accounts, every change in the change log.
#pragma once

#include "demo/demoaccounts.h"
#include "demo/demosigners.h"
#include "publicationsignature.h"

#include <QList>
#include <QString>
#include <optional>

class ServerDatabase;

class DemoLoader
{
public:
    // The fixed seed of the demo's members, meetings and passwords.
    static constexpr quint64 Seed = 20250203;
    // The server_meta key that marks a database holding the demo province.
    static constexpr QLatin1StringView MetaKey { "demo" };

    // Whether the year of history is written (`demo --history`): Full, the default, writes
    // the past year's meetings and attendance (DemoHistory), the members' accounts and devices
    // (DemoActivity), the monthly documents and their reading (DemoReading), and counts 13
    // months of statistics; None only this month's province, for tests that need no history.
    enum class History { None, Full };

    // What was loaded.
    struct Summary
    {
        int organizations = 0;
        int members = 0;
        int documents = 0;
        int attachments = 0;
        int meetings = 0;
        int historyMeetings = 0; // past meetings of the year of history
        int memberAccounts = 0; // accounts of members without a demo login (no password)
        int devices = 0;
        int readReceipts = 0;
        QList<DemoAccount> accounts;
        QList<DemoSigner> signers; // empty when loaded without a root key
    };

    explicit DemoLoader(ServerDatabase &database);
    // Sets what load() writes of the year of history (Full unless set).
    void setHistory(History history) { m_history = history; }
    // Loads everything or nothing; nullopt with a one-line *error (also when the database
    // already holds the demo or any organisation). Throws DbError on a database failure.
    // With a root key, the demo's signers are certified by it and every document is signed
    // (DemoSigners); without one (fuzzers), the documents are unsigned.
    [[nodiscard]] std::optional<Summary> load(
        QString *error, const PublicationSignature::KeyPair &root = {});

private:
    ServerDatabase &m_database;
    History m_history = History::Full;
};
