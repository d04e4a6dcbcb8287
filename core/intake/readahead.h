#pragma once

#include "recordsource.h"
#include "util/batchpipe.h"

#include <vector>

namespace ab::intake {

// Reads a file's records on a thread of its own, a few batches ahead of the
// import: reading, decoding and parsing JSON or CSV (about a sixth of an
// import's time, measured) then run on the second core while SQLite writes on
// the first. Memory stays bounded whatever the file's size: at most 4 MB of
// the file's records wait for the import, or a single batch when it is
// longer (a batch closes past 1 MB, so it ends with at most one long record:
// a record may have 10 MB fields). Beside them are the import's current
// batch, the one being read and one kept for its buffers, whose long records
// are let go.
//
// The source belongs to the reading thread until next() has returned false;
// only then may its readFailed() and sha256Hex() be asked.
class ReadAhead
{
public:
    explicit ReadAhead(RecordSource &source);
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
    void read(BatchPipe<Batch> &pipe);

    RecordSource &m_source;
    Batch m_current;
    size_t m_next = 0;
    bool m_done = false;
    qint64 m_position = 0;
    BatchPipe<Batch> m_pipe; // last: its thread ends before the rest goes
};

} // namespace ab::intake
