#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QVector>

namespace ab::intake {

// One member of a record as read, before validation. Texts are UTF-8 and
// already checked to be well-formed.
struct RawField
{
    enum class Kind
    {
        Null,
        String,
        Number,
        Bool,
        Array,
        Object,
    };
    QByteArray name;
    Kind kind = Kind::Null;
    QByteArray text;         // String: the text; Number: the token; Bool: "true" / "false"
    QList<QByteArray> items; // Array: its string elements
    bool itemsAreStrings = true;
    bool fromCsv = false; // a CSV cell: the type is read from the text, lists split at ';'
};

// The fields of one record. Storage is reused from record to record, so
// reading a million lines does not allocate a million vectors.
class RawRecord
{
public:
    void clear() { m_count = 0; }
    RawField &add()
    {
        if (m_count == m_fields.size())
            m_fields.resize(m_count + 1);
        RawField &f = m_fields[m_count++];
        f.kind = RawField::Kind::Null;
        f.text.resize(0); // keeps the buffer: no allocation per field per line
        f.items.clear();
        f.itemsAreStrings = true;
        f.fromCsv = false;
        return f;
    }
    int size() const { return m_count; }
    const RawField &at(int i) const { return m_fields[i]; }
    const RawField *find(QByteArrayView name) const
    {
        for (int i = 0; i < m_count; ++i)
            if (m_fields[i].name == name)
                return &m_fields[i];
        return nullptr;
    }

private:
    QVector<RawField> m_fields;
    int m_count = 0;
};

} // namespace ab::intake
