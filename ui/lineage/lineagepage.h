#pragma once

#include "common/sectionpage.h"
#include "lineage/lineagegraph.h"
#include "lineage/lineagetrace.h"

#include <QFutureWatcher>
#include <QSet>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTextBrowser;

namespace ab::ui {

class LineageScene;
class LineageView;
struct LineageLaidOut;

// The Lineage section: datasets, their derived-from edges, training edges
// into model versions and base-model edges, laid out in layers by Graphviz.
// Zoom, pan, fit, find a node, focus on a node's neighbourhood; the selected
// node's card on the right; trace an item back to its data, or a dataset
// forward to what it reached.
class LineagePage : public SectionPage
{
    Q_OBJECT
public:
    explicit LineagePage(QWidget *parent = nullptr);
    ~LineagePage() override;
    void setWorkspace(Workspace *workspace) override;

    // Shows the Lineage section of the window holding `from` with the trace
    // of a generation or complaint ("generation" | "complaint").
    static void showTrace(QWidget *from, const QString &kind, const QString &id);
    void trace(const QString &kind, const QString &id);
    void showImpact(const QString &datasetId);
    void focusOn(const QString &key, int hops);
    void showAll();
    bool findNode(const QString &text);

    bool layingOut() const;
    LineageScene *scene() const { return m_scene; }
    const std::optional<TraceResult> &lastTrace() const { return m_trace; }
    const std::optional<ImpactResult> &lastImpact() const { return m_impact; }

signals:
    void layoutFinished();
    void impactFinished();

private:
    void reload();
    void relayout(const QSet<QString> &only);
    void onLaidOut();
    void showCard(const QString &key);
    void applyHighlight();
    QString datasetCard(const DatasetNode &d) const;
    QString modelCard(const ModelNode &m) const;

    Workspace *m_workspace = nullptr;
    LineageGraph m_graph;
    QComboBox *m_provider;
    QLineEdit *m_search;
    QSpinBox *m_hops;
    QLabel *m_status;
    QTextBrowser *m_card;
    LineageScene *m_scene;
    LineageView *m_view;
    QFutureWatcher<LineageLaidOut> *m_layoutWatcher;
    QFutureWatcher<Result<ImpactResult>> *m_impactWatcher;
    QSet<QString> m_highlight;
    std::optional<TraceResult> m_trace;
    std::optional<ImpactResult> m_impact;
    QString m_pendingFocus; // node to centre once the layout is in
};

} // namespace ab::ui
