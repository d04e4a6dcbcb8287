#pragma once

#include "recordsource.h"

#include <QSaveFile>
#include <QStringEncoder>
#include <memory>

namespace ab::intake {

// FILE.rejects of a --skip-invalid import: the rejected records exactly as
// they were in FILE, each after its reasons on lines that begin with "# "
// (delete those lines once the records are fixed and the file imports
// again). It starts with FILE's BOM and CSV header row, is written in FILE's
// encoding, and appears only when the import commits.
class RejectsWriter
{
public:
    RejectsWriter(QString sourcePath, const RecordSource &source);
    static QString pathFor(const QString &sourcePath);

    Status write(const SourceRecord &record, const QVector<Error> &reasons);
    qint64 count() const { return m_count; }
    // Puts the file in place (when there was something to write), or removes
    // one left by an earlier import of the same file.
    Status commit();
    QString path() const { return pathFor(m_sourcePath); }

private:
    Status open();
    Status copyFromSource(qint64 offset, qint64 length);

    QString m_sourcePath;
    QString m_displayName;
    QByteArray m_preamble;
    QStringEncoder m_encoder;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_count = 0;
};

} // namespace ab::intake
