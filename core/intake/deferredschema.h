#pragma once

#include "sqlitestatement.h"

#include <QVector>
#include <initializer_list>

namespace ab::intake {

// Schema objects of the tables a large import fills, dropped when it begins
// and created again from their own stored definitions inside its
// transaction, so that a rollback (or a kill) brings them back with
// everything else.
//
// - Secondary indexes: sorting once per index at the end costs far less than
//   a million scattered B-tree insertions. The automatic indexes behind
//   PRIMARY KEY and UNIQUE have no definition and stay; the import needs them.
// - Insert triggers (search index, dashboard tallies): each costs a
//   sub-program run per row, while one statement over the added rows does
//   the same work at the end (DashboardTallies::countAdded; the search index
//   leaves the added rows to its next build, see SearchIndex::holdBack).
//   They are named one by one, so that a trigger added later keeps working
//   row by row until its catch-up is written. Update and delete triggers
//   stay.
class DeferredSchema
{
public:
    // The secondary indexes of `tables`.
    Status dropIndexes(sqlite3 *db, const QString &path,
                       std::initializer_list<const char *> tables);
    // The triggers of these names that exist.
    Status dropTriggers(sqlite3 *db, const QString &path,
                        std::initializer_list<const char *> names);
    // Everything dropped, in the order dropped.
    Status restore(sqlite3 *db, const QString &path);
    bool isActive() const { return !m_definitions.isEmpty(); }

private:
    Status drop(sqlite3 *db, const QString &path, const char *type, const char *select,
                std::initializer_list<const char *> keys);

    QVector<QByteArray> m_definitions; // CREATE statements, in the order dropped
};

} // namespace ab::intake
