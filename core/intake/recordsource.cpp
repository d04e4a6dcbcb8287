#include "recordsource.h"

#include "csvsource.h"
#include "jsonlsource.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ab::intake {

namespace {

// The extension decides; a file without a telling one is JSON Lines when its
// first visible byte opens an object.
FileFormat sniffFormat(const QString &path, QFile &file)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return FileFormat::Csv;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") ||
        suffix == QLatin1String("json"))
        return FileFormat::JsonLines;
    const QByteArray head = file.peek(4096);
    for (char c : head) {
        if (c == '{')
            return FileFormat::JsonLines;
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\xEF' && c != '\xBB' &&
            c != '\xBF')
            return FileFormat::Csv;
    }
    return FileFormat::JsonLines;
}

} // namespace

RecordSource::RecordSource(QIODevice *device, FileFormat format, QString displayName)
    : m_reader(device), m_format(format), m_displayName(std::move(displayName))
{}

bool RecordSource::isUtf8Name(const QString &encoding)
{
    return TextDecoder(encoding).isUtf8();
}

Result<std::unique_ptr<RecordSource>>
RecordSource::open(const QString &path, const QString &displayName, const QString &encoding)
{
    auto file = std::make_unique<QFile>(path);
    if (QFileInfo(path).isDir())
        return Error{
            QCoreApplication::translate("Intake", "is a folder, not a file"), displayName, 0, {}};
    // Unbuffered: ByteReader reads in large chunks of its own.
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error{
            QCoreApplication::translate("Intake", "cannot be read: %1").arg(file->errorString()),
            displayName,
            0,
            {}};
    if (file->size() == 0)
        return Error{
            QCoreApplication::translate("Intake", "the file is empty"), displayName, 0, {}};
    const FileFormat format = sniffFormat(path, *file);
    auto source = open(file.get(), format, displayName, path, encoding);
    if (!source)
        return source.error();
    (*source)->m_size = file->size();
    (*source)->m_ownedFile = std::move(file);
    return source;
}

Result<std::unique_ptr<RecordSource>> RecordSource::open(QIODevice *device, FileFormat format,
                                                         const QString &displayName,
                                                         const QString &fileName,
                                                         const QString &encoding)
{
    if (format == FileFormat::JsonLines) {
        auto source = std::make_unique<JsonlSource>(device, displayName);
        source->start();
        return std::unique_ptr<RecordSource>(std::move(source));
    }
    auto source = std::make_unique<CsvSource>(device, displayName, fileName, encoding);
    if (Status s = source->start(); !s)
        return s.error();
    return std::unique_ptr<RecordSource>(std::move(source));
}

} // namespace ab::intake
