#include "sentencesplitter.h"

#include <QSet>

namespace {

// Words that end with a period without ending the sentence (Vietnamese administrative and
// academic abbreviations); a single capital letter (an initial, "Q. 1", "P. Bến Nghé") too.
const QSet<QString> &abbreviations()
{
    static const QSet<QString> words {
        QStringLiteral("TP"),
        QStringLiteral("Tp"),
        QStringLiteral("TX"),
        QStringLiteral("Tx"),
        QStringLiteral("TT"),
        QStringLiteral("TS"),
        QStringLiteral("ThS"),
        QStringLiteral("PGS"),
        QStringLiteral("GS"),
        QStringLiteral("BS"),
        QStringLiteral("KS"),
        QStringLiteral("CN"),
        QStringLiteral("Th"),
        QStringLiteral("NXB"),
        QStringLiteral("Nxb"),
        QStringLiteral("tr"),
        QStringLiteral("St"),
        QStringLiteral("Đ/c"),
        QStringLiteral("đ/c"),
    };
    return words;
}

bool isCloser(QChar c)
{
    static const QString closers = QStringLiteral("\"')]}»”’");
    return closers.contains(c);
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

bool hasWordCharacter(QStringView piece)
{
    for (const QChar c : piece) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

// The word right before position `dot` (from the previous whitespace or opening bracket).
QString wordBefore(const QString &text, int dot)
{
    int begin = dot;
    while (begin > 0 && !text.at(begin - 1).isSpace() && text.at(begin - 1) != u'('
        && text.at(begin - 1) != u'"' && text.at(begin - 1) != u'“')
        --begin;
    return text.mid(begin, dot - begin);
}

// Whether the period at `dot` belongs to an abbreviation rather than ending a sentence.
bool isAbbreviation(const QString &text, int dot)
{
    const QString word = wordBefore(text, dot);
    if (word.isEmpty())
        return false;
    if (word.size() == 1 && word.at(0).isUpper())
        return true;
    return abbreviations().contains(word);
}

// Adds [begin, end) trimmed, cut into pieces of at most kMaxLength.
void addPiece(const QString &text, int begin, int end, QList<SentenceRange> &out)
{
    while (begin < end && text.at(begin).isSpace())
        ++begin;
    while (end > begin && text.at(end - 1).isSpace())
        --end;
    while (end - begin > SentenceSplitter::kMaxLength) {
        const int limit = begin + SentenceSplitter::kMaxLength;
        // After the last ", " within the limit that leaves a piece worth a breath.
        int cut = -1;
        for (int i = limit - 1; i > begin + SentenceSplitter::kMaxLength / 5; --i) {
            if (text.at(i) == u',' && i + 1 < end && text.at(i + 1).isSpace()) {
                cut = i + 1;
                break;
            }
        }
        if (cut < 0) {
            for (int i = limit; i > begin + SentenceSplitter::kMaxLength / 5; --i) {
                if (text.at(i).isSpace()) {
                    cut = i;
                    break;
                }
            }
        }
        if (cut < 0)
            cut = limit;
        addPiece(text, begin, cut, out);
        begin = cut;
        while (begin < end && text.at(begin).isSpace())
            ++begin;
    }
    if (end > begin && hasWordCharacter(QStringView(text).mid(begin, end - begin)))
        out.append({ begin, end - begin });
}

} // namespace

QList<SentenceRange> SentenceSplitter::split(const QString &text)
{
    QList<SentenceRange> out;
    const int n = int(text.size());
    int begin = 0;
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (isLineBreak(c)) {
            addPiece(text, begin, i, out);
            begin = ++i;
            continue;
        }
        const bool period = c == u'.';
        const bool always = c == u';' || c == u'?' || c == u'!';
        if (!period && !always && c != u'…') {
            ++i;
            continue;
        }
        // The whole run of marks ("...", "?!", "…") and the quotes or brackets closing it.
        int after = i + 1;
        while (after < n
            && (text.at(after) == u'.' || text.at(after) == u'?' || text.at(after) == u'!'
                || text.at(after) == u'…'))
            ++after;
        while (after < n && isCloser(text.at(after)))
            ++after;
        if (after < n && !text.at(after).isSpace()) {
            i = after; // "1.000", "TP.HCM", "a.b": inside a word
            continue;
        }
        bool ends = true;
        if (!always) {
            if (period && after == i + 1 && isAbbreviation(text, i))
                ends = false;
            // The next word on the same line starts in lower case or with a digit.
            int next = after;
            while (next < n && text.at(next).isSpace() && !isLineBreak(text.at(next)))
                ++next;
            if (next < n && !isLineBreak(text.at(next))
                && (text.at(next).isLower() || text.at(next).isDigit()))
                ends = false;
        }
        if (ends) {
            addPiece(text, begin, after, out);
            begin = after;
        }
        i = after;
    }
    addPiece(text, begin, n, out);
    return out;
}
