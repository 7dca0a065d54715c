// The usual folders a secretary picks a file from, for the app's own file picker
// (ChooseFilePage): Documents, Downloads and the home folder, each only when it exists, and
// the folder the picker opens first. Plus the names the picker shows for a folder.
#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class FilePlaces : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // file: URLs; empty when the folder does not exist (or is the home folder itself).
    Q_PROPERTY(QUrl documents READ documents CONSTANT)
    Q_PROPERTY(QUrl downloads READ downloads CONSTANT)
    Q_PROPERTY(QUrl home READ home CONSTANT)
    // Where the picker opens: Documents, else Downloads, else home.
    Q_PROPERTY(QUrl start READ start CONSTANT)

public:
    explicit FilePlaces(QObject *parent = nullptr);

    [[nodiscard]] QUrl documents() const { return m_documents; }
    [[nodiscard]] QUrl downloads() const { return m_downloads; }
    [[nodiscard]] QUrl home() const { return m_home; }
    [[nodiscard]] QUrl start() const;

    // The folder's own name ("Tài liệu" for Documents, "/" for the root), for a heading.
    Q_INVOKABLE QString folderName(const QUrl &folder) const;
    // The folder's full path as the system writes it ("/home/an/Tài liệu").
    Q_INVOKABLE static QString pathText(const QUrl &folder);
    // The folder a file or folder is in; empty for the root.
    Q_INVOKABLE static QUrl folderOf(const QUrl &file);
    // Whether two folder URLs name the same folder (a trailing "/" or "." aside).
    Q_INVOKABLE static bool sameFolder(const QUrl &a, const QUrl &b);

private:
    QUrl m_documents;
    QUrl m_downloads;
    QUrl m_home;
};
