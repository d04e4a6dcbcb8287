#include "chartfactory.h"

#include "deadlines/statusbadgedelegate.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QDateTimeAxis>
#include <QFile>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QValueAxis>
#include <algorithm>

namespace ab::ui {

namespace {

// Colours and fonts from the palette, so a dark desktop gets a dark chart.
QChart *newChart(const QString &title, const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(4);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    return chart;
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsColor(palette.color(QPalette::Text));
    axis->setLinePenColor(palette.color(QPalette::Mid));
    axis->setGridLineColor(palette.color(QPalette::Midlight));
}

// A count axis from 0 with whole-number ticks (1, 2 or 5 times a power of
// ten apart, at most five steps): a count of items has no fractions.
QValueAxis *countAxis(qint64 max, const QPalette &palette)
{
    max = std::max<qint64>(max, 1);
    qint64 step = 1;
    for (qint64 scale = 1; step * 5 < max; scale *= 10) {
        for (const qint64 m : {1, 2, 5}) {
            step = m * scale;
            if (step * 5 >= max)
                break;
        }
    }
    auto *axis = new QValueAxis;
    axis->setRange(0, double((max + step - 1) / step * step));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(double(step));
    axis->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axis, palette);
    return axis;
}

// A day axis from `span.first` to `span.second`, labelled month/day.
QDateTimeAxis *dateAxis(const std::pair<QDate, QDate> &span, const QPalette &palette)
{
    auto *axis = new QDateTimeAxis;
    axis->setFormat(QStringLiteral("M/d"));
    axis->setTickCount(7);
    if (span.first.isValid())
        axis->setRange(QDateTime(span.first, QTime(0, 0), Qt::UTC),
                       QDateTime(span.second, QTime(23, 59), Qt::UTC));
    styleAxis(axis, palette);
    return axis;
}

// Month/day: short enough for a dozen weeks side by side, read alike in
// both languages.
QString shortDate(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("M/d"));
}

QString elided(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

// Horizontal bars listed top-down in the order given (a horizontal axis
// starts at the bottom, so they are added in reverse), each labelled with
// its count.
QHorizontalBarSeries *addHorizontalBars(QChart *chart, const QString &setName,
                                        const QStringList &labels, const QVector<qint64> &values,
                                        const QPalette &palette)
{
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(setName);
    set->setColor(palette.color(QPalette::Highlight));
    set->setLabelColor(palette.color(QPalette::Text));
    QStringList categories;
    qint64 max = 0;
    for (qsizetype i = labels.size() - 1; i >= 0; --i) {
        categories << labels.at(i);
        set->append(double(values.value(i)));
        max = std::max(max, values.value(i));
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    styleAxis(y, palette);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x = countAxis(max + max / 6 + 1, palette); // room for the labels
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->hide();
    return series;
}

} // namespace

QColor ChartFactory::stateColour(DeadlineState state)
{
    return StatusBadgeDelegate::colour(DeadlineStatus::token(state));
}

QString ChartFactory::ageLabel(const OverdueBucket &bucket)
{
    if (bucket.maxDays == 0)
        return tr("> %1 days").arg(bucket.minDays - 1);
    return tr("%1–%2 days").arg(bucket.minDays).arg(bucket.maxDays);
}

QString ChartFactory::riskName(const RiskCount &risk)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QString name = chinese || risk.nameEn.isEmpty() ? risk.nameZh : risk.nameEn;
    return name.isEmpty() ? risk.code : name;
}

