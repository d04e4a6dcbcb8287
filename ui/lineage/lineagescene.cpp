#include "lineagescene.h"

#include "domain/vocabulary.h"

#include <QCoreApplication>
#include <QGraphicsPathItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsSceneMouseEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>
#include <cmath>

namespace ab::ui {

namespace {

QColor stageColour(const QString &stage)
{
    if (stage == QLatin1String("pretrain"))
        return QColor(0xdc, 0xe9, 0xf7);
    if (stage == QLatin1String("finetune"))
        return QColor(0xdf, 0xf1, 0xdc);
    if (stage == QLatin1String("alignment"))
        return QColor(0xec, 0xe2, 0xf5);
    return QColor(0xee, 0xee, 0xee);
}

const QColor kModelColour(0xfd, 0xe8, 0xcc);
const QColor kAlarm(0xc6, 0x28, 0x28);

} // namespace

// One card: title, a line of kind, and for a dataset its sampling result
// (red over the TC260-003 threshold).
class LineageNodeItem : public QGraphicsItem
{
public:
    LineageNodeItem(QString key, QString title, QString subtitle, QString share, bool alarm,
                    QColor fill, QSizeF size)
        : m_key(std::move(key)), m_title(std::move(title)), m_subtitle(std::move(subtitle)),
          m_share(std::move(share)), m_alarm(alarm), m_fill(fill), m_size(size)
    {
        setFlag(ItemIsSelectable);
        setToolTip(m_title);
    }

    QRectF boundingRect() const override
    {
        return QRectF(-m_size.width() / 2, -m_size.height() / 2, m_size.width(), m_size.height())
            .adjusted(-2, -2, 2, 2);
    }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QRectF r = boundingRect().adjusted(2, 2, -2, -2);
        p->setRenderHint(QPainter::Antialiasing);
        QPen pen(isSelected() ? QColor(0x15, 0x65, 0xc0)
                              : (m_alarm ? kAlarm : QColor(0x88, 0x88, 0x88)));
        pen.setWidthF(isSelected() || m_highlight ? 2.5 : 1.0);
        p->setPen(pen);
        p->setBrush(m_fill);
        p->drawRoundedRect(r, 6, 6);
        const QRectF text = r.adjusted(8, 4, -8, -4);
        QFont f = p->font();
        f.setPointSizeF(9);
        f.setBold(true);
        p->setFont(f);
        p->setPen(Qt::black);
        const QFontMetricsF fm(f);
        p->drawText(text.topLeft() + QPointF(0, fm.ascent()),
                    fm.elidedText(m_title, Qt::ElideRight, text.width()));
        f.setBold(false);
        f.setPointSizeF(8);
        p->setFont(f);
        const QFontMetricsF small(f);
        const double line2 = text.top() + fm.height() + small.ascent() + 1;
        p->setPen(QColor(0x44, 0x44, 0x44));
        p->drawText(QPointF(text.left(), line2),
                    small.elidedText(m_subtitle, Qt::ElideRight, text.width()));
        if (!m_share.isEmpty()) {
            p->setPen(m_alarm ? kAlarm : QColor(0x2e, 0x7d, 0x32));
            f.setBold(m_alarm);
            p->setFont(f);
            p->drawText(QPointF(text.left(), line2 + small.height()), m_share);
        }
    }

    void setHighlight(bool on)
    {
        m_highlight = on;
        update();
    }
    const QString &key() const { return m_key; }

private:
    QString m_key;
    QString m_title;
    QString m_subtitle;
    QString m_share;
    bool m_alarm;
    QColor m_fill;
    QSizeF m_size;
    bool m_highlight = false;
};

LineageLayoutInput LineageLayoutInput::of(const LineageGraph &graph, const QSet<QString> &only)
{
    LineageLayoutInput in;
    QHash<QString, int> index;
    auto addNode = [&](const QString &key, bool dataset) {
        if (!only.isEmpty() && !only.contains(key))
            return;
        index.insert(key, int(in.keys.size()));
        in.keys.push_back(key);
        in.request.nodes.push_back(LineageScene::nodeSize(dataset));
    };
    for (const DatasetNode &d : graph.datasets())
        addNode(datasetKey(d.id), true);
    for (const ModelNode &m : graph.models())
        addNode(modelKey(m.id), false);
    for (const LineageEdge &e : graph.edges()) {
        if (index.contains(e.from) && index.contains(e.to)) {
            in.edges.push_back(e);
            in.request.edges.push_back({index.value(e.from), index.value(e.to)});
        }
    }
    return in;
}

LineageScene::LineageScene(QObject *parent) : QGraphicsScene(parent)
{
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        const QString key = selectedKey();
        if (!key.isEmpty())
            emit nodeActivated(key);
    });
}

QSizeF LineageScene::nodeSize(bool dataset)
{
    return dataset ? QSizeF(230, 62) : QSizeF(200, 48);
}

