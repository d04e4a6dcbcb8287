#pragma once

#include "reports/report.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ab {

// Files of one export, written under temporary names (".part") for the
// exporter to rename into place once the audit entry is in: a failure leaves
// no file behind.
struct StagedFiles
{
    QStringList targets; // the final names, main file first
    QStringList temps;   // where each is now
    QString contentHash; // ReportWriters::contentHash() of the report
    QString fileHash;    // SHA-256 (hex) of the main file's bytes
    qint64 rows = 0;     // rows of the report's first table

    void discard() const; // removes every temporary file
};

// Writes a report's files. CSV and HTML are streamed: a streamed table's rows
// go from the query through the masker into the file a buffer at a time, and
// both hashes are worked out on the way, so the report is never held whole in
// memory. The bytes are those of ReportWriters::toCsv() / toHtml().
class ReportFileWriter
{
public:
    static Result<StagedFiles> writeCsv(const Report &report, const QString &outputPath);
    static Result<StagedFiles> writeHtml(const Report &report, const QString &outputPath);
    // A format made whole in memory (JSON, PDF) as the one main file.
    static Status stage(StagedFiles &staged, const QString &target, const QByteArray &bytes);

    // FILE.csv + "-totals" → FILE-totals.csv
    static QString pathWithSuffix(const QString &path, const QString &suffix);
};

} // namespace ab
