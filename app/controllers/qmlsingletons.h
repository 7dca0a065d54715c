// QML singletons for objects the composition root (main.cpp) owns: each wrapper names a
// C++ type in QML and hands the engine the one instance main.cpp set, without a global
// instance() inside the logic.
#pragma once

#include "vaultsession.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

// `VaultSession` in QML: the current account's vault state.
struct VaultSessionSingleton
{
    Q_GADGET
    QML_FOREIGN(VaultSession)
    QML_NAMED_ELEMENT(VaultSession)
    QML_SINGLETON

public:
    // Called by the engine; the instance stays owned by C++.
    static VaultSession *create(QQmlEngine *, QJSEngine *engine)
    {
        Q_ASSERT_X(s_instance, "VaultSession", "main.cpp must call setInstance() first");
        Q_ASSERT(engine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    static void setInstance(VaultSession *session) { s_instance = session; }

private:
    static inline VaultSession *s_instance = nullptr;
};
