#pragma once

#include "reports/report.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ab {

// A bar chart of one of a report's count tables (ReportTable::charted): a
// bar per row, labelled with the row's first cell and as long as its count
// (the last cell).
struct ReportChart
{
    QString title;
    QStringList labels;
    QVector<qint64> values;
};

// The charts of a report's count tables that have rows, in table order.
QVector<ReportChart> reportCharts(const Report &report);

// Draws a report's charts as one SVG drawing. Charts are drawn with Qt
// Charts, which belongs with the widgets: the programs hand the exporter a
// renderer from the ui layer; a report made without one shows its counts in
// its tables only.
class ReportChartRenderer
{
public:
    virtual ~ReportChartRenderer() = default;
    // One drawing of every chart: SVG for HTML, and the same as QPicture
    // data for the PDF (see ReportFigure). Both empty when this process
    // cannot draw. Called on the exporter's thread, which need not be the
    // GUI thread.
    struct Drawing
    {
        QByteArray svg;
        QByteArray picture;
    };
    virtual Result<Drawing> render(const QVector<ReportChart> &charts) = 0;
};

} // namespace ab
