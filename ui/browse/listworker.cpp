#include "listworker.h"

#include "storage/database.h"

#include <cstdlib>

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
    if (Status s = m_query->prepare(*m_db); !s) {
        m_query.reset();
        emit failed(epoch, s.error().toString());
        return;
    }
    emit searched(epoch, m_query->indexHits());
    if (Status s = m_walker.start(*m_db, *m_query, anchorEvery); !s) {
        emit failed(epoch, s.error().toString());
        return;
    }
    // The first walk slice goes behind the first page request, already queued.
    QMetaObject::invokeMethod(
        this, [this, epoch] { walkSlice(epoch); }, Qt::QueuedConnection);
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
    auto rows = m_query->page(*m_db, anchor, offset, limit);
    if (!rows) {
        emit failed(epoch, rows.error().toString());
        return;
    }
    emit pageReady(epoch, segment, *rows);
}

void ListWorker::walkSlice(quint64 epoch)
{
    if (stale(epoch) || epoch != m_epoch || !m_walker.running()) {
        if (stale(epoch))
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
