#include "readahead.h"

namespace ab::intake {

namespace {

// A batch closes at this many records or bytes of the file, whichever comes
// first; a single record longer than that is a batch of its own.
constexpr size_t kBatchRecords = 128;
constexpr qint64 kBatchBytes = 1 << 20;
// The reading waits while the next batch would take the bytes waiting for the
// import past this, or kBatchesAhead batches wait (see BatchPipe).
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

ReadAhead::ReadAhead(RecordSource &source) : m_source(source)
{
    m_pipe.start({kBatchesAhead, kQueueBytes}, [this](BatchPipe<Batch> &pipe) { read(pipe); });
}

void ReadAhead::read(BatchPipe<Batch> &pipe)
{
    for (;;) {
        Batch batch = pipe.reuse().value_or(Batch());
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
        const qint64 bytes = batch.bytes;
        if (!pipe.put(std::move(batch), bytes) || last)
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
        if (!m_current.records.empty()) {
            for (SourceRecord &r : m_current.records)
                release(r);
            m_pipe.giveBack(std::move(m_current));
        }
        std::optional<Batch> batch = m_pipe.take();
        if (!batch) {
            m_done = true;
            break;
        }
        m_current = std::move(*batch);
        m_next = 0;
    }
    if (m_done) {
        // The reading thread has ended (or is about to): the source is the
        // caller's again once it has.
        m_pipe.stop();
        return false;
    }
    std::swap(record, m_current.records[m_next++]);
    m_position = record.offset + record.length;
    return true;
}

} // namespace ab::intake
