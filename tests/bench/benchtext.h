// Vietnamese text for the province-scale benchmark data: document titles, numbers, summaries
// and bodies of a chosen size, built from the sentences of the demo province's documents
// (assets/demo/documents.txt) and lists of subjects, and 50 search queries typed the way
// members type them (without diacritics). Deterministic for a given DemoRandom.
#pragma once

#include "demo/demorandom.h"

#include <QString>
#include <QStringList>
#include <optional>

// One generated document's text.
struct BenchDocumentText
{
    QString kind; // a wire kind: resolution, directive, ...
    QString number; // e.g. "127-NQ/TU"
    QString title;
    QString summary;
    QString body;
};

class BenchText
{
public:
    // Reads the demo documents compiled into the server library; nothing with *error when
    // they are missing.
    [[nodiscard]] static std::optional<BenchText> load(QString *error);

    // A document of about `bodyBytes` bytes of UTF-8 body, issued by `issuer` (e.g.
    // "Ban Thường vụ Tỉnh ủy Sơn Lâm") whose number suffix is `numberSuffix` (e.g. "TU");
    // `serial` makes the number.
    [[nodiscard]] BenchDocumentText document(DemoRandom &random, int bodyBytes,
        const QString &issuer, const QString &numberSuffix, int serial, int year) const;
    // 50 queries as typed by members: lower case, without diacritics, 1 to 4 words, some
    // cut short (as-you-type prefixes) and some document numbers.
    [[nodiscard]] static QStringList queries();

private:
    BenchText() = default;
    [[nodiscard]] QString paragraph(DemoRandom &random, int sentences) const;

    QStringList m_sentences; // whole sentences of the demo bodies, NFC
    QStringList m_subjects; // "đẩy mạnh chuyển đổi số trong ..." (after "Nghị quyết về")
};
