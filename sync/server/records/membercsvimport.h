// Reads and checks a members CSV file (docs/import-members.md) against the database: every
// row becomes a MemberProfile, or the import is refused with line-numbered errors.
#pragma once

#include "records/memberprofile.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class MemberCsvImport
{
public:
    // Errors shown on the one line of a failed import; the rest are counted.
    static constexpr int ShownErrors = 5;

    // The columns a file must have.
    [[nodiscard]] static const QStringList &requiredColumns();

    // Parses and validates the file's text; false when anything is wrong (then errors()
    // holds "line N: <column>: <reason>" entries in file order). Throws DbError.
    [[nodiscard]] bool read(const QString &text, const QSqlDatabase &db);
    // The valid rows, in file order (after a successful read()).
    [[nodiscard]] const QList<MemberProfile> &members() const { return m_members; }
    [[nodiscard]] const QStringList &errors() const { return m_errors; }
    // The errors as one line: the first ShownErrors, then "(and N more)".
    [[nodiscard]] QString errorLine() const;

private:
    [[nodiscard]] bool readHeader(const QStringList &header);
    void readRow(int line, const QStringList &fields);
    void error(int line, const QString &column, const QString &reason);

    QStringList m_columns;
    QList<MemberProfile> m_members;
    QStringList m_errors;
    QHash<QString, QString> m_orgKinds; // id -> kind
    QHash<QString, int> m_citizenIds; // -> line in this file (0: already in the database)
    QHash<QString, int> m_ids; // -> line in this file (0: already in the database)
};
