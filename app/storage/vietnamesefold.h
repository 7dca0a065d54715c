// Folds Vietnamese text for searching in memory the way the `vietnamese` FTS5 tokenizer
// folds it for the document index (DESIGN.md section 3): tone and vowel marks removed
// (ế -> e, ư -> u), đ/Đ -> d, lower case; so `nguyen van` finds `Nguyễn Văn`.
#pragma once

#include <QString>
#include <QStringList>

class VietnameseFold
{
public:
    [[nodiscard]] static QString fold(const QString &text);
    // The folded words of `text` (letters and digits; everything else separates).
    [[nodiscard]] static QStringList words(const QString &text);
    // True when every word typed is the beginning of a word of `foldedWords` (each typed word
    // matched on its own, in any order), like the document search's prefix words. An empty
    // query matches everything.
    [[nodiscard]] static bool matches(const QStringList &foldedWords, const QStringList &query);
};
