// Trace and layout on a lineage of 500 datasets feeding 20 model versions.
#include "lineage/graphlayout.h"
#include "lineage/lineageimport.h"
#include "lineage/lineagescene.h"
#include "lineage/lineagetrace.h"
#include "repo/recordrepository.h"
#include "scenario.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QRandomGenerator>
#include <cstdio>

using namespace ab;
using namespace ab::bench;

namespace {

constexpr int kDatasets = 500;
constexpr int kModels = 20;

// 500 datasets in layers: 100 raw sources, each later one derived from one
// to three datasets of the layers before it (diamonds galore); 20 model
// versions in 5 families of 4, each built on the one before, trained on
// datasets of the last layers.
Result<QString> lineageWorkspace(const BenchContext &context)
{
    const QString path = context.file(QStringLiteral("lineage-500.auditbench"));
    if (QFile::exists(path))
        return path;
    auto ws = Workspace::create(path, QStringLiteral("bench"));
    if (!ws)
        return ws.error();
    RecordRepository repo((*ws)->db());
    Status s = (*ws)->db().transaction([&]() -> Status {
        if (Status p = repo.insert(Provider{
                QStringLiteral("P1"), QStringLiteral("星河"), QStringLiteral("Xinghe"), {}});
            !p)
            return p;
        for (int m = 0; m < kModels; ++m) {
            ModelVersion v;
            v.id = QStringLiteral("M%1").arg(m, 2, 10, QLatin1Char('0'));
            v.providerId = QStringLiteral("P1");
            v.name = QStringLiteral("星河%1").arg(m / 4);
            v.version = QString::number(m % 4 + 1);
            v.released = QStringLiteral("2025-%1-01").arg(m % 12 + 1, 2, 10, QLatin1Char('0'));
            if (m % 4 != 0)
                v.baseModel = QStringLiteral("M%1").arg(m - 1, 2, 10, QLatin1Char('0'));
            if (Status i = repo.insert(v); !i)
                return i;
        }
        Generation g;
        g.id = QStringLiteral("G1");
        g.modelVersionId = QStringLiteral("M19");
        g.createdAt = g.flaggedAt = QStringLiteral("2026-01-01T00:00:00Z");
        g.prompt = g.output = QStringLiteral("x");
        g.modality = QStringLiteral("text");
        g.riskCategory = QStringLiteral("A.1.g");
        g.severity = QStringLiteral("high");
        g.flagSource = QStringLiteral("filter");
        return repo.insert(g);
    });
    if (!s)
        return s.error();
    QRandomGenerator rng(500);
    LineageBatch b;
    for (int i = 0; i < kDatasets; ++i) {
        DatasetNode d;
        d.id = QStringLiteral("D%1").arg(i, 3, 10, QLatin1Char('0'));
        d.providerId = QStringLiteral("P1");
        d.name = QStringLiteral("数据集 %1").arg(i);
        d.stage = i < 400 ? QStringLiteral("pretrain") : QStringLiteral("finetune");
        d.sourceType = QStringLiteral("self_collected");
        d.source = QStringLiteral("crawl");
        d.sampledItems = 4000;
        d.sampledFlagged = rng.bounded(300);
        b.datasets.push_back(d);
        if (i >= 100) {
            const int parents = 1 + int(rng.bounded(3));
            QSet<int> chosen;
            for (int p = 0; p < parents; ++p)
                chosen.insert(std::max(0, i - 1 - int(rng.bounded(100))));
            for (int p : chosen)
                b.derivations.push_back(
                    {d.id, QStringLiteral("D%1").arg(p, 3, 10, QLatin1Char('0'))});
        }
    }
    for (int m = 0; m < kModels; ++m) {
        for (int k = 0; k < 6; ++k) {
            const int ds = 380 + int(rng.bounded(120));
            b.training.push_back(
                {QStringLiteral("D%1").arg(ds, 3, 10, QLatin1Char('0')),
                 QStringLiteral("M%1").arg(m, 2, 10, QLatin1Char('0')),
                 ds < 400 ? QStringLiteral("pretrain") : QStringLiteral("finetune")});
        }
    }
    // Duplicate training picks would break the primary key.
    std::sort(b.training.begin(), b.training.end(), [](const auto &x, const auto &y) {
        return std::tie(x.dataset, x.modelVersion, x.role) <
               std::tie(y.dataset, y.modelVersion, y.role);
    });
    b.training.erase(std::unique(b.training.begin(), b.training.end(),
                                 [](const auto &x, const auto &y) {
                                     return x.dataset == y.dataset &&
                                            x.modelVersion == y.modelVersion && x.role == y.role;
                                 }),
                     b.training.end());
    if (Status i = LineageImport::apply(**ws, b); !i)
        return i.error();
    return path;
}

} // namespace

AB_BENCH_SCENARIO(lineageTrace, "lineage-trace-500",
                  "trace a generation to its data through 500 datasets (recursive queries)")
{
    auto path = lineageWorkspace(context);
    if (!path)
        return path.error();
    auto ws = Workspace::open(*path, QStringLiteral("bench"));
    if (!ws)
        return ws.error();
    Stopwatch watch;
    auto t = LineageTrace::fromGeneration((*ws)->db(), QStringLiteral("G1"));
    if (!t)
        return t.error();
    const double seconds = watch.seconds();
    std::fprintf(stderr, "traced %lld model versions, %lld datasets, %lld edges\n",
                 qint64(t->modelVersions.size()), qint64(t->datasets.size()),
                 qint64(t->edges.size()));
    return BenchResult{qint64(t->datasets.size()), seconds};
}

AB_BENCH_SCENARIO(lineageImpact, "lineage-impact-500",
                  "reverse impact of a raw dataset through 500 datasets")
{
    auto path = lineageWorkspace(context);
    if (!path)
        return path.error();
    auto ws = Workspace::open(*path, QStringLiteral("bench"));
    if (!ws)
        return ws.error();
    Stopwatch watch;
    auto r = LineageTrace::impactOfDataset((*ws)->db(), QStringLiteral("D000"),
                                           BrowseContext::forWorkspace((*ws)->settings()));
    if (!r)
        return r.error();
    return BenchResult{qint64(r->datasets.size()), watch.seconds()};
}

AB_BENCH_SCENARIO(lineageLayout, "lineage-layout-500",
                  "lay out the whole 500-dataset lineage with Graphviz dot")
{
    auto path = lineageWorkspace(context);
    if (!path)
        return path.error();
    auto ws = Workspace::open(*path, QStringLiteral("bench"));
    if (!ws)
        return ws.error();
    auto graph = LineageGraph::load((*ws)->db());
    if (!graph)
        return graph.error();
    const ui::LineageLayoutInput input = ui::LineageLayoutInput::of(*graph);
    Stopwatch watch;
    const ui::LayoutResult out = ui::layoutGraph(input.request);
    if (!out.error.isEmpty())
        return Error{out.error, {}, 0, {}};
    std::fprintf(stderr, "laid out %lld nodes and %lld edges in a %.0f x %.0f area\n",
                 qint64(input.keys.size()), qint64(input.edges.size()), out.bounds.width(),
                 out.bounds.height());
    return BenchResult{qint64(input.keys.size()), watch.seconds()};
}
