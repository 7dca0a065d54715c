#include "handbookapp.h"

#include "pdfimageprovider.h"
#include "qmlsingletons.h"
#include "qttranslations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQuickStyle>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace {
const auto kMainQml = u"qrc:/Handbook/Main.qml"_s;
} // namespace

HandbookApp::HandbookApp(Options options)
{
    Vault::Options vaultOptions;
    vaultOptions.accountDir = VaultSession::accountDirForDataDir(options.dataDir);
    vaultOptions.kdf = options.kdf;
    vaultOptions.clock = options.clock;
    m_session = std::make_unique<VaultSession>(vaultOptions);
    VaultSessionSingleton::setInstance(m_session.get());
    m_account = std::make_unique<AccountController>(m_session.get(), options.dataDir, options.kdf);
    AccountSingleton::setInstance(m_account.get());
    if (!options.defaultServer.isEmpty())
        m_account->setDefaultServer(options.defaultServer);
    m_account->setTlsProfile(options.tlsProfile);
    m_account->setRootKey(options.rootKey);
    m_settings = std::make_unique<AppSettings>(options.dataDir);
    m_settings->setVaultSession(m_session.get());
    AppSettingsSingleton::setInstance(m_settings.get());

    // Once per process, before the first QML that imports the controls.
    if (QQuickStyle::name() != u"Material")
        QQuickStyle::setStyle(u"Material"_s);
    // The module lives at :/Handbook (RESOURCE_PREFIX /); Qt 6.4 does not search qrc:/ itself.
    m_engine.addImportPath(u"qrc:/"_s);
    // QML never reaches the network itself (see OfflineNetworkFactory).
    m_engine.setNetworkAccessManagerFactory(&m_networkFactory);
    // PDF attachments: pages rendered from the vault (or memory) as image://pdfpage/...
    PdfImageProvider::install(m_engine, m_session.get());

    m_settings->setLanguageApplier([this](const QString &language) {
        return applyLanguage(m_translator, m_engine, language, &m_error);
    });
    applyLanguage(m_translator, m_engine,
        options.language.isEmpty() ? m_settings->language() : options.language, &m_error);
    if (options.textScale)
        m_settings->overrideTextScale(*options.textScale);
    m_idleLock = std::make_unique<IdleLock>(m_session.get(), m_settings.get());
}

HandbookApp::~HandbookApp()
{
    // The engine's objects refer to the singletons: the UI goes first.
    m_engine.clearComponentCache();
    const auto roots = m_engine.rootObjects();
    for (QObject *root : roots)
        delete root;
    m_idleLock.reset();
    AccountSingleton::setInstance(nullptr);
    AppSettingsSingleton::setInstance(nullptr);
}

QQuickWindow *HandbookApp::load()
{
    m_engine.load(QUrl(kMainQml));
    auto *window = m_engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
    if (!window && m_error.isEmpty())
        m_error = u"Main.qml did not create a window"_s;
    return window;
}

bool HandbookApp::applyLanguage(
    QTranslator &translator, QQmlEngine &engine, const QString &language, QString *error)
{
    QCoreApplication::removeTranslator(&translator);
    // Qt's own strings (standard dialogs' buttons) in the same language.
    QtTranslations::instance().apply(language == u"en" ? language : u"vi"_s);
    if (language == u"en") {
        if (!translator.load(u":/i18n/handbook_en.qm"_s)) {
            if (error)
                *error = u"English translation missing"_s;
            return false;
        }
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    } else {
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    }
    engine.retranslate();
    return true;
}
