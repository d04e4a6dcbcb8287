#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

namespace ab {
class Database;
}

namespace ab::intake {

// The rows of one query an export reads, one at a time, from either backend.
// A workspace file's come through the sqlite3 C API (SqliteStatement), as
// fast as before; a team workspace's through a server-side cursor a batch at
// a time, so that a million generations are never held at once (the QtSql
// PostgreSQL driver otherwise fetches a whole result, or holds the
// connection for one query while another is run beside it).
class ExportRows
{
public:
    virtual ~ExportRows() = default;
    static std::unique_ptr<ExportRows> create(Database &db);

    // `sql` has no parameter, or one text parameter bound with bind().
    virtual Status prepare(const QByteArray &sql) = 0;
    virtual void bind(QByteArrayView value) = 0;
    // true with a row, false when done; reset() makes it ready to run again.
    virtual Result<bool> next() = 0;
    virtual void reset() = 0;

    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    // Valid until the next call of next() or reset().
    virtual QByteArrayView text(int column) const = 0;
};

} // namespace ab::intake
