// Search hits for QML: the title and best passage with the matched words in <b></b>
// (already HTML-escaped, for Text.StyledText), plus the kind label, number and date.
#pragma once

#include "searchindex.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The library controller owns the search results.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleHtmlRole,
        SnippetHtmlRole,
        KindLabelRole,
        NumberRole,
        IssuedDateRole, // dd/MM/yyyy
    };
    Q_ENUM(Role)

    explicit SearchResultModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setHits(const QList<SearchHit> &hits);

Q_SIGNALS:
    void countChanged();

private:
    QList<SearchHit> m_hits;
};
