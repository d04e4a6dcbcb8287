#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <string_view>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace ab {
class Database;
}

namespace ab::demo {

// The SQLite connection under a workspace's QtSql connection. The demo writes
// a million rows; binding them through QVariant costs several times what the
// rows themselves cost, so the bulk tables go through the C API on the same
// connection and inside the same transaction.
sqlite3 *sqliteHandle(Database &db);

// One prepared statement, reused for every row.
class BulkStatement
{
public:
    BulkStatement() = default;
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    Status prepare(Database &db, const char *sql);

    // Parameters count from 1, as in SQL. Text is bound without a copy, so it
    // must stay alive and unchanged until exec() returns.
    void text(int parameter, std::string_view value);
    void textOrNull(int parameter, std::string_view value); // empty binds NULL
    void integer(int parameter, qint64 value);
    void null(int parameter);

    // Runs the statement once with the bound values and makes it ready for
    // the next row.
    Status exec();
    qint64 lastInsertId() const;

private:
    Error error(int code) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_path;
    QString m_sql;
    int m_bindError = 0;
};

// Runs one statement that takes no parameters (a pragma, DDL).
Status executeSql(Database &db, const char *sql);

// Schema objects of the bulk tables set aside during a bulk load and created
// again from their own stored definitions afterwards, so that the schema ends
// exactly as the migrations made it. One sort per index costs far less than a
// million scattered B-tree insertions.
class DeferredSchema
{
public:
    // The secondary indexes of `tables` (not the automatic ones behind
    // PRIMARY KEY and UNIQUE, which have no definition and stay).
    Status dropIndexes(Database &db, const QStringList &tables);
    // The triggers of `tables` whose definition mentions `marker`.
    Status dropTriggers(Database &db, const QStringList &tables, const QString &marker);
    // Indexes first, then triggers, in the order they were dropped.
    Status restore(Database &db);

private:
    Status drop(Database &db, const QString &type, const QStringList &tables,
                const QString &marker);

    QVector<std::pair<QString, QString>> m_dropped; // "INDEX name" / "TRIGGER name", CREATE …
};

} // namespace ab::demo
