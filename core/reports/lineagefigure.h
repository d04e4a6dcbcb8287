#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QMutex>
#include <QString>

namespace ab {

class LineageGraph;
class ReportText;

// Graphviz keeps global state: every user of it in the process (this figure,
// the lineage view's layout) holds this lock while it works.
QMutex &graphvizLock();

// The training-data lineage of a provider drawn by Graphviz's dot as SVG:
// datasets (boxes) and model versions (rounded boxes), arrows the way data
// flows (source → derived dataset → model version, base model → model).
// A large lineage is capped at kMaxNodes nodes so that the figure stays
// readable on one A4 page: model versions first, then the datasets that
// train them, then the rest; the caption says how many are shown.
class LineageFigure
{
public:
    static constexpr int kMaxNodes = 40;

    struct Figure
    {
        QByteArray svg;     // empty when the lineage has no nodes
        QByteArray picture; // the same drawing for the PDF (see ReportFigure)
        QString caption;
        int shown = 0;
        int total = 0;
    };
    // `masked`: names go through the masker like every other report text.
    static Result<Figure> render(const LineageGraph &graph, const ReportText &text, bool masked);
};

} // namespace ab
