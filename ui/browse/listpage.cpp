#include "listpage.h"

#include "browse/browsefacets.h"
#include "common/appsettings.h"
#include "common/messages.h"
#include "filterbar.h"
#include "identity/roles.h"
#include "pagedlistmodel.h"
#include "privacy/personalinfoaccess.h"
#include "searchindexer.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ab::ui {

ListPage::ListPage(PagedListModel *model, const QString &tableName, QWidget *parent)
    : SectionPage(parent), m_model(model), m_filterBar(new FilterBar(model->list(), this)),
      m_table(new QTableView(this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_count(new QLabel(this)), m_indexState(new QLabel(this)), m_error(new QLabel(this)),
      m_indexer(new SearchIndexer(model->list(), this))
{
    m_model->setParent(this);
    auto *viewsRow = new QWidget(this);
    buildViewsRow(viewsRow);

    m_table->setObjectName(tableName);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(m_model->columnOf(SortKey::Time), Qt::DescendingOrder);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ListPage::showColumnMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder order) {
                if (!m_model->sortKeyOf(column)) {
                    // Only indexed columns sort: put the indicator back.
                    const QSignalBlocker block(header);
                    header->setSortIndicator(m_model->columnOf(m_model->sortOrder().key),
                                             m_model->sortOrder().descending ? Qt::DescendingOrder
                                                                             : Qt::AscendingOrder);
                    return;
                }
                m_model->sort(column, order);
            });
    m_table->installEventFilter(this);
    m_filterBar->searchField()->installEventFilter(this);

    m_count->setObjectName(QStringLiteral("resultCount"));
    m_indexState->setObjectName(QStringLiteral("searchIndexState"));
    m_indexState->setStyleSheet(QStringLiteral("color: #8a6d00;"));
    m_error->setObjectName(QStringLiteral("listErrorBanner"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; "
                                          "padding: 6px; border-radius: 3px; }"));
    m_error->hide();

    connect(m_filterBar, &FilterBar::filterChanged, this,
            [this](const BrowseFilter &f) { m_model->setFilter(f); });
    connect(m_model, &PagedListModel::countChanged, this, &ListPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_error->hide();
        updateCount();
        onCurrentChanged();
    });
    connect(m_model, &PagedListModel::firstPageLoaded, this, [this] {
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            selectRow(0);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_currentId.isEmpty())
            onCurrentChanged();
    });
    connect(m_model, &PagedListModel::loadFailed, this, [this](const QString &message) {
        m_error->setText(tr("The list could not be read: %1").arg(message));
        m_error->show();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ListPage::onCurrentChanged);
    connect(m_indexer, &SearchIndexer::progress, this, &ListPage::updateIndexState);

    auto *find =
        new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchField()->selectAll();
    });

    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count);
    countRow->addStretch(1);
    countRow->addWidget(m_indexState);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(6, 6, 6, 0);
    topLayout->setSpacing(4);
    topLayout->addWidget(viewsRow);
    topLayout->addWidget(m_filterBar);
    topLayout->addWidget(m_error);
    topLayout->addLayout(countRow);

    m_splitter->addWidget(m_table);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(top);
    layout->addWidget(m_splitter, 1);
    updateCount();
}

ListPage::~ListPage()
{
    AppSettings::instance().setHeaderState(headerKey(), m_table->horizontalHeader()->saveState());
    m_indexer->stop();
}

QString ListPage::headerKey() const
{
    return listToken(m_model->list());
}

void ListPage::buildViewsRow(QWidget *row)
{
    m_views = new QComboBox(row);
    m_views->setObjectName(QStringLiteral("savedViews"));
    m_views->setMinimumContentsLength(18);
    m_views->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_viewName = new QLineEdit(row);
    m_viewName->setObjectName(QStringLiteral("viewName"));
    m_viewName->setPlaceholderText(tr("Name for this view"));
    m_viewName->setMaximumWidth(220);
    m_saveView = new QPushButton(tr("Save view"), row);
    m_saveView->setObjectName(QStringLiteral("saveView"));
    m_deleteView = new QPushButton(tr("Delete view"), row);
    m_deleteView->setObjectName(QStringLiteral("deleteView"));
    connect(m_saveView, &QPushButton::clicked, this, &ListPage::onSaveView);
    connect(m_viewName, &QLineEdit::returnPressed, this, &ListPage::onSaveView);
    connect(m_deleteView, &QPushButton::clicked, this, &ListPage::onDeleteView);
    connect(m_views, &QComboBox::activated, this, [this](int index) {
        const qsizetype i = index - 1; // item 0 is "all items"
        if (i < 0)
            applyView(SavedView{});
        else if (i < m_savedViews.size())
            applyView(m_savedViews.at(i));
        m_deleteView->setEnabled(i >= 0);
    });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("View:"), row));
    layout->addWidget(m_views);
    layout->addWidget(m_viewName);
    layout->addWidget(m_saveView);
    layout->addWidget(m_deleteView);
    layout->addStretch(1);
}

void ListPage::setDetail(QWidget *detail)
{
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
}

