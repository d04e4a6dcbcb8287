#include "reports/reportexporter.h"

#include "audit/audittrail.h"
#include "identity/roles.h"
#include "privacy/piimasker.h"
#include "reports/casereport.h"
#include "reports/complaintreport.h"
#include "reports/deadlinereport.h"
#include "reports/fileplacement.h"
#include "reports/pdfreportwriter.h"
#include "reports/providerreport.h"
#include "reports/reportchart.h"
#include "reports/reportfilewriter.h"
#include "reports/reporttext.h"
#include "reports/reportwriters.h"
#include "storage/readsnapshot.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace ab {

namespace {

QString newReportId(const QDateTime &now)
{
    return QStringLiteral("RPT-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss")) +
           QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8).toUpper();
}

// Stages the report's files: CSV, HTML and JSON streamed to their files, the
// PDF laid out a row at a time and written from memory.
Result<StagedFiles> stageFiles(Report &report, ReportFormat format, const QString &path,
                               const ReportText &text)
{
    if (format == ReportFormat::Csv)
        return ReportFileWriter::writeCsv(report, path);
    if (format == ReportFormat::Html)
        return ReportFileWriter::writeHtml(report, path);
    if (format == ReportFormat::Json)
        return ReportFileWriter::writeJson(report, path);
    Result<PdfReportWriter::Rendered> pdf = PdfReportWriter::render(report, text);
    if (!pdf)
        return pdf.error();
    StagedFiles staged;
    staged.contentHash = pdf->contentHash;
    staged.rows = pdf->rows;
    if (Status s = ReportFileWriter::stage(staged, path, pdf->bytes); !s) {
        staged.discard();
        return s.error();
    }
    return staged;
}

// Masks the cells of a streamed row that the builder did not mask itself.
void maskRow(ReportRow &row, const QVector<bool> &skip)
{
    for (qsizetype i = 0; i < row.size(); ++i) {
        // Most cells (dates, codes, words) cannot hold a value: they stay
        // UTF-8 and are not converted at all.
        if (skip.value(i) || !PiiMasker::mayContain(QByteArrayView(row.at(i))))
            continue;
        row[i] = PiiMasker::mask(QString::fromUtf8(row.at(i))).toUtf8();
    }
}

Result<Report> buildContent(Database &db, const ReportOptions &options, const ReportText &text,
                            const WorkspaceSettings &settings)
{
    switch (options.kind) {
    case ReportKind::Case:
        return CaseReport::build(db, options, text, settings.timeZone(), settings.dueSoonDays);
    case ReportKind::Complaints:
        return ComplaintReport::build(db, options, text, settings.timeZone());
    case ReportKind::Provider:
        return ProviderReport::build(db, options, text, settings.timeZone(), settings.dueSoonDays);
    case ReportKind::Deadlines:
        break;
    }
    return DeadlineReport::build(db, options, text, settings.timeZone(), settings.dueSoonDays);
}

} // namespace

