// DeadlineService on a real workspace file. Expected dates are worked out by
// hand from the 2026 State Council notice (see test_calculator.cpp).
#include "audit/audittrail.h"
#include "deadlinefixture.h"
#include "deadlines/deadlineservice.h"
#include "testsupport.h"
#include "util/timeutil.h"

#include <QSqlQuery>

using namespace ab;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QDateTime at(const char *utc)
{
    return *time::fromStored(QString::fromLatin1(utc));
}

ItemRef gen(const char *id)
{
    return {ItemRef::Kind::Generation, QString::fromLatin1(id)};
}

DeadlineService service(Workspace &ws)
{
    // Built-in data only, whatever the machine's user folders hold.
    auto s = DeadlineService::create(ws, QString(), QString());
    AB_REQUIRE_OK(s);
    return std::move(*s);
}

DeadlineRecord record(Workspace &ws, qint64 id)
{
    auto r = DeadlineQuery::find(ws.db(), id);
    AB_REQUIRE_OK(r);
    return *r;
}

QString status(Workspace &ws, qint64 id, const char *asOf)
{
    return DeadlineStatus::token(
        DeadlineStatus::of(record(ws, id).facts(), d(asOf), 14, time::defaultZone()));
}

qint64 assign(DeadlineService &svc, const ItemRef &item, const QString &policy = {})
{
    auto id = svc.assign({item, policy, std::nullopt});
    AB_REQUIRE_OK(id);
    return *id;
}

// The workspace of these tests: generations G1-G5 and complaint C1 (linked to G1).
struct World
{
    test::TempDir dir;
    test::DeadlineFixture fx{dir.path(QStringLiteral("deadlines.abw"))};
    World()
    {
        fx.addGeneration(QStringLiteral("G1"), QStringLiteral("M1"),
                         QStringLiteral("2026-01-14T02:00:00Z"));
        // 17:00 UTC on Sep 15 is 01:00 on Sep 16 in Beijing.
        fx.addGeneration(QStringLiteral("G2"), QStringLiteral("M9"),
                         QStringLiteral("2026-09-15T17:00:00Z"));
        fx.addGeneration(QStringLiteral("G3"), QStringLiteral("M1"),
                         QStringLiteral("2026-02-10T03:00:00Z"));
        fx.addGeneration(QStringLiteral("G4"), QStringLiteral("M9"),
                         QStringLiteral("2026-03-02T01:00:00Z"));
        fx.addGeneration(QStringLiteral("G5"), QStringLiteral("M1"),
                         QStringLiteral("2026-09-30T01:00:00Z"));
        fx.addComplaint(QStringLiteral("C1"), QStringLiteral("2026-05-31T16:00:00Z"),
                        {QStringLiteral("G1")});
    }
    Workspace &ws() { return fx.ws(); }
    qint64 auditCount(const char *action)
    {
        return fx.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'")
                            .arg(QLatin1String(action)));
    }
};

} // namespace

