// The foundation's scenarios: demo generation at 100k and 1M generations,
// opening a 1M workspace, and the first page of its Generations list.
#include "benchdemo.h"
#include "browse/browsequery.h"
#include "scenario.h"
#include "workspace/workspace.h"

#include <QSqlQuery>

using namespace ab;
using namespace ab::bench;

AB_BENCH_SCENARIO(demo100k, "demo-100k", "generate a demo workspace of 100,000 generations")
{
    return generateDemo(context.file(QStringLiteral("demo-100k.auditbench")), 100'000);
}

AB_BENCH_SCENARIO(demo1m, "demo-1m", "generate a demo workspace of 1,000,000 generations")
{
    return generateDemo(context.file(QStringLiteral("demo-1m.auditbench")), 1'000'000);
}

AB_BENCH_SCENARIO(open1m, "open-1m", "open a 1,000,000-generation workspace")
{
    auto path = millionWorkspacePath(context);
    if (!path)
        return path.error();
    Stopwatch watch;
    auto ws = Workspace::open(*path, kBenchActor);
    if (!ws)
        return ws.error();
    const double seconds = watch.seconds();
    // The highest rowid: the row count of a table never deleted from, read
    // without scanning a million rows (which would also inflate the peak).
    QSqlQuery q((*ws)->db().sql());
    const qint64 n = q.exec(QStringLiteral("SELECT max(rowid) FROM generations")) && q.next()
                         ? q.value(0).toLongLong()
                         : 0;
    return BenchResult{n, seconds};
}

AB_BENCH_SCENARIO(firstPage1m, "first-page-1m",
                  "first 50 rows of the Generations list (flagged at, newest first) at 1,000,000")
{
    auto path = millionWorkspacePath(context);
    if (!path)
        return path.error();
    auto ws = Workspace::open(*path, kBenchActor);
    if (!ws)
        return ws.error();
    Database &db = (*ws)->db();
    Stopwatch watch;
    BrowseQuery query(ListKind::Generations, BrowseFilter{}, BrowseSort{SortKey::Time, true},
                      BrowseContext::forWorkspace((*ws)->settings()));
    if (Status s = query.prepare(db); !s)
        return s.error();
    auto page = query.page(db, ListAnchor{}, 0, 50);
    query.release(db);
    if (!page)
        return page.error();
    return BenchResult{qint64(page->size()), watch.seconds()};
}
