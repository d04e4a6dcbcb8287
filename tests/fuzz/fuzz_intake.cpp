// libFuzzer target for the import readers: arbitrary bytes as a JSON Lines
// file or as a CSV file (named after a record type, or with a type column),
// each record then through the validator. Nothing may crash, hang or read
// out of bounds, whatever the input.
#include "intake/record.h"
#include "intake/recordsource.h"
#include "intake/recordvalidator.h"

#include <QBuffer>
#include <QCoreApplication>
#include <cstddef>
#include <cstdint>

using namespace ab::intake;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the reader and, for CSV, the file name and encoding.
    const uint8_t mode = data[0];
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const FileFormat format = (mode & 1) ? FileFormat::Csv : FileFormat::JsonLines;
    const QString name =
        (mode & 2) ? QStringLiteral("generations.csv") : QStringLiteral("data.csv");
    const QString encoding = (mode & 4) ? QStringLiteral("GB18030") : QString();
    auto source = RecordSource::open(&buffer, format, name, name, encoding);
    if (!source)
        return 0;
    static RecordValidator validator({"A.1", "A.1.g", "A.5.b"}, QTimeZone("Asia/Shanghai"));
    SourceRecord record;
    Record valid;
    QVector<ab::Error> problems;
    for (int n = 0; n < 10000 && (*source)->next(record); ++n) {
        problems.clear();
        if (record.problems.isEmpty())
            validator.validate(record, valid, problems);
    }
    return 0;
}
