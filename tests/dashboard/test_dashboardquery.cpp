// The dashboard's aggregates on a hand-built workspace (every expected number
// worked out from the rows in dashboardfixture.h) and on a demo workspace
// cross-checked by independent counts.
#include "dashboard/dashboardquery.h"
#include "dashboard/dashboardtallies.h"
#include "dashboardcompare.h"
#include "dashboardfixture.h"
#include "deadlines/deadlinequery.h"
#include "demotestsupport.h"
#include "storage/database.h"
#include "util/timeutil.h"

#include <future>

using namespace ab;
using namespace ab::test;

namespace {

DashboardFilter filterOf(DashboardWorkspace &w)
{
    return DashboardQuery::defaultFilter(w.ws->settings(), DashboardWorkspace::kAsOf);
}

DashboardData computeOf(Workspace &ws, const DashboardFilter &f)
{
    auto data = DashboardQuery::compute(ws.db(), f);
    AB_REQUIRE_OK(data);
    return *data;
}

} // namespace

TEST_CASE("dashboard status counts and figures follow the deadline status rule")
{
    DashboardWorkspace w;
    const DashboardData d = computeOf(*w.ws, filterOf(w));
    // G1 G2 G3 are past due; G4 is due today and G5 in exactly 14 days; G6 in 15.
    CHECK(d.statusCounts.value(DeadlineState::Overdue) == 3);
    CHECK(d.statusCounts.value(DeadlineState::DueSoon) == 2);
    CHECK(d.statusCounts.value(DeadlineState::OnTrack) == 1);
    // G7 remediated on 6 June local, before its due day; G8 at 00:30 local on
    // 2 May, the day after its due day.
    CHECK(d.statusCounts.value(DeadlineState::Remediated) == 1);
    CHECK(d.statusCounts.value(DeadlineState::RemediatedLate) == 1);
    CHECK(d.statusCounts.value(DeadlineState::Verified) == 1);
    CHECK(d.statusCounts.value(DeadlineState::VerificationFailed) == 1);
    CHECK(d.figures.openItems == 7);
    CHECK(d.figures.overdue == 3);
    CHECK(d.figures.dueSoon == 2);
    CHECK(d.figures.openCases == 2);
    // G7 is the only remediation in June.
    CHECK(d.figures.remediatedThisMonth == 1);
    // Days to remediation: G7 4, K1 19, G8 31 (G10's re-test failed, so its
    // remediation does not count).
    REQUIRE(d.figures.medianDaysToRemediation.has_value());
    CHECK(*d.figures.medianDaysToRemediation == Approx(19.0));
}

TEST_CASE("dashboard overdue ages and the weeks ahead")
{
    DashboardWorkspace w;
    const DashboardData d = computeOf(*w.ws, filterOf(w));
    // G1 1 day, G2 30 days, G3 108 days past due.
    REQUIRE(d.overdueAges.size() == 4);
    CHECK(d.overdueAges[0].count == 1);
    CHECK(d.overdueAges[1].count == 1);
    CHECK(d.overdueAges[2].count == 0);
    CHECK(d.overdueAges[3].count == 1);
    CHECK(d.overdueAges[3].maxDays == 0);

    REQUIRE(d.dueWeeks.size() == DashboardData::kDueWeeks);
    CHECK(d.dueWeeks[0].weekStart == QDate(2026, 6, 15));
    // Week of 15 June: G1 (overdue), G4 (due soon), G7 (remediated).
    CHECK(d.dueWeeks[0].counts.value(DeadlineState::Overdue) == 1);
    CHECK(d.dueWeeks[0].counts.value(DeadlineState::DueSoon) == 1);
    CHECK(d.dueWeeks[0].counts.value(DeadlineState::Remediated) == 1);
    CHECK(d.dueWeeks[1].counts.isEmpty());
    // Week of 29 June: G5 due soon, G6 on track.
    CHECK(d.dueWeeks[2].counts.value(DeadlineState::DueSoon) == 1);
    CHECK(d.dueWeeks[2].counts.value(DeadlineState::OnTrack) == 1);
    // Week of 27 July: K1, verified.
    CHECK(d.dueWeeks[6].counts.value(DeadlineState::Verified) == 1);
    qint64 total = 0;
    for (const DueWeek &week : d.dueWeeks)
        for (qint64 n : week.counts)
            total += n;
    CHECK(total == 6);
}

