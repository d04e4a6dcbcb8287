#pragma once

#include "reports/report.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace ab {

// One file a writer produces: its name suffix ("" for the main file, "-totals"
// for a further CSV table) and its bytes.
struct ReportFile
{
    QString suffix;
    QByteArray bytes;
};

// Turns a report into JSON, CSV and HTML. Everything here is pure: the
// exporter decides where the bytes go.
class ReportWriters
{
public:
    // The report as one JSON object (the same fields the content hash covers).
    static QJsonObject toJsonObject(const Report &report);
    // SHA-256 (hex) of the report's content (stamp, facts, tables; see the
    // definition for the exact byte stream): the same for every format, so a
    // PDF and a CSV of one report carry the same content hash.
    static QString contentHash(const Report &report);

    static QByteArray toJson(const Report &report, const QString &contentHash);
    // One file per table (the first is the main file) and a last one holding
    // the stamp; UTF-8 with a BOM, CRLF line ends (RFC 4180).
    static QVector<ReportFile> toCsv(const Report &report, const QString &contentHash);
    // One self-contained page (inline style, no external resources).
    // `rowsPerChunk` > 0 splits long tables into tables of that many rows,
    // each starting a new page: the PDF's layout and painting then grow with
    // the rows instead of rows × pages.
    static QByteArray toHtml(const Report &report, const QString &contentHash,
                             qsizetype rowsPerChunk = 0);

    static QString csvField(const QString &value);
};

} // namespace ab
