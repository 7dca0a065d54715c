#include "http/serverlog.h"

Q_LOGGING_CATEGORY(lcServer, "handbook.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "handbook.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "handbook.server.db", QtInfoMsg)
