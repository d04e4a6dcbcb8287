#include "reports/reportwriters.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace ab {

namespace {

QStringList stampValues(const Report &r, const QString &hash)
{
    return {r.stamp.reportId,
            r.stamp.workspaceName,
            r.stamp.generatedAt,
            r.stamp.user,
            r.stamp.auditHeadHash,
            r.stampLabels.value(5),
            hash};
}

QByteArray csvLines(const QVector<QStringList> &rows)
{
    QString out;
    // A rough size up front spares the big table a long series of reallocations.
    out.reserve(rows.size() * (rows.isEmpty() ? 0 : rows.first().join(QString()).size() * 2 + 32));
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            out += ReportWriters::csvField(row.at(i));
        }
        out += QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QJsonObject ReportWriters::toJsonObject(const Report &r)
{
    QJsonObject head{{QStringLiteral("kind"), reportKindToken(r.kind)},
                     {QStringLiteral("title"), r.title},
                     {QStringLiteral("scope"), r.scope},
                     {QStringLiteral("language"), r.language},
                     {QStringLiteral("id"), r.stamp.reportId},
                     {QStringLiteral("workspace"), r.stamp.workspaceName},
                     {QStringLiteral("generatedAt"), r.stamp.generatedAt},
                     {QStringLiteral("generatedBy"), r.stamp.user},
                     {QStringLiteral("auditHeadHash"), r.stamp.auditHeadHash},
                     {QStringLiteral("masked"), r.stamp.masked}};
    QJsonArray facts;
    for (const ReportFact &f : r.facts)
        facts.append(QJsonObject{{QStringLiteral("key"), f.key},
                                 {QStringLiteral("label"), f.label},
                                 {QStringLiteral("value"), f.value}});
    QJsonArray tables;
    for (const ReportTable &t : r.tables) {
        QJsonArray columns;
        for (int i = 0; i < t.columnKeys.size(); ++i)
            columns.append(QJsonObject{{QStringLiteral("key"), t.columnKeys.at(i)},
                                       {QStringLiteral("label"), t.columnLabels.value(i)}});
        QJsonArray rows;
        for (const QStringList &row : t.rows) {
            QJsonObject o;
            for (int i = 0; i < t.columnKeys.size(); ++i)
                o.insert(t.columnKeys.at(i), row.value(i));
            rows.append(o);
        }
        tables.append(QJsonObject{{QStringLiteral("key"), t.key},
                                  {QStringLiteral("title"), t.title},
                                  {QStringLiteral("columns"), columns},
                                  {QStringLiteral("rows"), rows}});
    }
    return {{QStringLiteral("report"), head},
            {QStringLiteral("facts"), facts},
            {QStringLiteral("tables"), tables}};
}

QString ReportWriters::contentHash(const Report &r)
{
    // Fed field by field instead of through a JSON document: a 100,000-row
    // report would spend seconds building one. Each field is its UTF-8 bytes
    // followed by a unit separator (0x1F); each record ends with 0x1E.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto field = [&hash](const QString &s) {
        hash.addData(s.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    };
    const auto endRecord = [&hash] {
        hash.addData(QByteArrayView("\x1e", 1));
    };
    for (const QString &s :
         {reportKindToken(r.kind), r.title, r.scope, r.language, r.stamp.reportId,
          r.stamp.workspaceName, r.stamp.generatedAt, r.stamp.user, r.stamp.auditHeadHash,
          r.stamp.masked ? QStringLiteral("masked") : QStringLiteral("unmasked")})
        field(s);
    endRecord();
    for (const ReportFact &f : r.facts) {
        field(f.key);
        field(f.label);
        field(f.value);
        endRecord();
    }
    for (const ReportTable &t : r.tables) {
        field(t.key);
        field(t.title);
        endRecord();
        for (int i = 0; i < t.columnKeys.size(); ++i) {
            field(t.columnKeys.at(i));
            field(t.columnLabels.value(i));
        }
        endRecord();
        for (const QStringList &row : t.rows) {
            for (const QString &cell : row)
                field(cell);
            endRecord();
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray ReportWriters::toJson(const Report &report, const QString &contentHash)
{
    QJsonObject o = toJsonObject(report);
    o.insert(QStringLiteral("contentSha256"), contentHash);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString ReportWriters::csvField(const QString &value)
{
    // Read through a const reference: most cells go out as they are, shared,
    // without a copy.
    const bool formula =
        !value.isEmpty() && (value.at(0) == u'=' || value.at(0) == u'+' || value.at(0) == u'@');
    bool quote = false;
    for (QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!formula && !quote)
        return value;
    // A leading = + @ makes spreadsheets run the cell as a formula.
    QString v = formula ? QLatin1Char('\'') + value : value;
    if (!quote)
        return v;
    v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QVector<ReportFile> ReportWriters::toCsv(const Report &report, const QString &contentHash)
{
    QVector<ReportFile> files;
    for (int i = 0; i < report.tables.size(); ++i) {
        const ReportTable &t = report.tables.at(i);
        QVector<QStringList> rows{t.columnLabels};
        rows += t.rows;
        files.push_back({i == 0 ? QString() : QLatin1Char('-') + t.key, csvLines(rows)});
    }
    QVector<QStringList> stamp{{QStringLiteral("field"), QStringLiteral("value")}};
    const QStringList values = stampValues(report, contentHash);
    for (int i = 0; i < values.size(); ++i)
        stamp.push_back({report.stampLabels.value(i), values.at(i)});
    for (const ReportFact &f : report.facts)
        stamp.push_back({f.label, f.value});
    files.push_back({QStringLiteral("-report"), csvLines(stamp)});
    return files;
}

QByteArray ReportWriters::toHtml(const Report &r, const QString &contentHash,
                                 qsizetype rowsPerChunk)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                        "<title>%2</title>")
             .arg(r.language == QLatin1String("zh_CN") ? QStringLiteral("zh-CN")
                                                       : QStringLiteral("en"),
                  esc(r.title + QStringLiteral(" ") + r.stamp.reportId));
    h += QStringLiteral(
        "<style>body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt}"
        "table{border-collapse:collapse;margin-bottom:12pt}"
        "th,td{border:1px solid #888;padding:3px;text-align:left;vertical-align:top;font-size:8pt}"
        "th{background:#e8e8e8}h1{font-size:16pt}h2{font-size:12pt}"
        ".stamp td{border:none;font-size:8pt}</style></head><body>\n");
    h += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n").arg(esc(r.title), esc(r.scope));
    h += QStringLiteral("<table class=\"facts\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const ReportFact &f : r.facts)
        h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(f.label), esc(f.value));
    h += QStringLiteral("</table>\n");
    for (const ReportTable &t : r.tables) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(t.title));
        const qsizetype chunk = rowsPerChunk > 0 ? rowsPerChunk : qMax<qsizetype>(1, t.rows.size());
        for (qsizetype first = 0; first == 0 || first < t.rows.size(); first += chunk) {
            // Later chunks follow on directly (no gap); each has the header
            // row, which repeats on the next page when a chunk spills over.
            h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                "width=\"100%\"%1><thead><tr>")
                     .arg(first > 0 ? QStringLiteral(" style=\"margin-top: -13pt\"") : QString());
            for (int i = 0; i < t.columnLabels.size(); ++i) {
                const int percent = t.columnPercent.value(i);
                h += percent > 0 ? QStringLiteral("<th width=\"%1%\">").arg(percent)
                                 : QStringLiteral("<th>");
                h += esc(t.columnLabels.at(i)) + QStringLiteral("</th>");
            }
            h += QStringLiteral("</tr></thead><tbody>\n");
            const qsizetype end = qMin(t.rows.size(), first + chunk);
            for (qsizetype row = first; row < end; ++row) {
                h += QStringLiteral("<tr>");
                for (const QString &cell : t.rows.at(row))
                    h += QStringLiteral("<td>%1</td>").arg(esc(cell));
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("</tbody></table>\n");
        }
    }
    // The stamp closes the report in every format; the PDF repeats the id and
    // the time in its running header and footer as well.
    h += QStringLiteral("<table class=\"stamp\">");
    const QStringList values = stampValues(r, contentHash);
    for (int i = 0; i < values.size(); ++i) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                 .arg(esc(r.stampLabels.value(i)), esc(values.at(i)));
    }
    h += QStringLiteral("</table>\n</body></html>\n");
    return h.toUtf8();
}

} // namespace ab
