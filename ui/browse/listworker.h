#pragma once

#include "browse/browsequery.h"
#include "browse/listwalker.h"

#include <QObject>
#include <QString>
#include <QVector>
#include <atomic>
#include <functional>
#include <memory>

namespace ab {
class Database;
}

namespace ab::ui {

// Reads one list for a PagedListModel on a thread of its own, through a
// connection of its own: first the page the view needs, then, in slices
// between page requests, the walk that counts the rows and anchors every
// kAnchorEvery-th. Every request carries the epoch of the query it was made
// for; work for an older epoch than `latest` is skipped, not done.
class ListWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kWalkSlice = 20000; // rows per slice between page requests
    // The top of a list is read first in a short page of this many rows
    // (more than a screen holds), then in the whole page asked for: a search
    // whose hits are sparse reads four times fewer rows before it shows.
    static constexpr int kFirstRows = 64;
    // A search of indexed words first looks for its first rows in the text of
    // at most this many rows (BrowseQuery::scanFirstRows).
    static constexpr int kScanExamine = 8192;

    ListWorker(ListKind list, QString path, std::shared_ptr<std::atomic<quint64>> latest,
               std::shared_ptr<std::atomic<int>> hotSegment);
    ~ListWorker() override;

    // These run on the worker's thread (queued from the model).
    void setQuery(quint64 epoch, const BrowseFilter &filter, const BrowseSort &sort,
                  const BrowseContext &context, int anchorEvery);
    void fetchPage(quint64 epoch, int segment, const ab::ListAnchor &anchor, qint64 offset,
                   int limit);

signals:
    void pageReady(quint64 epoch, int segment, const QVector<ab::ListRow> &rows);
    // The first rows of the list (kFirstRows at most); pageReady for
    // segment 0 follows.
    void firstRowsReady(quint64 epoch, const QVector<ab::ListRow> &rows);
    void pageSkipped(quint64 epoch, int segment);
    void counted(quint64 epoch, qint64 count, const QVector<ab::ListAnchor> &anchors, bool done);
    void searched(quint64 epoch, qint64 indexHits);
    void failed(quint64 epoch, const QString &message);

private:
    void walkSlice(quint64 epoch);
    bool stale(quint64 epoch) const { return epoch != m_latest->load(); }
    bool ensureOpen(quint64 epoch);
    // Prepares the query (the search's index hits) and starts the walk, once.
    bool ensurePrepared(quint64 epoch);
    // Queues the walk's first slice, once per query: behind the first page,
    // so that counting never delays it.
    void startWalk(quint64 epoch);
    enum class FirstRows
    {
        Failed,
        Sent,  // firstRowsReady; the page follows
        Whole, // they were the whole list, sent as segment 0
        None,  // a page read from index hits costs the same short or whole
    };
    FirstRows sendFirstRows(quint64 epoch);
    // The first rows sent, when read from the query's pages, and the anchor
    // the rest of their page continues from.
    QVector<ListRow> m_firstRows;
    ListAnchor m_firstLast;

    ListKind m_list;
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<std::atomic<int>> m_hotSegment;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BrowseQuery> m_query;
    ListWalker m_walker;
    quint64 m_epoch = 0;
    bool m_prepared = false;
    bool m_walkQueued = false;
    int m_anchorEvery = 1024;
    std::function<bool()> m_replaced; // the query in hand is no longer the latest
};

} // namespace ab::ui
