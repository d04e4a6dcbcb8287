#include "rejectswriter.h"

#include <QCoreApplication>
#include <QFile>

namespace ab::intake {

namespace {} // namespace

RejectsWriter::RejectsWriter(QString sourcePath, const RecordSource &source)
    : m_sourcePath(std::move(sourcePath)), m_displayName(source.displayName()),
      m_preamble(source.preamble())
{
    if (!RecordSource::isUtf8Name(source.encoding()))
        m_encoder = QStringEncoder(source.encoding().toLatin1().constData());
}

QString RejectsWriter::pathFor(const QString &sourcePath)
{
    return sourcePath + QStringLiteral(".rejects");
}

Status RejectsWriter::open()
{
    m_file = std::make_unique<QSaveFile>(path());
    if (!m_file->open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("Intake", "cannot be written: %1")
                         .arg(m_file->errorString()),
                     path(),
                     0,
                     {}};
    m_file->write(m_preamble);
    return {};
}

Status RejectsWriter::copyFromSource(qint64 offset, qint64 length)
{
    QFile in(m_sourcePath);
    if (!in.open(QIODevice::ReadOnly) || !in.seek(offset))
        return Error{
            QCoreApplication::translate("Intake", "cannot be read again: %1").arg(in.errorString()),
            m_displayName,
            0,
            {}};
    QByteArray chunk;
    for (qint64 left = length; left > 0;) {
        chunk = in.read(std::min<qint64>(left, 1 << 20));
        if (chunk.isEmpty())
            break;
        m_file->write(chunk);
        left -= chunk.size();
    }
    return {};
}

Status RejectsWriter::write(const SourceRecord &record, const QVector<Error> &reasons)
{
    if (!m_file) {
        if (Status s = open(); !s)
            return s;
    }
    for (const Error &reason : reasons) {
        Error located = reason;
        located.file = m_displayName;
        located.line = record.line;
        QString text = QStringLiteral("# ") + located.toString();
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        text += QLatin1Char('\n');
        m_file->write(m_encoder.isValid() ? QByteArray(m_encoder.encode(text)) : text.toUtf8());
    }
    if (!record.raw.isEmpty()) {
        m_file->write(record.raw);
        if (!record.raw.endsWith('\n'))
            m_file->write("\n");
    } else if (Status s = copyFromSource(record.offset, record.length); !s) {
        return s;
    }
    ++m_count;
    return {};
}

Status RejectsWriter::commit()
{
    if (!m_file) {
        if (QFile::exists(path()) && !QFile::remove(path()))
            return Error{
                QCoreApplication::translate("Intake", "an old rejects file cannot be removed"),
                path(),
                0,
                {}};
        return {};
    }
    if (!m_file->commit())
        return Error{QCoreApplication::translate("Intake", "cannot be written: %1")
                         .arg(m_file->errorString()),
                     path(),
                     0,
                     {}};
    m_file.reset();
    return {};
}

} // namespace ab::intake