QString reportFormatToken(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

std::optional<ReportFormat> reportFormatFromToken(const QString &token)
{
    for (ReportFormat f :
         {ReportFormat::Pdf, ReportFormat::Html, ReportFormat::Csv, ReportFormat::Json})
        if (reportFormatToken(f) == token)
            return f;
    return std::nullopt;
}

void ReportExporter::maskAll(Report &report)
{
    report.scope = PiiMasker::mask(report.scope); // it may name a provider or a case
    for (ReportFact &f : report.facts)
        f.value = PiiMasker::mask(f.value);
    for (ReportTable &t : report.tables) {
        QVector<bool> skip;
        for (const QString &key : std::as_const(t.columnKeys))
            skip.push_back(t.premaskedKeys.contains(key));
        for (QStringList &row : t.rows)
            for (qsizetype i = 0; i < row.size(); ++i)
                if (!skip.value(i))
                    row[i] = PiiMasker::mask(row.at(i));
        if (t.source) {
            // A streamed table is masked row by row as it is read.
            t.source = [source = std::move(t.source), skip](const ReportRowSink &sink) {
                return source([&](ReportRow &row) {
                    maskRow(row, skip);
                    sink(row);
                });
            };
        }
    }
}

Status ReportExporter::check(const ReportOptions &o)
{
    if (o.kind == ReportKind::Case) {
        if (o.caseNumber.isEmpty())
            return Error{QCoreApplication::translate("Reports", "The case report needs a case."),
                         {},
                         0,
                         QStringLiteral("case")};
    } else if (o.kind == ReportKind::Provider && o.providerId.isEmpty()) {
        return Error{
            QCoreApplication::translate("Reports", "The provider report needs a provider."),
            {},
            0,
            QStringLiteral("provider")};
    } else if (o.kind != ReportKind::Deadlines && o.kind != ReportKind::Complaints &&
               o.kind != ReportKind::Provider)
        return Error{
            QCoreApplication::translate("Reports", "This report kind is not available yet."),
            {},
            0,
            QStringLiteral("kind")};
    if (o.kind != ReportKind::Case) {
        if (!o.from.isValid())
            return Error{QCoreApplication::translate("Reports", "The period needs a start date."),
                         {},
                         0,
                         QStringLiteral("from")};
        if (!o.to.isValid())
            return Error{QCoreApplication::translate("Reports", "The period needs an end date."),
                         {},
                         0,
                         QStringLiteral("to")};
        if (o.to < o.from)
            return Error{
                QCoreApplication::translate("Reports", "The period ends before it starts."),
                {},
                0,
                QStringLiteral("to")};
    }
    if (!o.masked)
        return Roles::requireSupervisor(
            m_workspace.db(), m_workspace.actor(),
            QCoreApplication::translate("Reports", "export reports with personal information"));
    return {};
}

Result<Report> ReportExporter::build(const ReportOptions &options, qsizetype rowsPerTable)
{
    Result<Report> report = prepare(options);
    if (!report)
        return report;
    // Charts first: they count whole tables, which a preview then cuts.
    if (Status s = addCharts(report.value()); !s)
        return s.error();
    if (Status s = materializeRows(report.value(), rowsPerTable); !s)
        return s.error();
    return report;
}

Result<Report> ReportExporter::prepare(const ReportOptions &requested)
{
    if (Status s = check(requested); !s)
        return s.error();
    ReportOptions options = requested;
    const WorkspaceSettings &settings = m_workspace.settings();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!options.asOf.isValid())
        options.asOf = time::localDate(now, settings.timeZone());
    Result<QString> head = AuditTrail::headHash(m_workspace.db());
    if (!head)
        return head.error();

    const ReportText text(options.language);
    // A provider narrows the deadline and complaint reports; their scope
    // says so, and a provider that does not exist is an error, not an
    // empty report. (The provider report names and checks its own.)
    QString providerName;
    if (!options.providerId.isEmpty() &&
        (options.kind == ReportKind::Deadlines || options.kind == ReportKind::Complaints)) {
        Result<QString> name = ProviderReport::name(m_workspace.db(), options.providerId, text);
        if (!name)
            return name.error();
        providerName = name.value();
    }
    Result<Report> built = buildContent(m_workspace.db(), options, text, settings);
    if (!built)
        return built;
    Report report = std::move(built.value());
    if (!providerName.isEmpty())
        report.scope = text.get("%1; provider %2").arg(report.scope, providerName);
    report.stamp = {newReportId(now),    settings.name, time::toStored(now),
                    m_workspace.actor(), head.value(),  options.masked};
    report.stampLabels = {text.get("Report ID"),        text.get("Workspace"),
                          text.get("Generated at"),     text.get("Generated by"),
                          text.get("Audit chain head"), text.get("Personal information"),
                          text.get("Content SHA-256")};
    report.maskingNote =
        options.masked ? text.get("masked") : text.get("NOT masked (supervisor export)");
    if (options.masked)
        maskAll(report);
    return report;
}