TEST_CASE("dashboard burn-down counts items triggered and not yet remediated")
{
    DashboardWorkspace w;
    const DashboardData d = computeOf(*w.ws, filterOf(w));
    REQUIRE(d.burnDown.size() == DashboardData::kBurnDownWeeks + 1);
    CHECK(d.burnDown.constLast().day == DashboardWorkspace::kAsOf);
    // All 10 triggered, 3 remediated for good (G7, G8, K1); G10's re-test
    // failed, so it is open throughout.
    CHECK(d.burnDown.constLast().open == 7);
    // On 10 June G6 was not yet triggered; the same 3 were remediated.
    CHECK(d.burnDown[DashboardData::kBurnDownWeeks - 1].day == QDate(2026, 6, 10));
    CHECK(d.burnDown[DashboardData::kBurnDownWeeks - 1].open == 6);
    // On 4 March G3, G10 and G2 were in; G10's remediation on 1 March never
    // took it out.
    const BurnDownPoint &march = d.burnDown[DashboardData::kBurnDownWeeks - 15];
    CHECK(march.day == QDate(2026, 3, 4));
    CHECK(march.open == 3);
    // Before the first trigger (10 January) nothing was open.
    CHECK(d.burnDown.constFirst().open == 0);
}

TEST_CASE("dashboard risk types take in their risks")
{
    DashboardWorkspace w;
    const DashboardData d = computeOf(*w.ws, filterOf(w));
    REQUIRE(d.riskTypes.size() == 5);
    CHECK(d.riskTypes[0].type.code == QStringLiteral("A.1"));
    CHECK(d.riskTypes[0].type.count == 3); // G1, G2 (A.1.g) and G5 flagged with the type only
    CHECK(d.riskTypes[0].risks.size() == 8);
    CHECK(d.riskTypes[0].risks[6].code == QStringLiteral("A.1.g"));
    CHECK(d.riskTypes[0].risks[6].count == 2);
    CHECK(d.riskTypes[0].type.nameEn == QStringLiteral("Violates core socialist values"));
    CHECK(d.riskTypes[1].type.count == 1);
    CHECK(d.riskTypes[1].risks.size() == 9);
    CHECK(d.riskTypes[2].type.count == 0);
    CHECK(d.riskTypes[3].type.count == 1);
    CHECK(d.riskTypes[4].risks.size() == 2);
    int risks = 0;
    for (const RiskTypeCount &t : d.riskTypes)
        risks += int(t.risks.size());
    CHECK(risks == 31);
}

TEST_CASE("dashboard complaints per week and answered in time")
{
    DashboardWorkspace w;
    const DashboardData d = computeOf(*w.ws, filterOf(w));
    REQUIRE(d.complaintWeeks.size() == DashboardData::kComplaintWeeks);
    CHECK(d.complaintWeeks[0].weekStart == QDate(2025, 12, 22));
    CHECK(d.complaintWeeks[25].weekStart == QDate(2026, 6, 15));
    // K4 arrived at 01:30 local on 15 June, K1 on 16 June; K2 on 8 June
    // local; K3 in the week of 27 April. K5 is older than the window.
    CHECK(d.complaintWeeks[25].received == 2);
    CHECK(d.complaintWeeks[24].received == 1);
    CHECK(d.complaintWeeks[18].received == 1);
    // K1 answered 17 June local; K3 on 11 May local.
    CHECK(d.complaintWeeks[25].resolved == 1);
    CHECK(d.complaintWeeks[20].resolved == 1);
    qint64 received = 0, resolved = 0;
    for (const ComplaintWeek &week : d.complaintWeeks) {
        received += week.received;
        resolved += week.resolved;
    }
    CHECK(received == 4);
    CHECK(resolved == 2);
    // Limit passed or answered: K1, K2, K3, K5; in time: K1, K5 (K3 answered
    // the day after its limit, local time).
    CHECK(d.figures.complaintsWithLimit == 4);
    CHECK(d.figures.complaintsAnsweredInTime == 2);
    REQUIRE(d.figures.complaintsAnsweredInTimePercent.has_value());
    CHECK(*d.figures.complaintsAnsweredInTimePercent == Approx(50.0));
}

