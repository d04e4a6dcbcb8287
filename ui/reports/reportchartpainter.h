#pragma once

#include "reports/reportchart.h"

#include <QSize>

namespace ab::ui {

// Draws a report's charts with Qt Charts (ChartFactory::countBars), two to a
// row, in light print colours whatever the desktop's theme. Qt Charts items
// belong to the GUI thread: a call from another thread (the export worker)
// has the drawing done there and waits for it.
class ReportChartPainter : public ReportChartRenderer
{
public:
    static constexpr int kColumns = 2;
    static QSize cellSize();

    Result<Drawing> render(const QVector<ReportChart> &charts) override;

    // The drawing itself; GUI thread only.
    static Drawing draw(const QVector<ReportChart> &charts);
};

} // namespace ab::ui
