#include "reports/reportjson.h"

#include <QJsonObject>

namespace ab {

namespace {

// The top object's keys come in this order in QJsonObject (contentSha256,
// facts, report, tables), and a table's too (columns, key, rows, title):
// the tables and the rows, which grow with the data, come last but one.
constexpr char kHeadOpen[] = "{\n    \"contentSha256\": \"";

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

void appendUnicodeEscape(QByteArray &out, char16_t u)
{
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += hexDigit((u >> shift) & 0xf);
}

// An ASCII character as QJsonDocument writes it inside a string.
void appendAscii(QByteArray &out, char c)
{
    switch (c) {
    case '"':
        out += "\\\"";
        return;
    case '\\':
        out += "\\\\";
        return;
    case '\b':
        out += "\\b";
        return;
    case '\f':
        out += "\\f";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    default:
        if (uchar(c) < 0x20)
            appendUnicodeEscape(out, char16_t(uchar(c)));
        else
            out += c;
    }
}

bool needsEscape(char c)
{
    return uchar(c) < 0x20 || c == '"' || c == '\\';
}

void indent(QByteArray &out, int level)
{
    out.append(4 * level, ' ');
}

void appendQuoted(QByteArray &out, QStringView text)
{
    out += '"';
    ReportJson::appendEscaped(out, text);
    out += '"';
}

QByteArray quoted(QStringView text)
{
    QByteArray out;
    appendQuoted(out, text);
    return out;
}

// The order QJsonObject keeps the keys in, as indexes into `keys`; a key
// given twice is there once, with its last index (insert() replaces).
QList<qsizetype> keyOrder(const QStringList &keys)
{
    QJsonObject o;
    for (qsizetype i = 0; i < keys.size(); ++i)
        o.insert(keys.at(i), qint64(i));
    QList<qsizetype> order;
    order.reserve(o.size());
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        order << qsizetype(it.value().toInteger());
    return order;
}

// One member of a small object: its key and its value already as JSON.
struct Member
{
    QString key;
    QByteArray json;
};

// An object whose opening brace stands at `level`, members in key order.
void appendObject(QByteArray &out, int level, const QList<Member> &members)
{
    QStringList keys;
    for (const Member &m : members)
        keys << m.key;
    out += "{\n";
    const QList<qsizetype> order = keyOrder(keys);
    for (qsizetype n = 0; n < order.size(); ++n) {
        if (n > 0)
            out += ",\n";
        const Member &m = members.at(order.at(n));
        indent(out, level + 1);
        appendQuoted(out, m.key);
        out += ": ";
        out += m.json;
    }
    if (!order.isEmpty())
        out += '\n';
    indent(out, level);
    out += '}';
}

void appendObjectArray(QByteArray &out, int level, const QList<QList<Member>> &objects)
{
    out += "[\n";
    for (qsizetype n = 0; n < objects.size(); ++n) {
        if (n > 0)
            out += ",\n";
        indent(out, level + 1);
        appendObject(out, level + 1, objects.at(n));
    }
    if (!objects.isEmpty())
        out += '\n';
    indent(out, level);
    out += ']';
}

QByteArrayView cellAt(const ReportRow &row, qsizetype i)
{
    return i < row.size() ? QByteArrayView(row.at(i)) : QByteArrayView();
}

QStringView cellAt(const QStringList &row, qsizetype i)
{
    return i < row.size() ? QStringView(row.at(i)) : QStringView();
}

} // namespace

void ReportJson::appendEscaped(QByteArray &out, QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x80) {
            appendAscii(out, char(u));
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && i + 1 < text.size() &&
                   text.at(i + 1).isLowSurrogate()) {
            const char32_t c = QChar::surrogateToUcs4(u, text.at(++i).unicode());
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else {
            // A surrogate without its other half has no UTF-8 form.
            appendUnicodeEscape(out, u);
        }
    }
}

void ReportJson::appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    if (!utf8RoundTrips(utf8)) {
        appendEscaped(out, QString::fromUtf8(utf8));
        return;
    }
    // Valid UTF-8 goes out as it is, but for the ASCII characters JSON
    // escapes (no byte of a longer sequence is ASCII); copied a run at a time.
    qsizetype from = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (!needsEscape(utf8[i]))
            continue;
        out.append(utf8.sliced(from, i - from));
        appendAscii(out, utf8[i]);
        from = i + 1;
    }
    out.append(utf8.sliced(from));
}

