#include "reportfixture.h"
#include "reports/reportchart.h"
#include "reports/reportchartpainter.h"
#include "reports/reportexporter.h"
#include "reports/reporttext.h"
#include "testsupport.h"
#include "waitfor.h"
#include "workspace/workspace.h"

#include <QFuture>
#include <QXmlStreamReader>
#include <QtConcurrent>

using namespace ab;
using namespace ab::test;

namespace {

// Every text a drawing shows, in document order.
QStringList svgTexts(const QByteArray &svg)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    REQUIRE_FALSE(xml.hasError());
    return texts;
}

// Whether `texts` show `label`, whole or cut short with an ellipsis (an
// axis elides a label longer than its room).
bool shows(const QStringList &texts, const QString &label)
{
    for (const QString &t : texts)
        if (t == label || (t.endsWith(QChar(0x2026)) && label.startsWith(t.chopped(1))))
            return true;
    return false;
}

ReportOptions providerOptions(const QString &language)
{
    ReportOptions o;
    o.kind = ReportKind::Provider;
    o.providerId = QStringLiteral("P1");
    o.from = QDate(2026, 3, 1);
    o.to = QDate(2026, 6, 30);
    o.asOf = kAsOf;
    o.language = language;
    return o;
}

const ReportFigure *figure(const Report &report, const QString &key)
{
    for (const ReportFigure &f : report.figures)
        if (f.key == key)
            return &f;
    return nullptr;
}

} // namespace

TEST_CASE("a report draws each count table as a bar chart, off the UI thread too", "[reportsui]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    fx.exec(QStringLiteral(
        "INSERT INTO complaint_generations (complaint_id, generation_id) VALUES ('C1', 'G1')"));
    ReportExporter exporter(fx.ws());

    // Without a renderer the counts are in the tables only.
    Result<Report> plain = exporter.build(providerOptions(QStringLiteral("en")));
    AB_REQUIRE_OK(plain);
    CHECK(figure(plain.value(), QStringLiteral("charts")) == nullptr);

    ui::ReportChartPainter painter;
    exporter.setChartRenderer(&painter);
    // The export dialog builds on a worker thread, with a connection of its
    // own: the charts are drawn on this (the GUI) thread while it waits.
    const QString path = fx.ws().path();
    QFuture<Result<Report>> onWorker = QtConcurrent::run([&painter, path]() -> Result<Report> {
        auto ws = Workspace::open(path, QStringLiteral("tester"));
        if (!ws)
            return ws.error();
        ReportExporter own(**ws);
        own.setChartRenderer(&painter);
        return own.build(providerOptions(QStringLiteral("en")));
    });
    REQUIRE(waitFor([&] { return onWorker.isFinished(); }, 60000));
    Result<Report> drawn = onWorker.result();
    AB_REQUIRE_OK(drawn);
    const ReportFigure *charts = figure(drawn.value(), QStringLiteral("charts"));
    REQUIRE(charts != nullptr);
    CHECK(drawn->figures.constFirst().key == QLatin1String("charts")); // before the lineage
    const QStringList texts = svgTexts(charts->svg);
    INFO(texts.join(QLatin1Char('|')).toStdString());
    // A chart per count table with rows, titled as the table; a bar per row,
    // labelled with the row's first cell and its count.
    for (const ReportTable &t : drawn->tables) {
        if (!t.charted)
            continue;
        CHECK(texts.contains(t.title));
        for (const QStringList &row : t.rows) {
            CHECK(shows(texts, row.constFirst()));
            if (row.constLast() != QLatin1String("0")) // an empty bar has no label
                CHECK(texts.contains(row.constLast()));
        }
    }
    CHECK(texts.contains(QStringLiteral("Deadline compliance")));
    CHECK(texts.contains(QStringLiteral("Complaints by kind")));
    CHECK(texts.contains(QStringLiteral("Personal information request")));
    CHECK_FALSE(texts.contains(QStringLiteral("Open cases"))); // not a count table

    // The same drawing as on the GUI thread itself.
    Result<Report> here = exporter.build(providerOptions(QStringLiteral("en")));
    AB_REQUIRE_OK(here);
    CHECK(figure(here.value(), QStringLiteral("charts"))->svg == charts->svg);

    // HTML carries the drawing inline.
    ExportRequest request;
    request.options = providerOptions(QStringLiteral("en"));
    request.format = ReportFormat::Html;
    request.outputPath = dir.path(QStringLiteral("provider.html"));
    AB_REQUIRE_OK(exporter.exportReport(request));
    const QByteArray html = readFile(request.outputPath);
    CHECK(html.contains(charts->svg.left(200)));
    CHECK(html.contains("<h2>Charts of the report's count tables</h2>"));
}

TEST_CASE("a Chinese report's charts are in Chinese whatever the UI language", "[reportsui]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    ReportExporter exporter(fx.ws());
    ui::ReportChartPainter painter;
    exporter.setChartRenderer(&painter);
    Result<Report> report = exporter.build(providerOptions(QStringLiteral("zh_CN")));
    AB_REQUIRE_OK(report);
    const ReportFigure *charts = figure(report.value(), QStringLiteral("charts"));
    REQUIRE(charts != nullptr);
    const ReportText zh(QStringLiteral("zh_CN"));
    const QString title = zh.get("Deadline compliance");
    CHECK(title != QLatin1String("Deadline compliance")); // translated
    const QStringList texts = svgTexts(charts->svg);
    CHECK(texts.contains(title));
    CHECK(texts.contains(zh.token(QStringLiteral("met"))));
    CHECK(charts->caption == zh.get("Charts of the report's count tables"));
    // The report's own strings are translated, the new ones included.
    for (const char *source : {"Charts of the report's count tables", "Complaints by channel",
                               "Complaints by kind", "%1; provider %2"})
        CHECK(zh.get(source) != QLatin1String(source));
}

TEST_CASE("a PDF's charts keep their words as text", "[reportsui]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    fx.exec(QStringLiteral(
        "INSERT INTO complaint_generations (complaint_id, generation_id) VALUES ('C1', 'G1')"));
    const auto pdfWords = [&](ReportChartRenderer *renderer, const QString &name) {
        ReportExporter exporter(fx.ws());
        exporter.setChartRenderer(renderer);
        ExportRequest request;
        request.options = providerOptions(QStringLiteral("en"));
        request.format = ReportFormat::Pdf;
        request.outputPath = dir.path(name);
        const Result<ExportResult> done = exporter.exportReport(request);
        REQUIRE(done.ok());
        return pdfText(request.outputPath);
    };
    ui::ReportChartPainter painter;
    const QString plain = pdfWords(nullptr, QStringLiteral("plain.pdf"));
    const QString charted = pdfWords(&painter, QStringLiteral("charted.pdf"));
    // Each chart repeats its table's title, and the bars their labels, as
    // text that extracts (not as outlines).
    for (const QString &words :
         {QStringLiteral("Complaints by kind"), QStringLiteral("Deadline compliance"),
          QStringLiteral("Personal information request")})
        CHECK(charted.count(words) == plain.count(words) + 1);
    CHECK(charted.contains(QStringLiteral("Charts of the report's count tables")));
}
