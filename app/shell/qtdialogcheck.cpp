#include "qtdialogcheck.h"

#include <QLoggingCategory>
#include <QQmlComponent>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcDialogs, "handbook.dialogs")

// What QQuickPlatformFileDialog (Qt 6.4) loads with the engine's file selectors (the
// style's +Material variant), after its modules' plugins have registered their resources.
const auto kFileDialogImpl
    = u"qrc:/qt-project.org/imports/QtQuick/Dialogs/quickimpl/qml/FileDialog.qml"_s;
const auto kModules
    = "import QtQuick\nimport QtQuick.Dialogs\nimport QtQuick.Dialogs.quickimpl\nQtObject {}\n"_ba;

QStringList errorStrings(const QList<QQmlError> &errors)
{
    QStringList result;
    for (const QQmlError &error : errors)
        result.append(error.toString());
    return result;
}
} // namespace

QtDialogCheck::QtDialogCheck(QObject *parent)
    : QObject(parent)
{ }

QStringList QtDialogCheck::fileDialogErrors(QQmlEngine &engine)
{
    QQmlComponent modules(&engine);
    modules.setData(kModules, QUrl(u"handbook:/qtdialogcheck.qml"_s));
    if (modules.isError())
        return errorStrings(modules.errors());
    QQmlComponent implementation(&engine, QUrl(kFileDialogImpl), QQmlComponent::PreferSynchronous);
    if (implementation.isError())
        return errorStrings(implementation.errors());
    if (!implementation.isReady())
        return { u"%1 did not load"_s.arg(kFileDialogImpl) };
    return {};
}

QString QtDialogCheck::fileDialogProblem()
{
    if (m_fileDialogProblem)
        return *m_fileDialogProblem;
    QQmlEngine *engine = qmlEngine(this);
    const QStringList errors
        = engine ? fileDialogErrors(*engine) : QStringList { u"no QML engine"_s };
    if (errors.isEmpty()) {
        m_fileDialogProblem = QString();
    } else {
        qCWarning(lcDialogs).noquote() << "Qt's file dialog cannot load:" << errors.join(u"; "_s);
        m_fileDialogProblem = tr("Không mở được hộp chọn tệp: máy này thiếu một thành phần của Qt "
                                 "(%1). Hãy cài lại ứng dụng (scripts/setup).")
                                  .arg(errors.value(0).section(u": "_s, -1));
    }
    return *m_fileDialogProblem;
}
