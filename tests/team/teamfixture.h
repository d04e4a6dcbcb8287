#pragma once

#include "serverdatabase.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QStringList>

namespace ab::test {

// Every row of `table`, each as one line of its columns' text (NULL shown
// as \N), sorted: two workspaces hold the same rows when these are equal.
QStringList tableRows(Database &db, const QString &table, const QStringList &columns);
// The table's columns that are stored (not computed), in order.
QStringList storedColumns(Database &db, const QString &table);
qint64 countOf(Database &db, const QString &sql);

} // namespace ab::test
