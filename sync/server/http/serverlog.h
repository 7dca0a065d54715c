// Logging categories of the server. Never log request bodies, passwords, tokens or content.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer) // "handbook.server": start-up, shutdown, configuration
Q_DECLARE_LOGGING_CATEGORY(lcHttp) // "handbook.server.http": one line per request (debug)
Q_DECLARE_LOGGING_CATEGORY(lcDb) // "handbook.server.db": connections and migrations
