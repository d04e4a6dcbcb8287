#pragma once

#include "browse/browsequery.h"
#include "util/result.h"

#include <QVector>
#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace ab {

class Database;

// Steps through the keys of every row of a BrowseQuery, in list order,
// counting them and keeping the key of every `anchorEvery`-th row. The
// anchors let a page anywhere in the list be read as a short range scan from
// the anchor before it, so random access needs no OFFSET over the whole list
// and no COUNT(*) per scroll. It runs through SQLite's C API on a worker's
// connection: a million steps through QtSql's row buffers would cost seconds.
// Work comes in slices so that the worker can answer page requests between
// them. On a team workspace each slice is one keyset query from the last
// key of the slice before, and the server sends only the anchors' keys.
class ListWalker
{
public:
    static constexpr int kSliceMs = 15;

    ListWalker() = default;
    ~ListWalker();
    ListWalker(const ListWalker &) = delete;
    ListWalker &operator=(const ListWalker &) = delete;

    // `query` must be prepared on `db`'s connection; on a team workspace
    // both must outlive the walk.
    Status start(Database &db, const BrowseQuery &query, int anchorEvery);
    // Steps at most `rows` rows (or for about kSliceMs); appends the anchors met. Returns true when
    // the walk reached the end (then count() is exact).
    Result<bool> step(int rows, QVector<ListAnchor> &anchors);
    qint64 count() const { return m_count; }
    bool running() const { return m_stmt != nullptr || m_server != nullptr; }
    void finish();

    // Makes every statement on `db`'s connection give up (SQLITE_INTERRUPT)
    // once `stop()` returns true, checked every few thousand VM steps: a
    // worker whose query was replaced stops its walk or page at once instead
    // of finishing work no one will see. `stop` must outlive the connection.
    static void cancelWhen(Database &db, const std::function<bool()> *stop);

private:
    Result<bool> stepOnServer(int rows, QVector<ListAnchor> &anchors);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_path;
    int m_keys = 0;
    int m_anchorEvery = 1024;
    qint64 m_count = 0;
    Database *m_server = nullptr;
    const BrowseQuery *m_query = nullptr;
    QVariantList m_after; // the key of the last row counted (server)
};

} // namespace ab
