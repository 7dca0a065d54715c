// Whether Qt's own QML implementation of a standard dialog loads. Qt Quick Dialogs (6.4)
// loads the file dialog's QML only when it is opened and crashes when that QML cannot load
// (e.g. the Qt.labs.folderlistmodel module is not installed): QML asks first and tells the
// user instead of opening it.
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>
#include <optional>

class QtDialogCheck : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QtDialogs)
    QML_SINGLETON

public:
    explicit QtDialogCheck(QObject *parent = nullptr);

    // Empty when FileDialog's implementation loads in this engine; else, for the user, why
    // the file cannot be chosen (the technical reason goes to the log). Cached per engine.
    Q_INVOKABLE QString fileDialogProblem();

    // The check itself, for an engine (also used by tests): the QML errors, empty when fine.
    [[nodiscard]] static QStringList fileDialogErrors(QQmlEngine &engine);

private:
    std::optional<QString> m_fileDialogProblem;
};
