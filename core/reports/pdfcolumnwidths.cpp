#include "reports/pdfcolumnwidths.h"

#include <numeric>

namespace ab {

namespace {

double sum(const QVector<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0);
}

QVector<double> scaled(const QVector<double> &v, double total)
{
    const double s = sum(v);
    QVector<double> out(v.size(), v.isEmpty() ? 0.0 : total / double(v.size()));
    if (s > 0)
        for (qsizetype i = 0; i < v.size(); ++i)
            out[i] = v.at(i) * total / s;
    return out;
}

// Natural widths where they fit; where not, the minimum plus a share of the
// room left in proportion to what each column would still like. The
// minimums (`least` in all) fit in `total`.
QVector<double> fromContent(double total, const QVector<double> &natural,
                            const QVector<double> &minimum, double least)
{
    const double wanted = sum(natural);
    if (wanted <= total)
        return scaled(natural, total);
    QVector<double> out(natural.size());
    for (qsizetype i = 0; i < natural.size(); ++i)
        out[i] =
            minimum.at(i) + (natural.at(i) - minimum.at(i)) * (total - least) / (wanted - least);
    return out;
}

} // namespace

QVector<double> pdfColumnWidths(double total, const QVector<int> &percent,
                                const QVector<double> &natural, const QVector<double> &minimum)
{
    const qsizetype n = minimum.size();
    if (n == 0)
        return {};
    const double least = sum(minimum);
    if (least >= total)
        return scaled(minimum, total);
    QVector<double> base;
    if (percent.size() == n) {
        for (int p : percent)
            base << double(qMax(p, 0));
        base = scaled(base, total);
    } else if (natural.size() == n) {
        QVector<double> wanted = natural;
        for (qsizetype i = 0; i < n; ++i)
            wanted[i] = qMax(wanted.at(i), minimum.at(i));
        base = fromContent(total, wanted, minimum, least);
    } else {
        base = QVector<double>(n, total / double(n));
    }
    // Every column to its minimum, from the room of the columns above theirs:
    // their surplus is larger than the others' deficit whenever the minimums
    // fit, so one pass leaves each at or above its own.
    double deficit = 0;
    double surplus = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (base.at(i) < minimum.at(i))
            deficit += minimum.at(i) - base.at(i);
        else
            surplus += base.at(i) - minimum.at(i);
    }
    if (deficit <= 0)
        return base;
    QVector<double> out(n);
    for (qsizetype i = 0; i < n; ++i)
        out[i] = base.at(i) < minimum.at(i)
                     ? minimum.at(i)
                     : base.at(i) - (base.at(i) - minimum.at(i)) * deficit / surplus;
    return out;
}

} // namespace ab
