#include "reports/reportfilewriter.h"

#include "reports/backgroundhash.h"
#include "reports/reportjson.h"
#include "reports/reportwriters.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ab {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

Error writeError(const QString &target, const QString &reason)
{
    return Error{
        QCoreApplication::translate("Reports", "Could not write the report: %1").arg(reason),
        target,
        0,
        {}};
}

// One temporary file, written through a buffer and hashed as it goes.
class PartFile
{
public:
    // `hashed` false: the caller works out the file's hash itself.
    PartFile(StagedFiles &staged, const QString &target, bool hashed = true)
        : m_staged(staged), m_index(staged.targets.size()), m_target(target),
          m_file(target + QStringLiteral(".part")), m_hashed(hashed)
    {
        // Listed before it is opened, so that discard() also removes a file
        // that failed half-way.
        staged.targets << target;
        staged.temps << m_file.fileName();
        staged.fileHashes << QString();
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

    // Closes the file and, when hashed, notes its hash with the file.
    Status finish()
    {
        flush();
        if (m_ok)
            m_ok = m_file.flush();
        m_file.close();
        if (!m_ok)
            return writeError(m_target, m_file.errorString());
        if (m_hashed)
            m_staged.fileHashes[m_index] = QString::fromLatin1(m_hash.result().toHex());
        return {};
    }

private:
    void flush()
    {
        if (m_buffer.isEmpty())
            return;
        if (m_hashed)
            m_hash.addData(m_buffer);
        if (m_ok)
            m_ok = m_file.write(m_buffer) == m_buffer.size();
        m_buffer.resize(0); // keeps the capacity
    }

    StagedFiles &m_staged;
    qsizetype m_index; // of this file in m_staged
    QString m_target;
    QFile m_file;
    BackgroundHash m_hash;
    QByteArray m_buffer;
    bool m_hashed = true;
    bool m_ok = false;
};

// Writes `bytes` over the finished file at `offset`, then reads the whole
// file back for its SHA-256 (hex).
Result<QString> patchAndHash(const QString &path, const QString &target, qint64 offset,
                             const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset) ||
        file.write(bytes) != bytes.size() || !file.flush() || !file.seek(0))
        return writeError(target, file.errorString());
    BackgroundHash hash;
    QByteArray chunk(kFlushBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return writeError(target, file.errorString());
        if (n == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
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

QByteArray StagedFiles::sha256sumLines() const
{
    QByteArray lines;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        Q_ASSERT(!fileHashes.value(i).isEmpty()); // every staged file is hashed
        QByteArray name = QFileInfo(targets.at(i)).fileName().toUtf8();
        // As sha256sum writes a name with a backslash or a line break: the
        // line starts with a backslash and those are escaped.
        const bool escaped = name.contains('\\') || name.contains('\n') || name.contains('\r');
        if (escaped)
            name.replace('\\', "\\\\").replace('\n', "\\n").replace('\r', "\\r");
        lines += (escaped ? "\\" : "") + fileHashes.value(i).toLatin1() + "  " + name + '\n';
    }
    return lines;
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
    return file.finish();
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
        if (i == 0)
            staged.rows = rows;
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
        file.write(ReportWriters::htmlTableOpen(t));
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
    return staged;
}

Result<StagedFiles> ReportFileWriter::writeJson(const Report &report, const QString &outputPath)
{
    StagedFiles staged;
    ContentHasher hasher;
    hasher.head(report);
    PartFile file(staged, outputPath, false);
    // A SHA-256 in hex: the stand-in has the hash's length.
    constexpr qsizetype kHashLength = 64;
    file.write(ReportJson::head(report, QString(kHashLength, QLatin1Char('0'))));
    for (qsizetype i = 0; i < report.tables.size(); ++i) {
        const ReportTable &t = report.tables.at(i);
        file.write(ReportJson::tableOpen(t, i));
        hasher.tableHead(t);
        ReportJson::RowWriter writer(t.columnKeys);
        qint64 rows = 0;
        const auto add = [&](const auto &row) {
            hasher.row(row);
            writer.append(file.buffer(), row);
            file.flushIfFull();
            ++rows;
        };
        if (t.source) {
            if (Status read = forEachRow(t, add); !read)
                return failed(staged, read.error());
        } else {
            // Rows held in memory keep their UTF-16 form, as in toJson().
            for (const QStringList &row : t.rows)
                add(row);
        }
        file.write(ReportJson::tableClose(t, writer.any()));
        if (i == 0)
            staged.rows = rows;
    }
    file.write(ReportJson::tail(!report.tables.isEmpty()));
    staged.contentHash = hasher.result();
    Q_ASSERT(staged.contentHash.size() == kHashLength);
    if (Status s = file.finish(); !s)
        return failed(staged, s.error());
    Result<QString> fileHash =
        patchAndHash(staged.temps.first(), outputPath, ReportJson::contentHashOffset(),
                     staged.contentHash.toLatin1());
    if (!fileHash)
        return failed(staged, fileHash.error());
    staged.fileHashes.first() = fileHash.value();
    return staged;
}

} // namespace ab