TEST_CASE("dashboard filters by provider, policy and period")
{
    DashboardWorkspace w;
    DashboardFilter f = filterOf(w);
    f.providerId = QStringLiteral("p2");
    DashboardData d = computeOf(*w.ws, f);
    // p2: G3 overdue, G5 due soon, G8 remediated late.
    CHECK(d.statusCounts.value(DeadlineState::Overdue) == 1);
    CHECK(d.statusCounts.value(DeadlineState::DueSoon) == 1);
    CHECK(d.statusCounts.value(DeadlineState::RemediatedLate) == 1);
    CHECK(d.figures.openItems == 2);
    CHECK(d.figures.openCases == 1);
    CHECK(d.riskTypes[0].type.count == 1); // G5
    CHECK(d.riskTypes[1].type.count == 1); // G3
    // Only K3 is linked to a p2 generation.
    CHECK(d.complaintWeeks[18].received == 1);
    CHECK(d.complaintWeeks[25].received == 0);
    CHECK(d.figures.complaintsWithLimit == 1);
    CHECK(d.figures.complaintsAnsweredInTime == 0);

    f = filterOf(w);
    f.policyId = QStringLiteral("cac-2023-interim"); // takes in its variant ":expedited"
    d = computeOf(*w.ws, f);
    CHECK(d.statusCounts.value(DeadlineState::DueSoon) == 1);
    CHECK(d.figures.openItems == 1);
    CHECK(d.figures.complaintsWithLimit == 0);
    CHECK(d.riskTypes[0].type.count == 1); // G5, the policy's only item
    CHECK(d.riskTypes[1].type.count == 0);
    CHECK(d.figures.openCases == 0); // no case holds an item under the policy
    // C-1 holds G1, under the draft measures.
    w.exec(QStringLiteral("INSERT INTO case_items VALUES ((SELECT id FROM review_cases WHERE "
                          "number = 'C-1'), 'generation', 'G1', '2026-06-02T00:00:00Z', "
                          "'tester')"));
    f.policyId = QStringLiteral("cac-2023-draft");
    CHECK(computeOf(*w.ws, f).figures.openCases == 1);

    f = filterOf(w);
    f.from = QDate(2026, 6, 1);
    f.to = DashboardWorkspace::kAsOf;
    d = computeOf(*w.ws, f);
    // Triggered from 1 June: G1 overdue, G4 G5 due soon, G6 on track, G7 remediated.
    CHECK(d.statusCounts.value(DeadlineState::Overdue) == 1);
    CHECK(d.statusCounts.value(DeadlineState::DueSoon) == 2);
    CHECK(d.statusCounts.value(DeadlineState::OnTrack) == 1);
    CHECK(d.statusCounts.value(DeadlineState::Remediated) == 1);
    CHECK(d.figures.medianDaysToRemediation == 4.0);
    CHECK(d.riskTypes[0].type.count == 2);     // G1 and G5 flagged in June
    CHECK(d.figures.complaintsWithLimit == 2); // K1 and K2 received in June
}

