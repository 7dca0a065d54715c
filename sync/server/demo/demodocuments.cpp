#include "demo/demodocuments.h"

#include "wirevalues.h"

#include <QFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Joins block lines, dropping blank lines at both ends.
QString block(QStringList lines)
{
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

bool finish(DemoDocument &document, QStringList &lines, QString *target, QString *error)
{
    if (target)
        *target = block(lines);
    lines.clear();
    for (const auto &[name, value] :
        { std::pair { "kind"_L1, &document.kind }, { "number"_L1, &document.number },
            { "publisher"_L1, &document.publisher }, { "audience"_L1, &document.audience },
            { "classification"_L1, &document.classification }, { "issued"_L1, &document.issued },
            { "issuer"_L1, &document.issuer }, { "title"_L1, &document.title },
            { "body"_L1, &document.body } }) {
        if (value->isEmpty()) {
            *error = u"line %1: document \"%2\" has no %3"_s.arg(document.line)
                         .arg(document.key, name);
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<QList<DemoDocument>> DemoDocuments::parse(const QString &text, QString *error)
{
    QList<DemoDocument> documents;
    QStringList lines; // of the summary or body being read
    QString *target = nullptr;
    const QStringList all = text.split(u'\n');
    for (qsizetype i = 0; i < all.size(); ++i) {
        const int number = int(i) + 1;
        QString line = all.at(i);
        while (line.endsWith(u' ') || line.endsWith(u'\r') || line.endsWith(u'\t'))
            line.chop(1);
        if (line.startsWith(u"=== "_s)) {
            if (!documents.isEmpty() && !finish(documents.last(), lines, target, error))
                return std::nullopt;
            target = nullptr;
            DemoDocument document;
            document.line = number;
            document.key = line.mid(4).trimmed();
            documents << document;
            continue;
        }
        if (documents.isEmpty()) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            *error = u"line %1: text before the first \"=== <key>\" line"_s.arg(number);
            return std::nullopt;
        }
        DemoDocument &document = documents.last();
        if (line == "summary:"_L1 || line == "body:"_L1) {
            if (target)
                *target = block(lines);
            lines.clear();
            target = line == "summary:"_L1 ? &document.summary : &document.body;
            continue;
        }
        if (target) {
            lines << line;
            continue;
        }
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        const QString name = line.left(colon);
        const QString value = line.mid(colon + 1).trimmed();
        if (colon < 0 || value.isEmpty()) {
            *error = u"line %1: expected \"<field>: <value>\""_s.arg(number);
            return std::nullopt;
        }
        if (name == "attach"_L1) {
            const QStringList parts = value.split(u'|');
            if (parts.size() != 2) {
                *error = u"line %1: expected \"attach: <file> | <name>\""_s.arg(number);
                return std::nullopt;
            }
            document.attachments << DemoAttachment { parts.at(0).trimmed(), parts.at(1).trimmed() };
            continue;
        }
        QString *field = name == "kind"_L1   ? &document.kind
            : name == "number"_L1            ? &document.number
            : name == "publisher"_L1         ? &document.publisher
            : name == "audience"_L1          ? &document.audience
            : name == "classification"_L1    ? &document.classification
            : name == "issued"_L1            ? &document.issued
            : name == "issuer"_L1            ? &document.issuer
            : name == "title"_L1             ? &document.title
            : name == Protocol::Key::Meeting ? &document.meeting
                                             : nullptr;
        if (!field) {
            *error = u"line %1: unknown field \"%2\""_s.arg(number).arg(name);
            return std::nullopt;
        }
        *field = value;
    }
    if (documents.isEmpty()) {
        *error = u"no documents"_s;
        return std::nullopt;
    }
    if (!finish(documents.last(), lines, target, error))
        return std::nullopt;
    return documents;
}

std::optional<QList<DemoDocument>> DemoDocuments::load(QString *error)
{
    QFile file(u":/demo/documents.txt"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"the demo documents are missing from this build"_s;
        return std::nullopt;
    }
    auto documents = parse(QString::fromUtf8(file.readAll()), error);
    if (!documents)
        *error = u"demo documents: "_s + *error;
    return documents;
}
