#pragma once

#include "dashboard/dashboarddata.h"

#include <QCoreApplication>
#include <QImage>
#include <QPalette>
#include <QSize>

class QChart;

namespace ab::ui {

// Builds the dashboard's charts from plain aggregate data, so that the
// dashboard and the reports draw the same charts from the same numbers.
// Every chart follows `palette` (light or dark) and names its series and bar
// sets (objectName) so that a click can be told apart and tests can find them:
//   status donut:   series "statusSeries", slices carry property "state"
//   weeks ahead:    sets named by state token, categories are dueWeeks
//   overdue ages:   series "overdueAgeSeries", categories are overdueAges
//   risk types:     series "riskSeries", property "codes" (QStringList) per bar
//   complaints:     lines "received" and "resolved", x = dayPosition(weekStart)
//   burn-down:      series "burnDownSeries", x = dayPosition(day)
class ChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)
public:
    static QChart *statusDonut(const DashboardData &data, const QPalette &palette);
    static QChart *dueWeeks(const DashboardData &data, const QPalette &palette);
    static QChart *overdueAges(const DashboardData &data, const QPalette &palette);
    // The five types, or the risks of `expandedType` ("A.1") when set.
    static QChart *riskTypes(const DashboardData &data, const QString &expandedType,
                             const QPalette &palette);
    static QChart *complaintWeeks(const DashboardData &data, const QPalette &palette);
    static QChart *burnDown(const DashboardData &data, const QPalette &palette);
    // Horizontal bars, one per label, top-down in the order given (a
    // report's count table).
    static QChart *countBars(const QString &title, const QStringList &labels,
                             const QVector<qint64> &values, const QPalette &palette);

    static QColor stateColour(DeadlineState state);
    // Where a day sits on the charts' date axes (milliseconds since the epoch).
    static double dayPosition(const QDate &day);
    // The label of an overdue-age bucket: "1–7 days", "> 90 days".
    static QString ageLabel(const OverdueBucket &bucket);
    // A risk's name in the UI language (Chinese when the locale is Chinese).
    static QString riskName(const RiskCount &risk);

    // Draws `chart` alone at `size` (for a report or a file); the chart must
    // not be shown in a view at the time.
    static QImage renderImage(QChart *chart, const QSize &size);
    static bool saveSvg(QChart *chart, const QSize &size, const QString &path,
                        const QString &title);
    // `charts` drawn in a grid of `columns` cells of `cell` size on `device`
    // (an SVG generator, a QPicture); false if it cannot be painted on.
    static bool paintGrid(const QList<QChart *> &charts, const QSize &cell, int columns,
                          QPaintDevice *device);
    // The grid's size in pixels.
    static QSize gridSize(qsizetype charts, const QSize &cell, int columns);
    // The grid as SVG.
    static QByteArray svgGrid(const QList<QChart *> &charts, const QSize &cell, int columns,
                              const QString &title);
};

} // namespace ab::ui
