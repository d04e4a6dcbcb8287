#pragma once

#include "intake/sqlitestatement.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVariantList>
#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;

namespace ab {

class Database;
class PrefetchedRows;

// The rows of a report query as UTF-8 cells, read the fastest way each
// backend allows, so that the report code above it is the same for both:
// from a workspace file through SQLite's C API (QtSql would turn every cell
// into a UTF-16 QVariant only for it to be written out as UTF-8 again), from
// a team workspace through a forward-only QSqlQuery, which the PostgreSQL
// driver streams a row at a time (its single-row mode): memory stays at one
// row whatever the table holds. While the rows are read on a server, nothing
// else may run on the connection: a statement run there drops them.
// Cells are text as SQLite gives it; a server's integers read the same, its
// floating-point numbers would not (Qt prints them its own way), so a report
// query selects none.
class ReportQuery
{
public:
    enum class Reading
    {
        Direct,     // stepped by next() itself
        Prefetched, // a workspace file's rows read ahead on a thread (PrefetchedRows)
    };

    explicit ReportQuery(Database &db);
    ~ReportQuery();
    ReportQuery(const ReportQuery &) = delete;
    ReportQuery &operator=(const ReportQuery &) = delete;

    // `expression` to ORDER BY in a workspace file's order, which compares
    // text byte by byte: a server database's collation may follow a
    // language's rules (case and punctuation weighed otherwise), so the server
    // is asked for "C". For names and ids; ISO days and stored timestamps sort
    // the same in any collation and keep their indexes without it.
    static QString bytewise(const Database &db, const QString &expression);

    // Runs `sql` (placeholders '?') with `values`, for `columns` columns;
    // `what` names it in an error.
    Status exec(const QString &what, const QString &sql, const QVariantList &values, int columns,
                Reading reading = Reading::Direct);
    // Moves to the next row: false at the end and on an error (see error()).
    bool next();
    bool isNull(int column) const;
    // The cell's text; a null view for NULL and for ''.
    QByteArrayView text(int column) const;
    const std::optional<Error> &error() const { return m_error; }

private:
    bool nextOnServer();

    Database &m_db;
    QString m_what;
    int m_columns = 0;
    // A workspace file's statement; the texts bound to it outlive it.
    QList<QByteArray> m_bound;
    intake::SqliteStatement m_statement;
    std::unique_ptr<PrefetchedRows> m_prefetched; // gone before the statement
    // A team workspace's query and its current row.
    std::unique_ptr<QSqlQuery> m_query;
    QList<QByteArray> m_cells;
    std::vector<bool> m_nulls;
    std::optional<Error> m_error;
};

} // namespace ab