QChart *ChartFactory::statusDonut(const DashboardData &data, const QPalette &palette)
{
    QChart *chart = newChart(tr("Deadline status"), palette);
    auto *series = new QPieSeries;
    series->setObjectName(QStringLiteral("statusSeries"));
    series->setHoleSize(0.5);
    const QLocale locale;
    for (DeadlineState s : DeadlineStatus::all()) {
        const qint64 n = data.statusCounts.value(s);
        auto *slice = new QPieSlice(tr("%1: %2").arg(DeadlineStatus::label(s), locale.toString(n)),
                                    double(n));
        slice->setProperty("state", DeadlineStatus::token(s));
        slice->setColor(stateColour(s));
        slice->setBorderColor(palette.color(QPalette::Base));
        series->append(slice);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    // Zero slices have no area to click; their legend entries still explain the colours.
    return chart;
}

QChart *ChartFactory::dueWeeks(const DashboardData &data, const QPalette &palette)
{
    QChart *chart =
        newChart(tr("Falling due, next %1 weeks").arg(DashboardData::kDueWeeks), palette);
    auto *series = new QStackedBarSeries;
    series->setObjectName(QStringLiteral("dueWeeksSeries"));
    QStringList categories;
    qint64 max = 0;
    for (const DueWeek &week : data.dueWeeks) {
        categories << shortDate(week.weekStart);
        qint64 total = 0;
        for (qint64 n : week.counts)
            total += n;
        max = std::max(max, total);
    }
    for (DeadlineState s : DeadlineStatus::all()) {
        auto *set = new QBarSet(DeadlineStatus::label(s));
        set->setObjectName(DeadlineStatus::token(s));
        set->setColor(stateColour(s));
        set->setBorderColor(stateColour(s));
        bool any = false;
        for (const DueWeek &week : data.dueWeeks) {
            set->append(double(week.counts.value(s)));
            any = any || week.counts.value(s) > 0;
        }
        if (any)
            series->append(set);
        else
            delete set; // a state with no items here would only crowd the legend
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, palette);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(max, palette);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *ChartFactory::overdueAges(const DashboardData &data, const QPalette &palette)
{
    QChart *chart = newChart(tr("Overdue by days past due"), palette);
    auto *series = new QBarSeries;
    series->setObjectName(QStringLiteral("overdueAgeSeries"));
    auto *set = new QBarSet(DeadlineStatus::label(DeadlineState::Overdue));
    set->setColor(stateColour(DeadlineState::Overdue));
    QStringList categories;
    qint64 max = 0;
    for (const OverdueBucket &b : data.overdueAges) {
        categories << ageLabel(b);
        set->append(double(b.count));
        max = std::max(max, b.count);
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    set->setLabelColor(palette.color(QPalette::Text));
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, palette);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(max + max / 8 + 1, palette); // room for the labels
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->hide();
    return chart;
}

QChart *ChartFactory::riskTypes(const DashboardData &data, const QString &expandedType,
                                const QPalette &palette)
{
    QVector<RiskCount> bars;
    QString title = tr("Generations by TC260 risk type");
    for (const RiskTypeCount &t : data.riskTypes) {
        if (expandedType.isEmpty()) {
            bars.push_back(t.type);
        } else if (t.type.code == expandedType) {
            title = tr("%1 %2").arg(t.type.code, riskName(t.type));
            bars = t.risks;
        }
    }
    QStringList labels, codes;
    QVector<qint64> values;
    for (const RiskCount &bar : std::as_const(bars)) {
        labels << bar.code + QLatin1Char(' ') + elided(riskName(bar), 22);
        codes << bar.code;
        values << bar.count;
    }
    // Codes bottom-up, as the bars are.
    std::reverse(codes.begin(), codes.end());
    QChart *chart = newChart(elided(title, 48), palette);
    QHorizontalBarSeries *series =
        addHorizontalBars(chart, tr("Generations"), labels, values, palette);
    series->setObjectName(QStringLiteral("riskSeries"));
    series->setProperty("codes", codes);
    return chart;
}

QChart *ChartFactory::countBars(const QString &title, const QStringList &labels,
                                const QVector<qint64> &values, const QPalette &palette)
{
    QStringList shortLabels;
    for (const QString &label : labels)
        shortLabels << elided(label, 28);
    QChart *chart = newChart(elided(title, 48), palette);
    addHorizontalBars(chart, title, shortLabels, values, palette)
        ->setObjectName(QStringLiteral("countSeries"));
    return chart;
}

double ChartFactory::dayPosition(const QDate &day)
{
    // Noon UTC: the axis shows the same day in any zone within twelve hours.
    return double(QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

QChart *ChartFactory::complaintWeeks(const DashboardData &data, const QPalette &palette)
{
    // Lines, not bars: 26 weeks of paired bars leave no room for a date under each.
    QChart *chart = newChart(
        tr("Complaints per week, last %1 weeks").arg(DashboardData::kComplaintWeeks), palette);
    auto *received = new QLineSeries;
    received->setObjectName(QStringLiteral("received"));
    received->setName(tr("Received"));
    received->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
    auto *resolved = new QLineSeries;
    resolved->setObjectName(QStringLiteral("resolved"));
    resolved->setName(tr("Resolved"));
    resolved->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 2));
    qint64 max = 0;
    for (const ComplaintWeek &week : data.complaintWeeks) {
        received->append(dayPosition(week.weekStart), double(week.received));
        resolved->append(dayPosition(week.weekStart), double(week.resolved));
        max = std::max({max, week.received, week.resolved});
    }
    QDateTimeAxis *x = dateAxis(data.complaintWeeks.isEmpty()
                                    ? std::pair<QDate, QDate>()
                                    : std::pair(data.complaintWeeks.constFirst().weekStart,
                                                data.complaintWeeks.constLast().weekStart),
                                palette);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = countAxis(max, palette);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : {received, resolved}) {
        line->setPointsVisible(true); // each week a click target
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *ChartFactory::burnDown(const DashboardData &data, const QPalette &palette)
{
    QChart *chart = newChart(tr("Items not yet remediated"), palette);
    auto *line = new QLineSeries;
    line->setObjectName(QStringLiteral("burnDownSeries"));
    line->setName(tr("Open at the end of the day"));
    line->setPen(QPen(palette.color(QPalette::Highlight), 2));
    // Markers make each week's point a visible click target.
    auto *points = new QScatterSeries;
    points->setObjectName(QStringLiteral("burnDownPoints"));
    points->setMarkerSize(7);
    points->setColor(palette.color(QPalette::Highlight));
    points->setBorderColor(palette.color(QPalette::Base));
    qint64 max = 0;
    for (const BurnDownPoint &p : data.burnDown) {
        line->append(dayPosition(p.day), double(p.open));
        points->append(dayPosition(p.day), double(p.open));
        max = std::max(max, p.open);
    }
    chart->addSeries(line);
    chart->addSeries(points);
    QDateTimeAxis *x = dateAxis(data.burnDown.isEmpty() ? std::pair<QDate, QDate>()
                                                        : std::pair(data.burnDown.constFirst().day,
                                                                    data.burnDown.constLast().day),
                                palette);
    chart->addAxis(x, Qt::AlignBottom);
    line->attachAxis(x);
    points->attachAxis(x);
    QValueAxis *y = countAxis(max, palette);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(y);
    points->attachAxis(y);
    chart->legend()->hide();
    return chart;
}

QImage ChartFactory::renderImage(QChart *chart, const QSize &size)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    }
    scene.removeItem(chart); // the caller keeps the chart
    return image;
}

bool ChartFactory::saveSvg(QChart *chart, const QSize &size, const QString &path,
                           const QString &title)
{
    const QByteArray svg = svgGrid({chart}, size, 1, title);
    QFile file(path);
    return !svg.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(svg) == svg.size() &&
           file.flush();
}

QSize ChartFactory::gridSize(qsizetype charts, const QSize &cell, int columns)
{
    columns = std::max(1, columns);
    const int rows = int((charts + columns - 1) / columns);
    return {cell.width() * int(std::min<qsizetype>(columns, charts)), cell.height() * rows};
}

bool ChartFactory::paintGrid(const QList<QChart *> &charts, const QSize &cell, int columns,
                             QPaintDevice *device)
{
    columns = std::max(1, columns);
    const QSize size = gridSize(charts.size(), cell, columns);
    QGraphicsScene scene;
    for (qsizetype i = 0; i < charts.size(); ++i) {
        scene.addItem(charts.at(i));
        charts.at(i)->resize(cell);
        charts.at(i)->setPos(double(cell.width() * int(i % columns)),
                             double(cell.height() * int(i / columns)));
    }
    bool ok = false;
    {
        QPainter painter;
        ok = painter.begin(device);
        if (ok) {
            painter.setRenderHint(QPainter::Antialiasing);
            scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
        }
    }
    for (QChart *chart : charts)
        scene.removeItem(chart); // the caller keeps the charts
    return ok;
}

QByteArray ChartFactory::svgGrid(const QList<QChart *> &charts, const QSize &cell, int columns,
                                 const QString &title)
{
    const QSize size = gridSize(charts.size(), cell, columns);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    return paintGrid(charts, cell, columns, &svg) ? buffer.data() : QByteArray();
}

} // namespace ab::ui
