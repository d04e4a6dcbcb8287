#pragma once

#include "sqlitestatement.h"

#include <QVector>
#include <initializer_list>

namespace ab::intake {

// The secondary indexes of the tables a large import fills, dropped when it
// begins and created again from their own stored definitions before it
// commits, inside its transaction: sorting once per index costs far less
// than a million scattered B-tree insertions, and a rollback (or a kill)
// brings them back with everything else. The automatic indexes behind
// PRIMARY KEY and UNIQUE have no definition and stay; the import needs them.
class DeferredIndexes
{
public:
    Status drop(sqlite3 *db, const QString &path, std::initializer_list<const char *> tables);
    Status rebuild(sqlite3 *db, const QString &path);
    bool isActive() const { return !m_definitions.isEmpty(); }

private:
    QVector<QByteArray> m_definitions; // CREATE INDEX statements, in the order dropped
};

} // namespace ab::intake
