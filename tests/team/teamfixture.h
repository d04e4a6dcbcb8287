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

// One run of auditbench-cli, as a user at a terminal would see it.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs auditbench-cli with `arguments`. The test server trusts loopback: a
// password libpq would otherwise find (PGPASSWORD) is taken away, so that it
// is not what makes a run pass or fail.
CliRun runCli(const QStringList &arguments);

} // namespace ab::test
