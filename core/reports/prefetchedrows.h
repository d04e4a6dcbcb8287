#pragma once

#include "util/batchpipe.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>
#include <vector>

namespace ab {

namespace intake {
class SqliteStatement;
}

// Steps a prepared statement on a thread of its own and hands its rows over
// in batches, so that SQLite's reading and what the caller makes of the rows
// (masking, formatting, hashing, writing) run on two cores at once: about
// half of a 100,000-row CSV report's time is SQLite's (measured). The
// statement must not be used by anyone else until this is gone; its
// connection neither. Memory stays at a few batches whatever the row count;
// destroying it stops the reading thread and waits for it.
class PrefetchedRows
{
public:
    PrefetchedRows(intake::SqliteStatement &statement, int columns);
    PrefetchedRows(const PrefetchedRows &) = delete;
    PrefetchedRows &operator=(const PrefetchedRows &) = delete;

    // Moves to the next row: false at the end and on an error (see error()).
    // An exception the reading thread met (out of memory) is thrown here.
    bool next();
    bool isNull(int column) const { return cell(column).length < 0; }
    QByteArrayView text(int column) const
    {
        const Cell c = cell(column);
        return c.length <= 0 ? QByteArrayView()
                             : QByteArrayView(m_current.bytes.constData() + c.offset, c.length);
    }
    const std::optional<Error> &error() const { return m_error; }

private:
    struct Cell
    {
        qsizetype offset = 0;
        qsizetype length = -1; // -1: NULL
    };
    struct Batch
    {
        QByteArray bytes;
        std::vector<Cell> cells; // rows × columns
        qsizetype rows = 0;
        bool last = false;
        std::optional<Error> error;
    };

    Cell cell(int column) const
    {
        Q_ASSERT(m_row >= 0 && m_row < m_current.rows && column >= 0 && column < m_columns);
        return m_current.cells[size_t(m_row * m_columns + column)];
    }
    void read(BatchPipe<Batch> &pipe);

    intake::SqliteStatement &m_statement;
    const int m_columns;
    Batch m_current;
    qsizetype m_row = -1;
    bool m_done = false;
    std::optional<Error> m_error;
    BatchPipe<Batch> m_pipe; // last: its thread ends before the rest goes
};

} // namespace ab
