#include "graphlayout.h"

#include "reports/lineagefigure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <graphviz/gvc.h>

namespace ab::ui {

namespace {

constexpr double kPointsPerInch = 72.0;

char *cstr(const char *s)
{
    return const_cast<char *>(s); // Graphviz 2.42 takes char* it does not modify
}

void setAttr(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, cstr(name), const_cast<char *>(value.constData()), cstr(""));
}

QPointF toScene(const pointf &p)
{
    return {p.x, -p.y}; // Graphviz's y axis points up
}

void readEdge(Agedge_t *e, LayoutResult &out, int i)
{
    const splines *spl = ED_spl(e);
    if (!spl || spl->size < 1 || spl->list[0].size < 1)
        return;
    const bezier &bz = spl->list[0];
    QPainterPath path(toScene(bz.list[0]));
    for (int k = 1; k + 2 < bz.size; k += 3)
        path.cubicTo(toScene(bz.list[k]), toScene(bz.list[k + 1]), toScene(bz.list[k + 2]));
    if (bz.eflag) {
        // The spline stops short of the head; the arrowhead spans the gap.
        out.arrowFrom[i] = toScene(bz.list[bz.size - 1]);
        out.arrowTo[i] = toScene(bz.ep);
        path.lineTo(out.arrowFrom[i]);
    } else {
        out.arrowTo[i] = toScene(bz.list[bz.size - 1]);
        out.arrowFrom[i] = path.pointAtPercent(0.97);
    }
    out.paths[i] = path;
}

} // namespace

LayoutResult layoutGraph(const LayoutRequest &request)
{
    LayoutResult out;
    const qsizetype n = request.nodes.size();
    out.centers.resize(n);
    out.paths.resize(request.edges.size());
    out.arrowFrom.resize(request.edges.size());
    out.arrowTo.resize(request.edges.size());
    if (n == 0)
        return out;

    // Shared with the reports' lineage figure (Graphviz global state).
    QMutexLocker locker(&ab::graphvizLock());
    GVC_t *gvc = gvContext();
    Agraph_t *g = agopen(cstr("lineage"), Agdirected, nullptr);
    setAttr(g, "rankdir", "LR");
    setAttr(g, "nodesep", "0.25");
    setAttr(g, "ranksep", "1.1");
    setAttr(g, "splines", "spline");
    QVector<Agnode_t *> nodes(n);
    for (qsizetype i = 0; i < n; ++i) {
        const QByteArray name = QByteArray::number(i);
        nodes[i] = agnode(g, const_cast<char *>(name.constData()), 1);
        setAttr(nodes[i], "shape", "box");
        setAttr(nodes[i], "fixedsize", "true");
        setAttr(nodes[i], "label", "");
        setAttr(nodes[i], "width",
                QByteArray::number(request.nodes[i].width() / kPointsPerInch, 'f', 3));
        setAttr(nodes[i], "height",
                QByteArray::number(request.nodes[i].height() / kPointsPerInch, 'f', 3));
    }
    QVector<Agedge_t *> edges;
    for (const auto &[from, to] : request.edges)
        edges.push_back(agedge(g, nodes.value(from), nodes.value(to), nullptr, 1));

    if (gvLayout(gvc, g, "dot") != 0) {
        out.error =
            QCoreApplication::translate("GraphLayout", "Graphviz could not lay out the graph");
    } else {
        for (qsizetype i = 0; i < n; ++i)
            out.centers[i] = toScene(ND_coord(nodes[i]));
        for (qsizetype i = 0; i < edges.size(); ++i) {
            if (edges[i])
                readEdge(edges[i], out, int(i));
        }
        const boxf bb = GD_bb(g);
        out.bounds = QRectF(QPointF(bb.LL.x, -bb.UR.y), QPointF(bb.UR.x, -bb.LL.y));
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    gvFreeContext(gvc);
    return out;
}

} // namespace ab::ui
