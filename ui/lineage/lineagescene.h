#pragma once

#include "graphlayout.h"
#include "lineage/lineagegraph.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHash>
#include <QSet>

namespace ab::ui {

class LineageNodeItem;

// What to lay out: the nodes of a graph (all, or a neighbourhood) and the
// edges between them, as a Graphviz request.
struct LineageLayoutInput
{
    QStringList keys; // node keys, in request order
    QVector<LineageEdge> edges;
    LayoutRequest request;

    static LineageLayoutInput of(const LineageGraph &graph, const QSet<QString> &only = {});
};

// The lineage graph drawn: a card per dataset and model version, spline
// edges with arrowheads. Traced or searched nodes are highlighted and the
// rest dimmed.
class LineageScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit LineageScene(QObject *parent = nullptr);

    static QSizeF nodeSize(bool dataset);
    void populate(const LineageGraph &graph, const LineageLayoutInput &input,
                  const LayoutResult &layout);
    // Highlights `nodes` and the edges between them; empty: no highlight.
    void highlight(const QSet<QString> &nodes);
    QGraphicsItem *itemFor(const QString &key) const;
    QStringList keys() const { return m_items.keys(); }
    QString selectedKey() const;
    // Node keys whose id or name contains `text` (case-insensitive).
    QStringList find(const QString &text) const;

signals:
    void nodeActivated(const QString &key);

private:
    QHash<QString, LineageNodeItem *> m_items;
    QVector<std::pair<LineageEdge, QVector<QGraphicsItem *>>> m_edges;
    QHash<QString, QString> m_searchText; // key -> "id name", lower case
};

// Zoom with the wheel, pan by dragging, fit on request.
class LineageView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit LineageView(QWidget *parent = nullptr);
    void zoomBy(double factor);
    void fitAll();
    void fitItems(const QList<QGraphicsItem *> &items);
    double zoom() const { return transform().m11(); }

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitRect(const QRectF &rect);

    // The last fit asked for, applied again when the view changes size (a
    // layout that finishes while the section is hidden is fitted to a view
    // of no size) until the user zooms or pans.
    QRectF m_fitted;
    bool m_keepFitted = false;
};

} // namespace ab::ui
