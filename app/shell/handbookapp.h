// The composition root of the GUI app, shared by main.cpp and the end-to-end UI test: the
// vault session of the current account, the account (sign-in, sync), the settings, the idle
// lock, the translation and the QML engine with the Handbook module — wired as the user
// gets them. load() shows Main.qml.
#pragma once

#include "accountcontroller.h"
#include "appsettings.h"
#include "idlelock.h"
#include "offlinenetworkfactory.h"
#include "vaultsession.h"

#include <QQmlApplicationEngine>
#include <QTranslator>
#include <memory>
#include <optional>

class QQuickWindow;

class HandbookApp
{
public:
    struct Options
    {
        QString dataDir; // holds current-account, accounts/ and settings.ini
        KdfParams kdf = KdfParams::standard(); // of vaults created by signing in
        Vault::Clock clock; // the vault's clock (screenshots move it); system clock if empty
        QString language; // "vi" or "en" for this run; empty = the saved setting
        std::optional<double> textScale; // for this run; unset = the saved setting
        QString defaultServer; // suggested on the sign-in page
        // What to trust for the server's certificate (--ca/--pin-sha256); unset: the
        // account's stored profile, else the shipped one (AccountController::setTlsProfile).
        std::optional<TlsProfile> tlsProfile;
        QString rootKey; // --root-key: the province root key a sign-in pins (base64)
    };

    // Needs a QGuiApplication. Check error() before using the app.
    explicit HandbookApp(Options options);
    ~HandbookApp();
    HandbookApp(const HandbookApp &) = delete;
    HandbookApp &operator=(const HandbookApp &) = delete;

    // Why the app cannot run (e.g. the English translation is missing); empty when fine.
    [[nodiscard]] QString error() const { return m_error; }

    // Loads Main.qml; the window, or null (with error()) when it failed.
    QQuickWindow *load();

    [[nodiscard]] QQmlApplicationEngine &engine() { return m_engine; }
    [[nodiscard]] VaultSession &session() { return *m_session; }
    [[nodiscard]] AccountController &account() { return *m_account; }
    [[nodiscard]] AppSettings &settings() { return *m_settings; }

    // Installs the English translation or none (Vietnamese is the source language), sets the
    // default locale, and re-translates what the engine shows.
    static bool applyLanguage(
        QTranslator &translator, QQmlEngine &engine, const QString &language, QString *error);

private:
    QString m_error;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<AccountController> m_account;
    std::unique_ptr<AppSettings> m_settings;
    QTranslator m_translator;
    OfflineNetworkFactory m_networkFactory; // outlives the engine that uses it
    QQmlApplicationEngine m_engine;
    std::unique_ptr<IdleLock> m_idleLock;
};
