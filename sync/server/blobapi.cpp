#include "blobapi.h"

#include "apiserver.h"

BlobApi::BlobApi(ServerDatabase &database)
    : m_database(database)
{
}

void BlobApi::registerRoutes(ApiServer &server)
{
    Q_UNUSED(server);
}
