#include "authapi.h"

#include "apiserver.h"

AuthApi::AuthApi(ServerDatabase &database)
    : m_database(database)
{
}

void AuthApi::registerRoutes(ApiServer &server)
{
    Q_UNUSED(server);
}
