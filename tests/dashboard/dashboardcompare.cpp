#include "dashboardcompare.h"

#include "dashboard/dashboardquery.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QSqlQuery>

namespace ab::test {

void checkSame(const DashboardData &a, const DashboardData &b)
{
    for (DeadlineState s : DeadlineStatus::all())
        CHECK(a.statusCounts.value(s) == b.statusCounts.value(s));
    CHECK(a.figures.openItems == b.figures.openItems);
    CHECK(a.figures.overdue == b.figures.overdue);
    CHECK(a.figures.dueSoon == b.figures.dueSoon);
    CHECK(a.figures.remediatedThisMonth == b.figures.remediatedThisMonth);
    CHECK(a.figures.medianDaysToRemediation == b.figures.medianDaysToRemediation);
    CHECK(a.figures.complaintsWithLimit == b.figures.complaintsWithLimit);
    CHECK(a.figures.complaintsAnsweredInTime == b.figures.complaintsAnsweredInTime);
    CHECK(a.figures.openCases == b.figures.openCases);
    REQUIRE(a.dueWeeks.size() == b.dueWeeks.size());
    for (qsizetype i = 0; i < a.dueWeeks.size(); ++i)
        CHECK(a.dueWeeks[i].counts == b.dueWeeks[i].counts);
    REQUIRE(a.overdueAges.size() == b.overdueAges.size());
    for (qsizetype i = 0; i < a.overdueAges.size(); ++i)
        CHECK(a.overdueAges[i].count == b.overdueAges[i].count);
    REQUIRE(a.riskTypes.size() == b.riskTypes.size());
    for (qsizetype i = 0; i < a.riskTypes.size(); ++i) {
        CHECK(a.riskTypes[i].type.count == b.riskTypes[i].type.count);
        REQUIRE(a.riskTypes[i].risks.size() == b.riskTypes[i].risks.size());
        for (qsizetype j = 0; j < a.riskTypes[i].risks.size(); ++j)
            CHECK(a.riskTypes[i].risks[j].count == b.riskTypes[i].risks[j].count);
    }
    REQUIRE(a.complaintWeeks.size() == b.complaintWeeks.size());
    for (qsizetype i = 0; i < a.complaintWeeks.size(); ++i) {
        CHECK(a.complaintWeeks[i].received == b.complaintWeeks[i].received);
        CHECK(a.complaintWeeks[i].resolved == b.complaintWeeks[i].resolved);
    }
    REQUIRE(a.burnDown.size() == b.burnDown.size());
    for (qsizetype i = 0; i < a.burnDown.size(); ++i)
        CHECK(a.burnDown[i].open == b.burnDown[i].open);
}

QList<DashboardFilter> narrowedFilters(Workspace &ws, const QDate &asOf)
{
    const DashboardFilter all = DashboardQuery::defaultFilter(ws.settings(), asOf);
    QSqlQuery q(ws.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT min(provider_id), min(policy_id) FROM deadlines")));
    REQUIRE(q.next());
    DashboardFilter byProvider = all;
    byProvider.providerId = q.value(0).toString();
    REQUIRE(!byProvider.providerId.isEmpty());
    DashboardFilter byPolicy = all;
    byPolicy.policyId = q.value(1).toString();
    DashboardFilter byPeriod = all;
    byPeriod.from = asOf.addDays(-60);
    byPeriod.to = asOf.addDays(-10);
    DashboardFilter everything = byPeriod;
    everything.providerId = byProvider.providerId;
    everything.policyId = byPolicy.policyId;
    return {all, byProvider, byPolicy, byPeriod, everything};
}

} // namespace ab::test
