#include "generationspage.h"

#include "common/appsettings.h"
#include "generationsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ab::ui {

namespace {
const QString kHeaderKey = QStringLiteral("generations");
}

GenerationsPage::GenerationsPage(QWidget *parent)
    : SectionPage(parent), m_model(new GenerationsModel(this)), m_table(new QTableView(this))
{
    m_table->setObjectName(QStringLiteral("generationsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    const int chars = m_table->fontMetrics().averageCharWidth();
    for (auto [column, width] : {std::pair{GenerationsModel::FlaggedAt, 17},
                                 {GenerationsModel::Id, 11},
                                 {GenerationsModel::Provider, 16},
                                 {GenerationsModel::Model, 18},
                                 {GenerationsModel::Category, 30},
                                 {GenerationsModel::Severity, 9},
                                 {GenerationsModel::FlagSource, 16},
                                 {GenerationsModel::Modality, 8}})
        m_table->setColumnWidth(column, width * chars + 16);
    m_table->horizontalHeader()->restoreState(AppSettings::instance().headerState(kHeaderKey));

    // Problems reading the list show inline above it, not in a modal box.
    auto *banner = new QLabel(this);
    banner->setObjectName(QStringLiteral("generationsErrorBanner"));
    banner->setWordWrap(true);
    banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; "
                                         "padding: 6px; border-radius: 3px; }"));
    banner->hide();
    connect(m_model, &GenerationsModel::loadFailed, banner, [banner](const QString &message) {
        banner->setText(tr("The list could not be read: %1").arg(message));
        banner->show();
    });
    connect(m_model, &QAbstractItemModel::modelReset, banner, &QWidget::hide);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(banner);
    layout->addWidget(m_table);
}

GenerationsPage::~GenerationsPage()
{
    AppSettings::instance().setHeaderState(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void GenerationsPage::setWorkspace(Workspace *workspace)
{
    m_model->setWorkspace(workspace);
    if (workspace && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

} // namespace ab::ui