void LineageScene::populate(const LineageGraph &graph, const LineageLayoutInput &input,
                            const LayoutResult &layout)
{
    clear();
    m_items.clear();
    m_edges.clear();
    m_searchText.clear();
    for (qsizetype i = 0; i < input.keys.size(); ++i) {
        const QString &key = input.keys.at(i);
        LineageNodeItem *item = nullptr;
        if (key.startsWith(QLatin1String("dataset:"))) {
            const DatasetNode *d = graph.dataset(key.mid(8));
            const auto share = d->flaggedShare();
            const QString shareText =
                share ? QCoreApplication::translate("LineageScene", "sample flagged %1 %")
                            .arg(QLocale().toString(*share * 100, 'f', 1))
                      : QString();
            item = new LineageNodeItem(
                key, d->name,
                Vocab::label(Vocabulary::DatasetStage, d->stage) + QStringLiteral(" · ") +
                    Vocab::label(Vocabulary::SourceType, d->sourceType),
                shareText, d->overThreshold(), stageColour(d->stage), nodeSize(true));
            m_searchText.insert(key, QString(d->id + QLatin1Char(' ') + d->name).toLower());
        } else {
            const ModelNode *m = graph.model(key.mid(6));
            item = new LineageNodeItem(
                key, m->name + QLatin1Char(' ') + m->version,
                QCoreApplication::translate("LineageScene", "model version · released %1")
                    .arg(m->released),
                QString(), false, kModelColour, nodeSize(false));
            m_searchText.insert(
                key, QString(m->id + QLatin1Char(' ') + m->name + QLatin1Char(' ') + m->version)
                         .toLower());
        }
        item->setPos(layout.centers.value(i));
        item->setZValue(1);
        addItem(item);
        m_items.insert(key, item);
    }
    for (qsizetype i = 0; i < input.edges.size(); ++i) {
        const LineageEdge &e = input.edges.at(i);
        QPen pen(e.kind == LineageEdge::Kind::BaseModel ? QColor(0xe6, 0x51, 0x00)
                                                        : QColor(0x60, 0x60, 0x60));
        pen.setWidthF(1.2);
        if (e.kind == LineageEdge::Kind::DerivedFrom)
            pen.setStyle(Qt::DashLine);
        auto *path = addPath(layout.paths.value(i), pen);
        const QPointF tip = layout.arrowTo.value(i);
        const QPointF from = layout.arrowFrom.value(i);
        const QLineF dir(tip, from);
        const QLineF unit = dir.length() > 0 ? dir.unitVector() : QLineF(tip, tip + QPointF(-1, 0));
        const QPointF back = tip + (unit.p2() - unit.p1()) * 9;
        const QPointF normal(-(unit.p2() - unit.p1()).y() * 4, (unit.p2() - unit.p1()).x() * 4);
        auto *arrow = addPolygon(QPolygonF{tip, back + normal, back - normal}, pen.color(),
                                 QBrush(pen.color()));
        m_edges.push_back({e, {path, arrow}});
    }
    setSceneRect(layout.bounds.adjusted(-40, -40, 40, 40));
}

void LineageScene::highlight(const QSet<QString> &nodes)
{
    const bool any = !nodes.isEmpty();
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const bool on = nodes.contains(it.key());
        it.value()->setOpacity(!any || on ? 1.0 : 0.25);
        it.value()->setHighlight(any && on);
    }
    for (const auto &[edge, items] : std::as_const(m_edges)) {
        const bool on = nodes.contains(edge.from) && nodes.contains(edge.to);
        for (QGraphicsItem *item : items)
            item->setOpacity(!any || on ? 1.0 : 0.15);
    }
}

QGraphicsItem *LineageScene::itemFor(const QString &key) const
{
    return m_items.value(key);
}

QString LineageScene::selectedKey() const
{
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *i : items) {
        if (auto *node = dynamic_cast<LineageNodeItem *>(i))
            return node->key();
    }
    return {};
}

QStringList LineageScene::find(const QString &text) const
{
    QStringList out;
    const QString needle = text.trimmed().toLower();
    if (needle.isEmpty())
        return out;
    for (auto it = m_searchText.cbegin(); it != m_searchText.cend(); ++it) {
        if (it.value().contains(needle))
            out.push_back(it.key());
    }
    out.sort();
    return out;
}

LineageView::LineageView(QWidget *parent) : QGraphicsView(parent)
{
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
}

void LineageView::zoomBy(double factor)
{
    m_keepFitted = false;
    const double next = std::clamp(zoom() * factor, 0.02, 4.0);
    const double f = next / zoom();
    scale(f, f);
}

void LineageView::fitAll()
{
    if (scene())
        fitRect(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20));
}

void LineageView::fitItems(const QList<QGraphicsItem *> &items)
{
    QRectF r;
    for (QGraphicsItem *i : items)
        r |= i->sceneBoundingRect();
    if (!r.isEmpty())
        fitRect(r.adjusted(-60, -60, 60, 60));
}

void LineageView::fitRect(const QRectF &rect)
{
    if (rect.isEmpty())
        return;
    fitInView(rect, Qt::KeepAspectRatio);
    // A small graph is shown at a readable size, not blown up.
    if (zoom() > 1.2) {
        const double f = 1.2 / zoom();
        scale(f, f);
        centerOn(rect.center());
    }
    m_fitted = rect;
    m_keepFitted = true;
}

void LineageView::mousePressEvent(QMouseEvent *event)
{
    m_keepFitted = false;
    QGraphicsView::mousePressEvent(event);
}

void LineageView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_keepFitted)
        fitRect(m_fitted);
}

void LineageView::wheelEvent(QWheelEvent *event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

} // namespace ab::ui
