#pragma once

#include "browse/browsefilter.h"
#include "util/result.h"

#include <functional>
#include <limits>

namespace ab {

class Database;

// How far a list's search index is built (see migration 4).
struct SearchIndexState
{
    qint64 indexedTo = -1; // highest rowid covered; kComplete once complete
    qint64 lastRowid = 0;  // the table's highest rowid

    bool complete() const;
    int percent() const;
};

// Builds the trigram search indexes of the Generations and Complaints lists
// after the rows are written, in short chunks (one transaction each), so that
// a bulk load of a million rows does not pay for them and writers are never
// held up for long. The index is derived data, like an SQL index, so
// building it records no audit entry. A team workspace's indexes are the
// server's own and always complete: there every call reports them complete
// and changes nothing.
class SearchIndex
{
public:
    static constexpr qint64 kComplete = std::numeric_limits<qint64>::max();
    static constexpr int kChunkRows = 10000;

    static Result<SearchIndexState> state(Database &db, ListKind list);
    // Indexes up to `rows` more rows in one transaction.
    static Result<SearchIndexState> buildChunk(Database &db, ListKind list, int rows = kChunkRows);
    // Builds to the end; `progress` (optional) gets each chunk's state and
    // returns false to stop early.
    static Status buildAll(Database &db, ListKind list,
                           const std::function<bool(const SearchIndexState &)> &progress = {});
    // For a bulk load: leaves the rows after `rowid` to be indexed
    // afterwards, chunk by chunk: an index that reached past `rowid`
    // (complete) stops at it. Runs in the caller's transaction; rows added
    // after `rowid` must not be in the index (they are not when `rowid` was
    // the highest rowid before they were added). Gives back the mark before.
    static Result<qint64> holdBack(Database &db, ListKind list, qint64 rowid);
    // After the load: puts the mark before back when no row came after
    // `rowid` after all, so that a complete index stays complete.
    static Status endHoldBack(Database &db, ListKind list, qint64 rowid, qint64 before);
    // Empties the index and starts over (after a VACUUM renumbered rows).
    static Status reset(Database &db, ListKind list);
};

} // namespace ab
