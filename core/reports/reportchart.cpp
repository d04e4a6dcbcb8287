#include "reports/reportchart.h"

namespace ab {

QVector<ReportChart> reportCharts(const Report &report)
{
    QVector<ReportChart> charts;
    for (const ReportTable &t : report.tables) {
        if (!t.charted || t.rows.isEmpty())
            continue;
        ReportChart chart;
        chart.title = t.title;
        for (const QStringList &row : t.rows) {
            chart.labels << row.value(0);
            chart.values << row.value(row.size() - 1).toLongLong();
        }
        charts.push_back(std::move(chart));
    }
    return charts;
}

} // namespace ab
