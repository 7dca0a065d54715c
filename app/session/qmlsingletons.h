// QML singletons for objects the composition root (main.cpp) owns: each wrapper names a
// C++ type in QML and hands the engine the one instance main.cpp set, without a global
// instance() inside the logic.
#pragma once

#include "accountcontroller.h"
#include "appsettings.h"
#include "vaultsession.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

// The engine calls create(); the instance stays owned by C++ (main.cpp or a test).
template<typename T> struct CppOwnedSingleton
{
    static T *create(QQmlEngine *, QJSEngine *engine)
    {
        Q_ASSERT_X(
            s_instance, T::staticMetaObject.className(), "main.cpp must call setInstance() first");
        Q_ASSERT(engine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    static void setInstance(T *instance) { s_instance = instance; }

private:
    static inline T *s_instance = nullptr;
};

// `VaultSession` in QML: the current account's vault state.
struct VaultSessionSingleton : CppOwnedSingleton<VaultSession>
{
    Q_GADGET
    QML_FOREIGN(VaultSession)
    QML_NAMED_ELEMENT(VaultSession)
    QML_SINGLETON
};

// `Account` in QML: sign-in, the screen to show, sign-out and the account's sync.
struct AccountSingleton : CppOwnedSingleton<AccountController>
{
    Q_GADGET
    QML_FOREIGN(AccountController)
    QML_NAMED_ELEMENT(Account)
    QML_SINGLETON
};

// `AppSettings` in QML: text size, language, idle lock, storage.
struct AppSettingsSingleton : CppOwnedSingleton<AppSettings>
{
    Q_GADGET
    QML_FOREIGN(AppSettings)
    QML_NAMED_ELEMENT(AppSettings)
    QML_SINGLETON
};