TEST_CASE("Assigning picks the policy: request, provider override, workspace default",
          "[deadlines][service]")
{
    World w;
    DeadlineService svc = service(w.ws());

    // G1: workspace default cac-2023-draft, 3M from Wed 2026-01-14: Tue Apr 14.
    const DeadlineRecord g1 = record(w.ws(), assign(svc, gen("G1")));
    CHECK(g1.policyId == QStringLiteral("cac-2023-draft"));
    CHECK(g1.period == QStringLiteral("3M"));
    CHECK(g1.providerId == QStringLiteral("P1"));
    CHECK(g1.triggerDate == d("2026-01-14"));
    CHECK(g1.due == d("2026-04-14"));
    CHECK(g1.originalDue == d("2026-04-14"));
    CHECK(g1.calendarComplete);
    // Containment: one working day after Wed Jan 14.
    CHECK(g1.containmentDue == d("2026-01-15"));
    CHECK(g1.containmentPolicy == QStringLiteral("containment"));
    CHECK(g1.verification == Verification::None);

    // G2: P2 overrides with cac-2023-interim (15D). Trigger Sep 16 in Beijing;
    // Oct 1 is National Day (Oct 1-7): Thu Oct 8.
    const DeadlineRecord g2 = record(w.ws(), assign(svc, gen("G2")));
    CHECK(g2.policyId == QStringLiteral("cac-2023-interim"));
    CHECK(g2.triggerDate == d("2026-09-16"));
    CHECK(g2.nominalDue == d("2026-10-01"));
    CHECK(g2.due == d("2026-10-08"));
    CHECK(g2.containmentDue == d("2026-09-17"));

    // G4: the request wins over P2's override: 3M from Mar 2 is Tue Jun 2.
    const DeadlineRecord g4 =
        record(w.ws(), assign(svc, gen("G4"), QStringLiteral("cac-2023-draft")));
    CHECK(g4.policyId == QStringLiteral("cac-2023-draft"));
    CHECK(g4.due == d("2026-06-02"));

    // C1: received 2026-05-31T16:00Z = Jun 1 in Beijing; 15 working days with
    // Dragon Boat (Jun 19-21) off: Tue Jun 23.
    const DeadlineRecord c1 =
        record(w.ws(), assign(svc, {ItemRef::Kind::Complaint, QStringLiteral("C1")},
                              QStringLiteral("complaint-feedback")));
    CHECK(c1.triggerDate == d("2026-06-01"));
    CHECK(c1.due == d("2026-06-23"));
    CHECK(c1.providerId == QStringLiteral("P1")); // through G1's model

    // G5: the EU variant counts with no EU holiday data: Fri Oct 2, incomplete.
    const DeadlineRecord g5 =
        record(w.ws(), assign(svc, gen("G5"), QStringLiteral("eu-ai-act-73:widespread")));
    CHECK(g5.policyId == QStringLiteral("eu-ai-act-73:widespread"));
    CHECK(g5.period == QStringLiteral("2D"));
    CHECK(g5.due == d("2026-10-02"));
    CHECK_FALSE(g5.calendarComplete);

    CHECK(w.auditCount("deadline.assigned") == 5);
    auto chain = AuditTrail::verify(w.ws().db());
    AB_REQUIRE_OK(chain);
    CHECK(chain->intact);
}

TEST_CASE("Assigning refuses what it cannot do, and writes nothing", "[deadlines][service]")
{
    World w;
    DeadlineService svc = service(w.ws());
    assign(svc, gen("G1"));
    struct Case
    {
        AssignRequest request;
        const char *field;
    };
    const Case cases[] = {
        {{gen("G1"), {}, std::nullopt}, "item"},   // already has one
        {{gen("G404"), {}, std::nullopt}, "item"}, // no such generation
        {{gen("G3"), QStringLiteral("nope"), std::nullopt}, "policy"},
        {{gen("G3"), QStringLiteral("eu-ai-act-73:nope"), std::nullopt}, "policy"},
        {{gen("G3"), QStringLiteral("complaint-feedback"), std::nullopt}, "policy"},
    };
    for (const Case &c : cases) {
        INFO(c.request.item.id.toStdString() << " " << c.request.policy.toStdString());
        auto r = svc.assign(c.request);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QString::fromLatin1(c.field));
        CHECK_FALSE(r.error().message.isEmpty());
    }
    CHECK(w.fx.count(QStringLiteral("SELECT count(*) FROM deadlines")) == 1);
    CHECK(w.auditCount("deadline.assigned") == 1);

    // A provider override naming an unknown policy is reported as such.
    w.fx.exec(QStringLiteral("UPDATE providers SET policy_id = 'gone' WHERE id = 'P2'"));
    auto r = svc.assign({gen("G2"), {}, std::nullopt});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("providers.policy_id"));
}

