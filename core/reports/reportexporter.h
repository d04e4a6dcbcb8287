#pragma once

#include "reports/report.h"
#include "reports/reportoptions.h"
#include "util/result.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace ab {

class ReportChartRenderer;
class Workspace;

enum class ReportFormat
{
    Pdf,
    Html,
    Csv,
    Json
};

QString reportFormatToken(ReportFormat format); // "pdf", "html", "csv", "json"
std::optional<ReportFormat> reportFormatFromToken(const QString &token);

struct ExportRequest
{
    ReportOptions options;
    ReportFormat format = ReportFormat::Pdf;
    QString outputPath; // the main file; CSV adds FILE-<table>.csv next to it
};

struct ExportResult
{
    QString reportId;
    QString contentHash;
    QStringList files; // every file written, the .sha256 sidecar included
    qint64 rows = 0;   // rows of the report's main table
};

// Builds a report from the workspace, stamps it, masks it and writes it.
// Files appear whole or not at all: everything is written to temporary
// files first and renamed in the transaction that appends the audit entry.
// CSV, HTML and JSON stream the big tables from SQL to the file.
class ReportExporter
{
public:
    explicit ReportExporter(Workspace &workspace) : m_workspace(workspace) {}

    // Draws the charts of the reports' count tables (not owned; may be
    // null: the counts are then in the tables only).
    void setChartRenderer(ReportChartRenderer *renderer) { m_charts = renderer; }

    // The stamped, masked (unless asked otherwise) content, every row read
    // (`rowsPerTable` >= 0: only the first so many held; see
    // materializeRows()), with its charts. Checks the options and, for an
    // unmasked report, the supervisor role.
    Result<Report> build(const ReportOptions &options, qsizetype rowsPerTable = -1);
    // The same with the tables that grow with the data left streamed
    // (ReportTable::source, masked as it is read), and no charts yet.
    Result<Report> prepare(const ReportOptions &options);
    Result<ExportResult> exportReport(const ExportRequest &request);

    // Every text of the report through the masker (tables and facts;
    // a streamed table as it is read).
    static void maskAll(Report &report);

private:
    Status check(const ReportOptions &options);
    // Draws the count tables' charts, first among the figures.
    Status addCharts(Report &report);

    Workspace &m_workspace;
    ReportChartRenderer *m_charts = nullptr;
};

} // namespace ab
