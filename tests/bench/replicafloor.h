// The floor of an initial sync's local work: the same rows inserted into a fresh vault (same
// SQLCipher schema, same FTS5 search index with the Vietnamese tokenizer, keyed as the app keys it)
// in one transaction, through the SQLite C API with one prepared statement per table, values
// prepared beforehand.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

class ReplicaFloor
{
public:
    // Collects the "put" changes of pull pages (JSON bodies).
    void addPage(const QByteArray &json);
    [[nodiscard]] int rowCount() const { return int(m_rows.size()); }
    // Creates a vault in `dir` and inserts every row; the seconds the transaction took
    // (BEGIN to COMMIT), or a negative number with *error.
    double insert(const QString &dir, QString *error) const;

private:
    struct Row
    {
        int table = 0; // index into the table list
        QList<QByteArray> columns; // id, the table's columns, version, data (UTF-8; null = NULL)
        QList<bool> isNull;
        qint64 version = 0;
        QList<QByteArray> search; // documents: title, number, summary, body
        qint64 publishedSecond = 0; // documents: published_at, for the search key
    };
    QList<Row> m_rows;
};
