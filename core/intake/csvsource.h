#pragma once

#include "recordsource.h"
#include "textdecoder.h"

#include <QStringList>

namespace ab::intake {

// CSV as spreadsheets write it (RFC 4180): a header row of field names,
// comma-separated cells, quoted cells that may hold commas, quotes ("") and
// line breaks, records ending in LF or CRLF. An empty cell is an absent
// field. The record type comes from a `type` column or from the file name
// (generations.csv, acme-models.csv).
class CsvSource : public RecordSource
{
public:
    CsvSource(QIODevice *device, QString displayName, QString fileName, const QString &encoding);
    Status start();
    bool next(SourceRecord &record) override;

    // The record type a file name names ("generations.csv" → generation).
    static std::optional<RecordType> typeFromFileName(const QString &fileName);

private:
    struct Cells
    {
        QVector<QByteArray> values;
        int count = 0;
    };
    // Reads one record's cells; false at the end of the file.
    bool readRecord(Cells &cells, QByteArray &raw, bool &tooLong, QString &problem);
    bool readQuoted(QByteArray &cell, QByteArray &raw, bool &store, QString &problem);
    Status readHeader();
    QString detectEncoding();

    QString m_fileName;
    QString m_requestedEncoding;
    TextDecoder m_decoder;
    std::optional<RecordType> m_fileType;
    QVector<QByteArray> m_columns; // field names, lower case
    int m_typeColumn = -1;
    int m_line = 1; // the line the next record starts on
    Cells m_cells;
};

} // namespace ab::intake
