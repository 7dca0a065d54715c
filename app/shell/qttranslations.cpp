#include "qttranslations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;

QtTranslations &QtTranslations::instance()
{
    static QtTranslations translations;
    return translations;
}

QStringList QtTranslations::apply(const QString &language)
{
    for (const auto &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
    m_installed.clear();

    QStringList loaded;
    const auto install = [&](const QString &file) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(file))
            return false;
        QCoreApplication::installTranslator(translator.get());
        loaded.append(file);
        m_installed.push_back(std::move(translator));
        return true;
    };
    const QDir qtDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // qt_<lang>.qm loads its parts (qtbase, qtdeclarative, ...) itself.
    if (!install(qtDir.filePath(u"qt_%1.qm"_s.arg(language)))) {
        install(qtDir.filePath(u"qtbase_%1.qm"_s.arg(language)));
        install(qtDir.filePath(u"qtdeclarative_%1.qm"_s.arg(language)));
    }
    // Ours last: installed last, asked first.
    install(u":/i18n/qt_%1.qm"_s.arg(language));
    return loaded;
}
