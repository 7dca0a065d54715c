// Logging category of the sync client ("handbook.sync"). Never log bodies, tokens or PINs.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)