TEST_CASE("An auditor may read but change nothing", "[deadlines][service]")
{
    World w;
    const qint64 id = [&] {
        DeadlineService svc = service(w.ws());
        return assign(svc, gen("G1"));
    }();
    const qint64 entries = w.fx.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    for (const char *user : {"audrey", "mallory"}) {
        INFO(user);
        auto ws = w.fx.openAs(QString::fromLatin1(user));
        DeadlineService svc = service(*ws);
        auto assigned = svc.assign({gen("G3"), {}, std::nullopt});
        auto retested = svc.recordRetest(
            {gen("G1"), {}, at("2026-03-01T00:00:00Z"), QStringLiteral("M2"), false, {}});
        REQUIRE_FALSE(assigned.ok());
        REQUIRE_FALSE(retested.ok());
        const QList<Status> attempts{
            Status(assigned.error()),
            svc.recordContainment(id, at("2026-01-14T05:00:00Z"), QStringLiteral("filter")),
            svc.recordRemediation(id, at("2026-03-01T00:00:00Z"), QStringLiteral("retrained")),
            svc.extend(
                {id, d("2026-05-01"), QStringLiteral("more time"), QStringLiteral("supervisor")}),
            svc.pause({id, d("2026-02-01"), d("2026-02-05"), QStringLiteral("waiting"),
                       QStringLiteral("supervisor")}),
            svc.recompute(id, QStringLiteral("cac-2023-interim")),
            Status(retested.error()),
        };
        for (const Status &s : attempts) {
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().field == QStringLiteral("user"));
            if (QLatin1String(user) == QLatin1String("audrey"))
                CHECK(s.error().message.contains(QStringLiteral("auditor")));
        }
        // Reading still works.
        CHECK(DeadlineQuery::find(ws->db(), id).ok());
    }
    CHECK(w.fx.count(QStringLiteral("SELECT count(*) FROM deadlines")) == 1);
    CHECK(w.fx.count(QStringLiteral("SELECT count(*) FROM retests")) == 0);
    CHECK(w.fx.count(QStringLiteral("SELECT count(*) FROM deadline_extensions")) == 0);
    CHECK(w.fx.count(QStringLiteral("SELECT count(*) FROM audit_log")) == entries);
    CHECK(record(w.ws(), id).due == d("2026-04-14"));
}

TEST_CASE("A deadline's life: every status transition", "[deadlines][service]")
{
    World w;
    DeadlineService svc = service(w.ws());
    const qint64 g1 = assign(svc, gen("G1")); // due Tue 2026-04-14
    const qint64 c1 = assign(svc, {ItemRef::Kind::Complaint, QStringLiteral("C1")},
                             QStringLiteral("complaint-feedback")); // due 2026-06-23

    CHECK(status(w.ws(), g1, "2026-03-01") == QStringLiteral("on_track")); // 44 days left
    CHECK(status(w.ws(), g1, "2026-03-30") == QStringLiteral("on_track")); // 15 days left
    CHECK(status(w.ws(), g1, "2026-03-31") == QStringLiteral("due_soon")); // 14 days left
    CHECK(status(w.ws(), g1, "2026-04-14") == QStringLiteral("due_soon")); // the due day
    CHECK(status(w.ws(), g1, "2026-04-15") == QStringLiteral("overdue"));

    // Containment is its own clock and does not close the item.
    AB_REQUIRE_OK(svc.recordContainment(g1, at("2026-01-14T06:00:00Z"),
                                        QStringLiteral("filter rule R-17 deployed")));
    CHECK(record(w.ws(), g1).containedBy == QStringLiteral("tester"));
    CHECK(status(w.ws(), g1, "2026-04-15") == QStringLiteral("overdue"));

    // A supervisor-approved extension: the original due date stays visible.
    AB_REQUIRE_OK(svc.extend({g1, d("2026-05-15"), QStringLiteral("training run delayed"),
                              QStringLiteral("supervisor")}));
    DeadlineRecord r = record(w.ws(), g1);
    CHECK(r.due == d("2026-05-15"));
    CHECK(r.originalDue == d("2026-04-14"));
    CHECK(status(w.ws(), g1, "2026-04-15") == QStringLiteral("on_track")); // 30 days left
    auto ext = DeadlineQuery::extensions(w.ws().db(), g1);
    AB_REQUIRE_OK(ext);
    REQUIRE(ext->size() == 1);
    CHECK(ext->at(0).kind == QStringLiteral("extension"));
    CHECK(ext->at(0).previousDue == d("2026-04-14"));
    CHECK(ext->at(0).newDue == d("2026-05-15"));
    CHECK(ext->at(0).requestedBy == QStringLiteral("tester"));
    CHECK(ext->at(0).approvedBy == QStringLiteral("supervisor"));

    // Remediated at 23:59:59 Beijing time on the (extended) due day.
    AB_REQUIRE_OK(svc.recordRemediation(g1, at("2026-05-15T15:59:59Z"),
                                        QStringLiteral("fine-tuned on refusal set v3")));
    CHECK(status(w.ws(), g1, "2026-06-01") == QStringLiteral("remediated"));

    // Re-tests. M1 was released before G1 was found: a clean run proves nothing.
    auto rt = svc.recordRetest({gen("G1"),
                                {},
                                at("2026-05-20T00:00:00Z"),
                                QStringLiteral("M1"),
                                false,
                                QStringLiteral("ran prompt 20 times")});
    AB_REQUIRE_OK(rt);
    CHECK(status(w.ws(), g1, "2026-06-01") == QStringLiteral("remediated"));
    CHECK(record(w.ws(), c1).verification == Verification::None);

    // Reproduced on M2: both G1 and the complaint about it are open again.
    AB_REQUIRE_OK(svc.recordRetest({gen("G1"),
                                    {},
                                    at("2026-06-10T00:00:00Z"),
                                    QStringLiteral("M2"),
                                    true,
                                    QStringLiteral("reproduced")}));
    CHECK(status(w.ws(), g1, "2026-06-11") == QStringLiteral("verification_failed"));
    CHECK(record(w.ws(), c1).verification == Verification::Failed);

    // Clean on M2 (released 2026-04-01): after G1 was found (Jan 14), but
    // before C1 was received (Jun 1), so only G1 is verified.
    AB_REQUIRE_OK(svc.recordRetest(
        {gen("G1"), {}, at("2026-07-10T00:00:00Z"), QStringLiteral("M2"), false, {}}));
    CHECK(status(w.ws(), g1, "2026-07-11") == QStringLiteral("verified"));
    CHECK(record(w.ws(), c1).verification == Verification::Failed);

    // Clean on M3 (released 2026-07-01), re-tested through the complaint.
    AB_REQUIRE_OK(svc.recordRetest({{ItemRef::Kind::Complaint, QStringLiteral("C1")},
                                    {},
                                    at("2026-07-20T00:00:00Z"),
                                    QStringLiteral("M3"),
                                    false,
                                    {}}));
    CHECK(status(w.ws(), c1, "2026-07-21") == QStringLiteral("verified"));
    CHECK(status(w.ws(), g1, "2026-07-21") == QStringLiteral("verified"));

    // G1: none->failed, failed->verified; C1: none->failed, failed->verified.
    CHECK(w.auditCount("deadline.verification") == 4);
    CHECK(w.auditCount("retest.recorded") == 4);
    CHECK(w.fx.count(QStringLiteral("SELECT count(*) FROM retests WHERE recorded_by = 'tester'")) ==
          4);

    // A late remediation on another item.
    const qint64 g3 = assign(svc, gen("G3")); // 3M from Feb 10: Sun May 10 -> Mon May 11
    CHECK(record(w.ws(), g3).due == d("2026-05-11"));
    AB_REQUIRE_OK(svc.recordRemediation(g3, at("2026-05-11T16:00:00Z"), QStringLiteral("late")));
    CHECK(status(w.ws(), g3, "2026-06-01") == QStringLiteral("remediated_late"));

    auto chain = AuditTrail::verify(w.ws().db());
    AB_REQUIRE_OK(chain);
    CHECK(chain->intact);
}

