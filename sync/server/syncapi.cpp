#include "syncapi.h"

#include "apiserver.h"

SyncApi::SyncApi(ServerDatabase &database)
    : m_database(database)
{
}

void SyncApi::registerRoutes(ApiServer &server)
{
    Q_UNUSED(server);
}
