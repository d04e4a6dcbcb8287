#pragma once

#include "reports/report.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ab {

// The JSON form of a report, made of pieces so that a long table can be
// written a row at a time. The bytes are exactly those of
// QJsonDocument::toJson(Indented) for ReportWriters::toJsonObject() with
// "contentSha256" added: keys in QJsonObject's order, four spaces an indent,
// strings escaped as Qt escapes them. In that order the content hash comes
// first, so a streamed file is written with a stand-in of the same length
// (contentHashOffset()) and the hash put in place at the end.
//
// The pieces, in order: head(); for each table tableOpen(), its rows through
// a RowWriter, tableClose(); then tail().
class ReportJson
{
public:
    // The whole report, from the rows in memory (see materializeRows()).
    static QByteArray toJson(const Report &report, const QString &contentHash);

    static QByteArray head(const Report &report, const QString &contentHash);
    // Where head()'s content hash starts: the same for every report.
    static qsizetype contentHashOffset();
    // Opens table `index` (a later table follows a comma), up to its rows.
    static QByteArray tableOpen(const ReportTable &table, qsizetype index);
    // `anyRows`: whether the table's RowWriter wrote a row.
    static QByteArray tableClose(const ReportTable &table, bool anyRows);
    static QByteArray tail(bool anyTables);

    // The row objects of one table: one member per column key in
    // QJsonObject's order (a repeated key keeps its last column's cell).
    class RowWriter
    {
    public:
        explicit RowWriter(const QStringList &columnKeys);
        void append(QByteArray &out, const QStringList &row);
        void append(QByteArray &out, const ReportRow &row); // UTF-8 cells
        bool any() const { return m_any; }

    private:
        template <typename Row> void appendRow(QByteArray &out, const Row &row);

        QList<qsizetype> m_columns;   // the column of each member, in order
        QList<QByteArray> m_prefixes; // each member's separator, indent and key
        QByteArray m_close;
        bool m_any = false;
    };

    // A string's content (without the quotes) as QJsonDocument writes it:
    // '"', '\\' and control characters escaped, a lone surrogate as \uXXXX,
    // everything else as UTF-8.
    static void appendEscaped(QByteArray &out, QStringView text);
    // The same for UTF-8 text, read as QString::fromUtf8() reads it (an
    // invalid sequence becomes U+FFFD).
    static void appendEscaped(QByteArray &out, QByteArrayView utf8);
};

} // namespace ab
