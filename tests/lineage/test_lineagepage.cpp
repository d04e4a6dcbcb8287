// The lineage graph laid out by Graphviz and the Lineage section driven
// offscreen.
#include "lineage/graphlayout.h"
#include "lineage/lineagepage.h"
#include "lineage/lineagescene.h"
#include "lineagefixture.h"
#include "testsupport.h"
#include "waitfor.h"

#include <QGraphicsItem>

using namespace ab;
using namespace ab::test;
using namespace ab::ui;

TEST_CASE("Graphviz lays the nodes out in layers without overlaps")
{
    // A layered graph: 4 layers of 6 nodes, each node feeding two of the next.
    LayoutRequest r;
    for (int i = 0; i < 24; ++i)
        r.nodes.push_back(QSizeF(200, 60));
    for (int layer = 0; layer < 3; ++layer) {
        for (int k = 0; k < 6; ++k) {
            r.edges.push_back({layer * 6 + k, (layer + 1) * 6 + k});
            r.edges.push_back({layer * 6 + k, (layer + 1) * 6 + (k + 1) % 6});
        }
    }
    const LayoutResult out = layoutGraph(r);
    REQUIRE(out.error.isEmpty());
    QVector<QRectF> boxes;
    for (int i = 0; i < 24; ++i)
        boxes.push_back(QRectF(out.centers[i] - QPointF(100, 30), QSizeF(200, 60)));
    for (int i = 0; i < 24; ++i) {
        CHECK(out.bounds.adjusted(-1, -1, 1, 1).contains(boxes[i]));
        for (int j = i + 1; j < 24; ++j)
            CHECK_FALSE(boxes[i].intersects(boxes[j]));
    }
    // Left to right: every edge goes to a node further right.
    for (const auto &[from, to] : r.edges)
        CHECK(out.centers[to].x() > out.centers[from].x());
    for (const QPainterPath &p : out.paths)
        CHECK(p.elementCount() >= 4);
}

TEST_CASE("the Lineage section traces a generation and focuses on a neighbourhood")
{
    TempDir dir;
    auto ws =
        Workspace::create(dir.path(QStringLiteral("lp.auditbench")), QStringLiteral("tester"));
    AB_REQUIRE_OK(ws);
    buildLineage(**ws);
    LineagePage page;
    page.resize(1200, 800);
    page.show();
    page.setWorkspace(ws->get());
    REQUIRE(waitFor([&] { return !page.layingOut() && page.scene()->keys().size() == 13; }));
    page.trace(QStringLiteral("generation"), QStringLiteral("G1"));
    REQUIRE(page.lastTrace().has_value());
    CHECK(page.lastTrace()->datasets.size() == 8);
    // Traced nodes are fully drawn, the rest dimmed.
    CHECK(page.scene()->itemFor(datasetKey(QStringLiteral("D5")))->opacity() == 1.0);
    CHECK(page.scene()->itemFor(datasetKey(QStringLiteral("D8")))->opacity() < 1.0);

    CHECK(page.findNode(QStringLiteral("数据集 D4")));
    CHECK(page.scene()->selectedKey() == datasetKey(QStringLiteral("D4")));
    page.focusOn(datasetKey(QStringLiteral("D4")), 1);
    REQUIRE(waitFor([&] { return !page.layingOut() && page.scene()->keys().size() == 3; }));
    QStringList keys = page.scene()->keys();
    keys.sort();
    CHECK(keys == QStringList{datasetKey(QStringLiteral("D1")), datasetKey(QStringLiteral("D4")),
                              datasetKey(QStringLiteral("D5"))});

    page.showImpact(QStringLiteral("D6"));
    REQUIRE(waitFor([&] { return page.lastImpact().has_value(); }));
    CHECK(page.lastImpact()->modelVersions ==
          QStringList{QStringLiteral("M1"), QStringLiteral("M2")});
}
