// Vietnamese text into the sentences read aloud one at a time, each with its range in the
// text (UTF-16 offsets, what a TextEdit selects). The rules (app/speech/README.md):
// - a line break always ends a sentence (a document's items and headings are lines);
// - ".", "?", "!", "…" (or "...") and ";" end one when whitespace or the end follows them
//   (closing quotes and brackets after the mark stay with the sentence);
// - not after an abbreviation ("TP.", "Q.", "TS.", a single capital "P."), nor when the next
//   word starts with a lower-case letter or a digit ("tr. 12", "v.v. và"); numbers
//   ("1.000", "3,5") and numbers of documents ("12-NQ/TW") hold no whitespace and never end one;
// - a sentence longer than kMaxLength is cut after its last ", " before the limit (else at a
//   space, else at the limit);
// - leading and trailing whitespace is left out; a piece without a letter or a digit ("***",
//   "—") is skipped.
#pragma once

#include <QList>
#include <QString>

struct SentenceRange
{
    int start = 0;
    int length = 0;
    [[nodiscard]] int end() const { return start + length; }
    friend bool operator==(const SentenceRange &, const SentenceRange &) = default;
};

class SentenceSplitter
{
public:
    static constexpr int kMaxLength = 300;

    [[nodiscard]] static QList<SentenceRange> split(const QString &text);
};
