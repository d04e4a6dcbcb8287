#pragma once

#include <QStringList>

namespace ab {

// Splits an SQL script into single statements (QSqlQuery runs one at a time).
// Uses SQLite's own notion of a complete statement, so that semicolons inside
// trigger bodies and string literals are handled as SQLite handles them.
class SqlScript
{
public:
    static QStringList split(const QString &script);
    // The same for a PostgreSQL script (NNNN_name.pg.sql): a statement ends
    // at a line ending in ';' outside a $$-quoted body. Those files are
    // written to that rule; libpq has no sqlite3_complete() to ask.
    static QStringList splitServer(const QString &script);
};

} // namespace ab
