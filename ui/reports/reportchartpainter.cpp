#include "reportchartpainter.h"

#include "dashboard/chartfactory.h"
#include "reports/pdfreportwriter.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QPicture>
#include <QSemaphore>
#include <QThread>
#include <memory>

namespace ab::ui {

namespace {

// Printed on white paper: the same colours on every desktop.
QPalette printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x21, 0x21, 0x21));
    palette.setColor(QPalette::Mid, QColor(0x9e, 0x9e, 0x9e));
    palette.setColor(QPalette::Midlight, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Highlight, QColor(0x15, 0x65, 0xc0));
    return palette;
}

// The report's own face and no shaping (PdfReportWriter::reportFont), so
// that the charts' words copy and search in the PDF; sizes and weights stay
// the charts' own.
void useReportFont(QChart *chart)
{
    const auto face = [](const QFont &font) {
        QFont f = PdfReportWriter::reportFont(font.pointSizeF());
        f.setWeight(font.weight());
        return f;
    };
    chart->setTitleFont(face(chart->titleFont()));
    for (QAbstractAxis *axis : chart->axes())
        axis->setLabelsFont(face(axis->labelsFont()));
    for (QAbstractSeries *series : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(face(set->labelFont()));
}

// A browser without the face falls back to its sans-serif, not its serif.
QByteArray withFallbackFamily(QByteArray svg)
{
    const QByteArray face = PdfReportWriter::reportFont(9).family().toUtf8();
    return svg.replace(QByteArray("font-family=\"" + face + '"'),
                       QByteArray("font-family=\"'" + face + "', sans-serif\""));
}

// What the exporter's thread hands the GUI thread and waits for.
struct DrawJob
{
    QVector<ReportChart> charts;
    ReportChartRenderer::Drawing drawing;
    QSemaphore done;
};

} // namespace

QSize ReportChartPainter::cellSize()
{
    return {520, 340};
}

ReportChartRenderer::Drawing ReportChartPainter::draw(const QVector<ReportChart> &charts)
{
    const QPalette palette = printPalette();
    std::vector<std::unique_ptr<QChart>> owned;
    QList<QChart *> drawn;
    for (const ReportChart &c : charts) {
        owned.emplace_back(ChartFactory::countBars(c.title, c.labels, c.values, palette));
        useReportFont(owned.back().get());
        drawn << owned.back().get();
    }
    Drawing drawing;
    const QByteArray svg = ChartFactory::svgGrid(drawn, cellSize(), kColumns, QString());
    // From the <svg> element on: the drawing goes inline into HTML.
    if (const qsizetype start = svg.indexOf("<svg"); start >= 0)
        drawing.svg = withFallbackFamily(svg.mid(start));
    QPicture picture;
    if (ChartFactory::paintGrid(drawn, cellSize(), kColumns, &picture))
        drawing.picture = QByteArray(picture.data(), qsizetype(picture.size()));
    return drawing;
}

Result<ReportChartRenderer::Drawing> ReportChartPainter::render(const QVector<ReportChart> &charts)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!qobject_cast<QApplication *>(app))
        return Drawing(); // no widgets in this process: the counts stay in the tables
    if (QThread::currentThread() == app->thread())
        return draw(charts);
    auto job = std::make_shared<DrawJob>();
    job->charts = charts;
    QMetaObject::invokeMethod(
        app,
        [job] {
            job->drawing = draw(job->charts);
            job->done.release();
        },
        Qt::QueuedConnection);
    // Waits in steps so that a program closing down (its event loop gone)
    // fails the report instead of hanging its worker.
    while (!job->done.tryAcquire(1, 100)) {
        if (QCoreApplication::closingDown())
            return Error{
                QCoreApplication::translate(
                    "Reports", "The program closed before the report's charts were drawn."),
                {},
                0,
                {}};
    }
    return job->drawing;
}

} // namespace ab::ui
