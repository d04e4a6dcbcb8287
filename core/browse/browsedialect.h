#pragma once

#include "deadlines/deadlinestatus.h"

#include <QString>
#include <QStringList>

namespace ab {

class Database;

// The places where the list SQL of a workspace file (SQLite) and of a team
// workspace (PostgreSQL 15) differ, each a small piece the queries are built
// from, so that one query text serves both. What differs:
// - a row's physical key: SQLite's rowid (the ids are text, so rowid is not
//   them), the text id on the server, which has no rowid;
// - planner hints: SQLite's INDEXED BY, CROSS JOIN (a fixed join order) and
//   unary + (an expression no index serves); the server plans without them;
// - the temporary schema: temp.x against pg_temp.x;
// - search: an FTS5 trigram MATCH against ILIKE over the pg_trgm indexed
//   columns; instr() against strpos().
// (SQLite's date(ts, modifier) the server has itself, migration 5.)
struct BrowseDialect
{
    bool server = false;

    static BrowseDialect of(const Database &db);

    // `alias`'s physical row key ("g.rowid" | "g.id").
    QString rowKey(const QString &alias) const;
    // The column type of a table of row keys.
    QString rowKeyType() const;
    QString temp(const QString &table) const;
    // `expr` hidden from the index choice, where the planner takes hints.
    QString unindexed(const QString &expr) const;
    // `table` read through `index`, where the planner takes hints.
    QString through(const QString &table, const QString &index) const;
    // A join whose left side drives.
    QString drivingJoin() const;
    // A condition no row meets.
    QString never() const;
    // The statement that explains `sql` on `db`. The server cannot prepare
    // an EXPLAIN, so there the values are written into the text.
    SqlFragment explain(const Database &db, const SqlFragment &sql) const;
    // The query plan's text column in explain()'s rows.
    int explainColumn() const;

    // `word` in any of `columns` (SQL expressions), case folded the way
    // SQLite's lower() folds it: ASCII only. What words too short for the
    // trigram index are matched with.
    SqlFragment textContains(const QStringList &columns, const QString &word) const;
    // `word` (three or more characters) in any of `columns` the way the
    // server's trigram indexes find it: ILIKE, case folded, `word` literal.
    SqlFragment trigramContains(const QStringList &columns, const QString &word) const;
};

} // namespace ab
