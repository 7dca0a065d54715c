// Qt's own strings (standard buttons, the file dialog's labels) in the app's language, next to
// the app's translation: Qt's catalogs from QLibraryInfo::TranslationsPath (package
// qt6-translations-l10n: qt_<lang>.qm, else qtbase_<lang>.qm and qtdeclarative_<lang>.qm), and
// for Vietnamese, which Qt 6.4 does not translate, the app's own :/i18n/qt_vi.qm (the strings
// of the dialogs it shows).
#pragma once

#include <QString>
#include <QTranslator>
#include <memory>
#include <vector>

class QtTranslations
{
public:
    // The process's instance (installed translators live as long as the application).
    static QtTranslations &instance();

    // Removes what was installed for the previous language and installs what exists for
    // `language` ("vi", "en"). Returns the files installed.
    QStringList apply(const QString &language);

private:
    std::vector<std::unique_ptr<QTranslator>> m_installed;
};
