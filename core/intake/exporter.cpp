#include "exporter.h"

#include "exportrows.h"
#include "sqlitestatement.h"
#include "storage/database.h"
#include "storage/readsnapshot.h"
#include "timestampparser.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>
#include <QSqlQuery>

namespace ab::intake {

namespace {

constexpr qsizetype kFlushAt = 1 << 20;

// Ids in byte order, as SQLite's BINARY collation sorts them; a server's
// default collation sorts by language rules, so it is told to do the same.
QByteArray orderBy(RecordType type, bool server)
{
    QList<QByteArray> keys;
    switch (type) {
    case RecordType::Training:
        keys = {"model_version_id", "dataset_id", "role"};
        break;
    case RecordType::Retest:
        keys = {"generation_id", "tested_at", "model_version_id"};
        break;
    default:
        keys = {"id"};
    }
    if (server) {
        for (QByteArray &k : keys)
            k += " COLLATE \"C\"";
    }
    if (type == RecordType::Retest)
        keys.append("id");
    return keys.join(", ");
}

class TypeWriter
{
public:
    TypeWriter(Workspace &workspace, RecordType type)
        : m_server(workspace.db().isServer()), m_type(type), m_spec(RecordFormat::spec(type)),
          m_time(workspace.settings().timeZone()), m_select(ExportRows::create(workspace.db())),
          m_children(ExportRows::create(workspace.db()))
    {}

    Status prepare();
    Result<qint64> write(QIODevice &out, QByteArray &buffer);

private:
    void appendField(QByteArray &line, const FieldSpec &f, int column);
    Status appendChildren(QByteArray &line, const FieldSpec &f, QByteArrayView parent);

