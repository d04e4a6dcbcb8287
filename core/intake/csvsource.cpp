#include "csvsource.h"

#include "utf8.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace ab::intake {

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

QByteArray trimmed(const QByteArray &text)
{
    return text.trimmed();
}

bool isFieldOfAnyType(const QByteArray &name)
{
    for (RecordType t : RecordFormat::types())
        if (RecordFormat::spec(t).indexOf(name) >= 0)
            return true;
    return false;
}

} // namespace

CsvSource::CsvSource(QIODevice *device, QString displayName, QString fileName,
                     const QString &encoding)
    : RecordSource(device, FileFormat::Csv, std::move(displayName)),
      m_fileName(std::move(fileName)), m_requestedEncoding(encoding.trimmed())
{}

std::optional<RecordType> CsvSource::typeFromFileName(const QString &fileName)
{
    static const QRegularExpression nonLetters(QStringLiteral("[^a-z]+"));
    const QStringList words =
        QFileInfo(fileName).fileName().toLower().split(nonLetters, Qt::SkipEmptyParts);
    std::optional<RecordType> found;
    for (const QString &word : words) {
        for (RecordType t : RecordFormat::types()) {
            const QString name = RecordFormat::typeName(t);
            if (word != name && word != name + QLatin1Char('s'))
                continue;
            if (found && *found != t)
                return std::nullopt; // names two types: ambiguous
            found = t;
        }
    }
    return found;
}

QString CsvSource::detectEncoding()
{
    const QByteArrayView head = m_reader.lookahead();
    if (head.startsWith(kBom)) {
        for (int i = 0; i < 3; ++i)
            m_reader.get();
        m_preamble = kBom;
        return QStringLiteral("UTF-8");
    }
    if (!m_requestedEncoding.isEmpty())
        return m_requestedEncoding;
    // Spreadsheet software in China saves CSV in GB18030/GBK unless told
    // otherwise. Text in those encodings is almost never valid UTF-8, so a
    // sample that is valid UTF-8 (allowing a character cut at its end) is
    // taken as UTF-8 and anything else as GB18030, the superset of GBK.
    const qsizetype valid = utf8::validPrefix(head.data(), head.size());
    return head.size() - valid < 4 ? QStringLiteral("UTF-8") : QStringLiteral("GB18030");
}

Status CsvSource::start()
{
    m_decoder = TextDecoder(detectEncoding());
    if (!m_decoder.isValid())
        return fileError(QCoreApplication::translate("Intake", "unknown encoding \"%1\"")
                             .arg(m_requestedEncoding));
    m_encoding = m_decoder.name();
    return readHeader();
}

Status CsvSource::readHeader()
{
    QByteArray raw;
    bool tooLong = false;
    QString problem;
    if (!readRecord(m_cells, raw, tooLong, problem))
        return fileError(QCoreApplication::translate("Intake", "the file is empty"));
    if (tooLong || !problem.isEmpty())
        return fileError(
            tooLong ? QCoreApplication::translate("Intake", "the header row is too long") : problem,
            1);
    m_preamble += raw;
    for (int i = 0; i < m_cells.count; ++i) {
        QByteArray name;
        if (!m_decoder.toUtf8(m_cells.values[i], name))
            return fileError(
                QCoreApplication::translate("Intake", "the header row is not valid %1 text")
                    .arg(m_encoding),
                1);
        name = trimmed(name).toLower();
        if (name.isEmpty())
            return fileError(
                QCoreApplication::translate("Intake", "column %1 of the header row has no name")
                    .arg(i + 1),
                1);
        if (m_columns.contains(name))
            return fileError(QCoreApplication::translate(
                                 "Intake", "column \"%1\" appears twice in the header row")
                                 .arg(QString::fromUtf8(name)),
                             1);
        m_columns.append(name);
    }
    m_typeColumn = int(m_columns.indexOf(QByteArrayLiteral("type")));
    if (m_typeColumn < 0) {
        m_fileType = typeFromFileName(m_fileName);
        if (!m_fileType)
            return fileError(QCoreApplication::translate(
                                 "Intake",
                                 "cannot tell which records the file holds: add a \"type\" column "
                                 "or name the file after the record type (e.g. generations.csv)"),
                             1);
    }
    for (const QByteArray &name : std::as_const(m_columns)) {
        if (name == "type")
            continue;
        const bool known = m_fileType ? RecordFormat::spec(*m_fileType).indexOf(name) >= 0
                                      : isFieldOfAnyType(name);
        if (!known)
            return fileError(
                m_fileType ? QCoreApplication::translate(
                                 "Intake", "column \"%1\" is not a field of %2 records")
                                 .arg(QString::fromUtf8(name), RecordFormat::typeName(*m_fileType))
                           : QCoreApplication::translate(
                                 "Intake", "column \"%1\" is not a field of any record type")
                                 .arg(QString::fromUtf8(name)),
                1);
    }
    if (m_fileType) {
        for (const FieldSpec &f : RecordFormat::spec(*m_fileType).fields)
            if (f.required && !m_columns.contains(QByteArray(f.name)))
                return fileError(QCoreApplication::translate(
                                     "Intake", "the header row lacks the required column \"%1\"")
                                     .arg(QString::fromLatin1(f.name)),
                                 1);
    }
    return {};
}

