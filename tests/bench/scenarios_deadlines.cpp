// The deadline scenarios: statuses of every item of a 1M workspace, and the
// first page of the Deadlines list there.
#include "benchdemo.h"
#include "deadlines/deadlinelist.h"
#include "deadlines/deadlinestatus.h"
#include "scenario.h"
#include "storage/database.h"
#include "workspace/workspace.h"

using namespace ab;
using namespace ab::bench;

AB_BENCH_SCENARIO(deadlineStatus1m, "deadline-status-1m",
                  "status of every deadline of a 1,000,000-generation workspace, counted")
{
    auto ws = openMillionWorkspace(context);
    if (!ws)
        return ws.error();
    const WorkspaceSettings &settings = (*ws)->settings();
    Stopwatch watch;
    auto counts = DeadlineStatus::countAll((*ws)->db(), kDemoToday, settings.dueSoonDays,
                                           settings.timeZone());
    if (!counts)
        return counts.error();
    const double seconds = watch.seconds();
    qint64 n = 0;
    for (qint64 c : std::as_const(*counts))
        n += c;
    return BenchResult{n, seconds};
}

AB_BENCH_SCENARIO(deadlinesFirstPage1m, "deadlines-first-page-1m",
                  "first page of the Deadlines list (most urgent first) at 1,000,000, "
                  "with the worker's own connection")
{
    auto ws = openMillionWorkspace(context);
    if (!ws)
        return ws.error();
    DeadlineListFilter filter;
    filter.asOf = kDemoToday;
    filter.dueSoonDays = (*ws)->settings().dueSoonDays;
    filter.zone = (*ws)->settings().timeZone();
    const QString path = (*ws)->path();
    // Timed as the list's worker does it: open a connection, read one page.
    Stopwatch watch;
    auto db = Database::open(path);
    if (!db)
        return db.error();
    auto page = DeadlineList::page(**db, filter, std::nullopt, 200);
    if (!page)
        return page.error();
    return BenchResult{qint64(page->rows.size()), watch.seconds()};
}
