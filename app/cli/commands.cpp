#include "clicommand.h"

#include <QtGlobal>

namespace ab::cli {

// One line per subcommand; each is implemented in cmd_<name>.cpp.
int runInit(const QStringList &arguments);
int runDue(const QStringList &arguments);
int runDeadlines(const QStringList &arguments);
int runDue(const QStringList &arguments);
int runDeadlines(const QStringList &arguments);

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
        {"due", QT_TRANSLATE_NOOP("cli", "Compute a due date from a trigger date and a period."),
         runDue},
        {"deadlines", QT_TRANSLATE_NOOP("cli", "List every item's deadline and status."),
         runDeadlines},
    };
    return list;
}

} // namespace ab::cli
