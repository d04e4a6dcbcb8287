#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

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

// What an import's statements run on: a workspace file's sqlite3 handle, or
// a team workspace's QtSql connection to its server.
struct Connection
{
    Connection(sqlite3 *handle = nullptr) : lite(handle) {}
    explicit Connection(Database *database) : server(database) {}
    static Connection of(Database &db);
    bool isServer() const { return server != nullptr; }

    sqlite3 *lite = nullptr;
    Database *server = nullptr;
};

// The server's spelling of an intake statement written for SQLite: INSERT
// OR IGNORE as ON CONFLICT DO NOTHING, temp. as pg_temp., and a bookkeeping
// table's rowid as its seq column. Where a statement sorts text, it spells
// COLLATE "C" itself (byte order, as SQLite's BINARY collation sorts).
QByteArray serverSql(QByteArray sql);

// One prepared statement reused for every row, which can also read rows
// (the demo's BulkStatement only writes). On a team workspace the same
// statement runs through QSqlQuery: prepared once, rebound for every row.
class SqliteStatement
{
public:
    SqliteStatement();
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // On a server the statement runs through QSqlQuery (see Server) with
    // the SQL spelt as serverSql() spells it.
    Status prepare(Connection db, const QByteArray &sql, const QString &path);
    bool isPrepared() const { return m_stmt != nullptr || m_server; }
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
    struct Server;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_path;
    int m_bindError = 0;
    std::unique_ptr<Server> m_server;
};

// Runs SQL that takes no parameters (pragmas, DDL), possibly several statements.
Status execute(Connection db, const char *sql, const QString &path);

} // namespace ab::intake
