#include "pagedlistmodel.h"

#include "listworker.h"
#include "workspace/workspace.h"

#include <QColor>
#include <QThread>
#include <algorithm>
#include <climits>

namespace ab::ui {

PagedListModel::PagedListModel(ListKind list, QObject *parent)
    : QAbstractTableModel(parent), m_list(list),
      m_latest(std::make_shared<std::atomic<quint64>>(0)),
      m_hotSegment(std::make_shared<std::atomic<int>>(0))
{
    qRegisterMetaType<QVector<ab::ListRow>>();
    qRegisterMetaType<QVector<ab::ListAnchor>>();
    qRegisterMetaType<ab::ListAnchor>();
}

PagedListModel::~PagedListModel()
{
    stopWorker();
}

void PagedListModel::stopWorker()
{
    if (!m_thread)
        return;
    m_latest->store(0); // anything still queued is stale now
    m_thread->quit();
    m_thread->wait();
    delete m_thread; // the worker goes with it (deleteLater on finished)
    m_thread = nullptr;
    m_worker = nullptr;
}

void PagedListModel::startWorker()
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("list-") + listToken(m_list));
    m_worker = new ListWorker(m_list, m_workspace->path(), m_latest, m_hotSegment);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ListWorker::pageReady, this, &PagedListModel::onPage);
    connect(m_worker, &ListWorker::firstRowsReady, this, &PagedListModel::onFirstRows);
    connect(m_worker, &ListWorker::counted, this, &PagedListModel::onCounted);
    connect(m_worker, &ListWorker::pageSkipped, this, [this](quint64 epoch, int segment) {
        if (epoch == m_epoch)
            m_pending.remove(segment);
    });
    connect(m_worker, &ListWorker::searched, this, [this](quint64 epoch, qint64 hits) {
        if (epoch == m_epoch)
            m_indexHits = hits;
    });
    connect(m_worker, &ListWorker::failed, this, [this](quint64 epoch, const QString &message) {
        if (epoch == m_epoch) {
            m_countDone = true;
            m_firstPage = true;
            emit loadFailed(message);
        }
    });
    m_thread->start();
}

void PagedListModel::setWorkspace(Workspace *workspace)
{
    stopWorker();
    m_workspace = workspace;
    if (workspace) {
        m_context = BrowseContext::forWorkspace(workspace->settings());
        startWorker();
    }
    setQuery(m_filter, m_sort);
}

void PagedListModel::setQuery(const BrowseFilter &filter, const BrowseSort &sort)
{
    beginResetModel();
    m_filter = filter;
    m_sort = sort;
    ++m_epoch;
    m_latest->store(m_workspace ? m_epoch : 0);
    m_hotSegment->store(0);
    m_segments.clear();
    m_pending.clear();
    m_anchors = {ListAnchor{}};
    m_rowCount = 0;
    m_countDone = m_workspace == nullptr;
    m_firstPage = m_workspace == nullptr;
    m_indexHits = -1;
    endResetModel();
    if (!m_workspace)
        return;
    const quint64 epoch = m_epoch;
    ListWorker *worker = m_worker;
    const BrowseContext context = m_context;
    QMetaObject::invokeMethod(
        worker,
        [worker, epoch, filter, sort, context] {
            worker->setQuery(epoch, filter, sort, context, kAnchorEvery);
        },
        Qt::QueuedConnection);
    request(0);
}

bool PagedListModel::busy() const
{
    return !m_firstPage || !m_countDone;
}

void PagedListModel::request(int segment) const
{
    m_hotSegment->store(segment);
    if (!m_worker || m_pending.contains(segment))
        return;
    const qint64 first = qint64(segment) * kPageSize;
    const qsizetype anchorIndex = std::min<qsizetype>(first / kAnchorEvery, m_anchors.size() - 1);
    const ListAnchor anchor = m_anchors.at(anchorIndex);
    const qint64 offset = first - anchor.rank;
    m_pending.insert(segment);
    ListWorker *worker = m_worker;
    const quint64 epoch = m_epoch;
    QMetaObject::invokeMethod(
        worker,
        [worker, epoch, segment, anchor, offset] {
            worker->fetchPage(epoch, segment, anchor, offset, kPageSize);
        },
        Qt::QueuedConnection);
}