TEST_CASE("A deadline assigned after re-tests takes their verification", "[deadlines][service]")
{
    World w;
    DeadlineService svc = service(w.ws());
    AB_REQUIRE_OK(svc.recordRetest(
        {gen("G1"), {}, at("2026-06-10T00:00:00Z"), QStringLiteral("M3"), false, {}}));
    // No deadline existed, so nothing changed but the retest itself.
    CHECK(w.auditCount("deadline.verification") == 0);
    const qint64 g1 = assign(svc, gen("G1"));
    CHECK(record(w.ws(), g1).verification == Verification::Verified);
}

TEST_CASE("Re-tests check what they are given", "[deadlines][service]")
{
    World w;
    w.fx.addGeneration(QStringLiteral("G6"), QStringLiteral("M1"),
                       QStringLiteral("2026-01-20T00:00:00Z"));
    w.fx.addComplaint(QStringLiteral("C2"), QStringLiteral("2026-02-01T00:00:00Z"));
    w.fx.addComplaint(QStringLiteral("C3"), QStringLiteral("2026-02-01T00:00:00Z"),
                      {QStringLiteral("G1"), QStringLiteral("G6")});
    DeadlineService svc = service(w.ws());
    const ItemRef c2{ItemRef::Kind::Complaint, QStringLiteral("C2")};
    const ItemRef c3{ItemRef::Kind::Complaint, QStringLiteral("C3")};
    const QDateTime t = at("2026-03-01T00:00:00Z");
    struct Case
    {
        RetestRequest request;
        const char *field;
    };
    const Case cases[] = {
        {{gen("G404"), {}, t, QStringLiteral("M2"), false, {}}, "item"},
        {{gen("G1"), {}, t, QStringLiteral("M404"), false, {}}, "model_version"},
        {{gen("G1"), {}, QDateTime(), QStringLiteral("M2"), false, {}}, "tested_at"},
        {{gen("G1"), QStringLiteral("G6"), t, QStringLiteral("M2"), false, {}}, "generation"},
        {{c2, {}, t, QStringLiteral("M2"), false, {}}, "generation"}, // nothing linked
        {{c3, {}, t, QStringLiteral("M2"), false, {}}, "generation"}, // two linked
        {{c3, QStringLiteral("G2"), t, QStringLiteral("M2"), false, {}}, "generation"},
    };
    for (const Case &c : cases) {
        INFO(c.field << " " << c.request.item.id.toStdString());
        auto r = svc.recordRetest(c.request);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QString::fromLatin1(c.field));
    }
    CHECK(w.fx.count(QStringLiteral("SELECT count(*) FROM retests")) == 0);
    // Naming one of the two linked generations works.
    AB_REQUIRE_OK(svc.recordRetest({c3, QStringLiteral("G6"), t, QStringLiteral("M2"), true, {}}));
    CHECK(w.fx.count(QStringLiteral("SELECT count(*) FROM retests WHERE generation_id = 'G6'")) ==
          1);
}

