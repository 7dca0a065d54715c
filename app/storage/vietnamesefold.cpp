#include "vietnamesefold.h"

#include <QRegularExpression>
#include <algorithm>

QString VietnameseFold::fold(const QString &text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'đ' || c == u'Đ')
            folded += u'd';
        else
            folded += c.toLower();
    }
    return folded;
}

QStringList VietnameseFold::words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return fold(text).split(separators, Qt::SkipEmptyParts);
}

bool VietnameseFold::matches(const QStringList &foldedWords, const QStringList &query)
{
    for (const QString &typed : query) {
        const bool found = std::any_of(foldedWords.cbegin(), foldedWords.cend(),
            [&typed](const QString &word) { return word.startsWith(typed); });
        if (!found)
            return false;
    }
    return true;
}