void PagedListModel::onPage(quint64 epoch, int segment, const QVector<ListRow> &rows)
{
    if (epoch != m_epoch)
        return; // a query replaced since
    m_pending.remove(segment);
    m_segments.insert(segment, Segment{rows, ++m_useClock});
    evict();
    const int first = segment * kPageSize;
    // The first page shows before the walk has counted it.
    if (segment == 0 && (!m_firstPage || !m_countDone))
        growTo(qint64(rows.size()));
    if (segment == 0 && !m_firstPage) {
        m_firstPage = true;
        emit firstPageLoaded();
    }
    const int last = std::min(first + int(rows.size()), m_rowCount) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, columns() - 1));
}

void PagedListModel::onFirstRows(quint64 epoch, const QVector<ListRow> &rows)
{
    if (epoch != m_epoch || m_segments.contains(0))
        return;
    // Segment 0 stays pending: its whole page follows and replaces these.
    m_segments.insert(0, Segment{rows, ++m_useClock});
    evict();
    growTo(qint64(rows.size()));
    if (!m_firstPage) {
        m_firstPage = true;
        emit firstPageLoaded();
    }
    const int last = std::min(int(rows.size()), m_rowCount) - 1;
    if (last >= 0)
        emit dataChanged(index(0, 0), index(last, columns() - 1));
}

void PagedListModel::growTo(qint64 rows)
{
    const int target = int(std::min<qint64>(rows, INT_MAX));
    if (target <= m_rowCount)
        return;
    beginInsertRows({}, m_rowCount, target - 1);
    m_rowCount = target;
    endInsertRows();
}

void PagedListModel::onCounted(quint64 epoch, qint64 count, const QVector<ListAnchor> &anchors,
                               bool done)
{
    if (epoch != m_epoch)
        return;
    m_anchors += anchors;
    growTo(count);
    if (done && count < m_rowCount) {
        // Rows went away between the first page and the walk.
        beginRemoveRows({}, int(count), m_rowCount - 1);
        m_rowCount = int(count);
        endRemoveRows();
    }
    m_countDone = done;
    emit countChanged(m_rowCount, done);
}

void PagedListModel::evict()
{
    while (m_segments.size() > kMaxSegments) {
        auto oldest = m_segments.begin();
        for (auto it = m_segments.begin(); it != m_segments.end(); ++it) {
            if (it->used < oldest->used)
                oldest = it;
        }
        m_segments.erase(oldest);
    }
}

const ListRow *PagedListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    auto it = m_segments.find(row / kPageSize);
    if (it == m_segments.end() || row % kPageSize >= it->rows.size())
        return nullptr;
    it->used = ++m_useClock;
    return &it->rows.at(row % kPageSize);
}

QString PagedListModel::idAt(int row) const
{
    const ListRow *r = rowAt(row);
    return r ? r->value(idField()) : QString();
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PagedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant PagedListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount)
        return {};
    const ListRow *row = rowAt(index.row());
    if (!row) {
        // Asked for as the view paints it; the answer comes as dataChanged.
        if (role == Qt::DisplayRole) {
            request(index.row() / kPageSize);
            return index.column() == 0 ? tr("loading…") : QVariant();
        }
        if (role == LoadedRole)
            return false;
        if (role == Qt::ForegroundRole)
            return QVariant::fromValue(QColor(Qt::gray));
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case RawValueRole:
        return raw(*row, index.column());
    case ItemIdRole:
        return row->value(idField());
    case LoadedRole:
        return true;
    case Qt::ToolTipRole: {
        const QVariant d = display(*row, index.column());
        return d.toString().size() > 24 ? d : QVariant();
    }
    case Qt::DecorationRole:
        return decoration(*row, index.column());
    default:
        return {};
    }
}

QVariant PagedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns())
        return {};
    if (role == Qt::DisplayRole)
        return header(section);
    return {};
}

void PagedListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<SortKey> key = sortKeyOf(column);
    if (!key)
        return;
    const BrowseSort sort{*key, order == Qt::DescendingOrder};
    if (sort == m_sort)
        return;
    setQuery(m_filter, sort);
}

} // namespace ab::ui
