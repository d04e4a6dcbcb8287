#pragma once

#include "bytereader.h"
#include "rawrecord.h"
#include "recordformat.h"
#include "util/result.h"

#include <QFile>
#include <QString>
#include <QStringDecoder>
#include <QVector>
#include <memory>
#include <optional>

class QIODevice;

namespace ab::intake {

// One record as a file gave it: where it is, its bytes unchanged (for a
// rejects file), and its fields or what made them unreadable.
struct SourceRecord
{
    int line = 0;      // 1-based line where the record starts
    QByteArray raw;    // the record's bytes with its line break; empty when too long
    qint64 offset = 0; // byte offset of the record in the file
    qint64 length = 0; // its length in bytes
    RawRecord fields;
    std::optional<RecordType> type; // set by a CSV file named after its type
    QVector<Error> problems;        // unreadable: line / field / message (file left empty)

    void reset()
    {
        raw.resize(0); // keeps the buffer for the next record
        fields.clear();
        type.reset();
        problems.clear();
    }
};

enum class FileFormat
{
    JsonLines,
    Csv,
};

// An import file read record by record: JSON Lines, or CSV with a header row
// of field names. Memory stays bounded by one buffer and one record.
class RecordSource
{
public:
    virtual ~RecordSource() = default;

    // Opens `path` (format from the extension, else from the first byte).
    // `encoding` is for CSV: empty to detect (UTF-8 with or without BOM, else
    // GB18030), or a name such as "UTF-8", "GB18030", "GBK". Problems with
    // the file as a whole (missing, no records, a bad CSV header) come back as
    // an Error naming the file.
    static Result<std::unique_ptr<RecordSource>>
    open(const QString &path, const QString &displayName, const QString &encoding = {});
    // The same over a device that stays owned by the caller (tests, fuzzing).
    static Result<std::unique_ptr<RecordSource>> open(QIODevice *device, FileFormat format,
                                                      const QString &displayName,
                                                      const QString &fileName,
                                                      const QString &encoding = {});
    static bool isUtf8Name(const QString &encoding);

    // Reads the next record; false at the end of the file.
    virtual bool next(SourceRecord &record) = 0;

    FileFormat format() const { return m_format; }
    QString encoding() const { return m_encoding; } // as used: "UTF-8", "GB18030", …
    const QString &displayName() const { return m_displayName; }
    // Bytes that start a rejects file so that it stays readable in the same
    // way: a BOM, the CSV header row.
    const QByteArray &preamble() const { return m_preamble; }
    qint64 position() const { return m_reader.position(); }
    qint64 size() const { return m_size; }
    bool readFailed() const { return m_reader.failed(); }
    QByteArray sha256Hex() { return m_reader.sha256Hex(); }

protected:
    RecordSource(QIODevice *device, FileFormat format, QString displayName);
    Error fileError(const QString &message, int line = 0) const
    {
        return Error{message, m_displayName, line, {}};
    }

    ByteReader m_reader;
    FileFormat m_format;
    QString m_displayName;
    QString m_encoding = QStringLiteral("UTF-8");
    QByteArray m_preamble;
    qint64 m_size = 0;
    std::unique_ptr<QFile> m_ownedFile;
};

} // namespace ab::intake
