#include "jsonlsource.h"

#include "jsonlineparser.h"

#include <QCoreApplication>

namespace ab::intake {

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

bool isBlank(QByteArrayView text)
{
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    return true;
}

} // namespace

JsonlSource::JsonlSource(QIODevice *device, QString displayName)
    : RecordSource(device, FileFormat::JsonLines, std::move(displayName))
{}

void JsonlSource::start()
{
    if (m_reader.lookahead().startsWith(kBom)) {
        for (int i = 0; i < 3; ++i)
            m_reader.get();
        m_preamble = kBom;
    }
}

bool JsonlSource::next(SourceRecord &record)
{
    for (;;) {
        record.reset();
        record.offset = m_reader.position();
        bool tooLong = false;
        if (!m_reader.readLine(record.raw, kMaxRecordBytes, tooLong))
            return false;
        ++m_line;
        record.line = m_line;
        record.length = m_reader.position() - record.offset;
        if (tooLong) {
            record.raw.clear(); // copied from the file if it must be written out
            record.problems.append(
                Error{QCoreApplication::translate("Intake", "the line is longer than %1 MiB")
                          .arg(kMaxRecordBytes >> 20),
                      {},
                      0,
                      {}});
            return true;
        }
        QByteArrayView content(record.raw);
        while (!content.isEmpty() && (content.back() == '\n' || content.back() == '\r'))
            content.chop(1);
        if (isBlank(content))
            continue;
        JsonLineParser::Problem problem;
        if (!JsonLineParser::parse(content.data(), content.size(), record.fields, problem))
            record.problems.append(Error{QCoreApplication::translate("Intake", "%1 (column %2)")
                                             .arg(problem.message)
                                             .arg(problem.column),
                                         {},
                                         0,
                                         problem.field});
        return true;
    }
}

} // namespace ab::intake
