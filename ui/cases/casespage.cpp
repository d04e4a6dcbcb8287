#include "casespage.h"

#include "caselistmodel.h"
#include "cases/casequery.h"
#include "cases/caseworkflow.h"
#include "caseview.h"
#include "common/appsettings.h"
#include "identity/roles.h"
#include "opencasedialog.h"
#include "triage/triagewidget.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ab::ui {

namespace {
const QString kHeaderKey = QStringLiteral("cases");
}

CasesPage::CasesPage(QWidget *parent)
    : SectionPage(parent), m_tabs(new QTabWidget(this)), m_model(new CaseListModel(this))
{
    m_tabs->setObjectName(QStringLiteral("casesTabs"));
    m_tabs->addTab(buildCasesTab(), tr("Cases"));
    m_triage = new TriageWidget(m_tabs);
    m_tabs->addTab(m_triage, tr("Triage queue"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // A complaint escalated in triage shows up in the list at once.
    connect(m_triage, &TriageWidget::casesChanged, m_model, &CaseListModel::reload);
    connect(m_triage, &TriageWidget::openCaseRequested, this, &CasesPage::showCase);
}

CasesPage::~CasesPage()
{
    AppSettings::instance().setHeaderState(kHeaderKey, m_table->horizontalHeader()->saveState());
}

QWidget *CasesPage::buildCasesTab()
{
    auto *tab = new QWidget(this);
    m_table = new QTableView(tab);
    m_table->setObjectName(QStringLiteral("casesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int chars = m_table->fontMetrics().averageCharWidth();
    for (auto [column, width] : {std::pair{CaseListModel::Number, 16},
                                 {CaseListModel::Title, 28},
                                 {CaseListModel::Status, 14},
                                 {CaseListModel::Priority, 8},
                                 {CaseListModel::Assignee, 12},
                                 {CaseListModel::Provider, 14},
                                 {CaseListModel::Deadline, 36},
                                 {CaseListModel::Items, 5}})
        m_table->setColumnWidth(column, width * chars + 16);
    m_table->horizontalHeader()->restoreState(AppSettings::instance().headerState(kHeaderKey));
    // Room for several cases even when the case page below is tall.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              6 * m_table->verticalHeader()->defaultSectionSize() + 4);

    m_view = new CaseView(tab);
    m_banner = new QLabel(tab);
    m_banner->setObjectName(QStringLiteral("casesErrorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; "
                                           "padding: 6px; border-radius: 3px; }"));
    m_banner->hide();

    auto *split = new QSplitter(Qt::Vertical, tab);
    split->setObjectName(QStringLiteral("casesSplitter"));
    split->addWidget(m_table);
    split->addWidget(m_view);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(buildFilterBar(tab));
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CasesPage::onCurrentRowChanged);
    connect(m_model, &CaseListModel::loadFailed, m_banner, [this](const QString &message) {
        m_banner->setText(tr("The list could not be read: %1").arg(message));
        m_banner->show();
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_banner, &QWidget::hide);
    connect(m_model, &CaseListModel::pageLoaded, this, [this] {
        // Keep showing the case that was asked for, once its row is there.
        const qint64 wanted = m_pendingCase != 0 ? m_pendingCase : m_view->caseId();
        const int row = m_model->rowOfCase(wanted);
        if (row >= 0) {
            m_pendingCase = 0;
            m_table->selectRow(row);
        }
    });
    connect(m_view, &CaseView::caseChanged, this, [this](qint64 id) {
        m_pendingCase = id;
        m_model->reload();
    });
    return tab;
}

QWidget *CasesPage::buildFilterBar(QWidget *parent)
{
    auto *bar = new QWidget(parent);
    m_status = new QComboBox(bar);
    m_assignee = new QComboBox(bar);
    m_provider = new QComboBox(bar);
    m_overdue = new QCheckBox(tr("Overdue only"), bar);
    m_status->setObjectName(QStringLiteral("casesStatusFilter"));
    m_assignee->setObjectName(QStringLiteral("casesAssigneeFilter"));
    m_provider->setObjectName(QStringLiteral("casesProviderFilter"));
    m_overdue->setObjectName(QStringLiteral("casesOverdueFilter"));
    auto *newCase = new QPushButton(tr("New case…"), bar);
    newCase->setObjectName(QStringLiteral("casesNewButton"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Status"), bar));
    row->addWidget(m_status);
    row->addWidget(new QLabel(tr("Assignee"), bar));
    row->addWidget(m_assignee);
    row->addWidget(new QLabel(tr("Provider"), bar));
    row->addWidget(m_provider);
    row->addWidget(m_overdue);
    row->addStretch(1);
    row->addWidget(newCase);
    for (QComboBox *combo : {m_status, m_assignee, m_provider})
        connect(combo, &QComboBox::activated, this, &CasesPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &CasesPage::applyFilter);
    connect(newCase, &QPushButton::clicked, this, &CasesPage::newCase);
    return bar;
}

void CasesPage::fillFilterChoices()
{
    m_status->clear();
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Open (not closed or dismissed)"), QStringLiteral("open"));
    for (CaseStatus s : CaseWorkflow::all())
        m_status->addItem(CaseWorkflow::label(s), CaseWorkflow::token(s));
    m_assignee->clear();
    m_assignee->addItem(tr("Anyone"), QString());
    m_assignee->addItem(tr("Unassigned"), QStringLiteral("-"));
    m_provider->clear();
    m_provider->addItem(tr("Any provider"), QString());
    if (!m_workspace)
        return;
    if (auto users = Roles::all(m_workspace->db()))
        for (const User &u : *users)
            if (u.role != Role::Auditor)
                m_assignee->addItem(u.name, u.name);
    if (auto providers = CaseQuery::providers(m_workspace->db()))
        for (const auto &[id, name] : *providers)
            m_provider->addItem(name, id);
}

void CasesPage::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    fillFilterChoices();
    m_view->setWorkspace(workspace);
    m_triage->setWorkspace(workspace);
    applyFilter();
}

void CasesPage::applyFilter()
{
    CaseFilter filter;
    filter.status = m_status->currentData().toString();
    filter.assignee = m_assignee->currentData().toString();
    filter.providerId = m_provider->currentData().toString();
    filter.overdueOnly = m_overdue->isChecked();
    m_model->setQuery(m_workspace, filter);
}

void CasesPage::onCurrentRowChanged()
{
    const QModelIndex index = m_table->currentIndex();
    const qint64 id =
        index.isValid()
            ? m_model->data(m_model->index(index.row(), 0), CaseListModel::CaseIdRole).toLongLong()
            : 0;
    if (id != m_view->caseId())
        m_view->showCase(id);
}

void CasesPage::showCase(qint64 caseId)
{
    m_tabs->setCurrentIndex(0);
    m_view->showCase(caseId);
    m_pendingCase = caseId;
    const int row = m_model->rowOfCase(caseId);
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_model->reload();
}

void CasesPage::showTriage()
{
    m_tabs->setCurrentWidget(m_triage);
}

void CasesPage::newCase()
{
    if (!m_workspace)
        return;
    auto *dialog = new OpenCaseDialog(m_workspace, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OpenCaseDialog::caseReady, this, &CasesPage::showCase);
    dialog->open();
}

} // namespace ab::ui
