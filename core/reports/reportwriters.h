#pragma once

#include "reports/backgroundhash.h"
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

// Feeds a report's content to SHA-256 in the order ReportWriters::
// contentHash() defines, a piece at a time: a streamed table is hashed while
// it is written. Call head(), then for each table tableHead() and its rows.
class ContentHasher
{
public:
    void head(const Report &report); // kind, title, …, the stamp, then the facts
    void tableHead(const ReportTable &table);
    void row(const QStringList &row);
    void row(const ReportRow &row); // UTF-8 cells: the same bytes as row(QStringList)
    QString result();               // hex

private:
    void field(QByteArrayView utf8);
    void endRecord();

    BackgroundHash m_hash;
};

// Turns a report into JSON, CSV and HTML. Everything here is pure: the
// exporter decides where the bytes go. The whole-report functions need the
// rows in memory (see materializeRows()).
class ReportWriters
{
public:
    // The report as one JSON object (the same fields the content hash covers):
    // toJson() writes the bytes QJsonDocument makes of it, a piece at a time.
    static QJsonObject toJsonObject(const Report &report);
    // SHA-256 (hex) of the report's content (stamp, facts, tables; see the
    // definition for the exact byte stream): the same for every format, so a
    // PDF and a CSV of one report carry the same content hash.
    static QString contentHash(const Report &report);

    // See ReportJson, which also streams it.
    static QByteArray toJson(const Report &report, const QString &contentHash);
    // One file per table (the first is the main file) and a last one holding
    // the stamp; UTF-8 with a BOM, CRLF line ends (RFC 4180).
    static QVector<ReportFile> toCsv(const Report &report, const QString &contentHash);
    // One self-contained page (inline style, no external resources).
    static QByteArray toHtml(const Report &report, const QString &contentHash);

    // The stamp's values, in the order of Report::stampLabels.
    static QStringList stampValues(const Report &report, const QString &contentHash);

    static QString csvField(const QString &value);

    // The pieces the files are made of, for the writers that stream a table
    // (see ReportFileWriter); the whole-report functions above use the same.
    static void appendCsvField(QByteArray &out, QByteArrayView utf8); // csvField() in UTF-8
    static void appendCsvLine(QByteArray &out, const ReportRow &row); // fields, CRLF
    static QByteArray csvLine(const QStringList &row);
    // The file of the stamp and facts that closes a CSV report.
    static QByteArray csvStamp(const Report &report, const QString &contentHash);
    // HTML: the page up to the first table; a table's title and header row;
    // one body row; the table's end; the stamp and the page's end.
    static QByteArray htmlHead(const Report &report);
    static QByteArray htmlTableOpen(const ReportTable &table);
    static void appendHtmlRow(QByteArray &out, const ReportRow &row);
    static QByteArray htmlTableClose();
    static QByteArray htmlTail(const Report &report, const QString &contentHash);
};

} // namespace ab
