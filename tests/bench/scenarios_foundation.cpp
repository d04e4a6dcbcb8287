// The foundation's scenarios: demo generation at 100k and 1M generations,
// opening a 1M workspace, and the first page of its Generations list.
#include "browse/browsequery.h"
#include "demo/demogenerator.h"
#include "scenario.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QSqlQuery>

using namespace ab;
using namespace ab::bench;

namespace {

// Fixed, so that every run builds the same workspace.
const QDate kToday(2026, 6, 15);
constexpr quint64 kSeed = 20230411;
const QString kActor = QStringLiteral("bench");

void removeWorkspace(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Creates and fills a demo workspace; the time covers creation, generation
// with its indexes, and closing the file.
Result<BenchResult> generate(const QString &path, qint64 scale)
{
    removeWorkspace(path);
    Stopwatch watch;
    {
        auto ws = Workspace::create(path, kActor);
        if (!ws)
            return ws.error();
        DemoOptions options;
        options.generations = scale;
        options.seed = kSeed;
        options.today = kToday;
        if (Status s = DemoGenerator::populate(**ws, options); !s)
            return s.error();
    }
    return BenchResult{scale, watch.seconds()};
}

// The 1M workspace of the work folder, made (untimed) when missing.
Result<QString> millionWorkspace(const BenchContext &context)
{
    const QString path = context.file(QStringLiteral("demo-1m.auditbench"));
    if (!QFile::exists(path)) {
        auto made = generate(path, 1'000'000);
        if (!made)
            return made.error();
    }
    return path;
}

} // namespace

AB_BENCH_SCENARIO(demo100k, "demo-100k", "generate a demo workspace of 100,000 generations")
{
    return generate(context.file(QStringLiteral("demo-100k.auditbench")), 100'000);
}

AB_BENCH_SCENARIO(demo1m, "demo-1m", "generate a demo workspace of 1,000,000 generations")
{
    return generate(context.file(QStringLiteral("demo-1m.auditbench")), 1'000'000);
}

AB_BENCH_SCENARIO(open1m, "open-1m", "open a 1,000,000-generation workspace")
{
    auto path = millionWorkspace(context);
    if (!path)
        return path.error();
    Stopwatch watch;
    auto ws = Workspace::open(*path, kActor);
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
    auto path = millionWorkspace(context);
    if (!path)
        return path.error();
    auto ws = Workspace::open(*path, kActor);
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
