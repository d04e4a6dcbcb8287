// Trace and impact over a lineage with diamonds; cycles refused at import.
#include "lineage/lineagetrace.h"
#include "lineagefixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

struct Fixture
{
    TempDir dir;
    std::unique_ptr<Workspace> ws;
    BrowseContext context;
    Fixture()
    {
        auto w =
            Workspace::create(dir.path(QStringLiteral("l.auditbench")), QStringLiteral("tester"));
        AB_REQUIRE_OK(w);
        ws = std::move(*w);
        buildLineage(*ws);
        context.zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
        context.asOf = QDate(2026, 4, 1);
    }
    qint64 count(const QString &table)
    {
        QSqlQuery q(ws->db().sql());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.push_back(QString::fromLatin1(i));
    return out;
}

} // namespace

TEST_CASE("a generation traces to its model, the base models and every dataset upstream")
{
    Fixture f;
    auto t = LineageTrace::fromGeneration(f.ws->db(), QStringLiteral("G1"));
    AB_REQUIRE_OK(t);
    CHECK(t->startModels == list({"M2"}));
    CHECK(t->modelVersions == list({"M1", "M2", "MB"}));
    // Both diamonds followed once each; D8 feeds MX, a sibling, and is not traced.
    CHECK(t->datasets == list({"D1", "D2", "D3", "D4", "D5", "D6", "D7", "D9"}));
    CHECK(t->flaggedDatasets == list({"D2"}));
    // 5 derivations + 4 training edges into traced models + 2 base-model edges.
    CHECK(t->edges.size() == 11);
    const LineageEdge base{LineageEdge::Kind::BaseModel,
                           modelKey(QStringLiteral("MB")),
                           modelKey(QStringLiteral("M1")),
                           {}};
    CHECK(t->edges.contains(base));
    const QJsonObject json = t->toJson();
    CHECK(json.value(QLatin1String("item")).toObject().value(QLatin1String("id")) ==
          QStringLiteral("G1"));
    CHECK(json.value(QLatin1String("datasets")).toArray().size() == 8);
}

TEST_CASE("a complaint traces through the generations it is about")
{
    Fixture f;
    auto t = LineageTrace::fromComplaint(f.ws->db(), QStringLiteral("C2"));
    AB_REQUIRE_OK(t);
    CHECK(t->modelVersions == list({"M1", "MB"}));
    CHECK(t->datasets == list({"D1", "D2", "D3", "D4", "D5", "D6"}));
    auto missing = LineageTrace::fromComplaint(f.ws->db(), QStringLiteral("C9"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().field == QStringLiteral("complaint"));
}

TEST_CASE("a dataset's impact reaches derived data, trained models and models built on them")
{
    Fixture f;
    auto root = LineageTrace::impactOfDataset(f.ws->db(), QStringLiteral("D1"), f.context);
    AB_REQUIRE_OK(root);
    CHECK(root->datasets == list({"D1", "D3", "D4", "D5"}));
    CHECK(root->modelVersions == list({"M1", "M2", "MB", "MX"}));
    // Open: G1 (no deadline) and G3; G2 was remediated. C1 open, C2 resolved.
    CHECK(root->openGenerations == 2);
    CHECK(root->openComplaints == 1);
    CHECK(root->sampleGenerations == list({"G3", "G1"}));
    CHECK(root->sampleComplaints == list({"C1"}));

    auto finetune = LineageTrace::impactOfDataset(f.ws->db(), QStringLiteral("D6"), f.context);
    AB_REQUIRE_OK(finetune);
    CHECK(finetune->datasets == list({"D6"}));
    CHECK(finetune->modelVersions == list({"M1", "M2"}));
    REQUIRE(finetune->models.size() == 2);
    CHECK(finetune->models.at(0).openGenerations == 1); // M1: G3
    CHECK(finetune->models.at(1).openGenerations == 1); // M2: G1

    auto leaf = LineageTrace::impactOfDataset(f.ws->db(), QStringLiteral("D8"), f.context);
    AB_REQUIRE_OK(leaf);
    CHECK(leaf->modelVersions == list({"MX"}));
    CHECK(leaf->openGenerations == 0);
}

TEST_CASE("a derived-from cycle is refused at import and nothing of the batch is written")
{
    Fixture f;
    const qint64 datasets = f.count(QStringLiteral("datasets"));
    const qint64 audit = f.count(QStringLiteral("audit_log"));
    LineageBatch cyclic;
    cyclic.datasets = {dataset(QStringLiteral("D10"), QStringLiteral("pretrain"))};
    cyclic.derivations = {{QStringLiteral("D10"), QStringLiteral("D5")},
                          {QStringLiteral("D1"), QStringLiteral("D10")}};
    const Status s = LineageImport::apply(*f.ws, cyclic);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == QStringLiteral("derived_from"));
    CHECK(s.error().message.contains(QStringLiteral("D10")));
    CHECK(f.count(QStringLiteral("datasets")) == datasets);
    CHECK(f.count(QStringLiteral("audit_log")) == audit);

    CHECK(LineageImport::findCycle({{QStringLiteral("A"), QStringLiteral("B")},
                                    {QStringLiteral("B"), QStringLiteral("C")},
                                    {QStringLiteral("C"), QStringLiteral("A")}}) ==
          list({"A", "B", "C", "A"}));
    // A diamond is not a cycle.
    CHECK(LineageImport::findCycle(lineageBatch().derivations).isEmpty());
}

TEST_CASE("the lineage graph loads nodes and edges, and finds neighbourhoods")
{
    Fixture f;
    auto g = LineageGraph::load(f.ws->db());
    AB_REQUIRE_OK(g);
    CHECK(g->datasets().size() == 9);
    CHECK(g->models().size() == 4);
    CHECK(g->edges().size() == 5 + 5 + 3);
    CHECK(g->dataset(QStringLiteral("D2"))->overThreshold());
    CHECK_FALSE(g->dataset(QStringLiteral("D1"))->overThreshold());
    const QSet<QString> near = g->neighbourhood(datasetKey(QStringLiteral("D5")), 1);
    CHECK(near == QSet<QString>{datasetKey(QStringLiteral("D5")), datasetKey(QStringLiteral("D3")),
                                datasetKey(QStringLiteral("D4")), modelKey(QStringLiteral("MB"))});
    CHECK(g->datasetsOf(QStringLiteral("M2")) == list({"D7", "D9"}));
}