bool CsvSource::readQuoted(QByteArray &cell, QByteArray &raw, bool &store, QString &problem)
{
    for (;;) {
        const int c = m_reader.get();
        if (c < 0) {
            problem = QCoreApplication::translate(
                "Intake", "a quoted cell is not closed (is the file truncated?)");
            return false;
        }
        if (store && raw.size() >= kMaxRecordBytes)
            store = false;
        if (store)
            raw.append(char(c));
        if (c == '"') {
            if (m_reader.peek() != '"')
                return true;
            m_reader.get();
            if (store) {
                raw.append('"');
                cell.append('"');
            }
            continue;
        }
        if (c == '\n')
            ++m_line;
        if (store)
            cell.append(char(c));
    }
}

bool CsvSource::readRecord(Cells &cells, QByteArray &raw, bool &tooLong, QString &problem)
{
    cells.count = 0;
    if (m_reader.peek() < 0)
        return false;
    bool store = true;
    for (;;) {
        if (cells.count == cells.values.size())
            cells.values.resize(cells.count + 1);
        QByteArray &cell = cells.values[cells.count++];
        cell.resize(0);
        if (m_reader.peek() == '"') {
            m_reader.get();
            if (store)
                raw.append('"');
            if (!readQuoted(cell, raw, store, problem)) {
                tooLong = !store;
                return true;
            }
            const int next = m_reader.peek();
            if (next >= 0 && next != ',' && next != '\n' && next != '\r' && problem.isEmpty())
                problem = QCoreApplication::translate(
                              "Intake", "unexpected text after the closing quote of cell %1")
                              .arg(cells.count);
        }
        // The unquoted cell, or what follows a closing quote up to the cell's end.
        for (;;) {
            const int c = m_reader.peek();
            if (c < 0) {
                tooLong = !store;
                return true;
            }
            m_reader.get();
            if (store && raw.size() >= kMaxRecordBytes)
                store = false;
            if (store)
                raw.append(char(c));
            if (c == ',')
                break;
            if (c == '\n') {
                ++m_line;
                if (!cell.isEmpty() && cell.back() == '\r')
                    cell.chop(1); // CRLF
                tooLong = !store;
                return true;
            }
            if (store)
                cell.append(char(c));
        }
    }
}

bool CsvSource::next(SourceRecord &record)
{
    for (;;) {
        record.reset();
        record.offset = m_reader.position();
        record.line = m_line;
        bool tooLong = false;
        QString problem;
        if (!readRecord(m_cells, record.raw, tooLong, problem))
            return false;
        record.length = m_reader.position() - record.offset;
        if (tooLong) {
            record.raw.clear();
            record.problems.append(
                Error{QCoreApplication::translate("Intake", "the record is longer than %1 MiB")
                          .arg(kMaxRecordBytes >> 20),
                      {},
                      0,
                      {}});
            return true;
        }
        if (!problem.isEmpty()) {
            record.problems.append(Error{problem, {}, 0, {}});
            return true;
        }
        if (m_cells.count == 1 && m_cells.values[0].trimmed().isEmpty())
            continue; // a blank line
        if (m_cells.count != m_columns.size()) {
            record.problems.append(
                Error{QCoreApplication::translate(
                          "Intake", "the record has %1 cells but the header row has %2")
                          .arg(m_cells.count)
                          .arg(m_columns.size()),
                      {},
                      0,
                      {}});
            return true;
        }
        record.type = m_fileType;
        for (int i = 0; i < m_cells.count; ++i) {
            const QByteArray &cell = m_cells.values[i];
            if (cell.isEmpty())
                continue;
            RawField &f = record.fields.add();
            f.name = m_columns[i];
            f.kind = RawField::Kind::String;
            f.fromCsv = true;
            if (!m_decoder.toUtf8(cell, f.text))
                record.problems.append(Error{
                    QCoreApplication::translate("Intake", "not valid %1 text").arg(m_encoding),
                    {},
                    0,
                    QString::fromUtf8(m_columns[i])});
        }
        return true;
    }
}

} // namespace ab::intake