QByteArray ReportJson::head(const Report &r, const QString &contentHash)
{
    QByteArray out(kHeadOpen);
    appendEscaped(out, contentHash);
    out += "\",\n";

    QList<QList<Member>> facts;
    for (const ReportFact &f : r.facts)
        facts.push_back({{QStringLiteral("key"), quoted(f.key)},
                         {QStringLiteral("label"), quoted(f.label)},
                         {QStringLiteral("value"), quoted(f.value)}});
    indent(out, 1);
    out += "\"facts\": ";
    appendObjectArray(out, 1, facts);
    out += ",\n";

    indent(out, 1);
    out += "\"report\": ";
    appendObject(out, 1,
                 {{QStringLiteral("kind"), quoted(reportKindToken(r.kind))},
                  {QStringLiteral("title"), quoted(r.title)},
                  {QStringLiteral("scope"), quoted(r.scope)},
                  {QStringLiteral("language"), quoted(r.language)},
                  {QStringLiteral("id"), quoted(r.stamp.reportId)},
                  {QStringLiteral("workspace"), quoted(r.stamp.workspaceName)},
                  {QStringLiteral("generatedAt"), quoted(r.stamp.generatedAt)},
                  {QStringLiteral("generatedBy"), quoted(r.stamp.user)},
                  {QStringLiteral("auditHeadHash"), quoted(r.stamp.auditHeadHash)},
                  {QStringLiteral("masked"), r.stamp.masked ? "true" : "false"}});
    out += ",\n";

    indent(out, 1);
    out += "\"tables\": [\n";
    return out;
}

qsizetype ReportJson::contentHashOffset()
{
    return qsizetype(sizeof kHeadOpen) - 1;
}

QByteArray ReportJson::tableOpen(const ReportTable &t, qsizetype index)
{
    QByteArray out;
    if (index > 0)
        out += ",\n";
    indent(out, 2);
    out += "{\n";
    QList<QList<Member>> columns;
    for (qsizetype i = 0; i < t.columnKeys.size(); ++i)
        columns.push_back({{QStringLiteral("key"), quoted(t.columnKeys.at(i))},
                           {QStringLiteral("label"), quoted(t.columnLabels.value(i))}});
    indent(out, 3);
    out += "\"columns\": ";
    appendObjectArray(out, 3, columns);
    out += ",\n";
    indent(out, 3);
    out += "\"key\": " + quoted(t.key) + ",\n";
    indent(out, 3);
    out += "\"rows\": [\n";
    return out;
}

QByteArray ReportJson::tableClose(const ReportTable &t, bool anyRows)
{
    QByteArray out;
    if (anyRows)
        out += '\n';
    indent(out, 3);
    out += "],\n";
    indent(out, 3);
    out += "\"title\": " + quoted(t.title) + '\n';
    indent(out, 2);
    out += '}';
    return out;
}

QByteArray ReportJson::tail(bool anyTables)
{
    QByteArray out;
    if (anyTables)
        out += '\n';
    indent(out, 1);
    out += "]\n}\n";
    return out;
}

ReportJson::RowWriter::RowWriter(const QStringList &columnKeys) : m_columns(keyOrder(columnKeys))
{
    // A row object stands at level 4 (top, tables, table, rows), its
    // members at level 5.
    for (qsizetype n = 0; n < m_columns.size(); ++n) {
        QByteArray prefix = n > 0 ? QByteArray(",\n") : QByteArray();
        indent(prefix, 5);
        appendQuoted(prefix, columnKeys.at(m_columns.at(n)));
        prefix += ": \"";
        m_prefixes << prefix;
    }
    if (!m_columns.isEmpty())
        m_close += '\n';
    indent(m_close, 4);
    m_close += '}';
}

template <typename Row> void ReportJson::RowWriter::appendRow(QByteArray &out, const Row &row)
{
    if (m_any)
        out += ",\n";
    m_any = true;
    indent(out, 4);
    out += "{\n";
    for (qsizetype n = 0; n < m_columns.size(); ++n) {
        out += m_prefixes.at(n);
        appendEscaped(out, cellAt(row, m_columns.at(n)));
        out += '"';
    }
    out += m_close;
}

void ReportJson::RowWriter::append(QByteArray &out, const QStringList &row)
{
    appendRow(out, row);
}

void ReportJson::RowWriter::append(QByteArray &out, const ReportRow &row)
{
    appendRow(out, row);
}

QByteArray ReportJson::toJson(const Report &report, const QString &contentHash)
{
    QByteArray out = head(report, contentHash);
    for (qsizetype i = 0; i < report.tables.size(); ++i) {
        const ReportTable &t = report.tables.at(i);
        out += tableOpen(t, i);
        RowWriter rows(t.columnKeys);
        for (const QStringList &row : t.rows)
            rows.append(out, row);
        out += tableClose(t, rows.any());
    }
    out += tail(!report.tables.isEmpty());
    return out;
}

} // namespace ab
