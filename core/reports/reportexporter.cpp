#include "reports/reportexporter.h"

#include "audit/audittrail.h"
#include "identity/roles.h"
#include "privacy/piimasker.h"
#include "reports/casereport.h"
#include "reports/complaintreport.h"
#include "reports/deadlinereport.h"
#include "reports/pdfreportwriter.h"
#include "reports/providerreport.h"
#include "reports/reporttext.h"
#include "reports/reportwriters.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QUuid>

namespace ab {

namespace {

QString newReportId(const QDateTime &now)
{
    return QStringLiteral("RPT-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss")) +
           QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8).toUpper();
}

Result<QVector<ReportFile>> renderFiles(const Report &report, ReportFormat format,
                                        const QString &hash, const ReportText &text)
{
    switch (format) {
    case ReportFormat::Json:
        return QVector<ReportFile>{{QString(), ReportWriters::toJson(report, hash)}};
    case ReportFormat::Html:
        return QVector<ReportFile>{{QString(), ReportWriters::toHtml(report, hash)}};
    case ReportFormat::Csv:
        return ReportWriters::toCsv(report, hash);
    case ReportFormat::Pdf: {
        Result<QByteArray> pdf = PdfReportWriter::render(report, hash, text);
        if (!pdf)
            return pdf.error();
        return QVector<ReportFile>{{QString(), pdf.value()}};
    }
    }
    return QVector<ReportFile>{};
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

// FILE.csv + "-totals" → FILE-totals.csv
QString pathWithSuffix(const QString &path, const QString &suffix)
{
    if (suffix.isEmpty())
        return path;
    const QFileInfo info(path);
    const QString ext = info.suffix();
    const QString stem = ext.isEmpty() ? path : path.left(path.size() - ext.size() - 1);
    return stem + suffix + (ext.isEmpty() ? QString() : QLatin1Char('.') + ext);
}

void removeAll(const QStringList &paths)
{
    for (const QString &p : paths)
        QFile::remove(p);
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

Result<Report> ReportExporter::build(const ReportOptions &requested)
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
    Result<Report> built = buildContent(m_workspace.db(), options, text, settings);
    if (!built)
        return built;
    Report report = std::move(built.value());
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

Result<ExportResult> ReportExporter::exportReport(const ExportRequest &request)
{
    if (request.outputPath.isEmpty())
        return Error{QCoreApplication::translate("Reports", "No output file given."),
                     {},
                     0,
                     QStringLiteral("output")};
    Result<Report> built = build(request.options);
    if (!built)
        return built.error();
    const Report &report = built.value();
    const QString hash = ReportWriters::contentHash(report);
    const ReportText text(request.options.language);
    Result<QVector<ReportFile>> files = renderFiles(report, request.format, hash, text);
    if (!files)
        return files.error();

    // The main file's own SHA-256 goes into a sha256sum-style sidecar.
    const QByteArray &mainBytes = files->first().bytes;
    const QString fileHash = QString::fromLatin1(
        QCryptographicHash::hash(mainBytes, QCryptographicHash::Sha256).toHex());
    files->push_back(
        {QStringLiteral(".sha256"), (fileHash + QStringLiteral("  ") +
                                     QFileInfo(request.outputPath).fileName() + QLatin1Char('\n'))
                                        .toUtf8()});

    ExportResult result{report.stamp.reportId,
                        hash,
                        {},
                        report.tables.isEmpty() ? 0 : report.tables.first().rows.size()};
    QStringList temps;
    for (const ReportFile &f : files.value()) {
        const QString target = f.suffix == QLatin1String(".sha256")
                                   ? request.outputPath + f.suffix
                                   : pathWithSuffix(request.outputPath, f.suffix);
        const QString temp = target + QStringLiteral(".part");
        QFile out(temp);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            out.write(f.bytes) != f.bytes.size() || !out.flush()) {
            removeAll(temps << temp);
            return Error{QCoreApplication::translate("Reports", "Could not write the report: %1")
                             .arg(out.errorString()),
                         target,
                         0,
                         {}};
        }
        temps << temp;
        result.files << target;
    }

    const QJsonObject after{{QStringLiteral("kind"), reportKindToken(report.kind)},
                            {QStringLiteral("format"), reportFormatToken(request.format)},
                            {QStringLiteral("language"), report.language},
                            {QStringLiteral("masked"), report.stamp.masked},
                            {QStringLiteral("from"), time::toIsoDate(request.options.from)},
                            {QStringLiteral("to"), time::toIsoDate(request.options.to)},
                            {QStringLiteral("case"), request.options.caseNumber},
                            {QStringLiteral("file"), QFileInfo(request.outputPath).fileName()},
                            {QStringLiteral("contentSha256"), hash},
                            {QStringLiteral("fileSha256"), fileHash}};
    Database &db = m_workspace.db();
    const Status done = db.transaction([&]() -> Status {
        if (Status s = AuditTrail::append(
                db, {m_workspace.actor(), QStringLiteral("report.exported"),
                     QStringLiteral("report"), report.stamp.reportId, QJsonValue(), after});
            !s)
            return s;
        for (int i = 0; i < temps.size(); ++i) {
            QFile::remove(result.files.at(i));
            if (!QFile::rename(temps.at(i), result.files.at(i)))
                return Error{
                    QCoreApplication::translate("Reports", "Could not move the report into place."),
                    result.files.at(i),
                    0,
                    {}};
        }
        return {};
    });
    if (!done) {
        removeAll(temps);
        return done.error();
    }
    return result;
}

} // namespace ab
