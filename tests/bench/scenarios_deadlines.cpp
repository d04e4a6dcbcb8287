// The deadline scenarios: statuses of every item of a 1M workspace, and the
// first page of the Deadlines list there.
#include "deadlines/deadlinelist.h"
#include "deadlines/deadlinestatus.h"
#include "demo/demogenerator.h"
#include "scenario.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QFile>

using namespace ab;
using namespace ab::bench;

namespace {

// The same workspace as the foundation's scenarios (same file, seed and day),
// so that one run builds it once.
const QDate kToday(2026, 6, 15);
constexpr quint64 kSeed = 20230411;
const QString kActor = QStringLiteral("bench");

Result<std::unique_ptr<Workspace>> millionWorkspace(const BenchContext &context)
{
    const QString path = context.file(QStringLiteral("demo-1m.auditbench"));
    if (QFile::exists(path))
        return Workspace::open(path, kActor);
    auto ws = Workspace::create(path, kActor);
    if (!ws)
        return ws.error();
    DemoOptions options;
    options.generations = 1'000'000;
    options.seed = kSeed;
    options.today = kToday;
    if (Status s = DemoGenerator::populate(**ws, options); !s)
        return s.error();
    return ws;
}

} // namespace

AB_BENCH_SCENARIO(deadlineStatus1m, "deadline-status-1m",
                  "status of every deadline of a 1,000,000-generation workspace, counted")
{
    auto ws = millionWorkspace(context);
    if (!ws)
        return ws.error();
    const WorkspaceSettings &settings = (*ws)->settings();
    Stopwatch watch;
    auto counts =
        DeadlineStatus::countAll((*ws)->db(), kToday, settings.dueSoonDays, settings.timeZone());
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
    auto ws = millionWorkspace(context);
    if (!ws)
        return ws.error();
    DeadlineListFilter filter;
    filter.asOf = kToday;
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
