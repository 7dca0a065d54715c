// Hashes of the server's domain rows, to tell whether a push changed anything: everything a
// mutation could change, or only the rows an allowed push against one target changes.
#pragma once

#include "matrixtarget.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <utility>

class DomainFingerprint
{
public:
    // `cellA` is the cell of the targets, `memberA1` the member whose requests are targets.
    DomainFingerprint(QSqlDatabase db, QString cellA, QString memberA1);

    // Every row a mutation could change: domain tables, users and the change log.
    [[nodiscard]] QByteArray everything() const;
    // The rows an allowed push against `target` (with this id) changes; for CellA, the rows
    // of the whole cell whatever the id.
    [[nodiscard]] QByteArray watched(Target target, const QString &id) const;

private:
    using Query = std::pair<QString, QVariantList>;
    [[nodiscard]] QByteArray fingerprint(const QList<Query> &queries) const;

    QSqlDatabase m_db;
    QString m_cellA;
    QString m_memberA1;
};
