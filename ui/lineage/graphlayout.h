#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>
#include <utility>

namespace ab::ui {

// A directed graph to lay out: node sizes in pixels, edges by node index.
struct LayoutRequest
{
    QVector<QSizeF> nodes;
    QVector<std::pair<int, int>> edges;
};

// Where Graphviz put things, in scene pixels (y grows downwards).
struct LayoutResult
{
    QVector<QPointF> centers;    // per node
    QVector<QPainterPath> paths; // per edge, the spline from tail to head
    QVector<QPointF> arrowFrom;  // per edge, the two points of its arrowhead
    QVector<QPointF> arrowTo;
    QRectF bounds;
    QString error; // empty on success
};

// Layered layout of a directed graph with Graphviz's `dot` (left to right,
// spline edges routed around nodes). Graphviz keeps global state, so calls
// are serialised; a call may run on any thread.
LayoutResult layoutGraph(const LayoutRequest &request);

} // namespace ab::ui
