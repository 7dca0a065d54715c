// Routes for login, refresh, logout, password change (DESIGN.md section 5).
#pragma once

class ApiServer;
class ServerDatabase;

class AuthApi
{
public:
    explicit AuthApi(ServerDatabase &database);
    // Adds this area's routes to the server.
    void registerRoutes(ApiServer &server);

private:
    ServerDatabase &m_database;
};
