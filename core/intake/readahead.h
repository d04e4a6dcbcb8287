#pragma once

#include "recordsource.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace ab::intake {

// Reads a file's records on a thread of its own, a few batches ahead of the
// import: reading, decoding and parsing JSON or CSV (about a sixth of an
// import's time, measured) then run on the second core while SQLite writes on
// the first. Memory stays bounded whatever the file's size: about 4 MB of
// records waits for the import, or a single record when it is longer (a
// record may have 10 MB fields); beside the import's current batch, at most
// one more batch is being read.
//
// The source belongs to the reading thread until next() has returned false;
// only then may its readFailed() and sha256Hex() be asked.
class ReadAhead
{
public:
    explicit ReadAhead(RecordSource &source);
    ~ReadAhead(); // stops the reading thread and waits for it
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // Swaps the next record into `record`: false at the end. An exception the
    // reading thread met (out of memory) is thrown here.
    bool next(SourceRecord &record);
    // Bytes of the file up to the end of the record handed out last.
    qint64 position() const { return m_position; }

private:
    struct Batch
    {
        std::vector<SourceRecord> records;
        size_t count = 0;
        qint64 bytes = 0; // of the file
        bool last = false;
    };
    void read();
    void readBatches();

    RecordSource &m_source;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    qint64 m_queuedBytes = 0; // of the batches in m_ready
    std::vector<Batch> m_spent; // handed back, their buffers reused
    bool m_stop = false;
    std::exception_ptr m_failure; // the reading thread's, if it threw
    Batch m_current;
    size_t m_next = 0;
    bool m_done = false;
    qint64 m_position = 0;
    std::thread m_reader; // last: starts once everything above is built
};

} // namespace ab::intake
