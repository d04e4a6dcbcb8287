// Filters, sorts and keyset pages of the Generations and Complaints lists,
// checked against what the fixture's patterns say they must return.
#include "browsefixture.h"
#include "deadlines/deadlinestatus.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <algorithm>
#include <functional>

using namespace ab;
using namespace ab::test;

namespace {

struct Fixture
{
    TempDir dir;
    std::unique_ptr<Workspace> ws;
    BrowseFixture data;
    Fixture(int count = 300)
    {
        auto w =
            Workspace::create(dir.path(QStringLiteral("b.auditbench")), QStringLiteral("tester"));
        AB_REQUIRE_OK(w);
        ws = std::move(*w);
        data.build(*ws, count);
    }
    QStringList ids(const BrowseFilter &f, BrowseSort s = {}, ListKind list = ListKind::Generations)
    {
        BrowseQuery q(list, f, s, data.context);
        return allIds(ws->db(), q);
    }
};

} // namespace

TEST_CASE("an empty filter lists every generation newest first, in pages from anchors")
{
    Fixture f;
    const QStringList expected = f.data.idsWhere([](const auto &) { return true; });
    REQUIRE(expected.size() == 300);
    CHECK(f.ids({}) == expected);
    // The tie at G00050/G00049 (same flag time) is broken by id, descending.
    CHECK(expected.indexOf(QStringLiteral("G00050")) + 1 ==
          expected.indexOf(QStringLiteral("G00049")));
}

TEST_CASE("each filter condition keeps what its pattern says, and conditions combine")
{
    Fixture f;
    BrowseFilter p2;
    p2.providers = {QStringLiteral("P2")};
    CHECK(f.ids(p2) ==
          f.data.idsWhere([](const auto &g) { return g.model == QLatin1String("M2"); }));

    BrowseFilter type;
    type.categories = {QStringLiteral("A.1")}; // the type takes in A.1.a and A.1.g
    CHECK(f.ids(type) == f.data.idsWhere([](const auto &g) {
        return g.category.startsWith(QLatin1String("A.1."));
    }));

    BrowseFilter combined;
    combined.models = {QStringLiteral("M1")};
    combined.categories = {QStringLiteral("A.2.e"), QStringLiteral("A.5")};
    combined.severities = {QStringLiteral("high"), QStringLiteral("critical")};
    combined.flagSources = {QStringLiteral("filter")};
    const QStringList expected = f.data.idsWhere([](const auto &g) {
        return g.model == QLatin1String("M1") &&
               (g.category == QLatin1String("A.2.e") || g.category == QLatin1String("A.5.b")) &&
               (g.severity == QLatin1String("high") || g.severity == QLatin1String("critical")) &&
               g.flagSource == QLatin1String("filter");
    });
    CHECK_FALSE(expected.isEmpty());
    CHECK(f.ids(combined) == expected);

    BrowseFilter image;
    image.modalities = {QStringLiteral("image")};
    CHECK(f.ids(image).size() == 30);
}

TEST_CASE("the date range is local days in the workspace zone")
{
    Fixture f;
    BrowseFilter d;
    d.from = QDate(2026, 3, 3);
    d.to = QDate(2026, 3, 4);
    // Shanghai is UTC+8: 3 March local begins at 2 March 16:00 UTC.
    const QString from = QStringLiteral("2026-03-02T16:00:00Z");
    const QString to = QStringLiteral("2026-03-04T16:00:00Z");
    const QStringList expected =
        f.data.idsWhere([&](const auto &g) { return g.flaggedAt >= from && g.flaggedAt < to; });
    CHECK(expected.size() == 48);
    CHECK(f.ids(d) == expected);
}

TEST_CASE("deadline status and case membership filter as the deadline rules say")
{
    Fixture f;
    BrowseFilter overdue;
    overdue.deadlineStates = {QStringLiteral("overdue")};
    const QStringList expected = f.data.idsWhere([&](const auto &g) {
        if (g.due.isEmpty())
            return false;
        const DeadlineFacts facts = DeadlineStatus::fromStored(
            g.due, g.remediated ? QStringLiteral("2026-03-05T00:00:00Z") : QString(),
            QStringLiteral("none"));
        return DeadlineStatus::of(facts, f.data.context.asOf, 14, f.data.context.zone) ==
               DeadlineState::Overdue;
    });
    CHECK_FALSE(expected.isEmpty());
    CHECK(f.ids(overdue) == expected);

    BrowseFilter none;
    none.deadlineStates = {BrowseFilter::kNoDeadline};
    CHECK(f.ids(none) == f.data.idsWhere([](const auto &g) { return g.due.isEmpty(); }));

    BrowseFilter inCase;
    inCase.caseScope = CaseScope::InCase;
    inCase.caseId = 1;
    CHECK(f.ids(inCase) == f.data.idsWhere([](const auto &g) { return g.inCase; }));
    BrowseFilter noCase;
    noCase.caseScope = CaseScope::InNoCase;
    CHECK(f.ids(noCase).size() == 300 - 12);
}

