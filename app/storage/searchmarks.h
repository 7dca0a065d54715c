// What SearchIndex's queries share (searchindex.cpp, searchdetails.cpp): the marks of matched
// words and the documents row of an FTS rowid.
#pragma once

#include <QString>

// The documents row's doc_rowid of the FTS row "s" (vault migration 8: the low 30 bits).
#define HANDBOOK_DOC_ROWID(s) "(" s ".rowid & 1073741823)"

namespace SearchMarks {

// passage()/highlight() mark matches with these control characters; they are replaced by
// <b></b> only after the text has been HTML-escaped.
constexpr char16_t kOpen = 0x02;
constexpr char16_t kClose = 0x03;

// The marked text HTML-escaped, with its marks as <b></b>.
inline QString toHtml(const QString &marked)
{
    QString html = marked.toHtmlEscaped();
    html.replace(QChar(kOpen), QStringLiteral("<b>"));
    html.replace(QChar(kClose), QStringLiteral("</b>"));
    return html;
}

} // namespace SearchMarks
