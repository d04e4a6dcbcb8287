#include "clicommand.h"

#include <QtGlobal>

namespace ab::cli {

// One line per subcommand; each is implemented in cmd_<name>.cpp.
int runInit(const QStringList &arguments);
int runDue(const QStringList &arguments);
int runDeadlines(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runCase(const QStringList &arguments);
int runVerify(const QStringList &arguments);
int runTrace(const QStringList &arguments);
int runIndex(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runMigrate(const QStringList &arguments);

const QList<Command> &commands()
{
    static const QList<Command> list{
        {"init", QT_TRANSLATE_NOOP("cli", "Create a workspace (empty, or filled with demo data)."),
         runInit},
        {"due",
         QT_TRANSLATE_NOOP("cli", "Compute a due date from a trigger and a period or policy."),
         runDue},
        {"deadlines", QT_TRANSLATE_NOOP("cli", "List every item's deadline and status."),
         runDeadlines},
        {"import", QT_TRANSLATE_NOOP("cli", "Import interchange files (JSON Lines, CSV)."),
         runImport},
        {"export", QT_TRANSLATE_NOOP("cli", "Export records in the interchange format."),
         runExport},
        {"case", QT_TRANSLATE_NOOP("cli", "Open and work review cases."), runCase},
        {"verify", QT_TRANSLATE_NOOP("cli", "Check a workspace's integrity and audit chain."),
         runVerify},
        {"trace",
         QT_TRANSLATE_NOOP("cli",
                           "Trace an item to its training data, or a dataset to what it reached."),
         runTrace},
        {"index", QT_TRANSLATE_NOOP("cli", "Build the full-text search indexes."), runIndex},
        {"report", QT_TRANSLATE_NOOP("cli", "Export an inspection report (PDF, HTML, CSV, JSON)."),
         runReport},
        {"migrate",
         QT_TRANSLATE_NOOP("cli", "Copy a workspace to a team server (PostgreSQL) or back."),
         runMigrate},
    };
    return list;
}

} // namespace ab::cli
