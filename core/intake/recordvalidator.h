#pragma once

#include "record.h"
#include "recordsource.h"
#include "timestampparser.h"

#include <QSet>
#include <QVector>

namespace ab::intake {

// Checks one record on its own: the type, that every field is known,
// present when required and of the right type, enumerations, TC260 codes,
// timestamps, dates and sizes. What needs other records (references,
// duplicates, cycles) is the import's job. Problems carry the field name;
// the caller adds the file and line.
class RecordValidator
{
public:
    RecordValidator(QSet<QByteArray> riskCodes, const QTimeZone &zone);

    // True when `source` is a valid record, then held in `out`.
    bool validate(const SourceRecord &source, Record &out, QVector<Error> &problems);
    // The record type named by a record, if it can be told.
    static std::optional<RecordType> typeOf(const SourceRecord &source);
    // The key of a record that may be invalid otherwise (for reporting what
    // depends on it); empty when it cannot be told.
    static QByteArray keyOf(const SourceRecord &source, RecordType type);

    static QByteArray joinKey(std::initializer_list<QByteArrayView> parts);

private:
    bool convert(const FieldSpec &spec, const RawField &raw, FieldValue &out, QString &problem);
    bool checkText(const FieldSpec &spec, FieldValue &out, QString &problem);
    bool checkId(QByteArrayView id, QString &problem) const;
    bool checkList(const FieldSpec &spec, FieldValue &out, QString &problem);
    void crossChecks(Record &out, QVector<Error> &problems);
    void makeKey(Record &out);

    QSet<QByteArray> m_riskCodes;
    TimestampParser m_time;
};

} // namespace ab::intake
