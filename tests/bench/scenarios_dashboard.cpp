// The dashboard scenario: every dashboard aggregate of a 1M workspace, as the
// page's worker counts them (its own connection, one call).
#include "benchdemo.h"
#include "dashboard/dashboardquery.h"
#include "dashboard/dashboardtallies.h"
#include "scenario.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QSqlQuery>

using namespace ab;
using namespace ab::bench;

namespace {

Result<BenchResult> timeDashboard(const BenchContext &context, const QString &providerId)
{
    auto ws = openMillionWorkspace(context);
    if (!ws)
        return ws.error();
    DashboardFilter filter = DashboardQuery::defaultFilter((*ws)->settings(), kDemoToday);
    filter.providerId = providerId;
    const QString path = (*ws)->path();
    Stopwatch watch;
    auto db = Database::open(path);
    if (!db)
        return db.error();
    auto data = DashboardQuery::compute(**db, filter);
    if (!data)
        return data.error();
    qint64 n = 0;
    for (qint64 c : std::as_const(data->statusCounts))
        n += c;
    return BenchResult{n, watch.seconds()};
}

} // namespace

AB_BENCH_SCENARIO(dashboard1m, "dashboard-1m",
                  "every dashboard aggregate of a 1,000,000-generation workspace, with the "
                  "worker's own connection")
{
    return timeDashboard(context, QString());
}

AB_BENCH_SCENARIO(dashboardProvider1m, "dashboard-provider-1m",
                  "every dashboard aggregate of the 1M workspace for one provider")
{
    return timeDashboard(context, QStringLiteral("prov-zhixing"));
}

AB_BENCH_SCENARIO(dashboardRecount1m, "dashboard-recount-1m",
                  "recount the dashboard tallies of the 1M workspace from its tables (once, when "
                  "a workspace is upgraded or its zone changes)")
{
    auto ws = openMillionWorkspace(context);
    if (!ws)
        return ws.error();
    Database &db = (*ws)->db();
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("DELETE FROM meta WHERE key = 'tallies_zone'")))
        return db.sqlError(QStringLiteral("meta"), q);
    Stopwatch watch;
    if (Status s = DashboardTallies::ensure(db, (*ws)->settings().timeZone()); !s)
        return s.error();
    const double seconds = watch.seconds();
    if (!q.exec(QStringLiteral("SELECT sum(n) FROM deadline_tallies")) || !q.next())
        return db.sqlError(QStringLiteral("deadline tallies"), q);
    return BenchResult{q.value(0).toLongLong(), seconds};
}
