#include "readahead.h"

namespace ab::intake {

namespace {

// A batch closes at this many records or bytes of the file, whichever comes
// first; a single record longer than that is a batch of its own.
constexpr size_t kBatchRecords = 128;
constexpr qint64 kBatchBytes = 1 << 20;
// Batches wait for the import while they hold less than this and are fewer
// than kBatchesAhead; past it the reading waits until the queue is empty.
constexpr qint64 kQueueBytes = 4 << 20;
constexpr size_t kBatchesAhead = 3;
// A record keeps its buffers for the next record up to this size; a longer
// one's are let go, so that the few long records of a file do not stay held
// in every slot they passed through.
constexpr qint64 kKeepBuffersUpTo = 16 << 10;

void release(SourceRecord &record)
{
    // The raw line's buffer only grows (reset() keeps it), and it grew with
    // the fields of the same records; a record too long to keep its raw line
    // still has its length until it is read over.
    if (record.length > kKeepBuffersUpTo || record.raw.capacity() > kKeepBuffersUpTo)
        record = SourceRecord();
}

} // namespace

ReadAhead::ReadAhead(RecordSource &source) : m_source(source), m_reader([this] { read(); }) {}

ReadAhead::~ReadAhead()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_reader.joinable())
        m_reader.join();
}

void ReadAhead::read()
{
    try {
        readBatches();
    } catch (...) {
        // Passed on to next(): an exception must not leave this thread.
        {
            std::lock_guard lock(m_mutex);
            m_failure = std::current_exception();
        }
        m_changed.notify_all();
    }
}

void ReadAhead::readBatches()
{
    for (;;) {
        Batch batch;
        {
            std::lock_guard lock(m_mutex);
            if (!m_spent.empty()) {
                batch = std::move(m_spent.back());
                m_spent.pop_back();
            }
        }
        for (SourceRecord &record : batch.records)
            release(record);
        batch.count = 0;
        batch.bytes = 0;
        while (batch.count < kBatchRecords && batch.bytes < kBatchBytes) {
            if (batch.records.size() == batch.count)
                batch.records.emplace_back();
            SourceRecord &record = batch.records[batch.count];
            record.reset();
            if (!m_source.next(record)) {
                batch.last = true;
                break;
            }
            batch.bytes += record.length;
            ++batch.count;
        }
        const bool last = batch.last;
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] {
            return m_stop || m_ready.empty() ||
                   (m_ready.size() < kBatchesAhead && m_queuedBytes < kQueueBytes);
        });
        if (m_stop)
            return;
        m_queuedBytes += batch.bytes;
        m_ready.push_back(std::move(batch));
        lock.unlock();
        m_changed.notify_all();
        if (last)
            return;
    }
}

bool ReadAhead::next(SourceRecord &record)
{
    while (!m_done && m_next >= m_current.count) {
        if (m_current.last) {
            m_done = true;
            break;
        }
        {
            std::unique_lock lock(m_mutex);
            if (!m_current.records.empty())
                m_spent.push_back(std::move(m_current));
            m_changed.wait(lock, [this] { return !m_ready.empty() || m_failure; });
            if (m_ready.empty()) {
                m_done = true;
                std::rethrow_exception(m_failure);
            }
            m_current = std::move(m_ready.front());
            m_ready.pop_front();
            m_queuedBytes -= m_current.bytes;
        }
        m_changed.notify_all();
        m_next = 0;
    }
    if (m_done) {
        // The reading thread has ended (or is about to): the source is the
        // caller's again once it has.
        if (m_reader.joinable())
            m_reader.join();
        return false;
    }
    std::swap(record, m_current.records[m_next++]);
    m_position = record.offset + record.length;
    return true;
}

} // namespace ab::intake
