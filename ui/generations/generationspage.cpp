#include "generationspage.h"

#include "browse/filterbar.h"
#include "generationdetailpane.h"
#include "generationsmodel.h"
#include "lineage/lineagepage.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace ab::ui {

GenerationsPage::GenerationsPage(QWidget *parent)
    : ListPage(new GenerationsModel, QStringLiteral("generationsTable"), parent),
      m_detail(new GenerationDetailPane(this))
{
    setDetail(m_detail);
    QTableView *t = table();
    const int chars = t->fontMetrics().averageCharWidth();
    for (auto [column, width] : {std::pair{GenerationsModel::FlaggedAt, 17},
                                 {GenerationsModel::Id, 12},
                                 {GenerationsModel::Provider, 14},
                                 {GenerationsModel::Model, 16},
                                 {GenerationsModel::Category, 26},
                                 {GenerationsModel::Severity, 9},
                                 {GenerationsModel::FlagSource, 14},
                                 {GenerationsModel::Modality, 8},
                                 {GenerationsModel::Deadline, 20},
                                 {GenerationsModel::Complaints, 6},
                                 {GenerationsModel::Prompt, 40}})
        t->setColumnWidth(column, width * chars + 16);
    t->horizontalHeader()->setSectionHidden(GenerationsModel::Output, true);
    connect(m_detail, &GenerationDetailPane::traceRequested, this, [this](const QString &id) {
        LineagePage::showTrace(this, QStringLiteral("generation"), id);
    });
    connect(m_detail, &GenerationDetailPane::revealRequested, this, [this](const QString &id) {
        if (revealPersonalInfo(QStringLiteral("generation"), id))
            m_detail->showRevealed();
    });
}

void GenerationsPage::setWorkspace(Workspace *workspace)
{
    if (workspace)
        m_detail->setTimeZone(workspace->settings().timeZone());
    ListPage::setWorkspace(workspace);
    m_detail->setRevealAllowed(mayRevealPersonalInfo());
}

void GenerationsPage::showItem(const QString &id)
{
    if (id.isEmpty() || !workspace()) {
        m_detail->showDetail(std::nullopt, {});
        return;
    }
    auto detail = ItemDetails::generation(workspace()->db(), id,
                                          BrowseContext::forWorkspace(workspace()->settings()));
    if (!detail) {
        m_detail->showMessage(detail.error().toString());
        return;
    }
    m_detail->showDetail(*detail, SearchTerms::parse(model()->filter().search).all());
}

void GenerationsPage::focusDetail()
{
    m_detail->findChild<QWidget *>(QStringLiteral("detailOutput"))->setFocus();
}

QString GenerationsPage::countText(qint64 count, bool complete) const
{
    const QString n = QLocale().toString(count);
    return complete ? tr("%1 generations").arg(n) : tr("≥ %1 generations (counting…)").arg(n);
}

} // namespace ab::ui
