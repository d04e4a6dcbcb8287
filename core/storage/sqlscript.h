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
};

} // namespace ab
