#pragma once

#include <QString>
#include <QVector>

namespace ab {

// Near-duplicate text detection that works for Chinese, which has no spaces
// between words, as well as for English: texts are normalised (NFKC, case
// folded, only letters and digits kept), cut into overlapping character
// shingles and compared by the Jaccard index of their shingle sets.
class TextSimilarity
{
public:
    // Pairs at or above this are offered as duplicates.
    static constexpr double kDefaultThreshold = 0.6;

    // NFKC (full-width letters and digits become ASCII), case folded, with
    // punctuation, symbols and white space removed.
    static QString normalize(const QString &text);
    // Two characters when Han (or other CJK) characters make up at least a
    // third of the text — a Chinese word is mostly one or two characters —
    // else four, about a syllable of English.
    static int shingleSize(const QString &normalized);
    // Hashes of every run of `k` characters (the whole text when shorter),
    // sorted and without repeats.
    static QVector<quint32> shingles(const QString &normalized, int k);
    static double jaccard(const QVector<quint32> &a, const QVector<quint32> &b);

    // Both texts shingled with the size suited to the first.
    static double similarity(const QString &a, const QString &b);
};

} // namespace ab
