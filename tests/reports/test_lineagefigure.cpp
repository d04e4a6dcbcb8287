// The provider report's lineage figure: Graphviz SVG, capped when large,
// inline in HTML and on a page of its own in the PDF.
#include "lineage/lineagegraph.h"
#include "reportfixture.h"
#include "reports/lineagefigure.h"
#include "reports/reportexporter.h"
#include "reports/reporttext.h"
#include "testsupport.h"

#include <QRegularExpression>

using namespace ab;
using namespace ab::test;

namespace {

LineageGraph smallGraph()
{
    LineageGraph g;
    DatasetNode crawl;
    crawl.id = QStringLiteral("D1");
    crawl.name = QStringLiteral("网页语料 call 13800138000");
    DatasetNode sft;
    sft.id = QStringLiteral("D2");
    sft.name = QStringLiteral("sft-set");
    ModelNode base;
    base.id = QStringLiteral("M1");
    base.name = QStringLiteral("Star");
    base.version = QStringLiteral("1.0");
    ModelNode chat = base;
    chat.id = QStringLiteral("M2");
    chat.version = QStringLiteral("2.0");
    g.add(crawl);
    g.add(sft);
    g.add(base);
    g.add(chat);
    g.add(LineageEdge{LineageEdge::Kind::DerivedFrom, datasetKey("D1"), datasetKey("D2"), {}});
    g.add(LineageEdge{LineageEdge::Kind::Training, datasetKey("D2"), modelKey("M2"), {}});
    g.add(LineageEdge{LineageEdge::Kind::BaseModel, modelKey("M1"), modelKey("M2"), {}});
    return g;
}

} // namespace

TEST_CASE("lineage figure: every node drawn, names masked", "[reports][lineage]")
{
    const ReportText text(QStringLiteral("en"));
    Result<LineageFigure::Figure> f = LineageFigure::render(smallGraph(), text, true);
    AB_REQUIRE_OK(f);
    CHECK(f->shown == 4);
    CHECK(f->total == 4);
    CHECK(f->caption == QLatin1String("Training-data lineage"));
    const QString svg = QString::fromUtf8(f->svg);
    CHECK(svg.startsWith(QLatin1String("<svg")));
    CHECK(svg.contains(QStringLiteral("网页语料")));
    // Graphviz writes '-' as a character reference in SVG.
    CHECK(svg.contains(QLatin1String("sft&#45;set")));
    CHECK(svg.contains(QLatin1String("Star 2.0")));
    CHECK(svg.contains(QLatin1String("138****8000")));
    CHECK_FALSE(svg.contains(QLatin1String("13800138000")));
}

TEST_CASE("lineage figure: a large lineage is capped and says so", "[reports][lineage]")
{
    LineageGraph g = smallGraph();
    for (int i = 0; i < 47; ++i) {
        DatasetNode d;
        d.id = QStringLiteral("X%1").arg(i);
        d.name = QStringLiteral("extra-%1").arg(i);
        g.add(d);
    }
    const ReportText text(QStringLiteral("en"));
    Result<LineageFigure::Figure> f = LineageFigure::render(g, text, true);
    AB_REQUIRE_OK(f);
    CHECK(f->total == 51);
    CHECK(f->shown == LineageFigure::kMaxNodes);
    CHECK(f->caption.contains(QStringLiteral("40 of 51 nodes shown")));
    // Model versions and the dataset that trains one come first.
    const QString svg = QString::fromUtf8(f->svg);
    CHECK(svg.contains(QLatin1String("Star 1.0")));
    CHECK(svg.contains(QLatin1String("sft&#45;set")));
    CHECK_FALSE(svg.contains(QLatin1String("extra&#45;46")));
    CHECK(svg.contains(QLatin1String("extra&#45;0")));
}

TEST_CASE("provider report: lineage figure inline in HTML and on a PDF page", "[reports][lineage]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    fx.exec(QStringLiteral(
        "INSERT INTO datasets (id, provider_id, name, stage, source_type, source, "
        "contains_personal_info) VALUES ('D1', 'P1', 'web-crawl', 'pretrain', 'self_collected', "
        "'crawl', 0)"));
    fx.exec(QStringLiteral("INSERT INTO training_edges (dataset_id, model_version_id, role) "
                           "SELECT 'D1', id, 'pretrain' FROM model_versions WHERE provider_id = "
                           "'P1' LIMIT 1"));
    ReportExporter exporter(fx.ws());
    ExportRequest request;
    request.options.kind = ReportKind::Provider;
    request.options.providerId = QStringLiteral("P1");
    request.options.from = QDate(2026, 3, 1);
    request.options.to = QDate(2026, 6, 30);
    request.options.asOf = kAsOf;
    request.format = ReportFormat::Html;
    request.outputPath = dir.path(QStringLiteral("p.html"));
    AB_REQUIRE_OK(exporter.exportReport(request));
    const QString html = QString::fromUtf8(readFile(request.outputPath));
    CHECK(html.count(QLatin1String("<svg")) == 1);
    CHECK(html.contains(QLatin1String("<h2>Training-data lineage</h2>")));
    CHECK(html.contains(QLatin1String("web&#45;crawl")));

    request.format = ReportFormat::Pdf;
    request.outputPath = dir.path(QStringLiteral("p.pdf"));
    AB_REQUIRE_OK(exporter.exportReport(request));
    const QString pdf = pdfText(request.outputPath);
    CHECK(pdf.contains(QLatin1String("Training-data lineage")));
    // The figure has the last page, counted in every footer.
    const QRegularExpressionMatch last =
        QRegularExpression(QStringLiteral("Page (\\d+) of \\1")).match(pdf);
    REQUIRE(last.hasMatch());
    CHECK(pdf.indexOf(QLatin1String("Training-data lineage")) >
          pdf.indexOf(QStringLiteral("Page %1 of %2")
                          .arg(last.captured(1).toInt() - 1)
                          .arg(last.captured(1))));
    // Its boxes' labels are text on that page: they copy and search.
    const QString figurePage = pdf.mid(pdf.indexOf(QLatin1String("Training-data lineage")));
    CHECK(figurePage.contains(QLatin1String("web-crawl")));
    CHECK(figurePage.contains(QLatin1String("chat 1.0")));
}
