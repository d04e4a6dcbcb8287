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
    QStringList targets;    // the final names, main file first
    QStringList temps;      // where each is now
    QString contentHash;    // ReportWriters::contentHash() of the report
    QStringList fileHashes; // SHA-256 (hex) of each file's bytes, as `targets`
    qint64 rows = 0;        // rows of the report's first table

    QString fileHash() const { return fileHashes.value(0); } // the main file's
    // The files' hashes in `sha256sum` form, main file first, naming each
    // file as it is called in its folder.
    QByteArray sha256sumLines() const;
    void discard() const; // removes every temporary file
};

// Writes a report's files. CSV, HTML and JSON are streamed: a streamed
// table's rows go from the query through the masker into the file a buffer at
// a time, and the content hash is worked out on the way, so the report is
// never held whole in memory. The bytes are those of ReportWriters::toCsv() /
// toHtml() / toJson() for the rows materializeRows() reads (a cell the
// database holds as invalid UTF-8 reads as QString::fromUtf8() reads it).
class ReportFileWriter
{
public:
    static Result<StagedFiles> writeCsv(const Report &report, const QString &outputPath);
    static Result<StagedFiles> writeHtml(const Report &report, const QString &outputPath);
    // JSON names its content hash first: the file is written with a stand-in,
    // the hash put in place at the end and the file read once more for its
    // own hash.
    static Result<StagedFiles> writeJson(const Report &report, const QString &outputPath);
    // A format made whole in memory (the PDF) as the one main file.
    static Status stage(StagedFiles &staged, const QString &target, const QByteArray &bytes);

    // FILE.csv + "-totals" → FILE-totals.csv
    static QString pathWithSuffix(const QString &path, const QString &suffix);
};

} // namespace ab
