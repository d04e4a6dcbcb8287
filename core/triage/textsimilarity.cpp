#include "textsimilarity.h"

#include <algorithm>

namespace ab {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF)      // CJK unified ideographs
           || (c >= 0x3400 && c <= 0x4DBF)   // extension A
           || (c >= 0x20000 && c <= 0x2FA1F) // extensions B… and compatibility supplement
           || (c >= 0xF900 && c <= 0xFAFF)   // compatibility ideographs
           || (c >= 0x3040 && c <= 0x30FF)   // kana
           || (c >= 0xAC00 && c <= 0xD7AF);  // hangul syllables
}

} // namespace

QString TextSimilarity::normalize(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (c.isHighSurrogate() && i + 1 < folded.size()) {
            const char32_t ucs = QChar::surrogateToUcs4(c, folded.at(i + 1));
            if (QChar::isLetterOrNumber(ucs)) {
                out.append(c);
                out.append(folded.at(i + 1));
            }
            ++i;
        } else if (c.isLetterOrNumber()) {
            out.append(c);
        }
    }
    return out;
}

int TextSimilarity::shingleSize(const QString &normalized)
{
    qsizetype cjk = 0;
    qsizetype total = 0;
    for (char32_t c : normalized.toUcs4()) {
        ++total;
        if (isCjk(c))
            ++cjk;
    }
    return total > 0 && cjk * 3 >= total ? 2 : 4;
}

QVector<quint32> TextSimilarity::shingles(const QString &normalized, int k)
{
    const QList<uint> chars = normalized.toUcs4();
    QVector<quint32> out;
    if (chars.isEmpty())
        return out;
    const qsizetype n = chars.size();
    const qsizetype width = std::min<qsizetype>(k, n);
    out.reserve(n - width + 1);
    for (qsizetype i = 0; i + width <= n; ++i) {
        // FNV-1a over the code points of the shingle.
        quint32 h = 2166136261u;
        for (qsizetype j = i; j < i + width; ++j) {
            for (int b = 0; b < 4; ++b) {
                h ^= (chars.at(j) >> (8 * b)) & 0xFFu;
                h *= 16777619u;
            }
        }
        out.push_back(h);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double TextSimilarity::jaccard(const QVector<quint32> &a, const QVector<quint32> &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 0.0; // two empty texts say nothing about each other
    qsizetype common = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    const qsizetype unionSize = a.size() + b.size() - common;
    return double(common) / double(unionSize);
}

double TextSimilarity::similarity(const QString &a, const QString &b)
{
    const QString na = normalize(a);
    const QString nb = normalize(b);
    const int k = shingleSize(na);
    return jaccard(shingles(na, k), shingles(nb, k));
}

} // namespace ab
