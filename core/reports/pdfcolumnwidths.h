#pragma once

#include <QVector>

namespace ab {

// The widths of a table's columns across `total` (page units), as a browser
// lays out a table of full width:
// - `percent`: the shares the report gives its columns (empty: none);
// - `natural`: each column's widest text on one line (empty: not known, for
//   a table whose rows are read only while it is painted);
// - `minimum`: what each column needs not to cut a word of its texts.
// Without shares, columns get their natural widths, or as much of them as
// fits above their minimum; then every column is widened to its minimum,
// the room taken from those above theirs. The widths add up to `total`.
QVector<double> pdfColumnWidths(double total, const QVector<int> &percent,
                                const QVector<double> &natural, const QVector<double> &minimum);

} // namespace ab
