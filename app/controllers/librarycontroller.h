// The library screen: every document on this device, newest first, with unread markers;
// and search as you type (diacritic-insensitive, prefix, highlighted snippets: the first
// screen's with the search, the others as the list shows them). Both are narrowed by kind,
// year, issuing level and "bookmarked only".
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
    // Only documents issued in this year (list and search); 0 = every year.
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY yearChanged)
    // The years on this device: [{year, label}], "every year" (0) first, then newest first.
    Q_PROPERTY(QVariantList yearChoices READ yearChoices NOTIFY yearChoicesChanged)
    // Only documents issued at this level (organization kind: province, district,
    // grassroots, cell); empty = every level.
    Q_PROPERTY(QString level READ level WRITE setLevel NOTIFY levelChanged)
    // The issuing levels on this device: [{level, label}], "every level" first.
    Q_PROPERTY(QVariantList levelChoices READ levelChoices NOTIFY levelChoicesChanged)
    // Only the documents I bookmarked (list and search).
    Q_PROPERTY(bool bookmarkedOnly READ bookmarkedOnly WRITE setBookmarkedOnly NOTIFY
            bookmarkedOnlyChanged)

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
    [[nodiscard]] int year() const { return m_year; }
    void setYear(int year);
    [[nodiscard]] QVariantList yearChoices() const { return m_yearChoices; }
    [[nodiscard]] QString level() const { return m_level; }
    void setLevel(const QString &level);
    [[nodiscard]] QVariantList levelChoices() const { return m_levelChoices; }
    [[nodiscard]] bool bookmarkedOnly() const { return m_bookmarkedOnly; }
    void setBookmarkedOnly(bool only);

Q_SIGNALS:
    void searchTextChanged();
    void kindChanged();
    void kindChoicesChanged();
    void yearChanged();
    void yearChoicesChanged();
    void levelChanged();
    void levelChoicesChanged();
    void bookmarkedOnlyChanged();

protected:
    void load(SqliteDatabase &db) override;
    // A long list (and search results): it reads again when shown.
    [[nodiscard]] bool reloadsOnDataChange() const override { return false; }

private:
    void search(SqliteDatabase &db);
    // Rebuilds the pickers' choices from what is on the device; a chosen kind, year or level
    // no longer there goes back to "every", so a picker never shows "every" over a narrowed
    // list (or nothing at all).
    void updateChoices(SqliteDatabase &db);

    DocumentListModel m_documents;
    SearchResultModel m_results;
    QString m_searchText;
    QString m_kind;
    QVariantList m_kindChoices;
    int m_year = 0;
    QVariantList m_yearChoices;
    QString m_level;
    QVariantList m_levelChoices;
    bool m_bookmarkedOnly = false;
};