TEST_CASE("filters read through their own index or the case items keep the list order")
{
    // One risk, one model version, and case membership are read another way
    // than the other filters (see BrowseQuery::narrowingIndex); the rows and
    // their order, newest first or oldest first, must not change.
    Fixture f;
    BrowseFilter risk;
    risk.categories = {QStringLiteral("A.2.e")};
    risk.modalities = {QStringLiteral("text")};
    const auto riskRows = [](const auto &g) {
        return g.category == QLatin1String("A.2.e") && g.modality == QLatin1String("text");
    };
    BrowseFilter model;
    model.models = {QStringLiteral("M1")};
    model.categories = {QStringLiteral("A.2.e")};
    const auto modelRows = [](const auto &g) {
        return g.model == QLatin1String("M1") && g.category == QLatin1String("A.2.e");
    };
    BrowseFilter anyCase;
    anyCase.caseScope = CaseScope::InAnyCase;
    const auto caseRows = [](const auto &g) {
        return g.inCase;
    };

    for (const bool descending : {true, false}) {
        const BrowseSort sort{SortKey::Time, descending};
        const auto expected = [&](const std::function<bool(const FixtureGeneration &)> &keep) {
            QStringList ids = f.data.idsWhere(keep); // newest first
            if (!descending)
                std::reverse(ids.begin(), ids.end());
            return ids;
        };
        INFO("descending " << descending);
        CHECK_FALSE(expected(riskRows).isEmpty());
        CHECK(f.ids(risk, sort) == expected(riskRows));
        CHECK_FALSE(expected(modelRows).isEmpty());
        CHECK(f.ids(model, sort) == expected(modelRows));
        CHECK(expected(caseRows).size() == 12);
        CHECK(f.ids(anyCase, sort) == expected(caseRows));
    }
}

TEST_CASE("every offered sort key orders by its column, then time, then id")
{
    Fixture f;
    auto sorted = [&](auto key, bool descending) {
        QVector<FixtureGeneration> g = f.data.generations;
        std::sort(g.begin(), g.end(), [&](const auto &a, const auto &b) {
            const auto ka = std::tuple(key(a), a.flaggedAt, a.id);
            const auto kb = std::tuple(key(b), b.flaggedAt, b.id);
            return descending ? ka > kb : ka < kb;
        });
        QStringList ids;
        for (const auto &x : g)
            ids.push_back(x.id);
        return ids;
    };
    const auto rank = [](const FixtureGeneration &g) {
        return QStringList{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                           QStringLiteral("critical")}
            .indexOf(g.severity);
    };
    CHECK(f.ids({}, {SortKey::Severity, true}) == sorted(rank, true));
    CHECK(f.ids({}, {SortKey::Category, false}) ==
          sorted([](const auto &g) { return g.category; }, false));
    CHECK(f.ids({}, {SortKey::Model, true}) == sorted([](const auto &g) { return g.model; }, true));
    QStringList byId = f.data.idsWhere([](const auto &) { return true; });
    std::sort(byId.begin(), byId.end());
    CHECK(f.ids({}, {SortKey::Id, false}) == byId);
}

TEST_CASE("complaints filter by channel, kind, triage status and linked generation")
{
    Fixture f;
    BrowseFilter c;
    c.channels = {QStringLiteral("web"), QStringLiteral("sms")};
    c.statuses = {QStringLiteral("new"), QStringLiteral("triaged")};
    CHECK(f.ids(c, {}, ListKind::Complaints) == f.data.complaintIdsWhere([](const auto &k) {
        return (k.channel == QLatin1String("web") || k.channel == QLatin1String("sms")) &&
               (k.status == QLatin1String("new") || k.status == QLatin1String("triaged"));
    }));
    BrowseFilter p2;
    p2.providers = {QStringLiteral("P2")}; // via the linked generation: G every 15th
    CHECK(f.ids(p2, {}, ListKind::Complaints) == f.data.complaintIdsWhere([](const auto &k) {
        return k.generation.mid(1).toInt() % 3 == 0;
    }));
    BrowseFilter kind;
    kind.kinds = {QStringLiteral("personal_info")};
    CHECK(f.ids(kind, {SortKey::TriageStatus, true}, ListKind::Complaints).size() == 10);
}

