#include "records/csvreader.h"

using namespace Qt::StringLiterals;

std::optional<QList<CsvRecord>> CsvReader::parse(const QString &text, QString *error)
{
    QList<CsvRecord> records;
    CsvRecord record { 1, {} };
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (only a separator may follow)
    int line = 1;
    int quoteLine = 0;
    const auto endRecord = [&] {
        record.fields << field;
        const bool blank
            = record.fields.size() == 1 && record.fields.constFirst().isEmpty() && !wasQuoted;
        if (!blank)
            records << record;
        record = CsvRecord { line + 1, {} };
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u',') {
            record.fields << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted) {
                *error
                    = u"line %1: a quote inside a field that does not start with one"_s.arg(line);
                return std::nullopt;
            }
            quoted = true;
            quoteLine = line;
        } else if (wasQuoted) {
            *error = u"line %1: text after a closing quote (expected a comma)"_s.arg(line);
            return std::nullopt;
        } else {
            field += c;
        }
    }
    if (quoted) {
        *error = u"line %1: a quoted field is not closed"_s.arg(quoteLine);
        return std::nullopt;
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || wasQuoted)
        endRecord();
    return records;
}