void ListPage::setWorkspace(Workspace *workspace)
{
    m_indexer->stop();
    m_workspace = workspace;
    m_currentId.clear();
    if (workspace) {
        auto facets = BrowseFacets::load(workspace->db());
        auto taxonomy = RiskTaxonomy::load(workspace->db());
        if (facets && taxonomy)
            m_filterBar->setChoices(*facets, *taxonomy);
        m_table->horizontalHeader()->restoreState(AppSettings::instance().headerState(headerKey()));
    }
    m_model->setWorkspace(workspace);
    reloadViews();
    updateIndexState(100, true);
    if (workspace)
        m_indexer->start(workspace->path());
}

void ListPage::applyFilter(const BrowseFilter &filter)
{
    m_filterBar->setFilter(filter);
    m_model->setFilter(filter);
}

void ListPage::applyView(const SavedView &view)
{
    m_filterBar->setFilter(view.filter);
    QHeaderView *header = m_table->horizontalHeader();
    {
        const QSignalBlocker block(header);
        header->setSortIndicator(m_model->columnOf(view.sort.key),
                                 view.sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    if (!view.columns.isEmpty()) {
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const qsizetype at = view.columns.indexOf(m_model->columnToken(c));
            header->setSectionHidden(c, at < 0);
            if (at >= 0)
                header->moveSection(header->visualIndex(c), int(at));
        }
    }
    m_model->setQuery(view.filter, view.sort);
}

SavedView ListPage::currentView() const
{
    SavedView v;
    v.list = m_model->list();
    v.filter = m_filterBar->filter();
    v.sort = m_model->sortOrder();
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            v.columns.push_back(m_model->columnToken(logical));
    }
    return v;
}

void ListPage::reloadViews()
{
    m_savedViews.clear();
    m_views->clear();
    m_views->addItem(tr("All items"));
    if (m_workspace) {
        auto views = SavedViews::list(m_workspace->db(), m_model->list());
        if (views)
            m_savedViews = *views;
    }
    for (const SavedView &v : std::as_const(m_savedViews))
        m_views->addItem(v.name, v.id);
    m_deleteView->setEnabled(false);
    m_saveView->setEnabled(m_workspace != nullptr);
}

void ListPage::onSaveView()
{
    if (!m_workspace)
        return;
    SavedView v = currentView();
    v.name = m_viewName->text().trimmed();
    if (v.name.isEmpty() && m_views->currentIndex() > 0)
        v.name = m_views->currentText(); // save over the view shown
    auto saved = SavedViews::save(*m_workspace, v);
    if (!saved) {
        m_error->setText(tr("The view could not be saved: %1").arg(saved.error().message));
        m_error->show();
        return;
    }
    m_error->hide();
    m_viewName->clear();
    reloadViews();
    m_views->setCurrentIndex(std::max(0, m_views->findText(saved->name)));
    m_deleteView->setEnabled(m_views->currentIndex() > 0);
}

void ListPage::onDeleteView()
{
    const int i = m_views->currentIndex() - 1;
    if (!m_workspace || i < 0 || i >= m_savedViews.size())
        return;
    if (Status s = SavedViews::remove(*m_workspace, m_savedViews.at(i).id); !s) {
        m_error->setText(tr("The view could not be deleted: %1").arg(s.error().message));
        m_error->show();
    }
    reloadViews();
}

void ListPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, m_table->horizontalHeader()->logicalIndex(0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void ListPage::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const QString id = current.isValid() ? m_model->idAt(current.row()) : QString();
    if (id == m_currentId)
        return;
    m_currentId = id;
    showItem(id);
}

void ListPage::updateCount()
{
    m_count->setText(m_workspace ? countText(m_model->count(), m_model->countComplete())
                                 : QString());
}

void ListPage::updateIndexState(int percent, bool complete)
{
    m_indexState->setVisible(!complete);
    m_indexState->setText(
        tr("Search index: building %1 % (searching still works, slower)").arg(percent));
    if (complete && !m_model->filter().search.isEmpty())
        m_model->refresh(); // the index now answers what the text scan did
}

void ListPage::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *a =
            menu.addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        connect(a, &QAction::toggled, header,
                [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return SectionPage::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    QLineEdit *search = m_filterBar->searchField();
    if (watched == search) {
        if (key->key() == Qt::Key_Escape) {
            search->clear();
            m_table->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            m_table->setFocus();
            return true;
        }
        return false;
    }
    if (watched != m_table || key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return SectionPage::eventFilter(watched, event);
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    switch (key->key()) {
    case Qt::Key_J:
        selectRow(row + 1);
        return true;
    case Qt::Key_K:
        selectRow(std::max(0, row - 1));
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        focusDetail();
        return true;
    case Qt::Key_Slash:
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
        return true;
    case Qt::Key_Escape:
        if (!search->text().isEmpty())
            search->clear();
        else
            m_filterBar->clear();
        return true;
    default:
        return SectionPage::eventFilter(watched, event);
    }
}

bool ListPage::mayRevealPersonalInfo() const
{
    if (!m_workspace)
        return false;
    const auto user = Roles::find(m_workspace->db(), m_workspace->actor());
    return user && user->active && user->role != Role::Auditor;
}

bool ListPage::revealPersonalInfo(const QString &itemKind, const QString &itemId)
{
    if (!m_workspace)
        return false;
    if (Status s = PersonalInfoAccess::reveal(*m_workspace, itemKind, itemId); !s) {
        Messages::critical(this, tr("Reveal personal information"), s.error().toString());
        return false;
    }
    return true;
}

} // namespace ab::ui
