// RFC 4180 CSV: comma-separated fields, records ended by LF or CRLF, fields in double quotes
// may hold commas, quotes ("") and line breaks. Each record keeps the line it starts on, so
// errors can name it. Blank lines are skipped.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

struct CsvRecord
{
    int line = 0; // 1-based line of the file where the record starts
    QStringList fields;
};

class CsvReader
{
public:
    // The records, or nullopt with "line N: ..." in *error (an unterminated quoted field, or
    // a quote inside an unquoted field).
    [[nodiscard]] static std::optional<QList<CsvRecord>> parse(const QString &text, QString *error);
};
