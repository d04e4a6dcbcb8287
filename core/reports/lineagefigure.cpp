#include "reports/lineagefigure.h"

#include "lineage/lineagegraph.h"
#include "privacy/piimasker.h"
#include "reports/reporttext.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <graphviz/gvc.h>

namespace ab {

namespace {

char *cstr(const char *s)
{
    return const_cast<char *>(s);
}

void setAttr(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, cstr(name), const_cast<char *>(value.constData()), cstr(""));
}

struct Node
{
    QString key;
    QString label;
    bool model = false;
};

// Width in inches for a label at 9 pt: Graphviz has no metrics for a CJK
// font here, so the box is sized from an estimate (a CJK character is one
// em, anything else about 0.6 em) and the label is centred in it.
double labelInches(const QString &label)
{
    double ems = 0;
    for (QChar c : label)
        ems += c.unicode() >= 0x2E80 ? 1.0 : 0.6;
    return qMax(0.8, (ems * 9.0 + 16.0) / 72.0);
}

QByteArray escaped(const QString &label)
{
    // Graphviz reads backslash escapes in labels.
    QString s = label;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return s.toUtf8();
}

// Model versions first, then datasets training a kept model, then the rest.
QVector<Node> pickNodes(const LineageGraph &graph, bool masked, int *total)
{
    const auto show = [masked](const QString &s) {
        return masked ? PiiMasker::mask(s) : s;
    };
    QVector<Node> nodes;
    for (const ModelNode &m : graph.models())
        nodes.push_back({modelKey(m.id), show(m.name + QLatin1Char(' ') + m.version), true});
    QSet<QString> training;
    for (const LineageEdge &e : graph.edges())
        if (e.kind == LineageEdge::Kind::Training)
            training.insert(e.from);
    QVector<Node> later;
    for (const DatasetNode &d : graph.datasets()) {
        Node n{datasetKey(d.id), show(d.name), false};
        (training.contains(n.key) ? nodes : later).push_back(n);
    }
    nodes += later;
    *total = int(nodes.size());
    if (nodes.size() > LineageFigure::kMaxNodes)
        nodes.resize(LineageFigure::kMaxNodes);
    return nodes;
}

QByteArray layoutSvg(const QVector<Node> &nodes, const LineageGraph &graph)
{
    QMutexLocker locker(&graphvizLock());
    GVC_t *gvc = gvContext();
    Agraph_t *g = agopen(cstr("lineage"), Agdirected, nullptr);
    setAttr(g, "rankdir", "LR");
    setAttr(g, "nodesep", "0.2");
    setAttr(g, "ranksep", "0.6");
    QHash<QString, Agnode_t *> byKey;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QByteArray name = QByteArray::number(i);
        Agnode_t *n = agnode(g, const_cast<char *>(name.constData()), 1);
        setAttr(n, "shape", "box");
        setAttr(n, "style", nodes[i].model ? "rounded,filled" : "filled");
        setAttr(n, "fillcolor", nodes[i].model ? "#dbe8f7" : "#f2f2f2");
        setAttr(n, "fontname", "Noto Sans CJK SC");
        setAttr(n, "fontsize", "9");
        setAttr(n, "fixedsize", "true");
        setAttr(n, "height", "0.35");
        setAttr(n, "width", QByteArray::number(labelInches(nodes[i].label), 'f', 2));
        setAttr(n, "label", escaped(nodes[i].label));
        byKey.insert(nodes[i].key, n);
    }
    for (const LineageEdge &e : graph.edges()) {
        Agnode_t *from = byKey.value(e.from);
        Agnode_t *to = byKey.value(e.to);
        if (!from || !to)
            continue;
        Agedge_t *edge = agedge(g, from, to, nullptr, 1);
        if (e.kind == LineageEdge::Kind::BaseModel)
            setAttr(edge, "style", "dashed");
    }
    QByteArray svg;
    if (gvLayout(gvc, g, "dot") == 0) {
        char *data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(gvc, g, "svg", &data, &length) == 0 && data)
            svg = QByteArray(data, qsizetype(length));
        gvFreeRenderData(data);
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    gvFreeContext(gvc);
    // From the <svg> element on: the figure goes inline into HTML.
    const qsizetype start = svg.indexOf("<svg");
    return start < 0 ? QByteArray() : svg.mid(start);
}

} // namespace

QMutex &graphvizLock()
{
    static QMutex lock;
    return lock;
}

Result<LineageFigure::Figure> LineageFigure::render(const LineageGraph &graph,
                                                    const ReportText &text, bool masked)
{
    Figure figure;
    const QVector<Node> nodes = pickNodes(graph, masked, &figure.total);
    figure.shown = int(nodes.size());
    figure.caption = text.get("Training-data lineage");
    if (figure.shown < figure.total)
        figure.caption += QStringLiteral(" (") +
                          text.get("%1 of %2 nodes shown; every dataset is in the training data "
                                   "table")
                              .arg(figure.shown)
                              .arg(figure.total) +
                          QLatin1Char(')');
    if (nodes.isEmpty())
        return figure;
    figure.svg = layoutSvg(nodes, graph);
    if (figure.svg.isEmpty())
        return Error{
            QCoreApplication::translate("Reports", "Graphviz could not draw the lineage figure."),
            {},
            0,
            QStringLiteral("lineage")};
    return figure;
}

} // namespace ab
