#include "reports/reportfilewriter.h"

#include "reports/backgroundhash.h"
#include "reports/reportwriters.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ab {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

// One temporary file, written through a buffer and hashed as it goes.
class PartFile
{
public:
    PartFile(StagedFiles &staged, const QString &target)
        : m_target(target), m_file(target + QStringLiteral(".part"))
    {
        // Listed before it is opened, so that discard() also removes a file
        // that failed half-way.
        staged.targets << target;
        staged.temps << m_file.fileName();
        m_ok = m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        m_buffer.reserve(kFlushBytes + 4096);
    }

    // The buffer the caller appends to; call flushIfFull() after.
    QByteArray &buffer() { return m_buffer; }
    void flushIfFull()
    {
        if (m_buffer.size() >= kFlushBytes)
            flush();
    }
    void write(const QByteArray &bytes)
    {
        m_buffer += bytes;
        flushIfFull();
    }

    Status finish()
    {
        flush();
        if (m_ok)
            m_ok = m_file.flush();
        m_file.close();
        if (m_ok)
            return {};
        return Error{QCoreApplication::translate("Reports", "Could not write the report: %1")
                         .arg(m_file.errorString()),
                     m_target,
                     0,
                     {}};
    }
    QString hash() { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    void flush()
    {
        if (m_buffer.isEmpty())
            return;
        m_hash.addData(m_buffer);
        if (m_ok)
            m_ok = m_file.write(m_buffer) == m_buffer.size();
        m_buffer.resize(0); // keeps the capacity
    }

    QString m_target;
    QFile m_file;
    BackgroundHash m_hash;
    QByteArray m_buffer;
    bool m_ok = false;
};

// Every row of `table`, streamed or held, as UTF-8 cells.
Status forEachRow(const ReportTable &table, const ReportRowSink &sink)
{
    if (table.source)
        return table.source(sink);
    ReportRow cells;
    for (const QStringList &row : table.rows) {
        cells.clear();
        for (const QString &cell : row)
            cells << cell.toUtf8();
        sink(cells);
    }
    return {};
}

Result<StagedFiles> failed(const StagedFiles &staged, const Error &error)
{
    staged.discard();
    return error;
}

} // namespace

void StagedFiles::discard() const
{
    for (const QString &p : temps)
        QFile::remove(p);
}

QString ReportFileWriter::pathWithSuffix(const QString &path, const QString &suffix)
{
    if (suffix.isEmpty())
        return path;
    const QFileInfo info(path);
    const QString ext = info.suffix();
    const QString stem = ext.isEmpty() ? path : path.left(path.size() - ext.size() - 1);
    return stem + suffix + (ext.isEmpty() ? QString() : QLatin1Char('.') + ext);
}

Status ReportFileWriter::stage(StagedFiles &staged, const QString &target, const QByteArray &bytes)
{
    PartFile file(staged, target);
    file.write(bytes);
    if (Status s = file.finish(); !s)
        return s;
    if (staged.targets.size() == 1)
        staged.fileHash = file.hash();
    return {};
}

Result<StagedFiles> ReportFileWriter::writeCsv(const Report &report, const QString &outputPath)
{
    StagedFiles staged;
    ContentHasher hasher;
    hasher.head(report);
    for (qsizetype i = 0; i < report.tables.size(); ++i) {
        const ReportTable &t = report.tables.at(i);
        PartFile file(staged,
                      pathWithSuffix(outputPath, i == 0 ? QString() : QLatin1Char('-') + t.key));
        file.write(QByteArrayLiteral("\xEF\xBB\xBF") + ReportWriters::csvLine(t.columnLabels));
        hasher.tableHead(t);
        qint64 rows = 0;
        const Status read = forEachRow(t, [&](ReportRow &row) {
            hasher.row(row);
            ReportWriters::appendCsvLine(file.buffer(), row);
            file.flushIfFull();
            ++rows;
        });
        if (!read)
            return failed(staged, read.error());
        if (Status s = file.finish(); !s)
            return failed(staged, s.error());
        if (i == 0) {
            staged.fileHash = file.hash();
            staged.rows = rows;
        }
    }
    staged.contentHash = hasher.result();
    const QByteArray stamp = ReportWriters::csvStamp(report, staged.contentHash);
    if (Status s = stage(staged, pathWithSuffix(outputPath, QStringLiteral("-report")), stamp); !s)
        return failed(staged, s.error());
    return staged;
}

Result<StagedFiles> ReportFileWriter::writeHtml(const Report &report, const QString &outputPath)
{
    StagedFiles staged;
    ContentHasher hasher;
    hasher.head(report);
    PartFile file(staged, outputPath);
    file.write(ReportWriters::htmlHead(report));
    for (qsizetype i = 0; i < report.tables.size(); ++i) {
        const ReportTable &t = report.tables.at(i);
        file.write(ReportWriters::htmlTableOpen(t, false));
        hasher.tableHead(t);
        qint64 rows = 0;
        const Status read = forEachRow(t, [&](ReportRow &row) {
            hasher.row(row);
            ReportWriters::appendHtmlRow(file.buffer(), row);
            file.flushIfFull();
            ++rows;
        });
        if (!read)
            return failed(staged, read.error());
        file.write(ReportWriters::htmlTableClose());
        if (i == 0)
            staged.rows = rows;
    }
    // The stamp at the end carries the content hash, known only now.
    staged.contentHash = hasher.result();
    file.write(ReportWriters::htmlTail(report, staged.contentHash));
    if (Status s = file.finish(); !s)
        return failed(staged, s.error());
    staged.fileHash = file.hash();
    return staged;
}

} // namespace ab