TEST_CASE("dashboard remediation days are local days of the filter's zone")
{
    DashboardWorkspace w;
    // G8 was remediated at 16:30 UTC on its due day 1 May: 00:30 on 2 May in
    // Shanghai (late), still 1 May in UTC (a zone without transitions) and in
    // Berlin (a zone that still changes its offset, counted the exact way).
    for (const char *zoneId : {"UTC", "Europe/Berlin"}) {
        INFO(zoneId);
        DashboardFilter f = filterOf(w);
        f.zone = QTimeZone(QByteArray(zoneId));
        REQUIRE(f.zone.isValid());
        const DashboardData d = computeOf(*w.ws, f);
        CHECK(d.statusCounts.value(DeadlineState::Remediated) == 2);
        CHECK(d.statusCounts.value(DeadlineState::RemediatedLate) == 0);
    }
    const DashboardData shanghai = computeOf(*w.ws, filterOf(w));
    CHECK(shanghai.statusCounts.value(DeadlineState::Remediated) == 1);
    CHECK(shanghai.statusCounts.value(DeadlineState::RemediatedLate) == 1);
}

TEST_CASE("dashboard aggregates of a demo workspace agree with independent counts")
{
    TempDir dir;
    const std::unique_ptr<Workspace> made =
        demoWorkspace(dir, QStringLiteral("demo.auditbench"), 600, 11);
    Workspace &ws = *made;
    const QDate today = kDemoToday;
    const DashboardData d = computeOf(ws, DashboardQuery::defaultFilter(ws.settings(), today));

    // Status per item by the pure C++ rule, one item at a time.
    const QTimeZone zone = ws.settings().timeZone();
    QMap<DeadlineState, qint64> expected;
    qint64 overdueOld = 0, remediated = 0;
    AB_REQUIRE_OK(DeadlineQuery::forEach(
        ws.db(), today, ws.settings().dueSoonDays, zone,
        [&](const DeadlineRecord &r, DeadlineState) {
            const DeadlineState s =
                DeadlineStatus::of(r.facts(), today, ws.settings().dueSoonDays, zone);
            ++expected[s];
            if (s == DeadlineState::Overdue && r.due.daysTo(today) > 90)
                ++overdueOld;
            if (r.remediatedAt && r.verification != Verification::Failed)
                ++remediated;
            return true;
        }));
    for (DeadlineState s : DeadlineStatus::all())
        CHECK(d.statusCounts.value(s) == expected.value(s));
    CHECK(d.overdueAges[3].count == overdueOld);
    qint64 overdue = 0;
    for (const OverdueBucket &b : d.overdueAges)
        overdue += b.count;
    CHECK(overdue == expected.value(DeadlineState::Overdue));
    CHECK(d.burnDown.constLast().open ==
          scalar(ws, QStringLiteral("SELECT count(*) FROM deadlines")) - remediated);

    qint64 risks = 0;
    for (const RiskTypeCount &t : d.riskTypes)
        risks += t.type.count;
    CHECK(risks == scalar(ws, QStringLiteral("SELECT count(*) FROM generations")));

    // Complaints received in the window, by each one's local day in C++.
    const QDate first = DashboardQuery::weekStart(today).addDays(-7 * 25);
    const QDate last = DashboardQuery::weekStart(today).addDays(6);
    qint64 inWindow = 0;
    QSqlQuery q(ws.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT received_at FROM complaints")));
    while (q.next()) {
        const QDate day = time::localDate(*time::fromStored(q.value(0).toString()), zone);
        if (day >= first && day <= last)
            ++inWindow;
    }
    REQUIRE(inWindow > 0);
    qint64 received = 0;
    for (const ComplaintWeek &week : d.complaintWeeks)
        received += week.received;
    CHECK(received == inWindow);
}

namespace {

void checkTalliesAgree(Workspace &ws, const DashboardFilter &f)
{
    auto fast = DashboardQuery::compute(ws.db(), f);
    auto tables = DashboardQuery::compute(ws.db(), f, DashboardQuery::Source::Tables);
    AB_REQUIRE_OK(fast);
    AB_REQUIRE_OK(tables);
    checkSame(*fast, *tables);
}

} // namespace

TEST_CASE("the dashboard's tallies give what the tables give, for every filter")
{
    TempDir dir;
    const std::unique_ptr<Workspace> made =
        demoWorkspace(dir, QStringLiteral("demo.auditbench"), 800, 7);
    Workspace &ws = *made;
    const QDate today = kDemoToday;
    REQUIRE(scalar(ws, QStringLiteral("SELECT count(*) FROM deadline_tallies")) > 0);

    const QList<DashboardFilter> filters = narrowedFilters(ws, today);
    const DashboardFilter &all = filters.first();
    for (const DashboardFilter &f : filters) {
        INFO("provider " << f.providerId.toStdString() << " policy " << f.policyId.toStdString()
                         << " period " << f.from.toString(Qt::ISODate).toStdString());
        checkTalliesAgree(ws, f);
    }

    // The fast path does read the tallies: a tally off by 100 shows.
    QSqlQuery q(ws.db().sql());
    REQUIRE(q.exec(QStringLiteral("UPDATE risk_tallies SET n = n + 100 WHERE risk_category = "
                                  "(SELECT min(risk_category) FROM risk_tallies)")));
    auto fast = DashboardQuery::compute(ws.db(), all);
    auto tables = DashboardQuery::compute(ws.db(), all, DashboardQuery::Source::Tables);
    AB_REQUIRE_OK(fast);
    AB_REQUIRE_OK(tables);
    qint64 fastRisks = 0, tableRisks = 0;
    for (const RiskTypeCount &t : fast->riskTypes)
        fastRisks += t.type.count;
    for (const RiskTypeCount &t : tables->riskTypes)
        tableRisks += t.type.count;
    CHECK(fastRisks > tableRisks);
}

TEST_CASE("the dashboard's tallies follow every change to the rows they count")
{
    DashboardWorkspace w;
    const DashboardFilter f = filterOf(w);
    checkTalliesAgree(*w.ws, f);
    const qint64 overdueBefore = computeOf(*w.ws, f).figures.overdue;
    // Remediate an overdue item, fail a verification, move a due day and a
    // provider, recategorise and drop a generation, answer and drop complaints.
    w.exec(QStringLiteral("UPDATE deadlines SET remediated_at = '2026-06-16T03:00:00Z' WHERE "
                          "item_id = 'G2'"));
    w.exec(QStringLiteral("UPDATE deadlines SET verification = 'failed' WHERE item_id = 'G7'"));
    w.exec(QStringLiteral("UPDATE deadlines SET due = '2026-09-01', provider_id = 'p2' WHERE "
                          "item_id = 'G6'"));
    w.exec(QStringLiteral("UPDATE generations SET risk_category = 'A.3.a' WHERE id = 'G1'"));
    w.exec(QStringLiteral("DELETE FROM deadlines WHERE item_id = 'G3'"));
    w.exec(QStringLiteral("DELETE FROM generations WHERE id = 'G4'"));
    w.exec(QStringLiteral("UPDATE complaints SET status = 'resolved', responded_at = "
                          "'2026-06-09T01:00:00Z' WHERE id = 'K2'"));
    w.exec(QStringLiteral("DELETE FROM complaints WHERE id = 'K4'"));
    checkTalliesAgree(*w.ws, f);
    DashboardFilter p2 = f;
    p2.providerId = QStringLiteral("p2");
    checkTalliesAgree(*w.ws, p2);
    const DashboardData d = computeOf(*w.ws, f);
    CHECK(d.figures.overdue == overdueBefore - 2); // G2 remediated, G3 gone
    CHECK(d.riskTypes[2].type.count == 1);         // G1 now under A.3
    CHECK(d.statusCounts.value(DeadlineState::VerificationFailed) == 2);
}

TEST_CASE("a workspace recounts its dashboard tallies in its own zone")
{
    DashboardWorkspace w;
    auto zone = DashboardTallies::countedZone(w.ws->db());
    AB_REQUIRE_OK(zone);
    CHECK(*zone == DashboardTallies::stampOf(QTimeZone("Asia/Shanghai")));
    CHECK(zone->startsWith(QStringLiteral("Asia/Shanghai ")));
    // Tallies never counted, as right after the migration that adds them:
    // their triggers stand still and writes go on.
    w.exec(QStringLiteral("DELETE FROM zone_offsets"));
    w.exec(QStringLiteral("DELETE FROM deadline_tallies"));
    w.exec(QStringLiteral("DELETE FROM meta WHERE key = 'tallies_zone'"));
    w.exec(QStringLiteral("INSERT INTO complaints (id, received_at, channel, kind, text) "
                          "VALUES ('K9', '2026-06-16T05:00:00Z', 'app', 'other', 't')"));
    w.exec(QStringLiteral("UPDATE deadlines SET remediated_at = '2026-06-16T03:00:00Z' WHERE "
                          "item_id = 'G2'"));
    // And another zone: opening counts them in it.
    w.exec(QStringLiteral("UPDATE meta SET value = 'UTC' WHERE key = 'zone'"));
    w.ws.reset();
    auto reopened = Workspace::open(w.path, QStringLiteral("tester"));
    AB_REQUIRE_OK(reopened);
    zone = DashboardTallies::countedZone((*reopened)->db());
    AB_REQUIRE_OK(zone);
    CHECK(*zone == DashboardTallies::stampOf(QTimeZone("UTC")));
    DashboardFilter f =
        DashboardQuery::defaultFilter((*reopened)->settings(), DashboardWorkspace::kAsOf);
    REQUIRE(f.zone.id() == QByteArray("UTC"));
    // G8's remediation at 16:30 UTC on 1 May is in time in UTC; G2's, made
    // while the triggers stood still, is late.
    const DashboardData d = computeOf(**reopened, f);
    CHECK(d.statusCounts.value(DeadlineState::Remediated) == 2);
    CHECK(d.statusCounts.value(DeadlineState::RemediatedLate) == 1);
    // K1 and K9 in the week of 15 June (K4 came on Sunday 14 June, UTC).
    CHECK(d.complaintWeeks.constLast().received == 2);
    checkTalliesAgree(**reopened, f);
}

TEST_CASE("tallies counted under other rules of the same zone are not read, and are recounted")
{
    DashboardWorkspace w;
    // As if the time zone database had changed Shanghai's history since.
    w.exec(QStringLiteral("UPDATE meta SET value = 'Asia/Shanghai 0000000000000000' WHERE key = "
                          "'tallies_zone'"));
    w.exec(QStringLiteral("UPDATE deadline_tallies SET n = n + 100"));
    const DashboardFilter f = filterOf(w);
    // Read from the tables: the hand-worked figures, not the spoiled tallies.
    CHECK(computeOf(*w.ws, f).figures.overdue == 3);
    w.ws.reset();
    auto reopened = Workspace::open(w.path, QStringLiteral("tester"));
    AB_REQUIRE_OK(reopened);
    auto zone = DashboardTallies::countedZone((*reopened)->db());
    AB_REQUIRE_OK(zone);
    CHECK(*zone == DashboardTallies::stampOf(QTimeZone("Asia/Shanghai")));
    CHECK(scalar(**reopened, QStringLiteral("SELECT sum(n) FROM deadline_tallies")) == 10);
    checkTalliesAgree(**reopened, f);
}

TEST_CASE("upgrading a workspace file on a worker leaves the next open nothing to count")
{
    DashboardWorkspace w;
    w.exec(QStringLiteral("UPDATE meta SET value = 'UTC' WHERE key = 'zone'"));
    w.ws.reset();
    // As the GUI does: a worker thread with its own connection.
    std::future<Status> upgrade =
        std::async(std::launch::async, [&w] { return Workspace::upgrade(w.path); });
    AB_REQUIRE_OK(upgrade.get());
    // Read without Workspace::open, which would count them itself.
    auto db = Database::open(w.path);
    AB_REQUIRE_OK(db);
    auto zone = DashboardTallies::countedZone(**db);
    AB_REQUIRE_OK(zone);
    CHECK(*zone == DashboardTallies::stampOf(QTimeZone("UTC")));
    CHECK_FALSE(Workspace::upgrade(w.path + QStringLiteral(".missing")).ok());
}
