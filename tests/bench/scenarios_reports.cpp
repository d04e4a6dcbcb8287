// The report scenarios: a deadline compliance PDF of about a thousand items,
// and a PDF, a CSV and a JSON file of over a hundred thousand rows.
#include "benchdemo.h"
#include "reports/reportchartpainter.h"
#include "reports/reportexporter.h"
#include "scenario.h"
#include "workspace/workspace.h"

#include <QFile>

using namespace ab;
using namespace ab::bench;

namespace {

// A demo workspace of `generations` flagged generations (and their
// complaints), made (untimed) when missing: 1,000 generations give about
// 1,170 deadlines.
Result<std::unique_ptr<Workspace>> demoWorkspace(const BenchContext &context, const QString &name,
                                                 qint64 generations)
{
    const QString path = context.file(name);
    if (!QFile::exists(path))
        if (Result<BenchResult> made = generateDemo(path, generations); !made)
            return made.error();
    return Workspace::open(path, kBenchActor);
}

// Every deadline of the workspace, whatever its date.
ExportRequest everything(ReportFormat format, const QString &path)
{
    ExportRequest r;
    r.options.kind = ReportKind::Deadlines;
    r.options.from = QDate(2000, 1, 1);
    r.options.to = QDate(2099, 12, 31);
    r.options.asOf = kDemoToday;
    r.options.language = QStringLiteral("zh_CN");
    r.format = format;
    r.outputPath = path;
    return r;
}

Result<BenchResult> timedExport(Workspace &ws, const ExportRequest &request)
{
    ReportExporter exporter(ws);
    ui::ReportChartPainter charts; // as the programs draw them
    exporter.setChartRenderer(&charts);
    Stopwatch watch;
    Result<ExportResult> done = exporter.exportReport(request);
    if (!done)
        return done.error();
    return BenchResult{done->rows, watch.seconds()};
}

} // namespace

AB_BENCH_SCENARIO(reportDeadlinesPdf1k, "report-deadlines-pdf-1k",
                  "deadline compliance report of ~1,170 items to PDF (zh_CN), end to end")
{
    auto ws = demoWorkspace(context, QStringLiteral("demo-1k.auditbench"), 1000);
    if (!ws)
        return ws.error();
    return timedExport(**ws, everything(ReportFormat::Pdf, context.file(QStringLiteral("r.pdf"))));
}

AB_BENCH_SCENARIO(reportDeadlinesPdf100k, "report-deadlines-pdf-100k",
                  "deadline compliance report of ~117,000 items to PDF (zh_CN), laid out a row "
                  "at a time (peak RSS is the point)")
{
    auto ws = demoWorkspace(context, QStringLiteral("demo-100k.auditbench"), 100'000);
    if (!ws)
        return ws.error();
    return timedExport(**ws, everything(ReportFormat::Pdf, context.file(QStringLiteral("r.pdf"))));
}

AB_BENCH_SCENARIO(reportDeadlinesCsv100k, "report-deadlines-csv-100k",
                  "deadline compliance report of ~117,000 items to CSV, end to end")
{
    auto ws = demoWorkspace(context, QStringLiteral("demo-100k.auditbench"), 100'000);
    if (!ws)
        return ws.error();
    return timedExport(**ws, everything(ReportFormat::Csv, context.file(QStringLiteral("r.csv"))));
}

AB_BENCH_SCENARIO(reportDeadlinesJson100k, "report-deadlines-json-100k",
                  "deadline compliance report of ~117,000 items to JSON, streamed, end to end")
{
    auto ws = demoWorkspace(context, QStringLiteral("demo-100k.auditbench"), 100'000);
    if (!ws)
        return ws.error();
    return timedExport(**ws,
                       everything(ReportFormat::Json, context.file(QStringLiteral("r.json"))));
}
