#include "complaintspage.h"

#include "complaintdetailpane.h"
#include "complaintsmodel.h"
#include "lineage/lineagepage.h"
#include "workspace/workspace.h"

#include <QLocale>
#include <QTableView>

namespace ab::ui {

ComplaintsPage::ComplaintsPage(QWidget *parent)
    : ListPage(new ComplaintsModel, QStringLiteral("complaintsTable"), parent),
      m_detail(new ComplaintDetailPane(this))
{
    setDetail(m_detail);
    QTableView *t = table();
    const int chars = t->fontMetrics().averageCharWidth();
    for (auto [column, width] : {std::pair{ComplaintsModel::ReceivedAt, 17},
                                 {ComplaintsModel::Id, 12},
                                 {ComplaintsModel::Channel, 12},
                                 {ComplaintsModel::Kind, 18},
                                 {ComplaintsModel::Status, 11},
                                 {ComplaintsModel::Severity, 9},
                                 {ComplaintsModel::Request, 10},
                                 {ComplaintsModel::Deadline, 20},
                                 {ComplaintsModel::Generations, 6}})
        t->setColumnWidth(column, width * chars + 16);
    connect(m_detail, &ComplaintDetailPane::traceRequested, this, [this](const QString &id) {
        LineagePage::showTrace(this, QStringLiteral("complaint"), id);
    });
    connect(m_detail, &ComplaintDetailPane::revealRequested, this, [this](const QString &id) {
        if (revealPersonalInfo(QStringLiteral("complaint"), id))
            m_detail->showRevealed();
    });
}

void ComplaintsPage::setWorkspace(Workspace *workspace)
{
    if (workspace)
        m_detail->setTimeZone(workspace->settings().timeZone());
    ListPage::setWorkspace(workspace);
    m_detail->setRevealAllowed(mayRevealPersonalInfo());
}

void ComplaintsPage::showItem(const QString &id)
{
    if (id.isEmpty() || !workspace()) {
        m_detail->showDetail(std::nullopt, {});
        return;
    }
    auto detail = ItemDetails::complaint(workspace()->db(), id,
                                         BrowseContext::forWorkspace(workspace()->settings()));
    if (!detail) {
        m_detail->showMessage(detail.error().toString());
        return;
    }
    m_detail->showDetail(*detail, SearchTerms::parse(model()->filter().search).all());
}

void ComplaintsPage::focusDetail()
{
    m_detail->findChild<QWidget *>(QStringLiteral("detailText"))->setFocus();
}

QString ComplaintsPage::countText(qint64 count, bool complete) const
{
    const QString n = QLocale().toString(count);
    return complete ? tr("%1 complaints").arg(n) : tr("≥ %1 complaints (counting…)").arg(n);
}

} // namespace ab::ui