TEST_CASE("list pages and walks read through the sort key's index")
{
    Fixture f(50);
    for (const SortKey key :
         {SortKey::Time, SortKey::Id, SortKey::Model, SortKey::Category, SortKey::Severity}) {
        BrowseQuery q(ListKind::Generations, {}, {key, true}, f.data.context);
        AB_REQUIRE_OK(q.prepare(f.ws->db()));
        auto plan = q.plan(f.ws->db());
        AB_REQUIRE_OK(plan);
        const QString text = plan->join(QLatin1Char('\n'));
        INFO(text.toStdString());
        CHECK(text.contains(QLatin1String("SCAN g USING ")));
        CHECK(text.contains(QLatin1String("INDEX")));
        CHECK_FALSE(text.contains(QLatin1String("TEMP B-TREE FOR ORDER BY")));
    }
    for (const SortKey key : {SortKey::Time, SortKey::TriageStatus, SortKey::Channel, SortKey::Kind,
                              SortKey::Severity}) {
        BrowseQuery q(ListKind::Complaints, {}, {key, false}, f.data.context);
        AB_REQUIRE_OK(q.prepare(f.ws->db()));
        auto plan = q.plan(f.ws->db());
        AB_REQUIRE_OK(plan);
        const QString text = plan->join(QLatin1Char('\n'));
        INFO(text.toStdString());
        CHECK(text.contains(QLatin1String("INDEX")));
        CHECK_FALSE(text.contains(QLatin1String("TEMP B-TREE FOR ORDER BY")));
    }
}

TEST_CASE("filters survive a round trip through JSON")
{
    BrowseFilter f;
    f.providers = {QStringLiteral("P1")};
    f.categories = {QStringLiteral("A.1"), QStringLiteral("A.4.f")};
    f.from = QDate(2026, 1, 2);
    f.deadlineStates = {QStringLiteral("overdue"), BrowseFilter::kNoDeadline};
    f.caseScope = CaseScope::InCase;
    f.caseId = 7;
    f.search = QStringLiteral("诈骗 fraud");
    CHECK(BrowseFilter::fromJson(f.toJson()) == f);
    CHECK(f.activeCount() == 6);
    f.policies = {QStringLiteral("cac-2023-draft")};
    f.answeredFrom = QDate(2026, 3, 1);
    f.answeredTo = QDate(2026, 3, 7);
    CHECK(BrowseFilter::fromJson(f.toJson()) == f);
    CHECK(f.activeCount() == 8);
    const BrowseSort s{SortKey::Severity, false};
    CHECK(BrowseSort::fromJson(s.toJson()) == s);
}

TEST_CASE("the policy filter keeps items whose deadline is under it, variants included")
{
    Fixture f;
    QSqlQuery q(f.ws->db().sql());
    // Three generations move to a policy variant and one to a look-alike id.
    REQUIRE(q.exec(QStringLiteral(
        "UPDATE deadlines SET policy_id = 'eu-ai-act-73:death' WHERE item_kind = 'generation' AND "
        "item_id IN (SELECT item_id FROM deadlines WHERE item_kind = 'generation' "
        "ORDER BY item_id LIMIT 3)")));
    REQUIRE(q.exec(QStringLiteral(
        "UPDATE deadlines SET policy_id = 'eu-ai-act-730' WHERE item_kind = 'generation' AND "
        "item_id = (SELECT max(item_id) FROM deadlines WHERE item_kind = 'generation')")));
    REQUIRE(q.exec(QStringLiteral("SELECT item_id FROM deadlines WHERE item_kind = 'generation' "
                                  "AND policy_id LIKE 'eu-ai-act-73:%'")));
    QStringList moved;
    while (q.next())
        moved << q.value(0).toString();
    REQUIRE(moved.size() == 3);
    BrowseFilter eu;
    eu.policies = {QStringLiteral("eu-ai-act-73")};
    QStringList got = f.ids(eu);
    std::sort(got.begin(), got.end());
    std::sort(moved.begin(), moved.end());
    CHECK(got == moved);
    // Two policies are alternatives.
    eu.policies << QStringLiteral("eu-ai-act-730");
    CHECK(f.ids(eu).size() == 4);
}

TEST_CASE("complaints filter by the local day of their answer")
{
    Fixture f;
    QSqlQuery q(f.ws->db().sql());
    // 16:30 UTC is 00:30 the next day in Shanghai.
    REQUIRE(q.exec(QStringLiteral(
        "UPDATE complaints SET responded_at = CASE WHEN rowid % 3 = 0 THEN "
        "'2026-03-01T16:30:00Z' WHEN rowid % 3 = 1 THEN '2026-03-02T10:00:00Z' ELSE NULL END")));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM complaints WHERE rowid % 3 <> 2")));
    REQUIRE(q.next());
    const qint64 answered = q.value(0).toLongLong();
    REQUIRE(answered > 0);
    BrowseFilter day;
    day.answeredFrom = QDate(2026, 3, 2);
    day.answeredTo = QDate(2026, 3, 2);
    CHECK(f.ids(day, {}, ListKind::Complaints).size() == answered);
    day.answeredFrom = day.answeredTo = QDate(2026, 3, 1);
    CHECK(f.ids(day, {}, ListKind::Complaints).isEmpty());
}