Status ReportExporter::addCharts(Report &report)
{
    const QVector<ReportChart> charts = reportCharts(report);
    if (!m_charts || charts.isEmpty())
        return {};
    // Drawn from the masked tables: a chart shows no text the tables hide.
    Result<ReportChartRenderer::Drawing> drawing = m_charts->render(charts);
    if (!drawing)
        return drawing.error();
    if (drawing->svg.isEmpty()) // this process cannot draw them
        return {};
    const ReportText text(report.language);
    report.figures.prepend({QStringLiteral("charts"),
                            text.get("Charts of the report's count tables"), drawing->svg,
                            drawing->picture});
    return {};
}

Result<ExportResult> ReportExporter::exportReport(const ExportRequest &request)
{
    if (request.outputPath.isEmpty())
        return Error{QCoreApplication::translate("Reports", "No output file given."),
                     {},
                     0,
                     QStringLiteral("output")};
    // The totals are counted before the rows stream: one read snapshot for
    // both, so that a change made while a long report is written cannot set
    // them apart (a WAL reader sees the file as it was at its first read).
    // Opened inside another transaction (a caller's) it does nothing, and the
    // report reads in that one.
    ReadSnapshot snapshot(m_workspace.db());
    (void)snapshot.begin();
    Result<Report> built = prepare(request.options);
    if (!built)
        return built.error();
    Report &report = built.value();
    // Only the formats that show drawings get them.
    if (request.format == ReportFormat::Pdf || request.format == ReportFormat::Html)
        if (Status s = addCharts(report); !s)
            return s.error();
    const ReportText text(request.options.language);
    Result<StagedFiles> stagedFiles = stageFiles(report, request.format, request.outputPath, text);
    snapshot.end();
    if (!stagedFiles)
        return stagedFiles.error();
    StagedFiles &staged = stagedFiles.value();
    const QString &hash = staged.contentHash;
    const QString fileHash = staged.fileHash();

    // Every file's own SHA-256 (a CSV report is several files) goes into a
    // sidecar that `sha256sum -c` checks.
    if (Status s = ReportFileWriter::stage(staged, request.outputPath + QStringLiteral(".sha256"),
                                           staged.sha256sumLines());
        !s) {
        staged.discard();
        return s.error();
    }
    const ExportResult result{report.stamp.reportId, hash, staged.targets, staged.rows};

    const QJsonObject after{{QStringLiteral("kind"), reportKindToken(report.kind)},
                            {QStringLiteral("format"), reportFormatToken(request.format)},
                            {QStringLiteral("language"), report.language},
                            {QStringLiteral("masked"), report.stamp.masked},
                            {QStringLiteral("from"), time::toIsoDate(request.options.from)},
                            {QStringLiteral("to"), time::toIsoDate(request.options.to)},
                            {QStringLiteral("case"), request.options.caseNumber},
                            {QStringLiteral("provider"), request.options.kind == ReportKind::Case
                                                             ? QString()
                                                             : request.options.providerId},
                            {QStringLiteral("file"), QFileInfo(request.outputPath).fileName()},
                            {QStringLiteral("contentSha256"), hash},
                            {QStringLiteral("fileSha256"), fileHash}};
    Database &db = m_workspace.db();
    // The files move into place inside the transaction of their audit
    // entry: if either fails, both are taken back.
    FilePlacement placement;
    const Status done = db.transaction([&]() -> Status {
        if (Status s = AuditTrail::append(
                db, {m_workspace.actor(), QStringLiteral("report.exported"),
                     QStringLiteral("report"), report.stamp.reportId, QJsonValue(), after});
            !s)
            return s;
        return placement.place(staged.temps, result.files);
    });
    if (!done) {
        Error error = done.error();
        for (const QString &kept : placement.undo())
            error.message +=
                QLatin1Char(' ') +
                QCoreApplication::translate("Reports", "The earlier file is kept as %1.").arg(kept);
        staged.discard();
        return error;
    }
    return result;
}

} // namespace ab
