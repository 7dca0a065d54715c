#include "librarycontroller.h"

#include "documentcatalog.h"
#include "documentkind.h"
#include "orglevel.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

LibraryController::LibraryController(QObject *parent)
    : SessionController(parent)
{ }

void LibraryController::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    Q_EMIT searchTextChanged();
    if (!withDatabase([this](SqliteDatabase &db) { search(db); }))
        m_results.setHits({});
}

bool LibraryController::searching() const
{
    return !SearchIndex::toMatchExpression(m_searchText).isEmpty();
}

void LibraryController::setKind(const QString &kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    Q_EMIT kindChanged();
    reload();
}

void LibraryController::setYear(int year)
{
    if (m_year == year)
        return;
    m_year = year;
    Q_EMIT yearChanged();
    reload();
}

void LibraryController::setLevel(const QString &level)
{
    if (m_level == level)
        return;
    m_level = level;
    Q_EMIT levelChanged();
    reload();
}

void LibraryController::setBookmarkedOnly(bool only)
{
    if (m_bookmarkedOnly == only)
        return;
    m_bookmarkedOnly = only;
    Q_EMIT bookmarkedOnlyChanged();
    reload();
}

void LibraryController::updateChoices(SqliteDatabase &db)
{
    DocumentCatalog catalog(db);

    const QStringList kinds = catalog.kinds();
    QVariantList kindChoices { QVariantMap {
        { u"kind"_s, QString() }, { u"label"_s, tr("Mọi loại tài liệu") } } };
    for (const QString &kind : kinds)
        kindChoices.append(
            QVariantMap { { u"kind"_s, kind }, { u"label"_s, DocumentKind::label(kind) } });
    if (kindChoices != m_kindChoices) {
        m_kindChoices = kindChoices;
        Q_EMIT kindChoicesChanged();
    }
    if (!m_kind.isEmpty() && !kinds.contains(m_kind)) {
        m_kind.clear();
        Q_EMIT kindChanged();
    }

    const QList<int> years = catalog.years();
    QVariantList yearChoices { QVariantMap { { u"year"_s, 0 }, { u"label"_s, tr("Mọi năm") } } };
    for (const int year : years)
        yearChoices.append(QVariantMap {
            { u"year"_s, year }, { u"label"_s, tr("Năm %1").arg(QString::number(year)) } });
    if (yearChoices != m_yearChoices) {
        m_yearChoices = yearChoices;
        Q_EMIT yearChoicesChanged();
    }
    if (m_year != 0 && !years.contains(m_year)) {
        m_year = 0;
        Q_EMIT yearChanged();
    }

    const QStringList levels = catalog.issuerLevels();
    QVariantList levelChoices { QVariantMap {
        { u"level"_s, QString() }, { u"label"_s, tr("Mọi cấp ban hành") } } };
    for (const QString &level : levels)
        levelChoices.append(
            QVariantMap { { u"level"_s, level }, { u"label"_s, OrgLevel::label(level) } });
    if (levelChoices != m_levelChoices) {
        m_levelChoices = levelChoices;
        Q_EMIT levelChoicesChanged();
    }
    if (!m_level.isEmpty() && !levels.contains(m_level)) {
        m_level.clear();
        Q_EMIT levelChanged();
    }
}

void LibraryController::load(SqliteDatabase &db)
{
    updateChoices(db);
    DocumentFilter filter;
    filter.kind = m_kind;
    filter.year = m_year;
    filter.issuerLevel = m_level;
    filter.bookmarkedOnly = m_bookmarkedOnly;
    m_documents.setDocuments(DocumentCatalog(db).newestDocuments(filter));
    search(db);
}

void LibraryController::search(SqliteDatabase &db)
{
    SearchFilter filter;
    filter.kind = m_kind;
    filter.year = m_year;
    filter.issuerLevel = m_level;
    filter.bookmarkedOnly = m_bookmarkedOnly;
    if (!searching()) {
        m_results.setHits({});
        return;
    }
    // The first screen complete now (title marks, snippets, signers), the other rows when the
    // list shows them: a snippet costs FTS5 a tokenization of the whole document, title marks
    // a read of its index row, the signer a parse of its JSON, and this runs as the member
    // types. The provider reads through withDatabase(), so it does nothing while the vault is
    // locked; a new search replaces it (with the model's pending work).
    const QString text = m_searchText;
    const int screen = SearchResultModel::kSnippetBatch;
    m_results.setHitsWithDetails(SearchIndex(db).search(text, kMaxResults, filter, screen, screen),
        [this, text](const QStringList &documentIds) -> std::optional<QHash<QString, SearchHit>> {
            QHash<QString, SearchHit> details;
            if (!withDatabase([&](SqliteDatabase &database) {
                    details = SearchIndex(database).details(text, documentIds);
                }))
                return std::nullopt;
            return details;
        });
}
