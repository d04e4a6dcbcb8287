#pragma once

#include "recordformat.h"

#include <QByteArray>
#include <QList>
#include <array>

namespace ab::intake {

// One field's value after validation, in its stored form.
struct FieldValue
{
    bool present = false;
    QByteArray text;   // UTF-8: ids, texts, tokens, stored timestamps and dates, a joined TextList
    qint64 number = 0; // Integer; Boolean as 0/1; Timestamp as seconds since 1970 UTC
    QList<QByteArray> list; // IdList (sorted, without repeats) or TextList (in order)
};

// A validated record: values indexed like the fields of its TypeSpec.
struct Record
{
    RecordType type = RecordType::Provider;
    std::array<FieldValue, kMaxFields> values;
    // What identifies the record: its id, or for training and retest the
    // fields that make it one edge / one test (joined by U+001F).
    QByteArray key;

    const TypeSpec &spec() const { return RecordFormat::spec(type); }
    const FieldValue &value(const char *field) const { return values[spec().indexOf(field)]; }
};

} // namespace ab::intake