TEST_CASE("Extensions need a supervisor, a reason and a later date", "[deadlines][service]")
{
    World w;
    DeadlineService svc = service(w.ws());
    const qint64 id = assign(svc, gen("G1")); // due 2026-04-14
    struct Case
    {
        ExtensionRequest request;
        const char *field;
    };
    const Case cases[] = {
        {{id, d("2026-05-01"), QStringLiteral("why"), QStringLiteral("tester")}, "approved_by"},
        {{id, d("2026-05-01"), QStringLiteral("why"), QStringLiteral("audrey")}, "approved_by"},
        {{id, d("2026-05-01"), QStringLiteral("why"), QStringLiteral("nobody")}, "approved_by"},
        {{id, d("2026-05-01"), QStringLiteral("  "), QStringLiteral("supervisor")}, "reason"},
        {{id, d("2026-04-14"), QStringLiteral("why"), QStringLiteral("supervisor")}, "new_due"},
        {{id, d("2026-04-01"), QStringLiteral("why"), QStringLiteral("supervisor")}, "new_due"},
        {{id, QDate(), QStringLiteral("why"), QStringLiteral("supervisor")}, "new_due"},
        {{9999, d("2026-05-01"), QStringLiteral("why"), QStringLiteral("supervisor")}, "deadline"},
    };
    for (const Case &c : cases) {
        INFO(c.field << " " << c.request.approvedBy.toStdString());
        const Status s = svc.extend(c.request);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == QString::fromLatin1(c.field));
    }
    CHECK(record(w.ws(), id).due == d("2026-04-14"));
    CHECK(w.fx.count(QStringLiteral("SELECT count(*) FROM deadline_extensions")) == 0);
    CHECK(w.auditCount("deadline.extended") == 0);
}

TEST_CASE("A pause moves the due date by the paused days", "[deadlines][service]")
{
    World w;
    DeadlineService svc = service(w.ws());
    const qint64 id = assign(svc, gen("G2")); // due Thu 2026-10-08
    // Ten days paused: Oct 8 + 10 = Sun Oct 18, so Mon Oct 19.
    AB_REQUIRE_OK(svc.pause({id, d("2026-09-20"), d("2026-09-29"),
                             QStringLiteral("awaiting the regulator's opinion"),
                             QStringLiteral("supervisor")}));
    DeadlineRecord r = record(w.ws(), id);
    CHECK(r.due == d("2026-10-19"));
    CHECK(r.originalDue == d("2026-10-08"));
    CHECK(r.calendarComplete);
    auto ext = DeadlineQuery::extensions(w.ws().db(), id);
    AB_REQUIRE_OK(ext);
    REQUIRE(ext->size() == 1);
    CHECK(ext->at(0).kind == QStringLiteral("pause"));
    CHECK(ext->at(0).pausedFrom == d("2026-09-20"));
    CHECK(ext->at(0).pausedUntil == d("2026-09-29"));
    CHECK(ext->at(0).previousDue == d("2026-10-08"));
    CHECK(ext->at(0).newDue == d("2026-10-19"));
    CHECK(w.auditCount("deadline.paused") == 1);

    struct Case
    {
        PauseRequest request;
        const char *field;
    };
    const Case cases[] = {
        {{id, d("2026-09-25"), d("2026-09-26"), QStringLiteral("x"), QStringLiteral("supervisor")},
         "paused_from"}, // overlaps the first pause
        {{id, d("2026-10-20"), d("2026-10-21"), QStringLiteral("x"), QStringLiteral("supervisor")},
         "paused_from"}, // after the due date
        {{id, d("2026-09-16"), d("2026-09-17"), QStringLiteral("x"), QStringLiteral("supervisor")},
         "paused_from"}, // on the trigger day
        {{id, d("2026-10-05"), d("2026-10-01"), QStringLiteral("x"), QStringLiteral("supervisor")},
         "paused_until"},
        {{id, d("2026-10-01"), d("2026-10-02"), QStringLiteral("x"), QStringLiteral("tester")},
         "approved_by"},
    };
    for (const Case &c : cases) {
        INFO(c.field);
        const Status s = svc.pause(c.request);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == QString::fromLatin1(c.field));
    }
    CHECK(record(w.ws(), id).due == d("2026-10-19"));
}

