#include "reports/lineagefigure.h"

#include "lineage/lineagegraph.h"
#include "privacy/piimasker.h"
#include "reports/pdfreportwriter.h"
#include "reports/reporttext.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QPainter>
#include <QPainterPath>
#include <QPicture>
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

// The laid-out graph drawn with QPainter in the SVG's units (points, the
// graph's box plus Graphviz's 4-point pad, y downwards), so that the PDF
// can replay it with its labels as text.
QByteArray drawPicture(Agraph_t *g, const QVector<Node> &nodes)
{
    constexpr double kPad = 4;
    const boxf box = GD_bb(g);
    const auto at = [&](pointf p) {
        return QPointF(p.x - box.LL.x + kPad, box.UR.y - p.y + kPad);
    };
    QPicture picture;
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    // The report's face, sized in the picture's pixels: 9 of them are the
    // SVG's 9-point labels.
    QFont font = PdfReportWriter::reportFont(9);
    font.setPixelSize(9);
    painter.setFont(font);
    // Edges first, under the boxes.
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
            const splines *spl = ED_spl(e);
            if (!spl)
                continue;
            const char *style = agget(e, cstr("style"));
            painter.setPen(
                QPen(Qt::black, 1,
                     style && qstrcmp(style, "dashed") == 0 ? Qt::DashLine : Qt::SolidLine));
            for (int b = 0; b < spl->size; ++b) {
                const bezier &bz = spl->list[b];
                if (bz.size < 1)
                    continue;
                QPainterPath path(at(bz.list[0]));
                for (int i = 1; i + 2 < bz.size; i += 3)
                    path.cubicTo(at(bz.list[i]), at(bz.list[i + 1]), at(bz.list[i + 2]));
                painter.setBrush(Qt::NoBrush);
                painter.drawPath(path);
                if (!bz.eflag)
                    continue;
                // The arrowhead: from the curve's end to the edge's end point.
                const QPointF tip = at(bz.ep), base = at(bz.list[bz.size - 1]);
                const QPointF along = tip - base;
                const QPointF across(-along.y() * 0.35, along.x() * 0.35);
                painter.setPen(QPen(Qt::black, 1));
                painter.setBrush(Qt::black);
                painter.drawPolygon(QPolygonF{tip, base + across, base - across});
            }
        }
    }
    painter.setPen(QPen(Qt::black, 1));
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        const Node &node = nodes.at(QByteArray(agnameof(n)).toInt());
        const QSizeF size(ND_width(n) * 72.0, ND_height(n) * 72.0);
        const QRectF rect(at(ND_coord(n)) - QPointF(size.width() / 2, size.height() / 2), size);
        painter.setBrush(QColor(node.model ? 0xdbe8f7 : 0xf2f2f2));
        if (node.model)
            painter.drawRoundedRect(rect, 4, 4);
        else
            painter.drawRect(rect);
        painter.drawText(rect, Qt::AlignCenter, node.label);
    }
    painter.end();
    return QByteArray(picture.data(), qsizetype(picture.size()));
}

LineageFigure::Figure layout(const QVector<Node> &nodes, const LineageGraph &graph)
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
    LineageFigure::Figure drawn;
    if (gvLayout(gvc, g, "dot") == 0) {
        char *data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(gvc, g, "svg", &data, &length) == 0 && data)
            svg = QByteArray(data, qsizetype(length));
        gvFreeRenderData(data);
        drawn.picture = drawPicture(g, nodes);
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    gvFreeContext(gvc);
    // From the <svg> element on: the figure goes inline into HTML.
    if (const qsizetype start = svg.indexOf("<svg"); start >= 0)
        drawn.svg = svg.mid(start);
    return drawn;
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
    const Figure drawn = layout(nodes, graph);
    figure.svg = drawn.svg;
    figure.picture = drawn.picture;
    if (figure.svg.isEmpty())
        return Error{
            QCoreApplication::translate("Reports", "Graphviz could not draw the lineage figure."),
            {},
            0,
            QStringLiteral("lineage")};
    return figure;
}

} // namespace ab
