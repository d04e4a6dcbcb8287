#include "rowbatch.h"

namespace ab::intake {

namespace {

// A cell keeps its buffer for the next batch up to this size.
constexpr qsizetype kKeepBufferUpTo = 64 << 10;

} // namespace

Status RowBatch::prepare(Connection db, const QString &path, const QByteArray &table,
                         const QByteArray &columns, int columnCount)
{
    m_columns = columnCount;
    m_cells.assign(size_t(kRows * columnCount), Cell());
    QByteArray row = "(";
    for (int c = 0; c < columnCount; ++c)
        row += c ? ", ?" : "?";
    row += ')';
    const QByteArray insert = "INSERT INTO " + table + " (" + columns + ") VALUES ";
    QByteArray rows = row;
    for (int r = 1; r < kRows; ++r)
        rows += ", " + row;
    if (Status s = m_one.prepare(db, insert + row, path); !s)
        return s;
    return m_many.prepare(db, insert + rows, path);
}

void RowBatch::null(int column)
{
    cell(column).kind = Cell::Kind::Null;
}

void RowBatch::integer(int column, qint64 value)
{
    Cell &c = cell(column);
    c.kind = Cell::Kind::Integer;
    c.number = value;
}

void RowBatch::text(int column, QByteArrayView value)
{
    Cell &c = cell(column);
    c.kind = Cell::Kind::Text;
    c.text.resize(0); // keeps the buffer
    c.text.append(value);
    m_bytes += value.size();
}

Status RowBatch::endRow(QByteArrayView key)
{
    m_keys.insert(key.toByteArray());
    ++m_rows;
    return m_rows == kRows || m_bytes >= kBytes ? flush() : Status();
}

void RowBatch::bind(SqliteStatement &q, int row, int firstParameter)
{
    for (int c = 0; c < m_columns; ++c) {
        const Cell &cell = m_cells[size_t(row * m_columns + c)];
        const int p = firstParameter + c;
        switch (cell.kind) {
        case Cell::Kind::Null:
            q.null(p);
            break;
        case Cell::Kind::Integer:
            q.integer(p, cell.number);
            break;
        case Cell::Kind::Text:
            q.text(p, cell.text);
            break;
        }
    }
}

Status RowBatch::flush()
{
    Status s;
    if (m_rows == kRows) {
        for (int r = 0; r < kRows; ++r)
            bind(m_many, r, 1 + r * m_columns);
        s = m_many.run();
    } else {
        for (int r = 0; s && r < m_rows; ++r) {
            bind(m_one, r, 1);
            s = m_one.run();
        }
    }
    for (Cell &c : m_cells) {
        if (c.text.capacity() > kKeepBufferUpTo)
            c.text = QByteArray();
    }
    m_rows = 0;
    m_bytes = 0;
    m_keys.clear();
    return s;
}

} // namespace ab::intake