TEST_CASE("Recomputing under another policy is explicit and keeps what was granted",
          "[deadlines][service]")
{
    World w;
    DeadlineService svc = service(w.ws());
    // G3 under cac-2023-interim: Feb 10 + 15D = Wed Feb 25.
    const qint64 g3 = assign(svc, gen("G3"), QStringLiteral("cac-2023-interim"));
    CHECK(record(w.ws(), g3).due == d("2026-02-25"));
    // Under cac-2023-draft: Feb 10 + 3M = Sun May 10 -> Mon May 11.
    AB_REQUIRE_OK(svc.recompute(g3, QStringLiteral("cac-2023-draft")));
    DeadlineRecord r = record(w.ws(), g3);
    CHECK(r.policyId == QStringLiteral("cac-2023-draft"));
    CHECK(r.period == QStringLiteral("3M"));
    CHECK(r.nominalDue == d("2026-05-10"));
    CHECK(r.originalDue == d("2026-05-11"));
    CHECK(r.due == d("2026-05-11"));
    QSqlQuery q(w.ws().db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT before_json, after_json, actor FROM audit_log "
                                  "WHERE action = 'deadline.recomputed'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QStringLiteral("\"due\":\"2026-02-25\"")));
    CHECK(q.value(1).toString().contains(QStringLiteral("\"due\":\"2026-05-11\"")));
    CHECK(q.value(2).toString() == QStringLiteral("tester"));

    // A pause stays in force: G2 paused 10 days, then recomputed under the
    // draft: Sep 16 + 3M = Wed Dec 16, + 10 days = Sat Dec 26 -> Mon Dec 28.
    const qint64 g2 = assign(svc, gen("G2"));
    AB_REQUIRE_OK(svc.pause({g2, d("2026-09-20"), d("2026-09-29"), QStringLiteral("waiting"),
                             QStringLiteral("supervisor")}));
    AB_REQUIRE_OK(svc.recompute(g2, QStringLiteral("cac-2023-draft")));
    r = record(w.ws(), g2);
    CHECK(r.originalDue == d("2026-12-16"));
    CHECK(r.due == d("2026-12-28"));

    // An extension stays in force: G1 extended to May 15, recomputed under
    // the 15-day target (Jan 14 + 15D = Thu Jan 29) keeps May 15.
    const qint64 g1 = assign(svc, gen("G1"));
    AB_REQUIRE_OK(
        svc.extend({g1, d("2026-05-15"), QStringLiteral("why"), QStringLiteral("supervisor")}));
    AB_REQUIRE_OK(svc.recompute(g1, QStringLiteral("cac-2023-interim")));
    r = record(w.ws(), g1);
    CHECK(r.originalDue == d("2026-01-29"));
    CHECK(r.due == d("2026-05-15"));

    CHECK_FALSE(svc.recompute(g1, QStringLiteral("nope")).ok());
    CHECK_FALSE(svc.recompute(g1, QStringLiteral("complaint-feedback")).ok());
    CHECK(w.auditCount("deadline.recomputed") == 3);
}

