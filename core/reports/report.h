#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>

namespace ab {

// What a report is about.
enum class ReportKind
{
    Deadlines,  // deadline compliance for a period
    Case,       // one review case
    Provider,   // provider inspection for a period
    Complaints, // complaint handling for a period
};

// One row of a streamed table: each cell's text as UTF-8, the form SQLite
// holds it in and the files are written in, so most cells pass from the
// query to the file without a conversion. A source reuses the row's buffers
// from one row to the next: a sink that keeps a row copies it.
using ReportRow = QList<QByteArray>;
// Sets a cell of a row its source reuses: the cell's buffer from the row
// before is written over when no one else holds it, so that a long table
// costs no allocation per cell.
void setCell(QByteArray &cell, QByteArrayView text);
// Takes the rows of a streamed table one at a time; it may change the row
// (the masker does) before passing it on.
using ReportRowSink = std::function<void(ReportRow &row)>;
// Reads a table's rows and hands each to the sink, in order; one full read
// per call.
using ReportRowSource = std::function<Status(const ReportRowSink &sink)>;

// One table of a report: translated headers, stable keys for JSON and one
// cell text per column in every row.
struct ReportTable
{
    QString key;   // "items", "totals": names the CSV file of the table
    QString title; // translated
    QStringList columnKeys;
    QStringList columnLabels;   // translated
    QVector<int> columnPercent; // width hints for HTML and PDF; empty: automatic
    QStringList premaskedKeys;  // columns the builder masked itself (before cutting)
    QVector<QStringList> rows;
    // A count table (a label first, the count last) that the report also
    // draws as a bar chart.
    bool charted = false;
    // Set for a table that grows with the data: its rows are not held in
    // `rows` (which stays empty) but read from here while the file is
    // written, so that a 100,000-row report never sits whole in memory.
    ReportRowSource source;
    // Set when only the first rows are held (a preview): how many there are.
    qint64 rowsInAll = -1;
};

// One labelled figure or fact shown above the tables.
struct ReportFact
{
    QString key;
    QString label; // translated
    QString value;
};

// A drawing in the report (the charts of its count tables, the provider
// report's lineage figure), as SVG: inline in HTML, drawn on a page of its
// own in the PDF. It renders data the report's tables hold, and its bytes
// depend on the fonts of the machine that drew it, so it is not part of the
// content hash.
struct ReportFigure
{
    QString key;
    QString caption; // translated
    QByteArray svg;
    // Optional: the same drawing as QPicture data, which the PDF replays so
    // that its words stay text (QSvgRenderer draws SVG text as outlines).
    QByteArray picture;
};

// Where a report came from: what makes a filed copy checkable against the
// workspace it was taken from.
struct ReportStamp
{
    QString reportId;
    QString workspaceName;
    QString generatedAt; // UTC, ISO 8601
    QString user;
    QString auditHeadHash;
    bool masked = true;
};

// A report's content, independent of its format. Builders fill it from SQL;
// writers turn it into JSON, CSV, HTML or PDF.
struct Report
{
    ReportKind kind = ReportKind::Deadlines;
    QString language; // "en" | "zh_CN"
    QString title;    // translated
    QString scope;    // translated description of the period / case / provider
    ReportStamp stamp;
    QVector<ReportFact> facts;
    QVector<ReportTable> tables;
    QVector<ReportFigure> figures;
    // Translated labels of the stamp fields (id, workspace, generated at, by,
    // audit head, personal information, content hash) and the masking note.
    QStringList stampLabels;
    QString maskingNote;
};

// Reads every streamed table into its `rows`, for code that needs a whole
// table at once. `keep` >= 0 holds no more than that many rows of each table
// (streamed or not) and counts them all into `rowsInAll`: a preview's rows.
Status materializeRows(Report &report, qsizetype keep = -1);
// Every row of `table`, streamed or held, as UTF-8 cells in the form
// materializeRows() would hold them: what every writer reads a table through.
Status forEachRow(const ReportTable &table, const ReportRowSink &sink);
// True when QString::fromUtf8() gives back these very bytes through toUtf8():
// valid UTF-8 not starting with a byte order mark (which fromUtf8() drops).
// A streamed cell that does not is written as materializeRows() reads it.
bool utf8RoundTrips(QByteArrayView utf8);

QString reportKindToken(ReportKind kind); // "deadlines", "case", "provider", "complaints"
bool reportKindFromToken(const QString &token, ReportKind *kind);

} // namespace ab
