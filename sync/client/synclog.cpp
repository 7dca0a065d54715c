#include "synclog.h"

Q_LOGGING_CATEGORY(lcSync, "handbook.sync", QtInfoMsg)