TEST_CASE("Containment and remediation check their inputs", "[deadlines][service]")
{
    World w;
    DeadlineService svc = service(w.ws());
    const qint64 id = assign(svc, gen("G1")); // found 2026-01-14T02:00:00Z
    const Status cases[] = {
        svc.recordContainment(id, at("2026-01-14T01:59:59Z"), QStringLiteral("filter")),
        svc.recordContainment(id, at("2026-01-14T03:00:00Z"), QStringLiteral(" ")),
        svc.recordRemediation(id, at("2026-01-13T00:00:00Z"), QStringLiteral("retrained")),
        svc.recordRemediation(id, at("2026-02-01T00:00:00Z"), QString()),
        svc.recordRemediation(9999, at("2026-02-01T00:00:00Z"), QStringLiteral("retrained")),
    };
    const char *fields[] = {"contained_at", "containment_action", "remediated_at",
                            "remediation_note", "deadline"};
    for (int i = 0; i < 5; ++i) {
        INFO(fields[i]);
        REQUIRE_FALSE(cases[i].ok());
        CHECK(cases[i].error().field == QString::fromLatin1(fields[i]));
    }
    const DeadlineRecord r = record(w.ws(), id);
    CHECK_FALSE(r.containedAt.has_value());
    CHECK_FALSE(r.remediatedAt.has_value());
}

TEST_CASE("A failure inside a change rolls the whole change back", "[deadlines][service]")
{
    World w;
    DeadlineService svc = service(w.ws());
    const qint64 id = assign(svc, gen("G1"));
    // Make the audit append fail for chosen actions: the change made just
    // before it in the same transaction must not survive.
    w.fx.exec(QStringLiteral(
        "CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_log "
        "WHEN NEW.action IN ('deadline.extended', 'deadline.assigned', 'retest.recorded', "
        "'deadline.remediated') BEGIN SELECT RAISE(ABORT, 'refused by test'); END"));
    const qint64 entries = w.fx.count(QStringLiteral("SELECT count(*) FROM audit_log"));

    CHECK_FALSE(
        svc.extend({id, d("2026-05-15"), QStringLiteral("why"), QStringLiteral("supervisor")})
            .ok());
    CHECK(record(w.ws(), id).due == d("2026-04-14"));
    CHECK(w.fx.count(QStringLiteral("SELECT count(*) FROM deadline_extensions")) == 0);

    CHECK_FALSE(svc.assign({gen("G3"), {}, std::nullopt}).ok());
    CHECK(w.fx.count(QStringLiteral("SELECT count(*) FROM deadlines")) == 1);

    // The retest row and the verification change are both undone.
    CHECK_FALSE(svc.recordRetest(
                       {gen("G1"), {}, at("2026-05-01T00:00:00Z"), QStringLiteral("M2"), true, {}})
                    .ok());
    CHECK(w.fx.count(QStringLiteral("SELECT count(*) FROM retests")) == 0);
    CHECK(record(w.ws(), id).verification == Verification::None);

    CHECK_FALSE(svc.recordRemediation(id, at("2026-03-01T00:00:00Z"), QStringLiteral("x")).ok());
    CHECK_FALSE(record(w.ws(), id).remediatedAt.has_value());

    CHECK(w.fx.count(QStringLiteral("SELECT count(*) FROM audit_log")) == entries);
    // The workspace is still usable after the rollbacks.
    w.fx.exec(QStringLiteral("DROP TRIGGER test_refuse_audit"));
    AB_REQUIRE_OK(
        svc.extend({id, d("2026-05-15"), QStringLiteral("why"), QStringLiteral("supervisor")}));
    auto chain = AuditTrail::verify(w.ws().db());
    AB_REQUIRE_OK(chain);
    CHECK(chain->intact);
}

TEST_CASE("A bad user calendar or policy file stops the service with its name",
          "[deadlines][service]")
{
    World w;
    test::TempDir folder;
    test::writeFile(folder.path(QStringLiteral("cn-2027.json")), "{ nope");
    auto s = DeadlineService::create(w.ws(), QString(), folder.path(QString()));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().file.endsWith(QStringLiteral("cn-2027.json")));
    test::TempDir policies;
    test::writeFile(policies.path(QStringLiteral("house.json")), "{\"format\": 1}");
    auto p = DeadlineService::create(w.ws(), policies.path(QString()), QString());
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().file.endsWith(QStringLiteral("house.json")));
    CHECK(p.error().field == QStringLiteral("format"));
}
