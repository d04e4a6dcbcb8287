#pragma once

#include "domain/vocabulary.h"

#include <QByteArray>
#include <QString>
#include <QVector>
#include <array>
#include <optional>

namespace ab::intake {

// The record types of the interchange format, in the order an export writes
// them (referenced records before the records that name them).
enum class RecordType
{
    Provider,
    Model,
    Dataset,
    Training,
    Generation,
    Complaint,
    Retest,
};
inline constexpr int kRecordTypeCount = 7;

enum class FieldType
{
    Id,        // an identifier: 1..200 characters, no control characters, no ';'
    Text,      // free text up to kMaxTextBytes of UTF-8
    Timestamp, // RFC 3339; without an offset read in the workspace zone
    Date,      // YYYY-MM-DD
    Enum,      // a token of `vocabulary`
    RiskCode,  // a TC260-003 code present in the workspace's risk_categories
    Integer,   // a whole number >= 0
    Boolean,   // true / false
    IdList,    // a list of identifiers (a set: order and repeats do not matter)
    TextList,  // a list of short tokens, order kept (languages)
    Sha256,    // 64 hexadecimal digits, stored in lower case
};

// One field of a record type. This table is the authority on the format: the
// validator, the writer, the exporter and the JSON Schemas all follow it.
struct FieldSpec
{
    const char *name; // JSON member / CSV column (snake_case)
    FieldType type;
    bool required;
    const char *column; // the column it is stored in; nullptr for a list kept in a child table
    Vocabulary vocabulary = Vocabulary::Severity; // for Enum
    std::optional<RecordType> references{};       // the record type an Id / IdList names
};

struct TypeSpec
{
    RecordType type;
    const char *name;  // the value of "type"
    const char *table; // the table the records go to
    QVector<FieldSpec> fields;
    bool hasId; // false for training and retest (identified by their fields)

    int indexOf(QByteArrayView field) const; // -1 when the type has no such field
};

inline constexpr int kMaxFields = 20;
// Texts longer than this (UTF-8 bytes) are refused: 10 MiB per field.
inline constexpr qint64 kMaxTextBytes = 10 * 1024 * 1024;
// A line (JSONL) or record (CSV) longer than this is refused without being
// held in memory: two full-size texts plus escaping and the other fields.
inline constexpr qint64 kMaxRecordBytes = 64 * 1024 * 1024;
inline constexpr int kMaxIdLength = 200;

class RecordFormat
{
public:
    static const TypeSpec &spec(RecordType type);
    static const std::array<RecordType, kRecordTypeCount> &types();
    static std::optional<RecordType> typeFromName(QByteArrayView name);
    static QString typeName(RecordType type);
    // "provider, model, dataset, …" for messages.
    static QString typeList();
};

} // namespace ab::intake
