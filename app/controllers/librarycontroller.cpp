#include "librarycontroller.h"

#include "documentcatalog.h"
#include "documentkind.h"

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

void LibraryController::load(SqliteDatabase &db)
{
    DocumentCatalog catalog(db);
    m_documents.setDocuments(catalog.newestDocuments(0, m_kind));
    QVariantList choices { QVariantMap {
        { u"kind"_s, QString() }, { u"label"_s, tr("Mọi loại tài liệu") } } };
    for (const QString &kind : catalog.kinds())
        choices.append(
            QVariantMap { { u"kind"_s, kind }, { u"label"_s, DocumentKind::label(kind) } });
    if (choices != m_kindChoices) {
        m_kindChoices = choices;
        Q_EMIT kindChoicesChanged();
    }
    search(db);
}

void LibraryController::search(SqliteDatabase &db)
{
    SearchFilter filter;
    filter.kind = m_kind;
    m_results.setHits(searching() ? SearchIndex(db).search(m_searchText, kMaxResults, filter)
                                  : QList<SearchHit>());
}
