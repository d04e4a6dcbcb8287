// auditbench-cli report (--db PATH | --server URL) --kind case|provider|deadlines|complaints
// [--case ID]
//   [--provider ID] [--from DATE --to DATE] --format pdf|html|csv|json [--lang zh_CN|en]
//   [--unmasked] -o FILE
#include "clicommand.h"
#include "reports/reportchartpainter.h"
#include "reports/reportexporter.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QLocale>

namespace ab::cli {

namespace {

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name, int &code)
{
    if (!parser.isSet(name))
        return QDate();
    const auto day = time::parseIsoDate(parser.value(name));
    if (!day)
        code = usage(QCoreApplication::translate("cli", "report: --%1 must be YYYY-MM-DD, not '%2'")
                         .arg(name, parser.value(name)));
    return day;
}

void addReportOptions(QCommandLineParser &parser)
{
    addWorkspaceOptions(parser);
    parser.addOption(userOption());
    parser.addOptions({
        {QStringLiteral("kind"),
         QCoreApplication::translate("cli", "deadlines, case, provider or complaints."),
         QStringLiteral("KIND")},
        {QStringLiteral("case"), QCoreApplication::translate("cli", "The case (case report)."),
         QStringLiteral("NUMBER")},
        {QStringLiteral("provider"),
         QCoreApplication::translate("cli", "The provider (provider report; narrows others)."),
         QStringLiteral("ID")},
        {QStringLiteral("from"), QCoreApplication::translate("cli", "First day of the period."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("to"), QCoreApplication::translate("cli", "Last day of the period."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("as-of"),
         QCoreApplication::translate("cli", "Judge statuses as of this day (default: today)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("format"), QCoreApplication::translate("cli", "pdf, html, csv or json."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("unmasked"),
         QCoreApplication::translate(
             "cli", "Leave personal information unmasked (supervisors only; audited).")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         QCoreApplication::translate("cli", "The report file to write."),
         QStringLiteral("FILE")},
    });
}

} // namespace

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Export an inspection report. The global --lang chooses its language."));
    addReportOptions(parser);
    int code = kOk;
    if (!parse(parser, arguments, code))
        return code;

    const std::optional<QString> location = workspaceLocation(parser, "report", code);
    if (!location)
        return code;
    const QString &path = *location;
    ExportRequest request;
    if (!reportKindFromToken(parser.value(QStringLiteral("kind")), &request.options.kind))
        return usage(QCoreApplication::translate(
                         "cli", "report: --kind must be deadlines, case, provider or complaints, "
                                "not '%1'")
                         .arg(parser.value(QStringLiteral("kind"))));
    const auto format = reportFormatFromToken(parser.value(QStringLiteral("format")));
    if (!format)
        return usage(QCoreApplication::translate(
                         "cli", "report: --format must be pdf, html, csv or json, not '%1'")
                         .arg(parser.value(QStringLiteral("format"))));
    request.format = *format;
    request.outputPath = parser.value(QStringLiteral("output"));
    if (request.outputPath.isEmpty())
        return usage(QCoreApplication::translate("cli", "report: -o FILE is required"));
    for (const QString &name :
         {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("as-of")}) {
        const auto day = dateOption(parser, name, code);
        if (!day)
            return code;
        if (name == QLatin1String("from"))
            request.options.from = *day;
        else if (name == QLatin1String("to"))
            request.options.to = *day;
        else
            request.options.asOf = *day;
    }
    if (request.options.kind != ReportKind::Case &&
        (!request.options.from.isValid() || !request.options.to.isValid()))
        return usage(QCoreApplication::translate("cli", "report: --from and --to are required"));
    if (request.options.to < request.options.from)
        return usage(QCoreApplication::translate("cli", "report: --to is before --from"));
    request.options.caseNumber = parser.value(QStringLiteral("case"));
    if (request.options.kind == ReportKind::Case && request.options.caseNumber.isEmpty())
        return usage(
            QCoreApplication::translate("cli", "report: --case is required for --kind case"));
    // A case report covers its case whatever the period or provider: an
    // option it would ignore is refused rather than silently dropped.
    for (const char *ignored : {"provider", "from", "to"})
        if (request.options.kind == ReportKind::Case && parser.isSet(QString::fromLatin1(ignored)))
            return usage(QCoreApplication::translate("cli", "report: --%1 does not apply to "
                                                            "--kind case")
                             .arg(QLatin1String(ignored)));
    if (request.options.kind != ReportKind::Case && parser.isSet(QStringLiteral("case")))
        return usage(
            QCoreApplication::translate("cli", "report: --case applies to --kind case only"));
    request.options.providerId = parser.value(QStringLiteral("provider"));
    if (request.options.kind == ReportKind::Provider && request.options.providerId.isEmpty())
        return usage(QCoreApplication::translate(
            "cli", "report: --provider is required for --kind provider"));
    request.options.masked = !parser.isSet(QStringLiteral("unmasked"));
    // The global --lang has already set the program's language; the report
    // follows it.
    request.options.language =
        QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");

    auto ws = Workspace::open(path, actingUser(parser));
    if (!ws)
        return fail(ws.error());
    ReportExporter exporter(**ws);
    ui::ReportChartPainter charts;
    exporter.setChartRenderer(&charts);
    const Result<ExportResult> done = exporter.exportReport(request);
    if (!done)
        return fail(done.error());
    out() << done->reportId << ' ' << done->contentHash << '\n';
    for (const QString &f : done->files)
        out() << f << '\n';
    out().flush();
    return kOk;
}

} // namespace ab::cli
