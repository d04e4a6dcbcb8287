// The dashboard of a team workspace: the same figures as its workspace file
// gave, from the server's tallies and from its tables.

#include "dashboard/dashboardquery.h"
#include "dashboardcompare.h"
#include "demotestsupport.h"
#include "serverdemo.h"

#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

QList<DashboardFilter> filtersOf(Workspace &ws)
{
    QList<DashboardFilter> filters = narrowedFilters(ws, kDemoToday);
    const DashboardFilter all = filters.first();
    // Local days of another zone than the workspace's: the tallies cannot
    // serve these, the tables must.
    DashboardFilter elsewhere = all;
    elsewhere.zone = QTimeZone("America/New_York");
    DashboardFilter later = all;
    later.asOf = kDemoToday.addDays(45);
    return filters << elsewhere << later;
}

qint64 itemsCounted(const DashboardData &d)
{
    qint64 n = 0;
    for (qint64 count : d.statusCounts)
        n += count;
    return n;
}

void checkServerGivesFileAnswers(ServerDemo &demo)
{
    for (const DashboardFilter &f : filtersOf(*demo.file)) {
        INFO("provider " << f.providerId.toStdString() << " policy " << f.policyId.toStdString()
                         << " period " << f.from.toString(Qt::ISODate).toStdString() << " zone "
                         << f.zone.id().toStdString() << " as of "
                         << f.asOf.toString(Qt::ISODate).toStdString());
        for (auto source : {DashboardQuery::Source::Fastest, DashboardQuery::Source::Tables}) {
            auto file = DashboardQuery::compute(demo.file->db(), f, source);
            auto team = DashboardQuery::compute(demo.team->db(), f, source);
            AB_REQUIRE_OK(file);
            AB_REQUIRE_OK(team);
            REQUIRE(itemsCounted(*file) > 0);
            checkSame(*file, *team);
        }
    }
}

} // namespace

TEST_CASE("a team workspace's dashboard gives what its workspace file gives, for every filter")
{
    ServerDemo demo(800, 7);
    REQUIRE(scalar(*demo.team, QStringLiteral("SELECT count(*) FROM deadline_tallies")) > 0);
    checkServerGivesFileAnswers(demo);
}

TEST_CASE("a team workspace's tallies follow changes made on the server as a file's do")
{
    ServerDemo demo(600, 11);
    // The same changes on both: remediations (local days through the zone's
    // offsets), a verification, a re-flagged risk, a complaint answered, a
    // deadline removed.
    const QStringList changes{
        QStringLiteral(
            "UPDATE deadlines SET remediated_at = '2026-06-10T17:30:00Z' WHERE id IN "
            "(SELECT id FROM deadlines WHERE remediated_at IS NULL ORDER BY id LIMIT 7)"),
        QStringLiteral("UPDATE deadlines SET verification = 'failed' WHERE id = "
                       "(SELECT min(id) FROM deadlines WHERE remediated_at IS NOT NULL)"),
        QStringLiteral("UPDATE generations SET risk_category = 'A.2.a' WHERE id IN "
                       "(SELECT item_id FROM deadlines WHERE item_kind = 'generation' "
                       "ORDER BY id LIMIT 5)"),
        QStringLiteral("UPDATE complaints SET status = 'resolved', responded_at = "
                       "'2026-06-01T03:00:00Z' WHERE id IN (SELECT id FROM complaints WHERE "
                       "responded_at IS NULL ORDER BY id LIMIT 4)"),
        QStringLiteral("DELETE FROM deadlines WHERE id = (SELECT max(id) FROM deadlines)")};
    for (Workspace *ws : {demo.file.get(), demo.team.get()}) {
        QSqlQuery q(ws->db().sql());
        for (const QString &sql : changes) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
            REQUIRE(q.numRowsAffected() > 0);
        }
    }
    checkServerGivesFileAnswers(demo);
}
