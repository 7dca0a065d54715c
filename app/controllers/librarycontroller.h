// The library screen: every document on this device, newest first, with unread markers;
// and search as you type (diacritic-insensitive, prefix, highlighted snippets).
#pragma once

#include "documentlistmodel.h"
#include "searchresultmodel.h"
#include "sessioncontroller.h"

#include <QVariantList>

class LibraryController : public SessionController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DocumentListModel *documents READ documents CONSTANT)
    Q_PROPERTY(SearchResultModel *results READ results CONSTANT)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(bool searching READ searching NOTIFY searchTextChanged)
    // Only documents of this kind (list and search); empty = every kind.
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    // The kinds on this device for a picker: [{kind, label}], "every kind" first.
    Q_PROPERTY(QVariantList kindChoices READ kindChoices NOTIFY kindChoicesChanged)

public:
    static constexpr int kMaxResults = 50;

    explicit LibraryController(QObject *parent = nullptr);

    [[nodiscard]] DocumentListModel *documents() { return &m_documents; }
    [[nodiscard]] SearchResultModel *results() { return &m_results; }
    [[nodiscard]] QString searchText() const { return m_searchText; }
    // Runs the search at once (typing is fast enough on the local index).
    void setSearchText(const QString &text);
    // True when something searchable was typed: the screen shows results, not the list.
    [[nodiscard]] bool searching() const;
    [[nodiscard]] QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    [[nodiscard]] QVariantList kindChoices() const { return m_kindChoices; }

Q_SIGNALS:
    void searchTextChanged();
    void kindChanged();
    void kindChoicesChanged();

protected:
    void load(SqliteDatabase &db) override;

private:
    void search(SqliteDatabase &db);

    DocumentListModel m_documents;
    SearchResultModel m_results;
    QString m_searchText;
    QString m_kind;
    QVariantList m_kindChoices;
};
