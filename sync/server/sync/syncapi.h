// Routes for pull and push (DESIGN.md section 5), plus GET /v1/documents/<id>: a document
// with its body and attachments, for restricted documents fetched on demand (extension).
#pragma once

#include "mutations/mutationhandler.h"

class ApiServer;
class ServerDatabase;

class SyncApi
{
public:
    explicit SyncApi(ServerDatabase &database);
    // Adds this area's routes to the server.
    void registerRoutes(ApiServer &server);
    // Every push mutation the server knows.
    [[nodiscard]] const MutationTable &mutations() const { return m_mutations; }

private:
    ServerDatabase &m_database;
    MutationTable m_mutations;
};