    bool m_server;
    RecordType m_type;
    const TypeSpec &m_spec;
    TimestampParser m_time;
    std::unique_ptr<ExportRows> m_select;
    std::unique_ptr<ExportRows> m_children;
    QVector<int> m_columnOf; // field index -> result column (-1: child list)
};

Status TypeWriter::prepare()
{
    QByteArray columns;
    int column = 0;
    for (const FieldSpec &f : m_spec.fields) {
        if (!f.column) {
            m_columnOf.append(-1);
            continue;
        }
        if (!columns.isEmpty())
            columns += ", ";
        columns += f.column;
        m_columnOf.append(column++);
    }
    if (Status s = m_select->prepare("SELECT " + columns + " FROM " + m_spec.table + " ORDER BY " +
                                     orderBy(m_type, m_server));
        !s)
        return s;
    const QByteArray collate = m_server ? " COLLATE \"C\"" : "";
    if (m_type == RecordType::Dataset)
        return m_children->prepare("SELECT derived_from FROM dataset_derivations "
                                   "WHERE dataset_id = ? ORDER BY derived_from" +
                                   collate);
    if (m_type == RecordType::Complaint)
        return m_children->prepare("SELECT generation_id FROM complaint_generations "
                                   "WHERE complaint_id = ? ORDER BY generation_id" +
                                   collate);
    return {};
}

bool isBlank(QByteArrayView text)
{
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    return true;
}

void appendKey(QByteArray &line, const char *name)
{
    line += ",\"";
    line += name;
    line += "\":";
}

void TypeWriter::appendField(QByteArray &line, const FieldSpec &f, int column)
{
    if (m_select->isNull(column))
        return;
    const QByteArrayView text = m_select->text(column);
    // What an import reads as absent is left out, so that it exports the same.
    if (!f.required && f.type == FieldType::Text && isBlank(text))
        return;
    appendKey(line, f.name);
    switch (f.type) {
    case FieldType::Integer:
        line += QByteArray::number(m_select->integer(column));
        return;
    case FieldType::Boolean:
        line += m_select->integer(column) ? "true" : "false";
        return;
    case FieldType::TextList: {
        line += '[';
        bool first = true;
        for (const QByteArray &item : text.toByteArray().split(',')) {
            if (!first)
                line += ',';
            first = false;
            Exporter::appendJsonString(line, item);
        }
        line += ']';
        return;
    }
    case FieldType::Timestamp:
        // Stored in UTC already; written in the one canonical form.
        if (const auto utc = m_time.parse(text)) {
            line += '"' + TimestampParser::format(*utc) + '"';
            return;
        }
        break;
    case FieldType::Sha256:
        Exporter::appendJsonString(line, text.toByteArray().toLower());
        return;
    default:
        break;
    }
    Exporter::appendJsonString(line, text);
}

Status TypeWriter::appendChildren(QByteArray &line, const FieldSpec &f, QByteArrayView parent)
{
    m_children->bind(parent);
    bool any = false;
    for (;;) {
        auto row = m_children->next();
        if (!row) {
            m_children->reset();
            return row.error();
        }
        if (!*row)
            break;
        if (!any) {
            appendKey(line, f.name);
            line += '[';
        } else {
            line += ',';
        }
        any = true;
        Exporter::appendJsonString(line, m_children->text(0));
    }
    m_children->reset();
    if (any)
        line += ']';
    return {};
}

Result<qint64> TypeWriter::write(QIODevice &out, QByteArray &buffer)
{
    qint64 count = 0;
    QByteArray parent;
    for (;;) {
        auto row = m_select->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        buffer += "{\"type\":\"";
        buffer += m_spec.name;
        buffer += '"';
        if (m_spec.hasId)
            parent = m_select->text(0).toByteArray();
        for (int i = 0; i < m_spec.fields.size(); ++i) {
            const FieldSpec &f = m_spec.fields[i];
            if (m_columnOf[i] >= 0)
                appendField(buffer, f, m_columnOf[i]);
            else if (Status s = appendChildren(buffer, f, parent); !s)
                return s.error();
        }
        buffer += "}\n";
        ++count;
        if (buffer.size() >= kFlushAt) {
            if (out.write(buffer) != buffer.size())
                return Error{QCoreApplication::translate("Intake", "cannot be written: %1")
                                 .arg(out.errorString()),
                             {},
                             0,
                             {}};
            buffer.resize(0);
        }
    }
    m_select->reset();
    return count;
}

} // namespace

void Exporter::appendJsonString(QByteArray &out, QByteArrayView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    out.append(text.data() + run, text.size() - run);
    out += '"';
}

Result<qint64> Exporter::write(Workspace &workspace, QIODevice &out, std::optional<RecordType> only)
{
    ReadSnapshot snapshot(workspace.db());
    if (Status s = snapshot.begin(); !s)
        return s.error();
    qint64 total = 0;
    QByteArray buffer;
    buffer.reserve(kFlushAt + (1 << 16));
    for (RecordType t : RecordFormat::types()) {
        if (only && *only != t)
            continue;
        TypeWriter writer(workspace, t);
        Status s = writer.prepare();
        auto written = s ? writer.write(out, buffer) : Result<qint64>(s.error());
        if (!written)
            return written.error();
        total += *written;
    }
    snapshot.end();
    if (out.write(buffer) != buffer.size())
        return Error{
            QCoreApplication::translate("Intake", "cannot be written: %1").arg(out.errorString()),
            {},
            0,
            {}};
    return total;
}

Result<qint64> Exporter::writeFile(Workspace &workspace, const QString &path,
                                   std::optional<RecordType> only)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            QCoreApplication::translate("Intake", "cannot be written: %1").arg(file.errorString()),
            path,
            0,
            {}};
    auto written = write(workspace, file, only);
    if (!written) {
        file.cancelWriting();
        Error e = written.error();
        e.file = path;
        return e;
    }
    if (!file.commit())
        return Error{
            QCoreApplication::translate("Intake", "cannot be written: %1").arg(file.errorString()),
            path,
            0,
            {}};
    return written;
}

} // namespace ab::intake
