// Routes for pull and push (DESIGN.md section 5).
#pragma once

class ApiServer;
class ServerDatabase;

class SyncApi
{
public:
    explicit SyncApi(ServerDatabase &database);
    // Adds this area's routes to the server.
    void registerRoutes(ApiServer &server);

private:
    ServerDatabase &m_database;
};
