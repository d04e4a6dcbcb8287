#include "lineagepage.h"

#include "browse/browsefacets.h"
#include "browse/detailtext.h"
#include "domain/vocabulary.h"
#include "lineagescene.h"
#include "mainwindow/sections.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QGraphicsItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ab::ui {

struct LineageLaidOut
{
    LineageLayoutInput input;
    LayoutResult layout;
};

namespace {

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

QString number(qint64 n)
{
    return n < 0 ? QStringLiteral("—") : QLocale().toString(n);
}

} // namespace

LineagePage::LineagePage(QWidget *parent)
    : SectionPage(parent), m_provider(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_hops(new QSpinBox(this)), m_status(new QLabel(this)), m_card(new QTextBrowser(this)),
      m_scene(new LineageScene(this)), m_view(new LineageView(this)),
      m_layoutWatcher(new QFutureWatcher<LineageLaidOut>(this)),
      m_impactWatcher(new QFutureWatcher<Result<ImpactResult>>(this))
{
    m_provider->setObjectName(QStringLiteral("lineageProvider"));
    // Company names are long; the combo shows the start, the list the rest.
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_provider->setMinimumContentsLength(18);
    m_search->setObjectName(QStringLiteral("lineageSearch"));
    m_search->setPlaceholderText(tr("Find a dataset or model version"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_hops->setObjectName(QStringLiteral("lineageHops"));
    m_hops->setRange(1, 6);
    m_hops->setValue(2);
    m_hops->setPrefix(tr("hops: "));
    m_status->setObjectName(QStringLiteral("lineageStatus"));
    m_status->setWordWrap(true);
    m_card->setObjectName(QStringLiteral("lineageCard"));
    m_view->setObjectName(QStringLiteral("lineageView"));
    m_view->setScene(m_scene);

    auto *find = button(tr("Find"), QStringLiteral("lineageFind"), this);
    auto *fit = button(tr("Fit"), QStringLiteral("lineageFit"), this);
    auto *zoomIn = button(QStringLiteral("+"), QStringLiteral("lineageZoomIn"), this);
    auto *zoomOut = button(QStringLiteral("−"), QStringLiteral("lineageZoomOut"), this);
    auto *focus = button(tr("Focus on selection"), QStringLiteral("lineageFocus"), this);
    auto *all = button(tr("Show all"), QStringLiteral("lineageShowAll"), this);
    auto *impact = button(tr("Impact of dataset"), QStringLiteral("lineageImpact"), this);
    auto *clear = button(tr("Clear highlight"), QStringLiteral("lineageClear"), this);
    for (QPushButton *b : {zoomIn, zoomOut})
        b->setFixedWidth(b->fontMetrics().height() * 2);
    impact->setEnabled(false);

    connect(m_provider, &QComboBox::activated, this, [this] { reload(); });
    connect(find, &QPushButton::clicked, this, [this] { findNode(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNode(m_search->text()); });
    connect(fit, &QPushButton::clicked, m_view, &LineageView::fitAll);
    connect(zoomIn, &QPushButton::clicked, m_view, [this] { m_view->zoomBy(1.25); });
    connect(zoomOut, &QPushButton::clicked, m_view, [this] { m_view->zoomBy(0.8); });
    connect(focus, &QPushButton::clicked, this, [this] {
        const QString key = m_scene->selectedKey();
        if (!key.isEmpty())
            focusOn(key, m_hops->value());
    });
    connect(all, &QPushButton::clicked, this, &LineagePage::showAll);
    connect(impact, &QPushButton::clicked, this, [this] {
        const QString key = m_scene->selectedKey();
        if (key.startsWith(QLatin1String("dataset:")))
            showImpact(key.mid(8));
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_trace.reset();
        m_impact.reset();
        m_highlight.clear();
        applyHighlight();
        m_status->clear();
    });
    connect(m_scene, &LineageScene::nodeActivated, this, [this, impact](const QString &key) {
        impact->setEnabled(key.startsWith(QLatin1String("dataset:")));
        showCard(key);
    });
    connect(m_layoutWatcher, &QFutureWatcher<LineageLaidOut>::finished, this,
            &LineagePage::onLaidOut);
    connect(m_impactWatcher, &QFutureWatcher<Result<ImpactResult>>::finished, this, [this] {
        const Result<ImpactResult> r = m_impactWatcher->result();
        if (!r) {
            m_status->setText(r.error().toString());
        } else {
            m_impact = r.value();
            m_trace.reset();
            applyHighlight();
            showCard(datasetKey(r.value().datasetId));
        }
        emit impactFinished();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Provider:"), this));
    bar->addWidget(m_provider);
    bar->addWidget(m_search, 1);
    for (QWidget *w : std::initializer_list<QWidget *>{find, fit, zoomIn, zoomOut, m_hops, focus,
                                                       all, impact, clear})
        bar->addWidget(w);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_card);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setChildrenCollapsible(false);
    m_card->setMinimumWidth(280);
    split->setSizes({1000, 340});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
}

LineagePage::~LineagePage()
{
    m_layoutWatcher->waitForFinished();
    m_impactWatcher->waitForFinished();
}

void LineagePage::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_trace.reset();
    m_impact.reset();
    m_highlight.clear();
    m_provider->clear();
    m_provider->addItem(tr("All providers"), QString());
    if (workspace) {
        auto facets = BrowseFacets::load(workspace->db());
        const bool zh = QLocale().language() == QLocale::Chinese;
        if (facets) {
            for (const FacetProvider &p : facets->providers)
                m_provider->addItem(zh ? p.name : p.nameEn, p.id);
        }
    }
    reload();
}

void LineagePage::reload()
{
    m_graph = LineageGraph();
    m_card->clear();
    if (m_workspace) {
        auto graph = LineageGraph::load(m_workspace->db(), m_provider->currentData().toString());
        if (graph)
            m_graph = std::move(*graph);
        else
            m_status->setText(graph.error().toString());
    }
    relayout({});
}

bool LineagePage::layingOut() const
{
    return m_layoutWatcher->isRunning();
}

void LineagePage::relayout(const QSet<QString> &only)
{
    LineageLayoutInput input = LineageLayoutInput::of(m_graph, only);
    // Graphviz works off the UI thread; at 500 nodes it takes a moment.
    m_layoutWatcher->setFuture(QtConcurrent::run([input = std::move(input)]() mutable {
        LineageLaidOut out{std::move(input), {}};
        out.layout = layoutGraph(out.input.request);
        return out;
    }));
}

void LineagePage::onLaidOut()
{
    const LineageLaidOut result = m_layoutWatcher->result();
    if (!result.layout.error.isEmpty())
        m_status->setText(result.layout.error);
    m_scene->populate(m_graph, result.input, result.layout);
    applyHighlight();
    if (!m_pendingFocus.isEmpty() && m_scene->itemFor(m_pendingFocus)) {
        m_scene->itemFor(m_pendingFocus)->setSelected(true);
        m_view->fitItems({m_scene->itemFor(m_pendingFocus)});
        m_pendingFocus.clear();
    } else if (!m_highlight.isEmpty()) {
        QList<QGraphicsItem *> items;
        for (const QString &k : std::as_const(m_highlight)) {
            if (QGraphicsItem *i = m_scene->itemFor(k))
                items.push_back(i);
        }
        m_view->fitItems(items);
    } else {
        m_view->fitAll();
    }
    emit layoutFinished();
}

void LineagePage::applyHighlight()
{
    m_highlight.clear();
    if (m_trace) {
        for (const QString &m : std::as_const(m_trace->modelVersions))
            m_highlight.insert(modelKey(m));
        for (const QString &d : std::as_const(m_trace->datasets))
            m_highlight.insert(datasetKey(d));
    } else if (m_impact) {
        for (const QString &m : std::as_const(m_impact->modelVersions))
            m_highlight.insert(modelKey(m));
        for (const QString &d : std::as_const(m_impact->datasets))
            m_highlight.insert(datasetKey(d));
    }
    m_scene->highlight(m_highlight);
}

void LineagePage::showTrace(QWidget *from, const QString &kind, const QString &id)
{
    QWidget *top = from->window();
    if (auto *list = top->findChild<QListWidget *>(QStringLiteral("sectionList")))
        list->setCurrentRow(int(Section::Lineage));
    if (auto *page = top->findChild<LineagePage *>(QStringLiteral("lineagePage")))
        page->trace(kind, id);
}

void LineagePage::trace(const QString &kind, const QString &id)
{
    if (!m_workspace)
        return;
    auto t = kind == QLatin1String("complaint")
                 ? LineageTrace::fromComplaint(m_workspace->db(), id)
                 : LineageTrace::fromGeneration(m_workspace->db(), id);
    if (!t) {
        m_status->setText(t.error().toString());
        return;
    }
    m_trace = *t;
    m_impact.reset();
    m_status->setText(tr("Trace of %1: %2 model versions, %3 datasets, %4 over the 5 % sampling "
                         "threshold.")
                          .arg(id)
                          .arg(t->modelVersions.size())
                          .arg(t->datasets.size())
                          .arg(t->flaggedDatasets.size()));
    // A trace crosses providers (shared corpora, another's base model).
    if (!m_provider->currentData().toString().isEmpty()) {
        m_provider->setCurrentIndex(0);
        reload();
        return; // highlighted once laid out
    }
    applyHighlight();
    QList<QGraphicsItem *> items;
    for (const QString &k : std::as_const(m_highlight)) {
        if (QGraphicsItem *i = m_scene->itemFor(k))
            items.push_back(i);
    }
    m_view->fitItems(items);
}

void LineagePage::showImpact(const QString &datasetId)
{
    if (!m_workspace)
        return;
    const QString path = m_workspace->path();
    const BrowseContext context = BrowseContext::forWorkspace(m_workspace->settings());
    m_status->setText(tr("Counting what %1 reached…").arg(datasetId));
    m_impactWatcher->setFuture(
        QtConcurrent::run([path, datasetId, context]() -> Result<ImpactResult> {
            auto db = Database::open(path); // a connection of this thread's own
            if (!db)
                return db.error();
            return LineageTrace::impactOfDataset(**db, datasetId, context);
        }));
}

void LineagePage::focusOn(const QString &key, int hops)
{
    m_pendingFocus = key;
    relayout(m_graph.neighbourhood(key, hops));
}

void LineagePage::showAll()
{
    m_pendingFocus = m_scene->selectedKey();
    relayout({});
}

bool LineagePage::findNode(const QString &text)
{
    const QStringList hits = m_scene->find(text);
    if (hits.isEmpty()) {
        m_status->setText(tr("No node matches \"%1\".").arg(text));
        return false;
    }
    m_scene->clearSelection();
    QGraphicsItem *item = m_scene->itemFor(hits.first());
    item->setSelected(true);
    m_view->centerOn(item);
    if (m_view->zoom() < 0.6)
        m_view->zoomBy(0.8 / m_view->zoom());
    m_status->setText(hits.size() == 1 ? QString()
                                       : tr("%1 nodes match; showing the first.").arg(hits.size()));
    return true;
}

void LineagePage::showCard(const QString &key)
{
    if (key.startsWith(QLatin1String("dataset:"))) {
        if (const DatasetNode *d = m_graph.dataset(key.mid(8)))
            m_card->setHtml(datasetCard(*d));
    } else if (const ModelNode *m = m_graph.model(key.mid(6))) {
        m_card->setHtml(modelCard(*m));
    }
}

QString LineagePage::datasetCard(const DatasetNode &d) const
{
    QString h = QStringLiteral("<h3>") + d.name.toHtmlEscaped() + QStringLiteral("</h3><table>");
    h += htmlRow(tr("ID"), d.id);
    h += htmlRow(tr("Stage"), Vocab::label(Vocabulary::DatasetStage, d.stage));
    h += htmlRow(tr("Source type"), Vocab::label(Vocabulary::SourceType, d.sourceType));
    h += htmlRow(tr("Source"), d.source);
    h += htmlRow(tr("Licence"), orDash(d.license));
    h += htmlRow(tr("Legal basis"), orDash(d.legalBasis));
    h += htmlRow(tr("Personal information"), d.personalInfo ? tr("yes") : tr("no"));
    h += htmlRow(tr("Consent basis"), orDash(d.consentBasis));
    h += htmlRow(tr("Collected"),
                 orDash(d.collectedFrom) + QStringLiteral(" – ") + orDash(d.collectedTo));
    h += htmlRow(tr("Items"), number(d.items));
    h += htmlRow(tr("Tokens"), number(d.tokens));
    if (const auto share = d.flaggedShare()) {
        const QString text = tr("%1 of %2 sampled flagged (%3 %)")
                                 .arg(number(d.sampledFlagged), number(d.sampledItems),
                                      QLocale().toString(*share * 100, 'f', 2));
        h += QStringLiteral("<tr><td style='color:#555; padding-right:10px'>") +
             tr("Sampling").toHtmlEscaped() + QStringLiteral("</td><td style='color:") +
             (d.overThreshold() ? QStringLiteral("#c62828; font-weight:bold'>")
                                : QStringLiteral("#2e7d32'>")) +
             text.toHtmlEscaped() +
             (d.overThreshold() ? QStringLiteral("<br/>") +
                                      tr("over the 5 % threshold of TC260-003").toHtmlEscaped()
                                : QString()) +
             QStringLiteral("</td></tr>");
    } else {
        h += htmlRow(tr("Sampling"), tr("not sampled"));
    }
    h += htmlRow(tr("SHA-256"), orDash(d.sha256));
    h += QStringLiteral("</table>");
    if (m_impact && m_impact->datasetId == d.id) {
        h += QStringLiteral("<h4>") + tr("Impact").toHtmlEscaped() + QStringLiteral("</h4><table>");
        h += htmlRow(tr("Derived datasets"), QString::number(m_impact->datasets.size() - 1));
        h += htmlRow(tr("Open flagged generations"), number(m_impact->openGenerations));
        h += htmlRow(tr("Open complaints"), number(m_impact->openComplaints));
        for (const ModelImpact &m : m_impact->models)
            h += htmlRow(m.label, tr("%1 open generations, %2 open complaints")
                                      .arg(number(m.openGenerations), number(m.openComplaints)));
        h += QStringLiteral("</table>");
    }
    return h;
}

QString LineagePage::modelCard(const ModelNode &m) const
{
    QString h = QStringLiteral("<h3>") +
                QString(m.name + QLatin1Char(' ') + m.version).toHtmlEscaped() +
                QStringLiteral("</h3><table>");
    h += htmlRow(tr("ID"), m.id);
    h += htmlRow(tr("Released"), m.released);
    h += htmlRow(tr("Filing number"), orDash(m.filingNo));
    const ModelNode *base = m.baseModel.isEmpty() ? nullptr : m_graph.model(m.baseModel);
    h += htmlRow(tr("Base model"),
                 base ? base->name + QLatin1Char(' ') + base->version : orDash(m.baseModel));
    h += htmlSection(tr("Datasets trained into it"));
    for (const QString &id : m_graph.datasetsOf(m.id)) {
        const DatasetNode *d = m_graph.dataset(id);
        h += htmlRow(id, d ? d->name : QString());
    }
    return h + QStringLiteral("</table>");
}

} // namespace ab::ui
