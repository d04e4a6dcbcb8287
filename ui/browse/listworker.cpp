#include "listworker.h"

#include "storage/database.h"

#include <cstdlib>
#include <optional>

namespace ab::ui {

namespace {
// A queued request for a segment this far from the one the view asked for
// last has been scrolled past; reading it would only delay the one wanted.
constexpr int kFarSegments = 12;
} // namespace

ListWorker::ListWorker(ListKind list, QString path, std::shared_ptr<std::atomic<quint64>> latest,
                       std::shared_ptr<std::atomic<int>> hotSegment)
    : m_list(list), m_path(std::move(path)), m_latest(std::move(latest)),
      m_hotSegment(std::move(hotSegment))
{}

ListWorker::~ListWorker()
{
    m_walker.finish();
    if (m_db)
        ListWalker::cancelWhen(*m_db, nullptr);
    if (m_query && m_db)
        m_query->release(*m_db);
}

bool ListWorker::ensureOpen(quint64 epoch)
{
    if (m_db)
        return true;
    auto db = Database::open(m_path);
    if (!db) {
        emit failed(epoch, db.error().toString());
        return false;
    }
    m_db = std::move(*db);
    m_replaced = [this] {
        return m_latest->load() != m_epoch;
    };
    ListWalker::cancelWhen(*m_db, &m_replaced);
    return true;
}

void ListWorker::setQuery(quint64 epoch, const BrowseFilter &filter, const BrowseSort &sort,
                          const BrowseContext &context, int anchorEvery)
{
    if (stale(epoch) || !ensureOpen(epoch))
        return;
    m_epoch = epoch; // first: statements of an older query are cancelled from here on
    m_walker.finish();
    if (m_query)
        m_query->release(*m_db);
    m_query = std::make_unique<BrowseQuery>(m_list, filter, sort, context);
    m_prepared = false;
    m_walkQueued = false;
    m_anchorEvery = anchorEvery;
    // A search that can find its first rows on the text reads its index
    // hits only after sending them (fetchPage); any other query is prepared
    // now. Either way the walk starts once the first page is sent.
    if (!m_query->canScanFirst())
        ensurePrepared(epoch);
}

void ListWorker::startWalk(quint64 epoch)
{
    if (!m_prepared || m_walkQueued)
        return;
    m_walkQueued = true;
    QMetaObject::invokeMethod(
        this, [this, epoch] { walkSlice(epoch); }, Qt::QueuedConnection);
}

bool ListWorker::ensurePrepared(quint64 epoch)
{
    if (!m_query)
        return false;
    if (m_prepared)
        return true;
    if (Status s = m_query->prepare(*m_db); !s) {
        m_query.reset();
        emit failed(epoch, s.error().toString());
        return false;
    }
    m_prepared = true;
    emit searched(epoch, m_query->indexHits());
    if (Status s = m_walker.start(*m_db, *m_query, m_anchorEvery); !s) {
        emit failed(epoch, s.error().toString());
        return false;
    }
    return true;
}

ListWorker::FirstRows ListWorker::sendFirstRows(quint64 epoch)
{
    std::optional<QVector<ListRow>> rows;
    if (!m_prepared) {
        auto scanned = m_query->scanFirstRows(*m_db, kFirstRows, kScanExamine);
        if (!scanned) {
            emit failed(epoch, scanned.error().toString());
            return FirstRows::Failed;
        }
        rows = std::move(*scanned);
    }
    if (!rows) {
        if (stale(epoch) || !ensurePrepared(epoch))
            return FirstRows::Failed;
        if (m_query->pageFromHits(kFirstRows))
            return FirstRows::None;
        auto page = m_query->page(*m_db, {}, 0, kFirstRows, &m_firstLast);
        if (!page) {
            emit failed(epoch, page.error().toString());
            return FirstRows::Failed;
        }
        rows = std::move(*page);
    }
    if (rows->size() < kFirstRows) {
        emit pageReady(epoch, 0, *rows);
        return FirstRows::Whole;
    }
    emit firstRowsReady(epoch, *rows);
    if (m_prepared)
        m_firstRows = std::move(*rows);
    return FirstRows::Sent;
}

void ListWorker::fetchPage(quint64 epoch, int segment, const ListAnchor &anchor, qint64 offset,
                           int limit)
{
    if (stale(epoch) || epoch != m_epoch || !m_query)
        return;
    if (std::abs(segment - m_hotSegment->load()) > kFarSegments) {
        emit pageSkipped(epoch, segment);
        return;
    }
    if (segment == 0 && anchor.key.isEmpty() && offset == 0 && limit > kFirstRows) {
        m_firstRows.clear();
        const FirstRows sent = sendFirstRows(epoch);
        if (sent == FirstRows::Whole && ensurePrepared(epoch))
            startWalk(epoch); // it counts them
        if (sent == FirstRows::Failed || sent == FirstRows::Whole)
            return;
        // First rows found on the text: the rest of their page likely is
        // too, sooner than the index hits are read.
        if (!m_prepared && !stale(epoch)) {
            auto scanned = m_query->scanFirstRows(*m_db, limit, kScanExamine * 4);
            if (!scanned) {
                emit failed(epoch, scanned.error().toString());
                return;
            }
            if (*scanned) {
                emit pageReady(epoch, segment, **scanned);
                if (ensurePrepared(epoch))
                    startWalk(epoch);
                return;
            }
        }
    }
    if (stale(epoch) || !ensurePrepared(epoch))
        return;
    // After first rows read from the pages, the rest continues from the
    // last of them rather than reading them again.
    const bool rest = segment == 0 && !m_firstRows.isEmpty();
    auto rows = rest ? m_query->page(*m_db, m_firstLast, 1, limit - int(m_firstRows.size()))
                     : m_query->page(*m_db, anchor, offset, limit);
    if (!rows) {
        emit failed(epoch, rows.error().toString());
        return;
    }
    if (rest) {
        *rows = m_firstRows + *rows;
        m_firstRows.clear();
    }
    emit pageReady(epoch, segment, *rows);
    startWalk(epoch);
}

void ListWorker::walkSlice(quint64 epoch)
{
    if (stale(epoch) || epoch != m_epoch || !m_walker.running()) {
        // A slice queued for an older query may run after a newer query
        // started its own walk: that walk is not this slice's to end.
        if (stale(epoch) && epoch == m_epoch)
            m_walker.finish();
        return;
    }
    QVector<ListAnchor> anchors;
    auto done = m_walker.step(kWalkSlice, anchors);
    if (!done) {
        emit failed(epoch, done.error().toString());
        return;
    }
    emit counted(epoch, m_walker.count(), anchors, *done);
    if (!*done)
        QMetaObject::invokeMethod(
            this, [this, epoch] { walkSlice(epoch); }, Qt::QueuedConnection);
}

} // namespace ab::ui
