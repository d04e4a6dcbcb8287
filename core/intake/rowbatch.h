#pragma once

#include "sqlitestatement.h"

#include <QByteArray>
#include <QSet>
#include <vector>

namespace ab::intake {

// New rows of one table written several to an INSERT statement. A statement
// has a cost of its own beyond its rows: SQLite builds a lookup table for
// every CHECK (x IN (…)) list of more than two values each time a statement
// runs, and a generation has three. Written one by one, that was more than
// half of a generation row's cost (measured with the sqlite3 shell: 200,000
// rows in 4.0 s with the CHECKs, 1.6 s without).
//
// The cells are copies (the record they come from is reused for the next
// one). A batch is written when it has kRows rows or kBytes of text; the
// rest by flush(), one row to a statement. Rows are written in the order
// they were added, so rowids come out as they would one by one.
class RowBatch
{
public:
    static constexpr int kRows = 64;
    static constexpr qsizetype kBytes = 4 << 20;

    Status prepare(Connection db, const QString &path, const QByteArray &table,
                   const QByteArray &columns, int columnCount);

    // The cells of the row being added, by 1-based column, as SqliteStatement
    // binds parameters.
    void null(int column);
    void integer(int column, qint64 value);
    void text(int column, QByteArrayView value);
    // Ends the row; `key` is what contains() knows it by until it is written.
    Status endRow(QByteArrayView key);
    bool contains(QByteArrayView key) const { return m_keys.contains(key.toByteArray()); }
    Status flush();

private:
    struct Cell
    {
        enum class Kind
        {
            Null,
            Integer,
            Text,
        };
        Kind kind = Kind::Null;
        qint64 number = 0;
        QByteArray text;
    };
    Cell &cell(int column) { return m_cells[size_t(m_rows * m_columns + column - 1)]; }
    void bind(SqliteStatement &q, int row, int firstParameter);

    int m_columns = 0;
    int m_rows = 0;
    qsizetype m_bytes = 0;
    std::vector<Cell> m_cells; // kRows × m_columns, reused from batch to batch
    QSet<QByteArray> m_keys;
    SqliteStatement m_many; // kRows rows
    SqliteStatement m_one;
};

} // namespace ab::intake
