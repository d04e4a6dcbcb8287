#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace ab {
class Database;
}

namespace ab::intake {

// The SQLite connection under a workspace's QtSql connection. An import
// writes a million rows, and binding through QVariant costs several times
// what the rows themselves cost (measured: see the intake bench scenario),
// so the bulk statements go through the C API on the same connection and
// inside the same transaction.
sqlite3 *sqliteHandle(Database &db);

// One prepared statement reused for every row, which can also read rows
// (the demo's BulkStatement only writes).
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    Status prepare(sqlite3 *db, const QByteArray &sql, const QString &path);
    bool isPrepared() const { return m_stmt != nullptr; }
    void finalize(); // before the connection closes

    // Parameters count from 1. Text is bound without a copy: it must stay
    // alive and unchanged until the statement is reset.
    void text(int parameter, QByteArrayView value);
    void textOrNull(int parameter, QByteArrayView value, bool present);
    void integer(int parameter, qint64 value);
    void null(int parameter);

    // Steps once: true with a row, false when done; an SQL error comes back
    // as an Error. reset() makes the statement ready for new bindings.
    Result<bool> step();
    Status run(); // step to the end, then reset
    void reset();
    int changes() const;

    bool isNull(int column) const;
    qint64 columnInt(int column) const;
    QByteArrayView columnText(int column) const; // valid until the next step / reset

private:
    Error error(int code) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_path;
    int m_bindError = 0;
};

// Runs SQL that takes no parameters (pragmas, DDL), possibly several statements.
Status execute(sqlite3 *db, const char *sql, const QString &path);

} // namespace ab::intake
