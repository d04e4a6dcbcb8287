#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <vector>

class QSqlQuery;

namespace ab::intake {

// The rows of a server query copied out of the driver as they come, so that
// the connection is free for other statements while they are read (an
// import reads one table while it writes another, as it does on SQLite).
struct CopiedRows
{
    struct Cell
    {
        bool null = true;
        qint64 number = 0;
        QByteArray text;
    };

    // Replaces the rows with what `q` has left (their buffers are reused).
    // False when a row failed to arrive (q.lastError() says why): that must
    // not look like the end of the rows.
    bool load(QSqlQuery &q);
    void clear()
    {
        rows = 0;
        row = -1;
    }
    // Moves to the next row; false past the last.
    bool next()
    {
        if (row + 1 >= rows)
            return false;
        ++row;
        return true;
    }
    const Cell &cell(int column) const { return cells[size_t(row * columns + column)]; }

    std::vector<Cell> cells; // rows × columns
    int columns = 0;
    qsizetype rows = 0;
    qsizetype row = -1;
};

} // namespace ab::intake
