#pragma once

#include "browse/savedviews.h"
#include "common/sectionpage.h"

#include <QVector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace ab::ui {

class FilterBar;
class PagedListModel;
class SearchIndexer;

// The layout and keyboard of a large list: saved views, the filter bar, the
// result count, the table and the selected item's detail below it.
// Keyboard: arrows or j/k move, Enter opens the detail, Ctrl+F or / goes to
// the search, Esc clears the search (then the filters).
class ListPage : public SectionPage
{
    Q_OBJECT
public:
    ListPage(PagedListModel *model, const QString &tableName, QWidget *parent = nullptr);
    ~ListPage() override;

    void setWorkspace(Workspace *workspace) override;
    PagedListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    void applyFilter(const BrowseFilter &filter);
    void applyView(const SavedView &view);
    SavedView currentView() const;
    void selectRow(int row);
    QString currentId() const { return m_currentId; }

protected:
    void setDetail(QWidget *detail);
    // The item of the current row, or an empty id for none.
    virtual void showItem(const QString &id) = 0;
    virtual void focusDetail() = 0;
    virtual QString countText(qint64 count, bool complete) const = 0;
    Workspace *workspace() const { return m_workspace; }
    // Whether the acting user may see unmasked personal information (not an
    // auditor), and the act of seeing one item's: recorded in the audit log
    // first; false, with the reason shown, when refused.
    bool mayRevealPersonalInfo() const;
    bool revealPersonalInfo(const QString &itemKind, const QString &itemId);
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildViewsRow(QWidget *row);
    void reloadViews();
    void onSaveView();
    void onDeleteView();
    void onCurrentChanged();
    void updateCount();
    void updateIndexState(int percent, bool complete);
    void showColumnMenu(const QPoint &pos);
    QString headerKey() const;

    PagedListModel *m_model;
    Workspace *m_workspace = nullptr;
    FilterBar *m_filterBar;
    QTableView *m_table;
    QSplitter *m_splitter;
    QLabel *m_count;
    QLabel *m_indexState;
    QLabel *m_error;
    QComboBox *m_views;
    QLineEdit *m_viewName;
    QPushButton *m_saveView;
    QPushButton *m_deleteView;
    SearchIndexer *m_indexer;
    QVector<SavedView> m_savedViews;
    QString m_currentId;
};

} // namespace ab::ui
