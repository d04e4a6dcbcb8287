#pragma once

#include "browse/browsefilter.h"
#include "browse/browsequery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>
#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace ab {
class Workspace;
}

namespace ab::ui {

class ListWorker;

// A list of a million rows as a table model. Rows are read in segments
// (keyset pages) by a ListWorker on its own thread; a row not yet read shows
// "loading…" and is asked for when the view first paints it. Only the
// segments seen last are kept (kMaxSegments), so memory stays flat however
// far the list is scrolled. The row count grows as the worker's background
// walk counts the rows ("≥ N" until it is complete); nothing counts the
// whole table on a scroll. Results of a query that was replaced since are
// dropped by epoch.
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 256;
    static constexpr int kAnchorEvery = 1024;
    static constexpr int kMaxSegments = 64;
    static constexpr int RawValueRole = Qt::UserRole + 1; // stored value
    static constexpr int ItemIdRole = Qt::UserRole + 2;
    static constexpr int LoadedRole = Qt::UserRole + 3; // false for a placeholder row

    PagedListModel(ListKind list, QObject *parent = nullptr);
    ~PagedListModel() override;

    ListKind list() const { return m_list; }
    virtual void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }
    void setQuery(const BrowseFilter &filter, const BrowseSort &sort);
    void setFilter(const BrowseFilter &filter) { setQuery(filter, m_sort); }
    void refresh() { setQuery(m_filter, m_sort); }
    const BrowseFilter &filter() const { return m_filter; }
    const BrowseSort &sortOrder() const { return m_sort; }

    // The rows counted so far, and whether the count is complete.
    qint64 count() const { return m_rowCount; }
    bool countComplete() const { return m_countDone; }
    // Rows the search index matched for the current search (-1: none).
    qint64 indexHits() const { return m_indexHits; }
    // True until the first page and the count of the current query are in.
    bool busy() const;
    const ListRow *rowAt(int row) const; // nullptr while not loaded
    QString idAt(int row) const;
    int loadedSegments() const { return int(m_segments.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    // The column that shows a sort key, if any.
    virtual std::optional<SortKey> sortKeyOf(int column) const = 0;
    virtual int columnOf(SortKey key) const = 0;
    // Stable tokens of the columns, for saved views.
    virtual QString columnToken(int column) const = 0;

signals:
    void countChanged(qint64 count, bool complete);
    void firstPageLoaded();
    void loadFailed(const QString &message);

protected:
    virtual int columns() const = 0;
    virtual QVariant display(const ListRow &row, int column) const = 0;
    virtual QVariant raw(const ListRow &row, int column) const = 0;
    virtual QVariant decoration(const ListRow &, int) const { return {}; }
    virtual QString header(int column) const = 0;
    virtual int idField() const { return 0; }

private:
    struct Segment
    {
        QVector<ListRow> rows;
        quint64 used = 0;
    };
    void startWorker();
    void stopWorker();
    void request(int segment) const;
    void onPage(quint64 epoch, int segment, const QVector<ListRow> &rows);
    void onFirstRows(quint64 epoch, const QVector<ListRow> &rows);
    void onCounted(quint64 epoch, qint64 count, const QVector<ListAnchor> &anchors, bool done);
    void evict();
    void growTo(qint64 rows);

    ListKind m_list;
    Workspace *m_workspace = nullptr;
    BrowseFilter m_filter;
    BrowseSort m_sort;
    BrowseContext m_context;
    QThread *m_thread = nullptr;
    ListWorker *m_worker = nullptr;
    quint64 m_epoch = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<std::atomic<int>> m_hotSegment;
    mutable QHash<int, Segment> m_segments;
    mutable QSet<int> m_pending;
    mutable quint64 m_useClock = 0;
    QVector<ListAnchor> m_anchors; // m_anchors[i] is the row at rank i * kAnchorEvery
    int m_rowCount = 0;
    bool m_countDone = false;
    bool m_firstPage = false;
    qint64 m_indexHits = -1;
};

} // namespace ab::ui
