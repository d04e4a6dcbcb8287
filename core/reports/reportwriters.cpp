#include "reports/reportwriters.h"

#include "reports/reportjson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QVarLengthArray>
#include <array>
#include <cstring>

namespace ab {

namespace {

QByteArray csvLines(const QVector<QStringList> &rows)
{
    QByteArray out("\xEF\xBB\xBF");
    for (const QStringList &row : rows)
        out += ReportWriters::csvLine(row);
    return out;
}

void appendHtmlEscaped(QByteArray &out, QByteArrayView utf8)
{
    // QString::toHtmlEscaped() on bytes: the four characters are ASCII, and
    // ASCII bytes never occur inside a longer UTF-8 sequence.
    for (char c : utf8) {
        switch (c) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// What csvField() does to a field, worked out on its UTF-8 (every character
// it looks at is ASCII): a leading = + @ is guarded with an apostrophe, a
// field holding , " CR or LF is quoted and its quotes doubled.
struct CsvShape
{
    bool formula = false;
    bool quote = false;
    qsizetype quotes = 0;

    qsizetype size(QByteArrayView value) const
    {
        return value.size() + (formula ? 1 : 0) + (quote ? 2 + quotes : 0);
    }
};

CsvShape csvShape(QByteArrayView value)
{
    // 1: the field needs quotes; 2 (| 1): a quote, doubled inside them.
    static constexpr std::array<uchar, 256> kKinds = [] {
        std::array<uchar, 256> kinds{};
        kinds[uchar(',')] = kinds[uchar('\n')] = kinds[uchar('\r')] = 1;
        kinds[uchar('"')] = 3;
        return kinds;
    }();
    CsvShape shape;
    shape.formula =
        !value.isEmpty() && (value.front() == '=' || value.front() == '+' || value.front() == '@');
    // Eight bytes at a time as long as none of them matters (most fields):
    // a byte equal to c is a zero byte of word ^ c.
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHigh = 0x8080808080808080ULL;
    const auto has = [](quint64 word, char c) {
        const quint64 x = word ^ (kOnes * uchar(c));
        return ((x - kOnes) & ~x & kHigh) != 0;
    };
    qsizetype i = 0;
    for (; i + 8 <= value.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, value.data() + i, 8);
        if (has(word, ',') || has(word, '"') || has(word, '\n') || has(word, '\r'))
            break;
    }
    uchar any = 0;
    for (char c : value.sliced(i)) {
        const uchar kind = kKinds[uchar(c)];
        any |= kind;
        shape.quotes += kind >> 1;
    }
    shape.quote = any != 0;
    return shape;
}

// Writes the field at `p` (shape.size() bytes); returns the end.
char *writeCsvField(char *p, QByteArrayView value, const CsvShape &shape)
{
    if (shape.quote)
        *p++ = '"';
    if (shape.formula)
        *p++ = '\'';
    if (shape.quotes == 0) {
        if (!value.isEmpty())
            std::memcpy(p, value.data(), size_t(value.size()));
        p += value.size();
    } else {
        for (char c : value) {
            if (c == '"')
                *p++ = '"';
            *p++ = c;
        }
    }
    if (shape.quote)
        *p++ = '"';
    return p;
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

void ContentHasher::field(QByteArrayView utf8)
{
    m_hash.addData(utf8);
    m_hash.addData(QByteArrayView("\x1f", 1));
}

void ContentHasher::endRecord()
{
    m_hash.addData(QByteArrayView("\x1e", 1));
}

void ContentHasher::head(const Report &r)
{
    for (const QString &s :
         {reportKindToken(r.kind), r.title, r.scope, r.language, r.stamp.reportId,
          r.stamp.workspaceName, r.stamp.generatedAt, r.stamp.user, r.stamp.auditHeadHash,
          r.stamp.masked ? QStringLiteral("masked") : QStringLiteral("unmasked")})
        field(s.toUtf8());
    endRecord();
    for (const ReportFact &f : r.facts) {
        field(f.key.toUtf8());
        field(f.label.toUtf8());
        field(f.value.toUtf8());
        endRecord();
    }
}

void ContentHasher::tableHead(const ReportTable &t)
{
    field(t.key.toUtf8());
    field(t.title.toUtf8());
    endRecord();
    for (int i = 0; i < t.columnKeys.size(); ++i) {
        field(t.columnKeys.at(i).toUtf8());
        field(t.columnLabels.value(i).toUtf8());
    }
    endRecord();
}

void ContentHasher::row(const QStringList &row)
{
    for (const QString &cell : row)
        field(cell.toUtf8());
    endRecord();
}

void ContentHasher::row(const ReportRow &row)
{
    for (const QByteArray &cell : row)
        field(cell);
    endRecord();
}

QString ContentHasher::result()
{
    return QString::fromLatin1(m_hash.result().toHex());
}

QString ReportWriters::contentHash(const Report &r)
{
    // Fed field by field instead of through a JSON document: a 100,000-row
    // report would spend seconds building one. Each field is its UTF-8 bytes
    // followed by a unit separator (0x1F); each record ends with 0x1E.
    ContentHasher hasher;
    hasher.head(r);
    for (const ReportTable &t : r.tables) {
        hasher.tableHead(t);
        for (const QStringList &row : t.rows)
            hasher.row(row);
    }
    return hasher.result();
}

QByteArray ReportWriters::toJson(const Report &report, const QString &contentHash)
{
    return ReportJson::toJson(report, contentHash);
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

void ReportWriters::appendCsvField(QByteArray &out, QByteArrayView value)
{
    const CsvShape shape = csvShape(value);
    const qsizetype at = out.size();
    out.resize(at + shape.size(value));
    writeCsvField(out.data() + at, value, shape);
}

void ReportWriters::appendCsvLine(QByteArray &out, const ReportRow &row)
{
    // Sized once, then written in place: appended a piece at a time, the
    // line spent more in QByteArray's bookkeeping than in the copying.
    QVarLengthArray<CsvShape, 32> shapes(row.size());
    qsizetype size = row.isEmpty() ? 2 : row.size() + 1; // commas and CRLF
    for (qsizetype i = 0; i < row.size(); ++i) {
        shapes[i] = csvShape(row.at(i));
        size += shapes[i].size(row.at(i));
    }
    const qsizetype at = out.size();
    out.resize(at + size);
    char *p = out.data() + at;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            *p++ = ',';
        p = writeCsvField(p, row.at(i), shapes[i]);
    }
    *p++ = '\r';
    *p = '\n';
}

QByteArray ReportWriters::csvLine(const QStringList &row)
{
    QString line;
    for (int i = 0; i < row.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += csvField(row.at(i));
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

QStringList ReportWriters::stampValues(const Report &r, const QString &hash)
{
    return {r.stamp.reportId,
            r.stamp.workspaceName,
            r.stamp.generatedAt,
            r.stamp.user,
            r.stamp.auditHeadHash,
            r.maskingNote,
            hash};
}

QByteArray ReportWriters::csvStamp(const Report &report, const QString &contentHash)
{
    QVector<QStringList> stamp{{QStringLiteral("field"), QStringLiteral("value")}};
    const QStringList values = stampValues(report, contentHash);
    for (int i = 0; i < values.size(); ++i)
        stamp.push_back({report.stampLabels.value(i), values.at(i)});
    for (const ReportFact &f : report.facts)
        stamp.push_back({f.label, f.value});
    return csvLines(stamp);
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
    files.push_back({QStringLiteral("-report"), csvStamp(report, contentHash)});
    return files;
}

QByteArray ReportWriters::htmlHead(const Report &r)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                        "<title>%2</title>")
             .arg(r.language == QLatin1String("zh_CN") ? QStringLiteral("zh-CN")
                                                       : QStringLiteral("en"),
                  esc(r.title + QStringLiteral(" ") + r.stamp.reportId));
    h += QStringLiteral("<style>body{font-family:'Noto Sans CJK SC',sans-serif;font-size:10pt}"
                        "table{border-collapse:collapse;margin-bottom:12pt}"
                        "th,td{border:1px solid #888;padding:3px;"
                        "text-align:left;vertical-align:top;font-size:8pt}"
                        "th{background:#e8e8e8}h1{font-size:16pt}h2{font-size:12pt}"
                        ".stamp td{border:none;font-size:8pt}</style></head><body>\n");
    h += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n").arg(esc(r.title), esc(r.scope));
    h += QStringLiteral("<table class=\"facts\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const ReportFact &f : r.facts)
        h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(f.label), esc(f.value));
    h += QStringLiteral("</table>\n");
    return h.toUtf8();
}

QByteArray ReportWriters::htmlTableOpen(const ReportTable &t)
{
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(esc(t.title));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                        "width=\"100%\"><thead><tr>");
    for (int i = 0; i < t.columnLabels.size(); ++i) {
        const int percent = t.columnPercent.value(i);
        h += percent > 0 ? QStringLiteral("<th width=\"%1%\">").arg(percent)
                         : QStringLiteral("<th>");
        h += esc(t.columnLabels.at(i)) + QStringLiteral("</th>");
    }
    h += QStringLiteral("</tr></thead><tbody>\n");
    return h.toUtf8();
}

void ReportWriters::appendHtmlRow(QByteArray &out, const ReportRow &row)
{
    out += "<tr>";
    for (const QByteArray &cell : row) {
        out += "<td>";
        appendHtmlEscaped(out, cell);
        out += "</td>";
    }
    out += "</tr>\n";
}

QByteArray ReportWriters::htmlTableClose()
{
    return QByteArrayLiteral("</tbody></table>\n");
}

QByteArray ReportWriters::htmlTail(const Report &r, const QString &contentHash)
{
    QByteArray figures;
    for (const ReportFigure &f : r.figures) {
        figures +=
            QStringLiteral("<h2>%1</h2>\n<div class=\"figure\">").arg(esc(f.caption)).toUtf8();
        figures += f.svg;
        figures += "</div>\n";
    }
    // The stamp closes the report in every format; the PDF repeats the id and
    // the time in its running header and footer as well.
    QString h = QStringLiteral("<table class=\"stamp\">");
    const QStringList values = stampValues(r, contentHash);
    for (int i = 0; i < values.size(); ++i) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                 .arg(esc(r.stampLabels.value(i)), esc(values.at(i)));
    }
    h += QStringLiteral("</table>\n</body></html>\n");
    return figures + h.toUtf8();
}

QByteArray ReportWriters::toHtml(const Report &r, const QString &contentHash)
{
    QByteArray h = htmlHead(r);
    ReportRow cells;
    for (const ReportTable &t : r.tables) {
        h += htmlTableOpen(t);
        for (const QStringList &row : t.rows) {
            cells.clear();
            for (const QString &cell : row)
                cells << cell.toUtf8();
            appendHtmlRow(h, cells);
        }
        h += htmlTableClose();
    }
    h += htmlTail(r, contentHash);
    return h;
}

} // namespace ab
