// Routes for blob upload (PUT, chunked), HEAD and download (GET with Range) (DESIGN.md section 5).
#pragma once

class ApiServer;
class ServerDatabase;

class BlobApi
{
public:
    explicit BlobApi(ServerDatabase &database);
    // Adds this area's routes to the server.
    void registerRoutes(ApiServer &server);

private:
    ServerDatabase &m_database;
};
