// Routes for pull and push (DESIGN.md section 5), plus GET /v1/documents/<id>: a document
// with its body and attachments, for restricted documents fetched on demand (extension).
#pragma once

#include "mutations/mutationhandler.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <memory>

class ApiServer;
class LivePulls;
class ServerDatabase;

class SyncApi
{
public:
    explicit SyncApi(ServerDatabase &database);
    ~SyncApi();
    // Adds this area's routes to the server.
    void registerRoutes(ApiServer &server);
    // Every push mutation the server knows.
    [[nodiscard]] const MutationTable &mutations() const { return m_mutations; }

private:
    // GET /v1/sync/pull, with the live pull's `wait` (DESIGN.md 8.7).
    void pull(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    ServerDatabase &m_database;
    MutationTable m_mutations;
    ApiServer *m_server = nullptr;
    std::unique_ptr<LivePulls> m_livePulls; // made at the first held pull (limits are set)
};
